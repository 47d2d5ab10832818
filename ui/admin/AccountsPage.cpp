#include "ui/admin/AccountsPage.h"

#include "core/accounts/AccountAdmin.h"
#include "core/accounts/AccountDeletion.h"
#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sohoa::ui {

using accounts::Role;

AccountsPage::AccountsPage(StoreAccess* store, QWidget* parent)
    : Page(parent)
    , m_store(store)
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_rotateKey(new QPushButton(tr("Change the store key now"), this))
    , m_rotating(new QProgressBar(this))
{
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Role"), tr("State"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_name->setObjectName(QStringLiteral("newAccountName"));
    m_password->setObjectName(QStringLiteral("newAccountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_name->setPlaceholderText(tr("e.g. lan.nguyen"));
    m_password->setPlaceholderText(tr("first password; tell it to the person in private"));
    for (Role r : {Role::Clerk, Role::Supervisor, Role::Admin})
        m_role->addItem(roleLabel(r), int(r));
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_rotateKey->setObjectName(QStringLiteral("rotateKey"));
    m_rotateKey->hide();
    m_rotating->setObjectName(QStringLiteral("rotatingKey"));
    m_rotating->setRange(0, 0); // busy: the copy under the new key is one step
    m_rotating->hide();

    auto* add = new QGroupBox(tr("New account"), this);
    auto* form = new QFormLayout(add);
    form->addRow(tr("&Account name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("First &password:"), m_password);
    auto* addButton = new QPushButton(tr("Add the account"), add);
    form->addRow(QString(), addButton);

    auto* actions = new QHBoxLayout;
    auto* reset = new QPushButton(tr("Reset password..."), this);
    auto* active = new QPushButton(tr("Disable / enable"), this);
    auto* remove = new QPushButton(tr("Delete account..."), this);
    remove->setObjectName(QStringLiteral("deleteAccount"));
    auto* role = new QPushButton(tr("Change role to the one chosen below"), this);
    actions->addWidget(reset);
    actions->addWidget(active);
    actions->addWidget(remove);
    actions->addWidget(role);
    actions->addStretch();
    actions->addWidget(m_rotating);
    actions->addWidget(m_rotateKey);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(add);

    connect(addButton, &QPushButton::clicked, this, [this] {
        addAccount(m_name->text().trimmed(), Role(m_role->currentData().toInt()), m_password->text());
    });
    connect(reset, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(active, &QPushButton::clicked, this, &AccountsPage::toggleActive);
    connect(remove, &QPushButton::clicked, this, &AccountsPage::deleteSelected);
    connect(role, &QPushButton::clicked, this, &AccountsPage::changeRole);
    connect(m_rotateKey, &QPushButton::clicked, this, [this] { rotateKey({}, KeyRemoval::Disabled); });
}

QString AccountsPage::title() const
{
    return tr("Accounts");
}

QString AccountsPage::message() const
{
    return m_message->text();
}

void AccountsPage::activated()
{
    reload();
}

void AccountsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c;") : QString());
}

void AccountsPage::reload()
{
    // listAccounts checks the session's permission itself, so it runs with the session.
    whenDone(m_store->write([](accounts::Session& s) { return accounts::listAccounts(s); }), this,
             [this](const Result<QList<accounts::Account>>& list) {
                 if (!list) {
                     showMessage(clerkMessage(list.error()), true);
                     return;
                 }
                 m_accounts = *list;
                 m_table->setRowCount(int(list->size()));
                 for (int i = 0; i < list->size(); ++i) {
                     const accounts::Account& a = (*list)[i];
                     m_table->setItem(i, 0, new QTableWidgetItem(a.name));
                     m_table->setItem(i, 1, new QTableWidgetItem(roleLabel(a.role)));
                     QString state = a.active ? tr("Active") : tr("Disabled");
                     if (a.mustChangePassword)
                         state += tr(", must choose a new password");
                     m_table->setItem(i, 2, new QTableWidgetItem(state));
                     m_table->setItem(i, 3, new QTableWidgetItem(localTime(a.createdAt)));
                 }
                 Q_EMIT accountsLoaded();
             });
    whenDone(m_store->write([](accounts::Session& s) { return accounts::rekeyPending(s); }), this,
             [this](const Result<bool>& pending) {
                 m_rotateKey->setVisible(pending && *pending && m_rotating->isHidden());
             });
}

QString AccountsPage::selectedName() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void AccountsPage::addAccount(const QString& name, Role role, const QString& password)
{
    const QByteArray pw = password.toUtf8();
    m_password->clear();
    whenDone(m_store->write(
                 [name, role, pw](accounts::Session& s) { return accounts::addAccount(s, name, role, pw); }),
             this, [this, name](const Result<accounts::Account>& a) {
                 if (!a) {
                     showMessage(clerkMessage(a.error()), true);
                     Q_EMIT accountAdded(false);
                     return;
                 }
                 m_name->clear();
                 showMessage(tr("Account %1 added. Tell the person the first password in private.").arg(name),
                             false);
                 reload();
                 Q_EMIT accountAdded(true);
             });
}

void AccountsPage::resetPassword()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        showMessage(tr("Choose an account in the list first."), true);
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reset password"));
    dialog->setLabelText(
        tr("New temporary password for %1 (they must choose their own at the next sign-in):").arg(name));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString& text) {
        const QByteArray pw = text.toUtf8();
        whenDone(
            m_store->write([name, pw](accounts::Session& s) { return accounts::resetPassword(s, name, pw); }),
            this, [this, name](const Result<void>& r) {
                if (!r) {
                    showMessage(clerkMessage(r.error()), true);
                    return;
                }
                showMessage(tr("The password of %1 was reset.").arg(name), false);
                reload();
            });
    });
    dialog->open();
}

void AccountsPage::toggleActive()
{
    const QString name = selectedName();
    const int row = m_table->currentRow();
    if (name.isEmpty() || row < 0 || row >= m_accounts.size()) {
        showMessage(tr("Choose an account in the list first."), true);
        return;
    }
    const bool active = !m_accounts[row].active;
    if (active) {
        // Enabling again needs a new password: the old one may be known to whoever made it necessary.
        auto* dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("enablePassword"));
        dialog->setWindowTitle(tr("Enable account"));
        dialog->setLabelText(
            tr("New temporary password for %1 (they must choose their own at the next sign-in):").arg(name));
        dialog->setTextEchoMode(QLineEdit::Password);
        connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString& text) {
            const QByteArray pw = text.toUtf8();
            whenDone(m_store->write(
                         [name, pw](accounts::Session& s) { return accounts::enableAccount(s, name, pw); }),
                     this, [this, name](const Result<void>& r) {
                         if (!r)
                             showMessage(clerkMessage(r.error()), true);
                         else
                             showMessage(
                                 tr("Account %1 is enabled again with the new password. Tell the person "
                                    "in private.")
                                     .arg(name),
                                 false);
                         reload();
                     });
        });
        dialog->open();
        return;
    }
    // Disabling removes the account's key slot; then the data key is replaced
    // at once (its owner may have kept a copy of it), on the writer thread.
    whenDone(m_store->write([name](accounts::Session& s) -> Result<bool> {
        SOHOA_TRY(accounts::setAccountActive(s, name, false));
        return accounts::rekeyPending(s);
    }),
             this, [this, name](const Result<bool>& pending) {
                 if (!pending)
                     showMessage(clerkMessage(pending.error()), true);
                 else if (*pending)
                     rotateKey(name, KeyRemoval::Disabled);
                 else
                     showMessage(tr("Account %1 is disabled.").arg(name), false);
                 reload();
             });
}

