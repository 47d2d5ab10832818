#include "UiTestSupport.h"
#include "ui/signin/FirstRunDialog.h"
#include "ui/signin/SignInDialog.h"
#include "ui/signin/UpgradeNotice.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <memory>
#include <thread>

namespace sohoa::test {
namespace {

using ui::SignInDialog;

class SignInTest : public UiTest {};

void typeInto(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QString messageOf(QWidget* dialog)
{
    return dialog->findChild<QLabel*>(QStringLiteral("message"))->text();
}

TEST_F(SignInTest, RightPasswordOpensTheSession)
{
    SignInDialog dialog(store->path);
    dialog.show();
    typeInto(&dialog, "account", QStringLiteral("clerk"));
    typeInto(&dialog, "password", QString::fromUtf8(kClerkPassword));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return accepted.count() == 1; }));
    auto session = dialog.takeSession();
    ASSERT_TRUE(session);
    EXPECT_EQ(session->actor(), QStringLiteral("clerk"));
    // The password field is emptied as soon as the check starts.
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
}

TEST_F(SignInTest, WrongPasswordSaysSoAndStaysOpen)
{
    SignInDialog dialog(store->path);
    dialog.show();
    typeInto(&dialog, "account", QStringLiteral("clerk"));
    typeInto(&dialog, "password", QStringLiteral("not-the-password"));
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return messageOf(&dialog).contains(QStringLiteral("Wrong account name or password"));
    })) << messageOf(&dialog).toStdString();
    EXPECT_FALSE(dialog.takeSession());
    EXPECT_TRUE(dialog.isVisible());
}

TEST_F(SignInTest, TooManyWrongPasswordsLockTheAccount)
{
    SignInDialog dialog(store->path);
    dialog.show();
    typeInto(&dialog, "account", QStringLiteral("clerk2"));
    for (int i = 0; i < accounts::kMaxFailedSignIns; ++i) {
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("signIn"));
        ASSERT_TRUE(waitUntil([&] { return button->isEnabled(); }));
        typeInto(&dialog, "password", QStringLiteral("wrong-%1").arg(i));
        QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
        ASSERT_TRUE(waitUntil([&] {
            return button->isEnabled() && !messageOf(&dialog).startsWith(QStringLiteral("Checking"));
        }));
    }
    EXPECT_TRUE(messageOf(&dialog).contains(QStringLiteral("locked"))) << messageOf(&dialog).toStdString();
    // Even the right password is refused while locked, with the same explanation.
    typeInto(&dialog, "password", QString::fromUtf8(kClerkPassword));
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("signIn"));
    ASSERT_TRUE(waitUntil(
        [&] { return button->isEnabled() && !messageOf(&dialog).startsWith(QStringLiteral("Checking")); }));
    EXPECT_TRUE(messageOf(&dialog).contains(QStringLiteral("locked")));
    EXPECT_FALSE(dialog.takeSession());
}

// The sign-in runs in a worker; an upgrade it starts is announced in the
// window from the GUI thread, and a window closed by then is left alone.
TEST_F(SignInTest, AnUpgradeDuringSignInIsAnnouncedInTheWindow)
{
    auto label = std::make_unique<QLabel>(QStringLiteral("Checking the password..."));
    const store::UpgradeStarted notice = ui::upgradeNotice(label.get());
    std::thread worker([&notice] { notice(9, 10); });
    worker.join();
    EXPECT_EQ(label->text(), QStringLiteral("Checking the password..."))
        << "not changed from the worker thread";
    ASSERT_TRUE(waitUntil([&] { return label->text().contains(QStringLiteral("Updating the store")); }))
        << label->text().toStdString();

    label.reset();
    std::thread late([&notice] { notice(9, 10); });
    late.join();
    QCoreApplication::processEvents(); // must not touch the deleted label
}

TEST_F(SignInTest, FirstRunCreatesAStoreAndInsistsOnTheRecoveryCode)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/new-store");
    ui::FirstRunDialog dialog(path);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createStore")), Qt::LeftButton);
    typeInto(&dialog, "adminPassword", QStringLiteral("first-admin-pass"));
    typeInto(&dialog, "adminRepeat", QStringLiteral("first-admin-pass"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("create")), Qt::LeftButton);
    auto* code = dialog.findChild<QLabel*>(QStringLiteral("recoveryCode"));
    ASSERT_TRUE(waitUntil([&] { return !code->text().isEmpty(); }, 60000));
    const QString shown = code->text();
    auto* finish = dialog.findChild<QPushButton*>(QStringLiteral("finish"));
    // Closing is refused on this page; the code is never shown again.
    dialog.reject();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(finish->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("writtenDown"))->setChecked(true);
    typeInto(&dialog, "recoveryCodeAgain", QStringLiteral("WRONG-CODE"));
    EXPECT_FALSE(finish->isEnabled());
    typeInto(&dialog, "recoveryCodeAgain", shown.toLower()); // typed back from paper, any case
    EXPECT_TRUE(finish->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(finish, Qt::LeftButton);
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(dialog.storePath(), path);
    EXPECT_TRUE(code->text().isEmpty());
    auto session = accounts::Session::signIn(path, QStringLiteral("admin"), "first-admin-pass");
    EXPECT_TRUE(session) << (session ? "" : session.error().message.toStdString());
}

} // namespace
} // namespace sohoa::test
