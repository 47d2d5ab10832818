#include "UiTestSupport.h"
#include "core/accounts/AccountAdmin.h"
#include "core/workflow/Workflow.h"
#include "ui/common/RecordRowModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/review/RecordDetail.h"
#include "ui/review/ReviewPage.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/VerificationPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

namespace sohoa::test {
namespace {

using records::RecordState;

class ReviewTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        batch = makeBatch(QStringLiteral("Death book 2020"));
        // Records without any issue (synthetic places may be pre-2025 units, which warn).
        // The first stays with the clerk: it is the original of the duplicate below,
        // so it must not be one of the queue's clean records (they would warn too).
        quint32 originalSeed = 0;
        for (quint32 seed = 21; seed < 90 && clean.size() < 3; ++seed) {
            const qint64 id = makeRecord(batch, QStringLiteral("death"), seed);
            if (!load(id).issues.isEmpty())
                continue;
            if (!originalSeed) {
                originalSeed = seed;
                continue;
            }
            ASSERT_TRUE(workflow::confirmRecord(*clerkSession, id)) << "seed " << seed;
            clean.append(id);
        }
        ASSERT_EQ(clean.size(), 3);
        // The same event keyed twice: a duplicate warning that needs a person's look.
        duplicate = makeRecord(batch, QStringLiteral("death"), originalSeed);
        ASSERT_FALSE(load(duplicate).issues.isEmpty());
        ASSERT_TRUE(workflow::confirmRecord(*clerkSession, duplicate));
    }

    void TearDown() override
    {
        window.reset();
        supervisor.reset();
        UiTest::TearDown();
    }

    void openReview(const QString& account, int waiting = 4)
    {
        supervisor = access(account);
        ASSERT_TRUE(supervisor);
        window = std::make_unique<ui::MainWindow>(supervisor.get(), ui::MainWindowOptions{});
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        review = window->reviewPage();
        ASSERT_NE(review, nullptr);
        window->showPage(QStringLiteral("review"));
        ASSERT_TRUE(
            waitUntil([&] { return review->model()->total() == waiting && review->currentRecordId() != 0; }));
    }

    void select(qint64 id)
    {
        const int row = review->model()->rowForId(id);
        ASSERT_GE(row, 0);
        review->view()->setFocus();
        review->view()->setCurrentIndex(review->model()->index(row, 2));
        ASSERT_TRUE(waitUntil([&] { return review->currentRecordId() == id && supervisor->isIdle(); }));
    }

    qint64 batch = 0, duplicate = 0;
    QList<qint64> clean;
    std::unique_ptr<ui::StoreAccess> supervisor;
    std::unique_ptr<ui::MainWindow> window;
    ui::ReviewPage* review = nullptr;
};

TEST_F(ReviewTest, ApproveAndRejectWithTheKeyboard)
{
    openReview(QStringLiteral("supervisor"));
    select(clean[0]);
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return load(clean[0]).state == RecordState::Approved; }))
        << review->decisionMessage().toStdString() << " focus "
        << QApplication::focusWidget()->objectName().toStdString();
    EXPECT_EQ(load(clean[0]).decidedBy, QStringLiteral("supervisor"));
    ASSERT_TRUE(waitUntil([&] { return review->model()->rowForId(clean[0]) < 0; }))
        << "approved record left the queue";

    select(clean[1]);
    press(Qt::Key_R, Qt::ControlModifier); // puts the cursor in the reason box
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("rejectReason"));
    typeText(QStringLiteral("Ngày chết không khớp với trang"));
    press(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return load(clean[1]).state == RecordState::Rejected; }));
    EXPECT_EQ(load(clean[1]).rejectReason, QStringLiteral("Ngày chết không khớp với trang"));

    // The rejected record goes back to the clerk's station with the reason.
    auto clerk = access(QStringLiteral("clerk"));
    ui::MainWindow clerkWindow(clerk.get(), ui::MainWindowOptions{});
    clerkWindow.show();
    auto* station = clerkWindow.verificationPage();
    // (The batch also holds records the clerk has not confirmed yet, which come first.)
    // The screen first (showing it loads its queue), then the record.
    clerkWindow.showPage(QStringLiteral("verify"));
    ASSERT_TRUE(waitUntil([&] { return !station->isBusy() && clerk->isIdle(); }));
    station->openRecord(clean[1]);
    ASSERT_TRUE(waitUntil([&] { return station->currentRecordId() == clean[1] && !station->isBusy(); }));
    EXPECT_TRUE(station->bannerText().contains(QStringLiteral("Ngày chết không khớp")))
        << station->bannerText().toStdString();
}

TEST_F(ReviewTest, RejectingNeedsAReason)
{
    openReview(QStringLiteral("supervisor"));
    select(clean[0]);
    review->rejectCurrent(QStringLiteral("   "));
    EXPECT_TRUE(review->decisionMessage().contains(QStringLiteral("why"), Qt::CaseInsensitive));
    EXPECT_EQ(load(clean[0]).state, RecordState::Verified);
}

TEST_F(ReviewTest, WarningsNeedAnAcknowledgement)
{
    openReview(QStringLiteral("supervisor"));
    select(duplicate);
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return supervisor->isIdle(); }));
    EXPECT_EQ(load(duplicate).state, RecordState::Verified);
    EXPECT_TRUE(review->decisionMessage().contains(QStringLiteral("warnings")))
        << review->decisionMessage().toStdString();
    press(Qt::Key_W, Qt::AltModifier); // the checkbox's mnemonic
    auto* acknowledge = review->findChild<QCheckBox*>(QStringLiteral("acknowledge"));
    ASSERT_NE(acknowledge, nullptr);
    // A mnemonic "clicks" the box with a short animation, as a mouse would.
    ASSERT_TRUE(waitUntil([&] { return acknowledge->isChecked(); }));
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return load(duplicate).state == RecordState::Approved; }))
        << review->decisionMessage().toStdString();
}

