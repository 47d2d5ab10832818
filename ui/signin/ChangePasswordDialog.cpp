#include "ui/signin/ChangePasswordDialog.h"

#include "core/accounts/AccountAdmin.h"
#include "core/accounts/PasswordPolicy.h"
#include "ui/common/Async.h"
#include "ui/common/StoreAccess.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sohoa::ui {

ChangePasswordDialog::ChangePasswordDialog(StoreAccess* store, bool required, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_ok(new QPushButton(tr("Change password"), this))
{
    setWindowTitle(tr("Change password"));
    for (QLineEdit* e : {m_old, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    if (required) {
        auto* why =
            new QLabel(tr("An administrator set your password. Choose your own before you continue."), this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangePasswordDialog::submit()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords are different. Type them again."));
        m_repeat->clear();
        return;
    }
    if (auto ok = accounts::checkPasswordPolicy(m_new->text().toUtf8()); !ok) {
        m_message->setText(ok.error().message);
        return;
    }
    m_ok->setEnabled(false);
    m_message->setText(tr("Saving..."));
    const QByteArray oldPassword = m_old->text().toUtf8();
    const QByteArray newPassword = m_new->text().toUtf8();
    for (QLineEdit* e : {m_old, m_new, m_repeat})
        e->clear();
    whenDone(m_store->write([oldPassword, newPassword](accounts::Session& s) {
        return accounts::changeOwnPassword(s, oldPassword, newPassword);
    }),
             this, [this](const Result<void>& r) {
                 m_ok->setEnabled(true);
                 if (!r) {
                     m_message->setText(r.error().message);
                     return;
                 }
                 accept();
             });
}

} // namespace sohoa::ui
