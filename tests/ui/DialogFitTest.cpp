// Issue 22: the clip check of ScreenFitTest on the dialogs a clerk, a
// supervisor and an administrator meet: sign-in, first run, recovery, change
// password, new batch, scanning (with pages in its strip), backup, the keys
// list, the "needs asking" note, the bulk-approve question, the export
// warning, an error message. Each opens as the application opens it, must fit
// the usable screen (1280x690: a 1366x768 laptop less its taskbar; 1920x1050),
// and shows all its texts whole; a dialog that can grow is checked again at
// the whole screen.
#include "ClipCheck.h"
#include "FitSizes.h"
#include "UiTestSupport.h"
#include "core/i18n/Language.h"
#include "core/ocr/OcrWorkerPool.h"
#include "core/sync/Outbox.h"
#include "core/workflow/Workflow.h"
#include "ui/backup/BackupDialog.h"
#include "ui/batches/NewBatchDialog.h"
#include "ui/batches/ScanDialog.h"
#include "ui/common/Messages.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ShortcutsDialog.h"
#include "ui/outbox/OutboxPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/signin/ChangePasswordDialog.h"
#include "ui/signin/FirstRunDialog.h"
#include "ui/signin/RecoveryDialog.h"
#include "ui/signin/SignInDialog.h"
#include "ui/verify/VerificationPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTranslator>

namespace sohoa::test {
namespace {

class DialogFitTest : public UiTest, public ::testing::WithParamInterface<Fit> {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (QString::fromLatin1(GetParam().language) == QLatin1String("vi")) {
            ASSERT_TRUE(i18n::installTranslations(*qApp, QStringLiteral("vi")));
        }
        batchName = QStringLiteral("Sổ đăng ký khai sinh năm 2024 - quyển 03 - xã Tân Hòa");
        batch = makeBatch(batchName);
        for (quint32 seed = 1; seed <= 3; ++seed)
            records.append(makeRecord(batch, QStringLiteral("birth"), seed));
        // Two records verified, for the supervisor's bulk approval; one of
        // them approved, for the outbox.
        for (int i = 1; i <= 2; ++i) {
            auto confirmed = workflow::confirmRecord(*clerkSession, records.at(i));
            if (!confirmed) {
                ASSERT_TRUE(workflow::editFields(*clerkSession, records.at(i),
                                                 {{QStringLiteral("personal_id"), QString()}}));
                ASSERT_TRUE(workflow::confirmRecord(*clerkSession, records.at(i)));
            }
        }
        auto supervisor = store->supervisor();
        ASSERT_TRUE(supervisor);
        ASSERT_TRUE(workflow::approveRecord(*supervisor, records.last()));
        // Waiting in the outbox: its batch is listed there, for the export.
        ASSERT_TRUE(sync::enqueueApproved(*supervisor, batch));
    }

