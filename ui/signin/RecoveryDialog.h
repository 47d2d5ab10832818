#pragma once

#include "core/common/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sohoa::ui {

// Sets a new password for an administrator with the store's recovery code
// (the paper in the office safe). The administrator must choose their own
// password at the next sign-in.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryDialog(const QString& storePath, QWidget* parent = nullptr);

Q_SIGNALS:
    void passwordReset(const QString& adminName);

private:
    void submit();

    QString m_storePath;
    QLineEdit* m_code;
    QLineEdit* m_admin;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace sohoa::ui
