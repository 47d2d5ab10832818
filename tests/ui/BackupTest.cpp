#include "UiTestSupport.h"
#include "core/backup/BackupFile.h"
#include "core/backup/StoreBackup.h"
#include "core/common/Clock.h"
#include "testing/demo/DemoStore.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/BackupReminder.h"
#include "ui/mainwindow/AppController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace sohoa::test {
namespace {

class BackupTest : public UiTest {};

TEST(BackupReminderRule, DueAfterSevenDaysOrWhenNeverBackedUp)
{
    const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    EXPECT_TRUE(ui::backupIsDue({}, now));
    EXPECT_FALSE(ui::backupIsDue(now.addDays(-1), now));
    EXPECT_FALSE(ui::backupIsDue(now.addDays(-6), now));
    EXPECT_TRUE(ui::backupIsDue(now.addDays(-7), now));
    EXPECT_TRUE(ui::backupIsDue(now.addDays(-30), now));
}

TEST_F(BackupTest, SupervisorsAreRemindedAndTheDialogWritesACheckedEncryptedBackup)
{
    const qint64 batch = makeBatch(QStringLiteral("Birth book 2019"));
    const qint64 id = makeRecord(batch, QStringLiteral("birth"), 5);
    const QString name = load(id).fields.value(QStringLiteral("full_name")).value;
    ASSERT_FALSE(name.isEmpty());

    // Clerks may not back up: no reminder, no menu entry.
    auto clerk = access(QStringLiteral("clerk"));
    ui::MainWindow clerkWindow(clerk.get(), ui::MainWindowOptions{});
    EXPECT_EQ(clerkWindow.backupReminder(), nullptr);

    auto supervisor = access(QStringLiteral("supervisor"));
    ui::MainWindow window(supervisor.get(), ui::MainWindowOptions{});
    window.show();
    ui::BackupReminder* reminder = window.backupReminder();
    ASSERT_NE(reminder, nullptr);
    ASSERT_TRUE(waitUntil([&] { return reminder->isVisible(); })) << "a store never backed up is reminded";
    EXPECT_TRUE(reminder->text().contains(QStringLiteral("never")));

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("office.sohoabak"));
    ui::BackupDialog* dialog = window.openBackupDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setTarget(file);
    QSignalSpy done(dialog, &ui::BackupDialog::backedUp);
    dialog->start();
    EXPECT_TRUE(dialog->isRunning());
    ASSERT_TRUE(waitUntil([&] { return done.count() == 1; })) << dialog->message().toStdString();
    EXPECT_TRUE(dialog->message().contains(QStringLiteral(": 1 records"))) << dialog->message().toStdString();
    ASSERT_TRUE(waitUntil([&] { return !reminder->isVisible(); })) << "the reminder goes once backed up";

    // The file is the checked container, still encrypted.
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("SOHOABAK"));
    EXPECT_FALSE(bytes.contains("SQLite format 3"));
    EXPECT_FALSE(bytes.contains(name.toUtf8()));
    auto contents = backup::readBackupFile(file, out.filePath(QStringLiteral("check.db")));
    ASSERT_TRUE(contents) << contents.error().message.toStdString();
    EXPECT_EQ(contents->manifest.records, 1);
    EXPECT_EQ(contents->manifest.createdBy, QStringLiteral("supervisor"));

    // A second backup to the same name is refused before anything is written.
    dialog->start();
    EXPECT_FALSE(dialog->isRunning());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("already exists")));
    f.close();
    QFile again(file);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), bytes);

    // A new window on a recently backed-up store does not nag.
    ui::MainWindow next(supervisor.get(), ui::MainWindowOptions{});
    next.show();
    ASSERT_TRUE(waitUntil([&] { return supervisor->isIdle(); }));
    QTest::qWait(100);
    EXPECT_FALSE(next.backupReminder()->isVisible());

    // Six days later it still does not; at seven it reminds again (the clock moves, nothing waits).
    TestClock clock;
    clock.advanceSeconds(6 * 24 * 3600);
    next.backupReminder()->check();
    ASSERT_TRUE(waitUntil([&] { return supervisor->isIdle(); }));
    QTest::qWait(100);
    EXPECT_FALSE(next.backupReminder()->isVisible());
    clock.advanceSeconds(24 * 3600);
    next.backupReminder()->check();
    ASSERT_TRUE(waitUntil([&] { return next.backupReminder()->isVisible(); }))
        << "a week-old backup is reminded";
    EXPECT_FALSE(next.backupReminder()->text().contains(QStringLiteral("never")));
}

TEST(DemoStart, AMissingStoreBecomesADemoStoreWithItsAccountsNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo"));
    ui::AppOptions options;
    options.storePath = path;
    options.createDemoStore = [](const QString& storePath) -> Result<ui::DemoStoreMade> {
        fixtures::DemoStoreSpec spec;
        spec.path = storePath;
        if (auto made = fixtures::createDemoStore(spec); !made)
            return made.error();
        return ui::DemoStoreMade{fixtures::demoAccountsNotice(),
                                 QString::fromLatin1(fixtures::kDemoClerk.name)};
    };
    ui::AppController app(options);
    app.start();
    ASSERT_TRUE(waitUntil([&] { return app.signInDialog() != nullptr; }, 120000));
    ui::SignInDialog* dialog = app.signInDialog();
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("account"))->text(), QStringLiteral("lan"));
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("notice"))
                    ->text()
                    .contains(QStringLiteral("lan-demo-2025")));
    dialog->findChild<QLineEdit*>(QStringLiteral("password"))
        ->setText(QString::fromLatin1(fixtures::kDemoClerk.password));
    QSignalSpy signedIn(&app, &ui::AppController::signedIn);
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return signedIn.count() == 1 && app.mainWindow(); }, 60000));
    EXPECT_EQ(app.store()->actor(), QStringLiteral("lan"));
    app.endSession(QStringLiteral("user"));
}

} // namespace
} // namespace sohoa::test
