#pragma once

#include <QCoreApplication>

// The translation context of the fixtures: the form renderer and the demonstration store (see
// core/i18n/Tr.h): `Tr::tr("English text")`.

namespace sohoa::render {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::render)
};
} // namespace sohoa::render

namespace sohoa::fixtures {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(sohoa::fixtures)
};
} // namespace sohoa::fixtures
