#include "UiTestSupport.h"
#include "core/audit/AuditChain.h"
#include "ui/mainwindow/AppController.h"
#include "ui/mainwindow/IdleWatcher.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

namespace sohoa::test {
namespace {

class ShellTest : public UiTest {};

TEST_F(ShellTest, ScreensFollowTheRole)
{
    auto clerk = access(QStringLiteral("clerk"));
    ui::MainWindow clerkWindow(clerk.get(), ui::MainWindowOptions{});
    EXPECT_TRUE(clerkWindow.pageIds().contains(QStringLiteral("verify")));
    EXPECT_TRUE(clerkWindow.pageIds().contains(QStringLiteral("keying")));
    EXPECT_FALSE(clerkWindow.pageIds().contains(QStringLiteral("review")));
    EXPECT_FALSE(clerkWindow.pageIds().contains(QStringLiteral("audit")));
    auto supervisor = access(QStringLiteral("supervisor"));
    ui::MainWindow supervisorWindow(supervisor.get(), ui::MainWindowOptions{});
    EXPECT_FALSE(supervisorWindow.pageIds().contains(QStringLiteral("verify")));
    EXPECT_TRUE(supervisorWindow.pageIds().contains(QStringLiteral("review")));
    EXPECT_TRUE(supervisorWindow.pageIds().contains(QStringLiteral("audit")));
    auto admin = access(QStringLiteral("admin"));
    ui::MainWindow adminWindow(admin.get(), ui::MainWindowOptions{});
    EXPECT_TRUE(adminWindow.pageIds().contains(QStringLiteral("accounts")));
    EXPECT_FALSE(adminWindow.pageIds().contains(QStringLiteral("review")));
}

TEST_F(ShellTest, SignInThenIdleLockSignsOutAndAsksAgain)
{
    ui::AppController app({store->path, {}, {}});
    app.start();
    ASSERT_TRUE(waitUntil([&] { return app.signInDialog() != nullptr; }));
    ui::SignInDialog* dialog = app.signInDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("account"))->setText(QStringLiteral("clerk"));
    dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QString::fromUtf8(kClerkPassword));
    QSignalSpy signedIn(&app, &ui::AppController::signedIn);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1 && app.mainWindow(); }));
    EXPECT_EQ(app.store()->actor(), QStringLiteral("clerk"));

    QSignalSpy signedOut(&app, &ui::AppController::signedOut);
    app.idleWatcher()->setTimeoutMs(300);
    app.idleWatcher()->start();
    ASSERT_TRUE(waitUntil([&] { return signedOut.count() == 1; }));
    EXPECT_EQ(app.store(), nullptr); // the key is gone with the session
    EXPECT_EQ(app.mainWindow(), nullptr);
    ASSERT_TRUE(waitUntil([&] { return app.signInDialog() != nullptr && app.signInDialog()->isVisible(); }));
    EXPECT_EQ(app.signInDialog()->findChild<QLineEdit*>(QStringLiteral("account"))->text(),
              QStringLiteral("clerk"));
    EXPECT_TRUE(app.signInDialog()
                    ->findChild<QLabel*>(QStringLiteral("notice"))
                    ->text()
                    .contains(QStringLiteral("locked")));
    // The lock is in the audit trail as a sign-out with its reason.
    audit::AuditFilter f;
    f.actionPrefix = QStringLiteral("auth.sign_out");
    f.actor = QStringLiteral("clerk");
    auto entries = audit::queryAudit(clerkSession->db(), f);
    ASSERT_TRUE(entries);
    bool idle = false;
    for (const audit::AuditEntry& e : *entries)
        idle = idle || e.details.value(QStringLiteral("reason")).toString() == QLatin1String("idle_lock");
    EXPECT_TRUE(idle);
}

} // namespace
} // namespace sohoa::test
