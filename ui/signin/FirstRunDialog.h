#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sohoa::ui {

// First start on this computer (or no store at the expected place): create a
// new store with its first administrator and show the recovery code once, or
// point to an existing store folder.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(const QString& suggestedPath, QWidget* parent = nullptr);

    QString storePath() const { return m_storePath; }
    QString adminName() const { return m_adminName; }

public Q_SLOTS:
    void reject() override;

private:
    QWidget* buildChoicePage();
    QWidget* buildCreatePage(const QString& suggestedPath);
    QWidget* buildRecoveryCodePage();
    void showCreate();
    void chooseExisting();
    void browseNewFolder();
    void create();
    void updateFinish();

    QStackedWidget* m_pages;
    QLineEdit* m_folder;
    QLineEdit* m_admin;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_createMessage;
    QPushButton* m_createButton;
    QLabel* m_code;
    QLineEdit* m_codeAgain;
    QCheckBox* m_writtenDown;
    QPushButton* m_finish;
    QString m_storePath;
    QString m_adminName;
    QString m_recoveryCode;
};

} // namespace sohoa::ui
