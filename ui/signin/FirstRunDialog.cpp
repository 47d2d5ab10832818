#include "ui/signin/FirstRunDialog.h"

#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/StoreSetup.h"
#include "core/crypto/RecoveryCode.h"
#include "core/store/StoreLayout.h"
#include "ui/common/Async.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sohoa::ui {

FirstRunDialog::FirstRunDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("SoHoa - First start"));
    setMinimumWidth(560);

    m_pages->addWidget(buildChoicePage());
    m_pages->addWidget(buildCreatePage(suggestedPath));
    m_pages->addWidget(buildRecoveryCodePage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

// Page 0: what to do.
QWidget* FirstRunDialog::buildChoicePage()
{
    auto* choose = new QWidget(this);
    auto* intro = new QLabel(tr("<h3>Welcome to SoHoa</h3>"
                                "<p>SoHoa keeps the commune's records in an encrypted <i>store</i> on this "
                                "computer. Create a new store if this office is starting, or open the store "
                                "folder you already use (for example one restored from a backup).</p>"),
                             choose);
    intro->setWordWrap(true);
    auto* create = new QPushButton(tr("&Create a new store"), choose);
    create->setObjectName(QStringLiteral("createStore"));
    auto* open = new QPushButton(tr("&Open an existing store..."), choose);
    open->setObjectName(QStringLiteral("openStore"));
    auto* quit = new QPushButton(tr("Quit"), choose);
    auto* l = new QVBoxLayout(choose);
    l->addWidget(intro);
    l->addWidget(create);
    l->addWidget(open);
    l->addStretch();
    l->addWidget(quit, 0, Qt::AlignRight);
    connect(create, &QPushButton::clicked, this, &FirstRunDialog::showCreate);
    connect(open, &QPushButton::clicked, this, &FirstRunDialog::chooseExisting);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    return choose;
}

// Page 1: the new store and its administrator.
QWidget* FirstRunDialog::buildCreatePage(const QString& suggestedPath)
{
    auto* createPage = new QWidget(this);
    m_folder = new QLineEdit(suggestedPath, createPage);
    m_folder->setObjectName(QStringLiteral("folder"));
    auto* browse = new QPushButton(tr("Browse..."), createPage);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    m_admin = new QLineEdit(QStringLiteral("admin"), createPage);
    m_admin->setObjectName(QStringLiteral("adminName"));
    m_password = new QLineEdit(createPage);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_repeat = new QLineEdit(createPage);
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_createMessage = new QLabel(createPage);
    m_createMessage->setWordWrap(true);
    m_createButton = new QPushButton(tr("Create the store"), createPage);
    m_createButton->setObjectName(QStringLiteral("create"));
    m_createButton->setDefault(true);
    auto* back = new QPushButton(tr("Back"), createPage);
    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("Store &folder:"), createPage); // a layout row gets no buddy by itself
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Administrator &account:"), m_admin);
    form->addRow(tr("&Password (at least %1 characters):").arg(accounts::kMinPasswordLength), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    auto* note = new QLabel(tr("The administrator adds the clerks' and supervisors' accounts after the first "
                               "sign-in."),
                            createPage);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_createButton);
    auto* l = new QVBoxLayout(createPage);
    l->addLayout(form);
    l->addWidget(note);
    l->addWidget(m_createMessage);
    l->addStretch();
    l->addLayout(buttons);
    connect(browse, &QPushButton::clicked, this, &FirstRunDialog::browseNewFolder);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_createButton, &QPushButton::clicked, this, &FirstRunDialog::create);
    return createPage;
}