    void TearDown() override
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w) && w->isVisible())
                w->close();
        for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        UiTest::TearDown();
    }

    QString where(const QString& what) const
    {
        return QStringLiteral("%1x%2 %3 %4: ")
            .arg(GetParam().size.width())
            .arg(GetParam().size.height())
            .arg(QString::fromLatin1(GetParam().language), what);
    }

    // A shown dialog, as opened and (if it can grow) at the whole screen.
    void check(QWidget* dialog, const QString& what)
    {
        ASSERT_TRUE(dialog) << what.toStdString();
        if (!dialog->isVisible())
            dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(100);
        QCoreApplication::processEvents();
        ++checked;
        if (!qEnvironmentVariable("SOHOA_TEST_DUMP").isEmpty())
            dialog->grab().save(qEnvironmentVariable("SOHOA_TEST_DUMP") + QLatin1Char('/') +
                                QString(what).replace(QLatin1Char(' '), QLatin1Char('-')) +
                                QStringLiteral(".png"));
        const QSize screen = GetParam().size;
        const QSize frame = dialog->frameGeometry().size();
        if (frame.width() > screen.width() || frame.height() > screen.height() ||
            dialog->minimumSizeHint().width() > screen.width() ||
            dialog->minimumSizeHint().height() > screen.height())
            problems.append(where(what) + QStringLiteral("needs %1x%2 (at least %3x%4)")
                                              .arg(frame.width())
                                              .arg(frame.height())
                                              .arg(dialog->minimumSizeHint().width())
                                              .arg(dialog->minimumSizeHint().height()));
        for (const QString& p : clippedTexts(dialog))
            problems.append(where(what) + p);
        if (dialog->maximumSize() != dialog->minimumSize() && dialog->maximumWidth() >= screen.width() &&
            dialog->maximumHeight() >= screen.height()) {
            dialog->resize(screen);
            QTest::qWait(50);
            QCoreApplication::processEvents();
            for (const QString& p : clippedTexts(dialog))
                problems.append(where(what + QStringLiteral(" (whole screen)")) + p);
        }
    }

    // The dialog the last action opened (a new visible top-level one).
    QWidget* openedDialog(const QList<QWidget*>& before)
    {
        QWidget* found = nullptr;
        waitUntil(
            [&] {
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (qobject_cast<QDialog*>(w) && w->isVisible() && !before.contains(w))
                        found = w;
                return found != nullptr;
            },
            5000);
        return found;
    }

    QList<QWidget*> visibleDialogs() const
    {
        QList<QWidget*> out;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w) && w->isVisible())
                out.append(w);
        return out;
    }

    static QAction* actionFor(QWidget* window, const QKeySequence& key)
    {
        for (QAction* a : window->findChildren<QAction*>())
            if (a->shortcuts().contains(key))
                return a;
        return nullptr;
    }

    // Triggers the action of `key` and checks the dialog it opens.
    void checkOpenedBy(QWidget* window, const QKeySequence& key, const QString& what)
    {
        QAction* action = actionFor(window, key);
        ASSERT_TRUE(action) << what.toStdString();
        const QList<QWidget*> before = visibleDialogs();
        action->trigger();
        QWidget* dialog = openedDialog(before);
        ASSERT_TRUE(dialog) << what.toStdString() << " did not open";
        check(dialog, what);
        dialog->close();
    }

    qint64 batch = 0;
    QString batchName;
    QList<qint64> records;
    QStringList problems;
    int checked = 0;
};

