#pragma once

#include <QCoreApplication>

// The translation context of the desktop's code outside QObject classes (a QObject uses its own tr()) (see
// core/i18n/Tr.h): `Tr::tr("English text")`.

namespace sohoa::ui {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::ui)
};
} // namespace sohoa::ui
