#include "signin/SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sohoa::ui {

SignInDialog::SignInDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_account(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("SoHoa - Sign in"));
    m_password->setEchoMode(QLineEdit::Password);
    m_account->setObjectName(QStringLiteral("account"));
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_signIn->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Store:"), new QLabel(storePath, this));
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attemptSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SignInDialog::signInFinished);
}

SignInDialog::~SignInDialog()
{
    m_watcher.waitForFinished();
}

std::unique_ptr<accounts::Session> SignInDialog::takeSession()
{
    return std::move(m_session);
}

void SignInDialog::attemptSignIn()
{
    if (m_watcher.isRunning())
        return;
    m_signIn->setEnabled(false);
    m_message->setText(tr("Checking the password..."));
    const QString store = m_storePath;
    const QString account = m_account->text().trimmed();
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    m_watcher.setFuture(QtConcurrent::run([store, account, password]() mutable {
        return std::make_shared<Result<std::unique_ptr<accounts::Session>>>(
            accounts::Session::signIn(store, account, std::move(password)));
    }));
}

void SignInDialog::signInFinished()
{
    auto result = m_watcher.result();
    m_signIn->setEnabled(true);
    if (!*result) {
        m_message->setText(result->error().message);
        m_password->setFocus();
        return;
    }
    m_session = std::move(result->value());
    accept();
}

} // namespace sohoa::ui
