#pragma once

#include <QSize>
#include <QString>

namespace sohoa::ui {

// `sohoa --screenshot DIR [--screenshot-size WxH]`: renders the main screens
// to PNG files in DIR with windows of `screen` (1280x690: what a 1366x768
// laptop leaves beside its taskbar), with a demo store made in a temporary
// folder (or `storePath`, which must be a demo store). Returns the process
// exit code.
int takeScreenshots(const QString& dir, const QString& storePath = {},
                    const QSize& screen = QSize(1280, 690));

} // namespace sohoa::ui
