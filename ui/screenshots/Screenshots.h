#pragma once

#include <QString>

namespace sohoa::ui {

// `sohoa --screenshot DIR`: renders the main screens to PNG files in DIR at
// 1366x768 (the smallest screen offices use), with a demo store made in a
// temporary folder (or `storePath`, which must be a demo store). Returns the
// process exit code.
int takeScreenshots(const QString& dir, const QString& storePath = {});

} // namespace sohoa::ui
