// The Outbox screen and the registry settings against a real store and a real
// reference registry process on 127.0.0.1 (started and stopped by each test).
#include "core/sync/Outbox.h"

#include "../sync/SyncTestSupport.h"
#include "UiTestSupport.h"
#include "core/export/EncryptedArchive.h"
#include "core/workflow/Workflow.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/outbox/OutboxPage.h"
#include "ui/settings/RegistryPanel.h"
#include "ui/settings/SettingsPage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

namespace sohoa::test {
namespace {

using sync::SyncState;

class OutboxTest : public UiTest {
protected:
    void TearDown() override
    {
        window.reset();
        session.reset();
        UiTest::TearDown();
    }

    // Signs `account` in and shows its main window.
    void openWindow(const QString& account)
    {
        window.reset();
        session = access(account);
        ASSERT_TRUE(session);
        window = std::make_unique<ui::MainWindow>(session.get(), ui::MainWindowOptions{});
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    // The supervisor's window on the Outbox screen, reached with its Go shortcut.
    void openOutbox()
    {
        openWindow(QStringLiteral("supervisor"));
        outbox = window->outboxPage();
        ASSERT_NE(outbox, nullptr);
        press(Qt::Key_6, Qt::ControlModifier);
        ASSERT_EQ(window->currentPageId(), QStringLiteral("outbox"));
        ASSERT_TRUE(waitUntil([&] { return outbox->isLoaded() && session->isIdle(); }));
    }

    int count(SyncState state) const
    {
        return outbox->batches().isEmpty()
                   ? 0
                   : outbox->batches().front().counts.value(sync::syncStateName(state));
    }

    bool settled() { return outbox->isLoaded() && session->isIdle() && !outbox->isSyncing(); }

    // Presses a page shortcut and waits until the page shows the outcome.
    void pressAndSettle(int key, Qt::KeyboardModifiers modifiers)
    {
        press(key, modifiers);
        ASSERT_TRUE(waitUntil([&] { return settled(); }));
        QTest::qWait(50); // the reload the action started
        ASSERT_TRUE(waitUntil([&] { return settled(); }));
    }

    // Sync now (Ctrl+Shift+S) and the run's outcome.
    bool syncNow()
    {
        QSignalSpy finished(outbox, &ui::OutboxPage::syncFinished);
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_TRUE(outbox->isSyncing()) << outbox->message().toStdString();
        EXPECT_TRUE(waitUntil([&] { return finished.count() == 1; }, 90000));
        EXPECT_TRUE(waitUntil([&] { return settled(); }));
        return !finished.isEmpty() && finished.front().front().toBool();
    }

    // Selects a record row with the mouse, as a supervisor does (selectRow()
    // would follow the keyboard modifiers the last shortcut left behind).
    void clickRecord(int row)
    {
        QTableWidget* table = outbox->recordTable();
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    }

    static sync::SyncOptions quickOptions(int patienceSeconds)
    {
        sync::SyncOptions o;
        o.timeoutMs = 10000;
        o.backoffBaseMs = 200;
        o.patienceSeconds = patienceSeconds;
        return o;
    }

    std::unique_ptr<ui::StoreAccess> session;
    std::unique_ptr<ui::MainWindow> window;
    ui::OutboxPage* outbox = nullptr;
};

TEST_F(OutboxTest, ApprovedRecordsJoinTheOutboxAndWaitForAnEnrolment)
{
    auto clerk = access(QStringLiteral("clerk"));
    EXPECT_FALSE(ui::MainWindow(clerk.get(), {}).pageIds().contains(QStringLiteral("outbox")));
    clerk.reset();
    const SampleBatch batch = makeApprovedBirths(*store, QStringLiteral("Sổ khai sinh 2015"), 3);
    ASSERT_EQ(batch.recordIds.size(), 3);

    openOutbox();
    EXPECT_TRUE(outbox->batches().isEmpty());
    EXPECT_FALSE(outbox->isEnrolled());
    pressAndSettle(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); // Send approved records
    ASSERT_EQ(outbox->batches().size(), 1);
    EXPECT_EQ(outbox->batches().front().batchId, batch.batchId);
    EXPECT_EQ(count(SyncState::Queued), 3);
    EXPECT_TRUE(outbox->message().contains(QStringLiteral("3 approved record(s) joined")))
        << outbox->message().toStdString();
    ASSERT_TRUE(waitUntil([&] { return outbox->recordTable()->rowCount() == 3; }));
    for (const sync::OutboxRecord& r : outbox->records())
        EXPECT_EQ(r.state, SyncState::Queued);
    EXPECT_EQ(outbox->recordTable()->item(0, 2)->text(), sync::syncStateLabel(SyncState::Queued));

    // Nothing to send to: the screen says what to do instead of trying.
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(outbox->isSyncing());
    EXPECT_TRUE(outbox->message().contains(QStringLiteral("not enrolled")))
        << outbox->message().toStdString();

    // A supervisor sees the enrolment but cannot change it.
    window->showPage(QStringLiteral("settings"));
    ui::RegistryPanel* panel = window->settingsPage()->registryPanel();
    EXPECT_EQ(panel->findChild<QPushButton*>(QStringLiteral("enrolDevice")), nullptr);
    EXPECT_EQ(panel->findChild<QLineEdit*>(QStringLiteral("enrolmentCode")), nullptr);
}

TEST_F(OutboxTest, EnrolInSettingsThenSyncNowDeliversTheBatch)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    const SampleBatch batch = makeApprovedBirths(*store, QStringLiteral("Sổ khai sinh 2016"), 3);
    ASSERT_EQ(batch.recordIds.size(), 3);

