#include "ui/mainwindow/AppController.h"

#include "core/accounts/IdleLockPolicy.h"
#include "core/i18n/Language.h"
#include "core/store/StoreLayout.h"
#include "ui/common/Async.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/common/UiSettings.h"
#include "ui/mainwindow/IdleWatcher.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/ChangePasswordDialog.h"
#include "ui/signin/FirstRunDialog.h"
#include "ui/signin/SignInDialog.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTranslator>
#include <QtConcurrent>

namespace sohoa::ui {

AppController::AppController(const AppOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_idle(new IdleWatcher(this))
{
    m_idle->setTimeoutMinutes(UiSettings::load().idleLockMinutes);
    connect(m_idle, &IdleWatcher::idle, this, [this] { endSession(QStringLiteral("idle_lock")); });
}

AppController::~AppController()
{
    delete m_window;
    delete m_signIn;
    m_store.reset();
}

MainWindow* AppController::mainWindow() const
{
    return m_window;
}

SignInDialog* AppController::signInDialog() const
{
    return m_signIn;
}

void AppController::start()
{
    if (!store::StoreLayout::at(m_options.storePath).exists())
        m_options.createDemoStore ? createDemoStore() : showFirstRun();
    else
        showSignIn({}, {});
}

void AppController::showFirstRun()
{
    auto* dialog = new FirstRunDialog(m_options.storePath);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_options.storePath = dialog->storePath();
        UiSettings s = UiSettings::load();
        s.lastStorePath = m_options.storePath;
        s.save();
        showSignIn({}, dialog->adminName());
    });
    connect(dialog, &QDialog::rejected, this, &AppController::finished);
    dialog->show();
}

void AppController::createDemoStore()
{
    auto* progress =
        new QProgressDialog(tr("Preparing a demonstration store with made-up records..."), QString(), 0, 0);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(QStringLiteral("SoHoa"));
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    const auto create = m_options.createDemoStore;
    const QString path = m_options.storePath;
    // Rendering pages and deriving keys takes a few seconds: off the UI thread.
    whenDone(QtConcurrent::run([create, path]() -> Result<DemoStoreMade> { return create(path); }), this,
             [this, progress](const Result<DemoStoreMade>& made) {
                 progress->close();
                 if (!made) {
                     showError(nullptr, tr("Demonstration store"), made.error());
                     showFirstRun();
                     return;
                 }
                 showSignIn(made->notice, made->account);
             });
}

void AppController::showSignIn(const QString& notice, const QString& account)
{
    auto* dialog = new SignInDialog(m_options.storePath);
    m_signIn = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNotice(notice);
    dialog->setAccount(account);
    bool* another = new bool(false);
    connect(dialog, &SignInDialog::openAnotherStore, this, [another] { *another = true; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sessionOpened(dialog->takeSession()); });
    connect(dialog, &QDialog::rejected, this, [this, another] {
        const bool showFirst = *another;
        delete another;
        if (showFirst)
            showFirstRun();
        else
            Q_EMIT finished();
    });
    connect(dialog, &QDialog::accepted, this, [another] { delete another; });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::sessionOpened(std::unique_ptr<accounts::Session> session)
{
    if (!session)
        return;
    const bool mustChange = session->account().mustChangePassword;
    m_store = std::make_unique<StoreAccess>(std::move(session));
    UiSettings s = UiSettings::load();
    s.lastStorePath = m_options.storePath;
    s.save();
    if (mustChange) {
        auto* change = new ChangePasswordDialog(m_store.get(), true);
        change->setAttribute(Qt::WA_DeleteOnClose);
        connect(change, &QDialog::accepted, this, &AppController::openWindow);
        connect(change, &QDialog::rejected, this, [this] { endSession(QStringLiteral("user")); });
        change->show();
        return;
    }
    openWindow();
}

void AppController::openWindow()
{
    MainWindowOptions options;
    options.samplesDir = m_options.samplesDir;
    options.rememberGeometry = true;
    m_window = new MainWindow(m_store.get(), options);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, [this] { endSession(QStringLiteral("user")); });
    connect(m_window, &MainWindow::lockRequested, this, [this] { endSession(QStringLiteral("lock")); });
    connect(m_window, &MainWindow::idleLockChanged, this,
            [this](int minutes) { applyIdleLock(minutes, false); });
    connect(m_window, &MainWindow::languageChanged, this, &AppController::applyLanguage);
    connect(m_window, &QObject::destroyed, this, [this] {
        // Closed by the user (not by a lock): sign out and quit.
        if (m_store) {
            m_idle->stop();
            m_store.reset();
            Q_EMIT finished();
        }
    });
    // Where this account left the window; a first start fills the screen it has.
    if (!restoreWindowGeometry(m_window, m_store->actor()))
        m_window->setWindowState(Qt::WindowMaximized);
    m_window->show();
    applyIdleLock(UiSettings::load().idleLockMinutes, true);
}

void AppController::applyIdleLock(int requestedMinutes, bool announceSignIn)
{
    // Until the store answers, the strictest default holds: never longer than the default limit.
    m_idleMinutes = requestedMinutes > 0 ? qMin(requestedMinutes, accounts::kDefaultIdleLockMaxMinutes)
                                         : accounts::kDefaultIdleLockMaxMinutes;
    m_idle->setTimeoutMinutes(m_idleMinutes);
    m_idle->start();
    whenDone(m_store->write([requestedMinutes](accounts::Session& s) {
        return accounts::effectiveIdleLockMinutes(s, requestedMinutes);
    }),
             this, [this, announceSignIn](const Result<int>& minutes) {
                 if (!m_store)
                     return;
                 if (minutes) {
                     m_idleMinutes = *minutes;
                     m_idle->setTimeoutMinutes(*minutes);
                     m_idle->start();
                 }
                 if (announceSignIn)
                     Q_EMIT signedIn();
             });
}

void AppController::endSession(const QString& reason)
{
    if (!m_store)
        return;
    m_idle->stop();
    const QString account = m_store->actor();
    if (m_window) {
        saveWindowGeometry(m_window, account);
        m_window->flushEdits();
        MainWindow* w = m_window;
        m_window = nullptr;
        w->disconnect(this);
        w->close();
        delete w;
    }
    // Waits for queued writes (the flushed edits included), records the sign-out, wipes the key.
    m_store->signOut(reason);
    m_store.reset();
    Q_EMIT signedOut();
    QString notice;
    if (reason == QLatin1String("idle_lock"))
        notice =
            tr("SoHoa locked itself after %n minute(s) without use. Your work is saved; sign in to continue.",
               nullptr, m_idleMinutes);
    else if (reason == QLatin1String("lock"))
        notice = tr("The window is locked. Your work is saved; sign in to continue.");
    showSignIn(notice, reason == QLatin1String("user") ? QString() : account);
}

void AppController::applyLanguage(const QString& language)
{
    auto* app = QCoreApplication::instance();
    for (QTranslator* t : app->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    i18n::installTranslations(*app, language);
    // Rebuild the window in the new language; the session stays open.
    if (m_window && m_store) {
        const QString page = m_window->currentPageId();
        m_window->flushEdits();
        MainWindow* old = m_window;
        old->disconnect(this);
        m_window = nullptr;
        openWindow();
        m_window->setGeometry(old->geometry());
        m_window->showPage(page);
        delete old;
    }
}

} // namespace sohoa::ui
