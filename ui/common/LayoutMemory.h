#pragma once

#include <QString>

class QSplitter;
class QWidget;

namespace sohoa::ui {

class PageView;

// How each account left its screens: window geometry and splitter positions,
// in the workstation's settings. The group is a hash of the account name, so
// the settings file holds no names (and never any record data).
QString layoutGroup(const QString& account);

// Restores `splitter`'s sizes as the account left them (if it moved them
// before) and remembers them whenever the account drags it again.
void rememberSplitter(QSplitter* splitter, const QString& account, const QString& name);

// Restores the account's own zoom at this station (`name`: "verify",
// "keying", "review", ...) and remembers it whenever the account zooms.
void rememberZoom(PageView* view, const QString& account, const QString& name);

// Window geometry: restored when there is one, saved when asked (on close).
bool restoreWindowGeometry(QWidget* window, const QString& account);
void saveWindowGeometry(const QWidget* window, const QString& account);

} // namespace sohoa::ui