    // The administrator enrols the computer with the registry's one-time code.
    openWindow(QStringLiteral("admin"));
    press(Qt::Key_Comma, Qt::ControlModifier);
    ASSERT_EQ(window->currentPageId(), QStringLiteral("settings"));
    ui::RegistryPanel* panel = window->settingsPage()->registryPanel();
    ASSERT_TRUE(waitUntil([&] { return session->isIdle(); }));
    EXPECT_FALSE(panel->isEnrolled());
    panel->findChild<QLineEdit*>(QStringLiteral("registryUrl"))->setText(registry.url());
    panel->findChild<QLineEdit*>(QStringLiteral("registryCaFile"))->setText(registry.caFile());
    auto* code = panel->findChild<QLineEdit*>(QStringLiteral("enrolmentCode"));
    code->setFocus();
    typeText(QStringLiteral("not-a-code"));
    press(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !panel->isBusy() && session->isIdle(); }, 40000));
    EXPECT_FALSE(panel->isEnrolled());
    EXPECT_FALSE(panel->message().isEmpty());
    code->clear();
    code->setFocus();
    typeText(registry.enrolmentCode());
    press(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !panel->isBusy() && session->isIdle(); }, 40000));
    ASSERT_TRUE(panel->isEnrolled()) << panel->message().toStdString();
    EXPECT_TRUE(panel->findChild<QLabel*>(QStringLiteral("registryStatus"))
                    ->text()
                    .contains(QStringLiteral("SHA-256")));

    openOutbox();
    EXPECT_TRUE(outbox->isEnrolled());
    outbox->setSyncOptions(quickOptions(20));
    pressAndSettle(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(count(SyncState::Queued), 3);
    EXPECT_TRUE(syncNow()) << outbox->message().toStdString();
    ASSERT_EQ(outbox->batches().size(), 1);
    EXPECT_EQ(outbox->batches().front().state, SyncState::Accepted);
    EXPECT_EQ(count(SyncState::Accepted), 3);
    EXPECT_EQ(outbox->batchTable()->item(0, 1)->text(), sync::syncStateLabel(SyncState::Accepted));
    ASSERT_TRUE(waitUntil([&] { return outbox->records().size() == 3; }));
    for (const sync::OutboxRecord& r : outbox->records()) {
        EXPECT_EQ(r.state, SyncState::Accepted);
        EXPECT_FALSE(r.registryId.isEmpty());
    }
    EXPECT_EQ(registry.stats().records, 3);

    // The same registration with another name: the registry holds it in
    // conflict, and the supervisor returns it to the clerk with the reason.
    const qint64 second = makeBatch(QStringLiteral("Sổ khai sinh 2016 B"));
    QMap<QString, QString> conflict = birthValues(2);
    conflict[QStringLiteral("full_name")] = QStringLiteral("TRẦN THỊ KHÁC");
    auto conflicting =
        workflow::createManualRecord(*clerkSession, second, 0, 1, QStringLiteral("birth"), conflict);
    ASSERT_TRUE(conflicting) << conflicting.error().message.toStdString();
    ASSERT_TRUE(workflow::confirmRecord(*clerkSession, *conflicting));
    ASSERT_TRUE(workflow::approveRecord(*store->supervisor(), *conflicting, workflow::Decision{true}));
    pressAndSettle(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    syncNow();
    EXPECT_TRUE(outbox->message().contains(QStringLiteral("1 in conflict")))
        << outbox->message().toStdString();
    outbox->selectBatch(second);
    ASSERT_TRUE(waitUntil([&] { return settled() && outbox->records().size() == 1; }));
    EXPECT_EQ(outbox->records().front().state, SyncState::Conflict);
    EXPECT_FALSE(outbox->recordTable()->item(0, outbox->recordTable()->columnCount() - 1)->text().isEmpty());
    clickRecord(0);
    ASSERT_EQ(outbox->selectedRecordIds(), QList<qint64>{*conflicting});
    pressAndSettle(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // Return to clerk
    EXPECT_EQ(load(*conflicting).state, records::RecordState::Rejected) << outbox->message().toStdString();
}

TEST_F(OutboxTest, UnreachableRegistryKeepsRecordsThenRetryAndCancelChangeThem)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(*store, registry));
    registry.kill(); // the office's line is down
    const SampleBatch batch = makeApprovedBirths(*store, QStringLiteral("Sổ khai sinh 2017"), 3);
    ASSERT_EQ(batch.recordIds.size(), 3);

    openOutbox();
    outbox->setSyncOptions(quickOptions(0));
    pressAndSettle(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(count(SyncState::Queued), 3);
    EXPECT_FALSE(syncNow());
    EXPECT_TRUE(outbox->message().contains(QStringLiteral("could not be reached")))
        << outbox->message().toStdString();
    EXPECT_EQ(count(SyncState::Accepted), 0);
    EXPECT_EQ(count(SyncState::FailedWillRetry), 3);
    ASSERT_TRUE(waitUntil([&] { return outbox->records().size() == 3; }));
    for (const sync::OutboxRecord& r : outbox->records()) {
        EXPECT_EQ(r.state, SyncState::FailedWillRetry);
        EXPECT_FALSE(r.lastMessage.isEmpty());
    }
    EXPECT_FALSE(outbox->batchTable()->item(0, outbox->batchTable()->columnCount() - 1)->text().isEmpty());

    // A run that waits for retries stops when asked, keeping what it did.
    outbox->setSyncOptions(quickOptions(60));
    QSignalSpy finished(outbox, &ui::OutboxPage::syncFinished);
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(outbox->isSyncing());
    QTest::qWait(300);
    QTest::mouseClick(outbox->findChild<QPushButton*>(QStringLiteral("stopSync")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }, 15000)) << "Stop did not end the run";
    ASSERT_TRUE(waitUntil([&] { return settled(); }));
    EXPECT_TRUE(outbox->message().contains(QStringLiteral("Stopped"))) << outbox->message().toStdString();
    EXPECT_EQ(count(SyncState::Accepted), 0);

    // Retry (Ctrl+R) with the batch selected: every record is due again.
    outbox->batchTable()->setFocus();
    pressAndSettle(Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(count(SyncState::Queued), 3) << outbox->message().toStdString();

    // Cancel sending the first record with a reason: it goes back to the clerk.
    const qint64 taken = outbox->records().front().recordId;
    clickRecord(0);
    ASSERT_EQ(outbox->selectedRecordIds(), QList<qint64>{taken});
    press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    auto* reason = outbox->findChild<QLineEdit*>(QStringLiteral("cancelReason"));
    ASSERT_EQ(QApplication::focusWidget(), reason); // the page asks for the reason first
    typeText(QStringLiteral("Sai số đăng ký"));
    press(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return settled() && outbox->records().size() == 2; }));
    EXPECT_EQ(count(SyncState::Queued), 2);
    EXPECT_EQ(load(taken).state, records::RecordState::Rejected);

    // The line is back: the two records left are delivered.
    ASSERT_TRUE(registry.restart());
    outbox->setSyncOptions(quickOptions(20));
    EXPECT_TRUE(syncNow()) << outbox->message().toStdString();
    EXPECT_EQ(count(SyncState::Accepted), 2);
    EXPECT_EQ(registry.stats().records, 2);
}

