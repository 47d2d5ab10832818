#pragma once

#include <QString>

namespace sohoa::ui {

// A file name made from a batch or report name, as a clerk would write it:
// Vietnamese letters kept (NFC), only what Windows, macOS or Linux forbid in a
// name replaced by "-" (/ \ : * ? " < > | and control characters), no
// leading/trailing dots or spaces, no reserved device name (CON, NUL, ...).
QString fileNameFor(const QString& name, const QString& fallback = QStringLiteral("SoHoa"));

} // namespace sohoa::ui