// Page 2: the recovery code, shown once.
QWidget* FirstRunDialog::buildRecoveryCodePage()
{
    auto* codePage = new QWidget(this);
    auto* intro = new QLabel(tr("<h3>Recovery code</h3><p>This code opens the store if every administrator "
                                "password is lost. It is shown <b>only now</b>. Write it on paper, check it, "
                                "and keep the paper in the office safe. Anyone who has it can open the "
                                "store.</p>"),
                             codePage);
    intro->setWordWrap(true);
    m_code = new QLabel(codePage);
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::NoTextInteraction); // not copied to a clipboard by habit
    m_code->setFrameShape(QFrame::Box);
    m_code->setMinimumHeight(60);
    m_codeAgain = new QLineEdit(codePage);
    m_codeAgain->setObjectName(QStringLiteral("recoveryCodeAgain"));
    m_codeAgain->setPlaceholderText(tr("Type the code again from your paper"));
    m_writtenDown =
        new QCheckBox(tr("I have written the recovery code on paper and will keep it in the office "
                         "safe."),
                      codePage);
    m_writtenDown->setObjectName(QStringLiteral("writtenDown"));
    m_finish = new QPushButton(tr("Continue to sign-in"), codePage);
    m_finish->setObjectName(QStringLiteral("finish"));
    m_finish->setEnabled(false);
    auto* l = new QVBoxLayout(codePage);
    l->addWidget(intro);
    l->addWidget(m_code);
    l->addWidget(new QLabel(tr("Check what you wrote: type the code again from the paper."), codePage));
    l->addWidget(m_codeAgain);
    l->addWidget(m_writtenDown);
    l->addStretch();
    l->addWidget(m_finish, 0, Qt::AlignRight);
    connect(m_codeAgain, &QLineEdit::textChanged, this, &FirstRunDialog::updateFinish);
    connect(m_writtenDown, &QCheckBox::toggled, this, &FirstRunDialog::updateFinish);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        m_recoveryCode.fill(QLatin1Char(' '));
        m_recoveryCode.clear();
        m_code->clear();
        accept();
    });
    return codePage;
}

void FirstRunDialog::showCreate()
{
    m_pages->setCurrentIndex(1);
    m_password->setFocus();
}

void FirstRunDialog::browseNewFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for the new store"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir + QStringLiteral("/SoHoa-store"));
}

void FirstRunDialog::chooseExisting()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Store folder"));
    if (dir.isEmpty())
        return;
    if (!store::StoreLayout::at(dir).exists()) {
        // Stay on the first page and say what a store folder holds.
        QWidget* page = m_pages->widget(0);
        auto* hint = page->findChild<QLabel*>(QStringLiteral("openHint"));
        if (!hint) {
            hint = new QLabel(page);
            hint->setObjectName(QStringLiteral("openHint"));
            hint->setWordWrap(true);
            hint->setStyleSheet(QStringLiteral("color: #b71c1c;"));
            static_cast<QVBoxLayout*>(page->layout())->insertWidget(3, hint);
        }
        hint->setText(
            tr("%1 is not a SoHoa store (it needs store.db and keyring.json). Choose the folder that "
               "holds them.")
                .arg(dir));
        return;
    }
    m_storePath = dir;
    accept();
}

void FirstRunDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        m_createMessage->setText(tr("The two passwords are different. Type them again."));
        m_repeat->clear();
        m_password->setFocus();
        return;
    }
    if (auto ok = accounts::checkPasswordPolicy(m_password->text().toUtf8()); !ok) {
        m_createMessage->setText(ok.error().message);
        return;
    }
    if (auto ok = accounts::checkAccountName(m_admin->text().trimmed()); !ok) {
        m_createMessage->setText(ok.error().message);
        return;
    }
    m_createButton->setEnabled(false);
    m_createMessage->setText(tr("Creating the encrypted store..."));
    accounts::NewStore spec;
    spec.path = m_folder->text().trimmed();
    spec.adminName = m_admin->text().trimmed();
    spec.adminPasswordUtf8 = m_password->text().toUtf8();
    m_password->clear();
    m_repeat->clear();
    const QString path = spec.path;
    const QString admin = spec.adminName;
    whenDone(QtConcurrent::run([spec]() mutable { return accounts::createStore(std::move(spec)); }), this,
             [this, path, admin](const Result<QString>& code) {
                 m_createButton->setEnabled(true);
                 if (!code) {
                     m_createMessage->setText(code.error().message);
                     return;
                 }
                 m_storePath = path;
                 m_adminName = admin;
                 m_recoveryCode = *code;
                 m_code->setText(*code);
                 m_pages->setCurrentIndex(2);
                 m_codeAgain->setFocus();
             });
}

void FirstRunDialog::updateFinish()
{
    const QString typed = crypto::RecoveryCode::normalize(m_codeAgain->text());
    const bool same = !typed.isEmpty() && typed == crypto::RecoveryCode::normalize(m_recoveryCode);
    m_finish->setEnabled(same && m_writtenDown->isChecked());
}

void FirstRunDialog::reject()
{
    // The recovery code page cannot be skipped: the code is never shown again.
    if (m_pages->currentIndex() == 2)
        return;
    QDialog::reject();
}

} // namespace sohoa::ui
