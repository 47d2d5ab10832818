#pragma once

#include "accounts/Session.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sohoa::ui {

// Account and password for a store. The check (Argon2id, ~0.6 s) runs on a
// worker thread so the window stays responsive.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(const QString& storePath, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // The signed-in session after accept().
    std::unique_ptr<accounts::Session> takeSession();

private:
    void attemptSignIn();
    void signInFinished();

    QString m_storePath;
    QLineEdit* m_account;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_signIn;
    QFutureWatcher<std::shared_ptr<Result<std::unique_ptr<accounts::Session>>>> m_watcher;
    std::unique_ptr<accounts::Session> m_session;
};

} // namespace sohoa::ui