// The office without a line: a package for the USB stick, the registry's
// receipt brought back, both through the screen's file dialogs.
TEST_F(OutboxTest, PackageForTheStickAndItsReceiptUpdateTheOutbox)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(*store, registry));
    registry.kill(); // only its data folder is used from here on, as at the registry's office
    const SampleBatch batch = makeApprovedBirths(*store, QStringLiteral("Sổ khai sinh 2018"), 2);
    ASSERT_EQ(batch.recordIds.size(), 2);

    openOutbox();
    pressAndSettle(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(outbox->selectedBatchId(), batch.batchId);
    auto chooseFile = [&](const QString& file) {
        QFileDialog* dialog = nullptr;
        ASSERT_TRUE(
            waitUntil([&] { return (dialog = outbox->findChild<QFileDialog*>()) && dialog->isVisible(); }));
        dialog->selectFile(file);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as its Save/Open button does
        window->activateWindow();                // the offscreen platform gives the focus back to no one
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(waitUntil([&] { return settled(); }));
        QTest::qWait(50);
        ASSERT_TRUE(waitUntil([&] { return settled(); }));
    };

    const QString package = store->dir.path() + QStringLiteral("/usb/batch.sohoa");
    ASSERT_TRUE(QDir().mkpath(store->dir.path() + QStringLiteral("/usb")));
    press(Qt::Key_E, Qt::ControlModifier);
    chooseFile(package);
    EXPECT_TRUE(outbox->message().contains(QStringLiteral("Package"))) << outbox->message().toStdString();
    ASSERT_TRUE(QFile::exists(package));
    ASSERT_TRUE(waitUntil([&] { return outbox->records().size() == 2; }));
    for (const sync::OutboxRecord& r : outbox->records()) {
        EXPECT_EQ(r.state, SyncState::Sending);
        EXPECT_EQ(r.channel, QStringLiteral("package"));
    }

    const QString receipt = store->dir.path() + QStringLiteral("/usb/batch.receipt");
    const ProcessResult imported =
        runCli({QStringLiteral("serve-registry"), QStringLiteral("import"), QStringLiteral("--data"),
                registry.dataDir(), QStringLiteral("--key-file"), registry.keyFile(),
                QStringLiteral("--package"), package, QStringLiteral("--receipt-out"), receipt});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    press(Qt::Key_I, Qt::ControlModifier);
    chooseFile(receipt);
    EXPECT_TRUE(outbox->message().contains(QStringLiteral("Receipt imported")))
        << outbox->message().toStdString();
    EXPECT_EQ(count(SyncState::Accepted), 2);
    ASSERT_TRUE(waitUntil([&] { return outbox->records().size() == 2; }));
    for (const sync::OutboxRecord& r : outbox->records())
        EXPECT_EQ(r.state, SyncState::Accepted);
}

