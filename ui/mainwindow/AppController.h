#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace sohoa::ui {

class IdleWatcher;
class MainWindow;
class SignInDialog;
class StoreAccess;

// A demonstration store just made: the notice the sign-in dialog shows (it
// names the demonstration accounts) and the account to preselect.
struct DemoStoreMade {
    QString notice;
    QString account;
};

struct AppOptions {
    QString storePath;
    QString samplesDir;
    QString language; // from --lang; empty = the saved setting
    // --demo: when no store is at storePath, this fills one with made-up
    // records instead of the first-run dialog (on a worker thread). The desktop
    // program sets it from the fixtures library (testing/demo), which the UI
    // library itself does not link.
    std::function<Result<DemoStoreMade>(const QString& storePath)> createDemoStore = {};
};

// The desktop's life cycle: first run (create or open a store), sign-in,
// the main window, sign-out, and the lock after idle time (which signs out
// and wipes the key; typed edits are saved first).
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(const AppOptions& options, QObject* parent = nullptr);
    ~AppController() override;

    void start();

    MainWindow* mainWindow() const;
    SignInDialog* signInDialog() const;
    StoreAccess* store() const { return m_store.get(); }
    IdleWatcher* idleWatcher() const { return m_idle; }
    // The idle time in force: what the user chose, capped by the administrator's
    // limit for the account's role (accounts::effectiveIdleLockMinutes).
    int idleLockMinutes() const { return m_idleMinutes; }

    // Sign-out with a reason: "user" or "idle_lock".
    void endSession(const QString& reason);

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void finished(); // the user quit

private:
    void showFirstRun();
    void createDemoStore();
    void showSignIn(const QString& notice, const QString& account);
    void sessionOpened(std::unique_ptr<accounts::Session> session);
    void openWindow();
    void applyLanguage(const QString& language);
    void applyIdleLock(int requestedMinutes, bool announceSignIn);

    AppOptions m_options;
    std::unique_ptr<StoreAccess> m_store;
    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_signIn;
    IdleWatcher* m_idle;
    int m_idleMinutes = 0;
};

} // namespace sohoa::ui
