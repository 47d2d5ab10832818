#pragma once

#include <QCoreApplication>

// The translation context of sohoa-cli (see core/i18n/Tr.h): `Tr::tr("English text")`.

namespace sohoa::cli {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::cli)
};
} // namespace sohoa::cli
