#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sohoa::ui {

class StoreAccess;

// The signed-in account changes its own password (required after an
// administrator reset it). The change runs on the store's writer thread.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(StoreAccess* store, bool required, QWidget* parent = nullptr);

private:
    void submit();

    StoreAccess* m_store;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace sohoa::ui
