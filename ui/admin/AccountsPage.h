#pragma once

#include "core/accounts/Account.h"
#include "ui/mainwindow/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sohoa::ui {

class StoreAccess;

// Administrators add the office's accounts, set roles, reset forgotten
// passwords (the person chooses a new one at the next sign-in) and disable
// or delete accounts of people who left.
class AccountsPage : public Page {
    Q_OBJECT
public:
    explicit AccountsPage(StoreAccess* store, QWidget* parent = nullptr);

    QString title() const override;
    void activated() override;
    void reload();
    QList<accounts::Account> accountList() const { return m_accounts; }

    void addAccount(const QString& name, accounts::Role role, const QString& password);
    QString message() const;

Q_SIGNALS:
    void accountsLoaded();
    void accountAdded(bool ok);
    // A key rotation ended (ok: the store now uses a new data key).
    void keyRotated(bool ok);

private:
    QString selectedName() const;
    void resetPassword();
    void toggleActive();
    void changeRole();
    // Deletes the selected account after a confirmation ("confirmDelete"), then
    // replaces the data key as disabling does.
    void deleteSelected();
    enum class KeyRemoval { Disabled, Deleted };
    // Replaces the store's data key (after `account` was disabled or deleted, or
    // when an earlier attempt was refused: account empty); the writer thread
    // does it, a busy bar shows it.
    void rotateKey(const QString& account, KeyRemoval why);
    void showMessage(const QString& text, bool error);

    StoreAccess* m_store;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_rotateKey;
    QProgressBar* m_rotating;
    QList<accounts::Account> m_accounts;
};

} // namespace sohoa::ui
