#pragma once

#include "core/common/Result.h"

#include <QString>

class QWidget;

namespace sohoa::ui {

// The text a clerk sees for a failure: the core's message (already saying
// what happened) plus what to do next where the core leaves that open.
QString clerkMessage(const Error& error);

// A window-modal message box opened without a nested event loop.
void showError(QWidget* parent, const QString& title, const Error& error);
void showInfo(QWidget* parent, const QString& title, const QString& text);

} // namespace sohoa::ui