void AccountsPage::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        showMessage(tr("Choose an account in the list first."), true);
        return;
    }
    auto* confirm =
        new QMessageBox(QMessageBox::Warning, tr("Delete account"),
                        tr("Delete the account %1? Its password stops opening the store, the store "
                           "gets a new key, and the registry refuses what it signs from now on. "
                           "Its entries in the audit trail keep its name. This cannot be undone.")
                            .arg(name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->button(QMessageBox::Yes)->setText(tr("Delete the account"));
    connect(confirm, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        // The same way as disabling: the slot goes now, the data key is replaced next.
        whenDone(m_store->write([name](accounts::Session& s) -> Result<bool> {
            SOHOA_TRY(accounts::deleteAccount(s, name));
            return accounts::rekeyPending(s);
        }),
                 this, [this, name](const Result<bool>& pending) {
                     if (!pending)
                         showMessage(clerkMessage(pending.error()), true);
                     else if (*pending)
                         rotateKey(name, KeyRemoval::Deleted);
                     else
                         showMessage(tr("Account %1 is deleted.").arg(name), false);
                     reload();
                 });
    });
    confirm->open();
}

void AccountsPage::rotateKey(const QString& account, KeyRemoval why)
{
    const bool deleted = why == KeyRemoval::Deleted;
    m_rotateKey->hide();
    m_rotating->show();
    showMessage(account.isEmpty() ? tr("Changing the store key...")
                : deleted
                    ? tr("Account %1 is deleted: its password no longer opens the store. Changing the store "
                         "key...")
                          .arg(account)
                    : tr("Account %1 is disabled: its password no longer opens the store. Changing the store "
                         "key...")
                          .arg(account),
                false);
    whenDone(m_store->rotateDataKey(), this, [this, account, deleted](const Result<void>& r) {
        m_rotating->hide();
        if (!r) {
            m_rotateKey->show();
            showMessage(
                (account.isEmpty() ? QString()
                 : deleted
                     ? tr("Account %1 is deleted: its password no longer opens the store. ").arg(account)
                     : tr("Account %1 is disabled: its password no longer opens the "
                          "store. ")
                           .arg(account)) +
                    tr("The store still needs a new data key, so that a copy of the key its owner may "
                       "have kept opens nothing: %1 Press \"Change the store key now\" when no import "
                       "or sync is running.")
                        .arg(clerkMessage(r.error())),
                true);
        } else {
            showMessage((account.isEmpty() ? QString()
                         : deleted         ? tr("Account %1 is deleted. ").arg(account)
                                           : tr("Account %1 is disabled. ").arg(account)) +
                            tr("The store now uses a new data key: a copy of the old key opens nothing."),
                        false);
        }
        Q_EMIT keyRotated(r.ok());
    });
}

void AccountsPage::changeRole()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        showMessage(tr("Choose an account in the list first."), true);
        return;
    }
    const Role role = Role(m_role->currentData().toInt());
    whenDone(m_store->write(
                 [name, role](accounts::Session& s) { return accounts::setAccountRole(s, name, role); }),
             this, [this](const Result<void>& r) {
                 if (!r)
                     showMessage(clerkMessage(r.error()), true);
                 reload();
             });
}

} // namespace sohoa::ui
