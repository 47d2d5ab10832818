#pragma once

#include "core/accounts/Session.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;

namespace sohoa::ui {

// Account and password for a store. The check (Argon2id, about half a second)
// runs on a worker thread so the window stays responsive; wrong passwords and
// the lockout after too many are explained in the message line.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(const QString& storePath, QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setAccount(const QString& name);
    void setNotice(const QString& text); // e.g. why the window was locked
    QString storePath() const { return m_storePath; }

    // The signed-in session after accept().
    std::unique_ptr<accounts::Session> takeSession();

Q_SIGNALS:
    void openAnotherStore();

private:
    void attemptSignIn();
    void signInFinished();
    void openRecovery();

    QString m_storePath;
    QLineEdit* m_account;
    QLineEdit* m_password;
    QLabel* m_notice;
    QLabel* m_message;
    QProgressBar* m_busy;
    QPushButton* m_signIn;
    QFutureWatcher<std::shared_ptr<Result<std::unique_ptr<accounts::Session>>>> m_watcher;
    std::unique_ptr<accounts::Session> m_session;
};

} // namespace sohoa::ui
