#include "ui/signin/SignInDialog.h"

#include "ui/signin/RecoveryDialog.h"
#include "ui/signin/UpgradeNotice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sohoa::ui {

SignInDialog::SignInDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_account(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("SoHoa - Sign in"));
    m_password->setEchoMode(QLineEdit::Password);
    m_account->setObjectName(QStringLiteral("account"));
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("message"));
    m_notice->setObjectName(QStringLiteral("notice"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_account->setPlaceholderText(tr("e.g. lan.nguyen"));
    m_message->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);
    m_signIn->setDefault(true);

    auto* title = new QLabel(tr("<b>SoHoa</b> - digitised civil-status and land records"), this);
    auto* storeLabel = new QLabel(storePath, this);
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storeLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Store:"), storeLabel);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Password:"), m_password);

    auto* forgot = new QPushButton(tr("Forgot the administrator password..."), this);
    forgot->setObjectName(QStringLiteral("recovery"));
    forgot->setFlat(true);
    forgot->setToolTip(
        tr("Set a new administrator password with the recovery code kept in the office safe."));
    auto* another = new QPushButton(tr("Open another store..."), this);
    another->setFlat(true);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    auto* links = new QHBoxLayout;
    links->addWidget(forgot);
    links->addWidget(another);
    links->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addLayout(links);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attemptSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(forgot, &QPushButton::clicked, this, &SignInDialog::openRecovery);
    connect(another, &QPushButton::clicked, this, [this] {
        Q_EMIT openAnotherStore();
        reject();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SignInDialog::signInFinished);
    setTabOrder(m_account, m_password);
    setTabOrder(m_password, m_signIn);
}

SignInDialog::~SignInDialog()
{
    m_watcher.waitForFinished();
}

void SignInDialog::setAccount(const QString& name)
{
    m_account->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

std::unique_ptr<accounts::Session> SignInDialog::takeSession()
{
    return std::move(m_session);
}

void SignInDialog::attemptSignIn()
{
    if (m_watcher.isRunning())
        return;
    const QString account = m_account->text().trimmed();
    if (account.isEmpty()) {
        m_message->setText(tr("Type your account name."));
        m_account->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Type your password."));
        m_password->setFocus();
        return;
    }
    m_signIn->setEnabled(false);
    m_busy->setVisible(true);
    m_message->setText(tr("Checking the password..."));
    const QString store = m_storePath;
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    m_watcher.setFuture(
        QtConcurrent::run([store, account, password, notice = upgradeNotice(m_message)]() mutable {
            return std::make_shared<Result<std::unique_ptr<accounts::Session>>>(
                accounts::Session::signIn(store, account, std::move(password), notice));
        }));
}

void SignInDialog::signInFinished()
{
    auto result = m_watcher.result();
    m_signIn->setEnabled(true);
    m_busy->setVisible(false);
    if (!*result) {
        m_message->setText(result->error().message);
        m_password->setFocus();
        return;
    }
    m_message->clear();
    m_session = std::move(result->value());
    accept();
}

void SignInDialog::openRecovery()
{
    auto* dialog = new RecoveryDialog(m_storePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::passwordReset, this, [this](const QString& admin) {
        setAccount(admin);
        m_message->setText(
            tr("The new password is set. Sign in with it; you will be asked to choose your own."));
    });
    dialog->open();
}

} // namespace sohoa::ui