TEST_P(DialogFitTest, EveryDialogFitsAndShowsItsTextsWhole)
{
    {
        ui::SignInDialog d(store->path);
        check(&d, QStringLiteral("sign-in"));
    }
    {
        ui::FirstRunDialog d(store->dir.path() + QStringLiteral("/xa-tan-hoa/so-hoa.sohoa-store"));
        check(&d, QStringLiteral("first run"));
    }
    {
        ui::RecoveryDialog d(store->path);
        check(&d, QStringLiteral("recovery"));
    }
    auto clerk = access(QStringLiteral("clerk"));
    ASSERT_TRUE(clerk);
    {
        ui::ChangePasswordDialog d(clerk.get(), true);
        check(&d, QStringLiteral("change password"));
    }
    {
        ui::NewBatchDialog d(clerk.get());
        check(&d, QStringLiteral("new batch"));
    }
    {
        // Scanning, with two pages in the strip (SANE's test backend).
        auto pool = std::make_shared<ocr::OcrWorkerPool>(1);
        ui::ScanDialog d(clerk.get(), batch, batchName, pool);
        d.show();
        auto* device = d.findChild<QComboBox*>(QStringLiteral("scanner"));
        auto* source = d.findChild<QComboBox*>(QStringLiteral("paperSource"));
        auto* dpi = d.findChild<QComboBox*>(QStringLiteral("resolution"));
        auto* cont = d.findChild<QPushButton*>(QStringLiteral("continueScan"));
        ASSERT_TRUE(device && source && dpi && cont);
        ASSERT_TRUE(waitUntil([&] { return device->findData(QStringLiteral("test:0")) >= 0; }));
        d.selectDevice(QStringLiteral("test:0"));
        ASSERT_TRUE(
            waitUntil([&] { return source->findData(QStringLiteral("Flatbed")) >= 0 && dpi->count() > 0; }));
        source->setCurrentIndex(source->findData(QStringLiteral("Flatbed")));
        dpi->setCurrentIndex(0);
        QSignalSpy passes(&d, &ui::ScanDialog::passFinished);
        d.startScan();
        ASSERT_TRUE(waitUntil([&] { return passes.size() == 1; }));
        cont->click();
        ASSERT_TRUE(waitUntil([&] { return passes.size() == 2; }));
        check(&d, QStringLiteral("scan"));
        // Leaving the scope deletes the dialog: its job is cancelled and the pages held in memory go.
    }

    {
        ui::MainWindow window(clerk.get(), ui::MainWindowOptions{});
        window.resize(GetParam().size);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        {
            ui::ShortcutsDialog d(&window, &window);
            check(&d, QStringLiteral("keys"));
        }
        check(window.openBackupDialog(), QStringLiteral("backup"));
        for (QWidget* d : visibleDialogs())
            d->close();
        // "Needs asking" (F7) on a record at the verification station.
        ui::VerificationPage* station = window.verificationPage();
        station->openBatch(batch);
        window.showPage(QStringLiteral("verify"));
        station->openRecord(records.first());
        ASSERT_TRUE(
            waitUntil([&] { return station->currentRecordId() == records.first() && !station->isBusy(); }));
        checkOpenedBy(&window, QKeySequence(Qt::Key_F7), QStringLiteral("needs asking"));
        // An error as the clerk reads it (with the support details folded away).
        const QList<QWidget*> before = visibleDialogs();
        ui::showError(&window, QObject::tr("Import"),
                      Error{QStringLiteral("ingest.unreadable"),
                            QStringLiteral("cannot decode image 'So-dang-ky-khai-sinh-1998-quyen-02.tif'")});
        QWidget* error = openedDialog(before);
        check(error, QStringLiteral("error message"));
        if (error)
            error->close();
    }

    auto supervisor = access(QStringLiteral("supervisor"));
    ASSERT_TRUE(supervisor);
    {
        ui::MainWindow window(supervisor.get(), ui::MainWindowOptions{});
        window.resize(GetParam().size);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("review"));
        auto* review = qobject_cast<ui::ReviewPage*>(window.page(QStringLiteral("review")));
        ASSERT_TRUE(review);
        review->openBatch(batch);
        waitUntil([&] { return supervisor->isIdle(); });
        QTest::qWait(200);
        waitUntil([&] { return supervisor->isIdle(); });
        checkOpenedBy(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                      QStringLiteral("bulk approve"));
        window.showPage(QStringLiteral("outbox"));
        waitUntil([&] { return supervisor->isIdle(); });
        QTest::qWait(200);
        waitUntil([&] { return supervisor->isIdle(); });
        auto* outbox = qobject_cast<ui::OutboxPage*>(window.page(QStringLiteral("outbox")));
        ASSERT_TRUE(outbox);
        auto* batches = outbox->findChild<QTableWidget*>(QStringLiteral("outboxBatches"));
        ASSERT_TRUE(batches);
        ASSERT_TRUE(waitUntil([&] {
            outbox->selectBatch(batch);
            return !batches->selectedItems().isEmpty();
        }));
        checkOpenedBy(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                      QStringLiteral("national export"));
    }

    EXPECT_GE(checked, 12);
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problems:\n"
                                    << problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Sizes, DialogFitTest, ::testing::ValuesIn(fitSizes()), fitName);

} // namespace
} // namespace sohoa::test