TEST_F(ReviewTest, BulkApproveAsksNamesTheBatchAndTakesOnlyItsRecordsWithoutWarnings)
{
    // A clean verified record of another batch must not be swept along.
    const qint64 otherBatch = makeBatch(QStringLiteral("Death book 2021"));
    qint64 other = 0;
    for (quint32 seed = 200; seed < 260 && !other; ++seed) {
        const qint64 id = makeRecord(otherBatch, QStringLiteral("death"), seed);
        if (load(id).issues.isEmpty() && workflow::confirmRecord(*clerkSession, id))
            other = id;
    }
    ASSERT_NE(other, 0);
    openReview(QStringLiteral("supervisor"), 5);
    QSignalSpy done(review, &ui::ReviewPage::bulkFinished);
    // "All batches": nothing is approved, the page says to choose a batch.
    press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(200);
    EXPECT_EQ(review->findChild<QMessageBox*>(QStringLiteral("bulkQuestion")), nullptr);
    EXPECT_TRUE(review->decisionMessage().contains(QStringLiteral("batch")))
        << review->decisionMessage().toStdString();

    review->openBatch(batch);
    ASSERT_TRUE(waitUntil([&] { return review->model()->total() == 4; }));
    press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QMessageBox* question = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        question = review->findChild<QMessageBox*>(QStringLiteral("bulkQuestion"));
        return question && question->isVisible();
    }));
    EXPECT_TRUE(question->text().contains(QStringLiteral("3"))) << question->text().toStdString();
    EXPECT_TRUE(question->text().contains(QStringLiteral("Death book 2020")))
        << question->text().toStdString();
    // Enter does not approve by itself: the default button is Cancel.
    EXPECT_NE(question->defaultButton(), question->findChild<QPushButton*>(QStringLiteral("bulkYes")));
    question->findChild<QPushButton*>(QStringLiteral("bulkYes"))->click();
    ASSERT_TRUE(waitUntil([&] { return done.count() == 1; }));
    for (qint64 id : clean)
        EXPECT_EQ(load(id).state, RecordState::Approved);
    EXPECT_EQ(load(duplicate).state, RecordState::Verified);
    EXPECT_EQ(load(other).state, RecordState::Verified);
    EXPECT_EQ(done.first().at(0).toInt(), 3);
    ASSERT_TRUE(waitUntil([&] { return review->model()->total() == 1; }));
}

TEST_F(ReviewTest, TheVerifyingAccountCannotApprove)
{
    // clerk2 verifies a record, then becomes a supervisor: still not the one to approve it.
    auto clerk2 = store->signIn(QStringLiteral("clerk2"));
    const qint64 own = makeRecord(batch, QStringLiteral("death"), 31);
    ASSERT_TRUE(workflow::confirmRecord(*clerk2, own));
    clerk2.reset();
    auto admin = store->admin();
    ASSERT_TRUE(accounts::setAccountRole(*admin, QStringLiteral("clerk2"), accounts::Role::Supervisor));
    admin.reset();

    supervisor = access(QStringLiteral("clerk2"));
    window = std::make_unique<ui::MainWindow>(supervisor.get(), ui::MainWindowOptions{});
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    review = window->reviewPage();
    ASSERT_NE(review, nullptr);
    window->showPage(QStringLiteral("review"));
    ASSERT_TRUE(waitUntil([&] { return review->model()->rowForId(own) >= 0; }));
    select(own);
    auto* approve = review->findChild<QPushButton*>(QStringLiteral("approve"));
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_TRUE(review->decisionMessage().contains(QStringLiteral("another supervisor")))
        << review->decisionMessage().toStdString();
    review->approveCurrent(); // even when asked, the workflow refuses
    ASSERT_TRUE(waitUntil([&] { return supervisor->isIdle(); }));
    ASSERT_TRUE(waitUntil([&] { return review->decisionMessage().contains(QStringLiteral("another")); }));
    EXPECT_EQ(load(own).state, RecordState::Verified);
    // Records verified by someone else can be approved by this account.
    select(clean[2]);
    EXPECT_TRUE(approve->isEnabled());
}

TEST_F(ReviewTest, TheClerksCorrectionsAreShownUnderTheFields)
{
    const qint64 id = makeRecord(batch, QStringLiteral("death"), 41);
    ASSERT_TRUE(workflow::editFields(*clerkSession, id,
                                     {{QStringLiteral("cause_of_death"), QStringLiteral("Tuổi già")}}));
    ASSERT_TRUE(workflow::confirmRecord(*clerkSession, id));
    supervisor = access(QStringLiteral("supervisor"));
    window = std::make_unique<ui::MainWindow>(supervisor.get(), ui::MainWindowOptions{});
    window->show();
    review = window->reviewPage();
    window->showPage(QStringLiteral("review"));
    ASSERT_TRUE(waitUntil([&] { return review->model()->rowForId(id) >= 0; }));
    select(id);
    ASSERT_TRUE(waitUntil([&] { return review->detail()->history().size() == 1; }));
    auto* history =
        review->detail()->fieldPanel()->findChild<QLabel*>(QStringLiteral("history_cause_of_death"));
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->text().contains(QStringLiteral("Corrected by clerk")))
        << history->text().toStdString();
}

} // namespace
} // namespace sohoa::test
