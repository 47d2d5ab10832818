#pragma once

#include <QCoreApplication>

// The translation context of the reference registry and its commands (see core/i18n/Tr.h): `Tr::tr("English
// text")`.

namespace sohoa::registry {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::registry)
};
} // namespace sohoa::registry
