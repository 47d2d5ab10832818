// The desktop's idle lock obeys the administrator's limit for the role
// (accounts::effectiveIdleLockMinutes), whatever the user's own setting says.
#include "core/accounts/IdleLockPolicy.h"

#include "UiTestSupport.h"
#include "ui/common/UiSettings.h"
#include "ui/mainwindow/AppController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QLineEdit>
#include <QSignalSpy>

namespace sohoa::test {
namespace {

class IdleLockPolicyTest : public UiTest {};

TEST_F(IdleLockPolicyTest, TheAdministratorsLimitForTheRoleCapsTheUsersChoice)
{
    {
        auto admin = store->admin();
        ASSERT_TRUE(admin);
        ASSERT_TRUE(accounts::setIdleLockLimit(*admin, accounts::Role::Clerk, 3).ok());
    }
    const ui::UiSettings before = ui::UiSettings::load();
    struct Restore {
        ui::UiSettings s;
        ~Restore() { s.save(); }
    } restore{before};
    ui::UiSettings settings = before;
    settings.idleLockMinutes = 0; // "never" is not allowed past the limit
    settings.save();

    ui::AppController app({store->path, {}, {}});
    app.start();
    ASSERT_TRUE(waitUntil([&] { return app.signInDialog() != nullptr; }));
    ui::SignInDialog* dialog = app.signInDialog();
    dialog->findChild<QLineEdit*>(QStringLiteral("account"))->setText(QStringLiteral("clerk"));
    dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QString::fromUtf8(kClerkPassword));
    QSignalSpy signedIn(&app, &ui::AppController::signedIn);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1 && app.mainWindow(); }));
    EXPECT_EQ(app.idleLockMinutes(), 3);
    app.endSession(QStringLiteral("user"));
}

} // namespace
} // namespace sohoa::test
