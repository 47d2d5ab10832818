#include "ui/signin/RecoveryDialog.h"

#include "core/accounts/AccountAdmin.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/Session.h"
#include "ui/common/Async.h"
#include "ui/signin/UpgradeNotice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sohoa::ui {

RecoveryDialog::RecoveryDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_code(new QLineEdit(this))
    , m_admin(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_ok(new QPushButton(tr("Set the new password"), this))
{
    setWindowTitle(tr("Recovery code"));
    m_code->setPlaceholderText(tr("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    auto* intro = new QLabel(tr("Type the recovery code exactly as written on the paper kept in the office "
                                "safe, the administrator account, and a new password for it."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Recovery &code:"), m_code);
    form->addRow(tr("Administrator &account:"), m_admin);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &RecoveryDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecoveryDialog::submit()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords are different. Type them again."));
        m_repeat->clear();
        m_password->setFocus();
        return;
    }
    if (auto ok = accounts::checkPasswordPolicy(m_password->text().toUtf8()); !ok) {
        m_message->setText(ok.error().message);
        return;
    }
    m_ok->setEnabled(false);
    m_message->setText(tr("Checking the recovery code..."));
    const QString store = m_storePath;
    const QString code = m_code->text();
    const QString admin = m_admin->text().trimmed();
    const QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    m_repeat->clear();
    auto future = QtConcurrent::run(
        [store, code, admin, password, notice = upgradeNotice(m_message)]() -> Result<void> {
            auto session = accounts::Session::signInWithRecoveryCode(store, code, notice);
            if (!session)
                return session.error();
            return accounts::resetPassword(**session, admin, password);
        });
    whenDone(future, this, [this, admin](const Result<void>& r) {
        m_ok->setEnabled(true);
        if (!r) {
            m_message->setText(r.error().message);
            return;
        }
        Q_EMIT passwordReset(admin);
        accept();
    });
}

} // namespace sohoa::ui