TEST_F(OutboxTest, NationalImportExportWarnsThenWritesTheWorkbook)
{
    const SampleBatch batch = makeApprovedBirths(*store, QStringLiteral("Sổ khai sinh 2019"), 2);
    openOutbox();
    pressAndSettle(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(outbox->selectedBatchId(), batch.batchId);

    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QMessageBox* warning = nullptr;
    ASSERT_TRUE(
        waitUntil([&] { return (warning = outbox->findChild<QMessageBox*>()) && warning->isVisible(); }));
    EXPECT_TRUE(warning->text().contains(QStringLiteral("plain text"))) << warning->text().toStdString();
    QAbstractButton* civil = nullptr;
    for (QAbstractButton* b : warning->buttons())
        if (b->text() == QStringLiteral("Civil-status workbooks (plain text)"))
            civil = b;
    ASSERT_NE(civil, nullptr);
    civil->click();

    const QString dir = store->dir.path() + QStringLiteral("/national");
    ASSERT_TRUE(QDir().mkpath(dir));
    QFileDialog* dialog = nullptr;
    ASSERT_TRUE(
        waitUntil([&] { return (dialog = outbox->findChild<QFileDialog*>()) && dialog->isVisible(); }));
    dialog->selectFile(dir);
    static_cast<QDialog*>(dialog)->accept();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(waitUntil([&] { return outbox->message().contains(QStringLiteral("records written")); }))
        << outbox->message().toStdString();
    EXPECT_TRUE(QFile::exists(dir + QStringLiteral("/KhaiSinh.xlsx")));
}

TEST_F(OutboxTest, EncryptedNationalExportAsksThePassphraseTwiceAndWritesOneFile)
{
    const SampleBatch batch = makeApprovedBirths(*store, QStringLiteral("Sổ khai sinh 2020"), 2);
    openOutbox();
    pressAndSettle(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(outbox->selectedBatchId(), batch.batchId);

    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QMessageBox* warning = nullptr;
    ASSERT_TRUE(
        waitUntil([&] { return (warning = outbox->findChild<QMessageBox*>()) && warning->isVisible(); }));
    QAbstractButton* encrypted = nullptr;
    for (QAbstractButton* b : warning->buttons())
        if (b->text() == QStringLiteral("Encrypted file..."))
            encrypted = b;
    ASSERT_NE(encrypted, nullptr);
    EXPECT_EQ(warning->defaultButton(), encrypted); // Enter takes the safe choice
    encrypted->click();

    QDialog* ask = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (QDialog* d : outbox->findChildren<QDialog*>())
            if (d->isVisible() && d->findChildren<QLineEdit*>().size() == 2)
                ask = d;
        return ask != nullptr;
    }));
    const QList<QLineEdit*> fields = ask->findChildren<QLineEdit*>();
    auto* ok = ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_EQ(fields[0]->echoMode(), QLineEdit::Password);
    fields[0]->setText(QStringLiteral("mật khẩu dài đủ rồi"));
    fields[1]->setText(QStringLiteral("mật khẩu dài đủ rồi nhé"));
    EXPECT_FALSE(ok->isEnabled()); // the two differ
    fields[1]->setText(QStringLiteral("mật khẩu dài đủ rồi"));
    ASSERT_TRUE(ok->isEnabled());
    ok->click();

    const QString file = store->dir.path() + QStringLiteral("/xuat.sohoa-export");
    QFileDialog* dialog = nullptr;
    ASSERT_TRUE(
        waitUntil([&] { return (dialog = outbox->findChild<QFileDialog*>()) && dialog->isVisible(); }));
    dialog->selectFile(file);
    static_cast<QDialog*>(dialog)->accept();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(waitUntil([&] { return outbox->message().contains(QStringLiteral("encrypted into")); }))
        << outbox->message().toStdString();
    auto list = exporting::listEncryptedArchive(file, QByteArray("mật khẩu dài đủ rồi"));
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    QStringList names;
    for (const exporting::ArchiveEntry& e : *list)
        names.append(e.name);
    EXPECT_TRUE(names.contains(QStringLiteral("KhaiSinh.xlsx")))
        << names.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(exporting::listEncryptedArchive(file, QByteArray("mật khẩu sai rồi đấy")).ok());
}

} // namespace
} // namespace sohoa::test
