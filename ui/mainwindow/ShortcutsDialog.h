#pragma once

#include <QDialog>

namespace sohoa::ui {

// Every action of the window that has a keyboard shortcut, grouped by menu.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);
};

} // namespace sohoa::ui
