#include "UiTestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/batches/DocumentRepository.h"
#include "core/keying/HandKeying.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "ui/common/PageView.h"
#include "ui/keying/KeyingPage.h"
#include "ui/keying/ResolvePanel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/verify/FieldPanel.h"
#include "ui/verify/VerificationPage.h"

#include <QBuffer>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>

namespace sohoa::test {
namespace {

using records::RecordState;

class KeyingTest : public UiTest {
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        batch = makeBatch(QStringLiteral("Handwritten register 1995"));
        QImage page(800, 1100, QImage::Format_Grayscale8);
        page.fill(235);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        page.save(&buffer, "PNG");
        batches::NewDocument doc;
        doc.batchId = batch;
        doc.sourceName = QStringLiteral("register-p1.png");
        doc.status = QStringLiteral("ocr_failed");
        batches::NewPage p;
        p.imageData = png;
        p.imageFormat = QStringLiteral("png");
        p.width = 800;
        p.height = 1100;
        doc.pages.append(p);
        auto tx = store::Transaction::begin(clerkSession->db());
        ASSERT_TRUE(tx);
        auto id = batches::insertDocument(clerkSession->db(), doc, QStringLiteral("clerk"));
        ASSERT_TRUE(id);
        documentId = *id;
        ASSERT_TRUE(tx->commit());
    }

    void TearDown() override
    {
        window.reset();
        session.reset();
        UiTest::TearDown();
    }

    void open(const QString& account)
    {
        window.reset();
        session = access(account);
        window = std::make_unique<ui::MainWindow>(session.get(), ui::MainWindowOptions{});
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        keying = window->keyingPage();
        keying->openBatch(batch);
        window->showPage(QStringLiteral("keying"));
        ASSERT_TRUE(waitUntil([&] { return keying->pageCount() == 1 && session->isIdle(); }));
        keying->setRecordType(QStringLiteral("birth"));
    }

    // Keys an entry through the form with the keyboard: Tab between fields, Ctrl+Enter saves.
    void keyEntry(const QMap<QString, QString>& values)
    {
        auto* panel = keying->fieldPanel();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            panel->focusField(it.key());
            typeText(it.value());
        }
        press(Qt::Key_Return, Qt::ControlModifier);
        ASSERT_TRUE(waitUntil([&] { return !keying->isBusy() && session->isIdle(); }));
    }

    QMap<QString, QString> entryOne() const
    {
        return {{QStringLiteral("full_name"), QStringLiteral("Lê Thị Mai")},
                {QStringLiteral("date_of_birth"), QStringLiteral("14/02/1995")},
                {QStringLiteral("sex"), QStringLiteral("nữ")},
                {QStringLiteral("registration_place"), QStringLiteral("UBND xã Tân Lập")},
                {QStringLiteral("registration_date"), QStringLiteral("20/02/1995")}};
    }

    QList<qint64> recordsOnPage()
    {
        auto entries = keying::pageEntries(clerkSession->db(), documentId, 1);
        QList<qint64> ids;
        if (entries)
            for (const keying::PageEntry& e : *entries)
                if (e.recordId)
                    ids.append(e.recordId);
        return ids;
    }

    qint64 batch = 0, documentId = 0;
    std::unique_ptr<ui::StoreAccess> session;
    std::unique_ptr<ui::MainWindow> window;
    ui::KeyingPage* keying = nullptr;
};

TEST_F(KeyingTest, SeveralEntriesOfAPageAreKeyedAsRecords)
{
    open(QStringLiteral("clerk"));
    keyEntry(entryOne());
    QMap<QString, QString> second = entryOne();
    second[QStringLiteral("full_name")] = QStringLiteral("Phạm Văn Hùng");
    second[QStringLiteral("sex")] = QStringLiteral("Nam");
    keyEntry(second);
    const QList<qint64> ids = recordsOnPage();
    ASSERT_EQ(ids.size(), 2) << keying->message().toStdString();
    const records::Record first = load(ids[0]);
    EXPECT_EQ(first.state, RecordState::ToVerify);
    EXPECT_EQ(first.value(QStringLiteral("full_name")), QStringLiteral("Lê Thị Mai"));
    EXPECT_EQ(first.value(QStringLiteral("date_of_birth")), QStringLiteral("1995-02-14")); // typed dd/mm/yyyy
    EXPECT_EQ(first.value(QStringLiteral("sex")), QStringLiteral("female"));
    EXPECT_EQ(first.documentId, documentId);
    EXPECT_EQ(load(ids[1]).value(QStringLiteral("sex")), QStringLiteral("male"));
}

TEST_F(KeyingTest, ZonesDrawnOnceAreShownForTheFocusedField)
{
    open(QStringLiteral("clerk"));
    ASSERT_TRUE(waitUntil([&] { return keying->pageView()->hasImage(); }));
    keying->setZone(1, QString(), QRect(40, 40, 720, 500));
    keying->setZone(1, QStringLiteral("full_name"), QRect(60, 100, 400, 40));
    QSignalSpy saved(keying, &ui::KeyingPage::layoutSaved);
    keying->saveLayout(QStringLiteral("Birth register 1990s"));
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; })) << keying->message().toStdString();
    // Reopened: the layout comes back with the batch and shows the field's zone.
    open(QStringLiteral("clerk"));
    ASSERT_TRUE(waitUntil([&] { return keying->layout().has_value() && keying->pageView()->hasImage(); }));
    keying->fieldPanel()->focusField(QStringLiteral("full_name"));
    ASSERT_TRUE(waitUntil([&] { return !keying->pageView()->focusBox().isNull(); }));
    EXPECT_EQ(keying->pageView()->focusBox(), QRect(60, 100, 400, 40));
}

TEST_F(KeyingTest, DoubleKeyingIsBlindAndOnlyTheDifferencesAreResolved)
{
    ASSERT_TRUE(keying::setDoubleKeying(*clerkSession, batch, true));
    open(QStringLiteral("clerk"));
    keyEntry(entryOne());
    ASSERT_EQ(recordsOnPage().size(), 1);
    const qint64 id = recordsOnPage().first();

    // The same clerk may not key it the second time.
    keying->setMode(ui::KeyingPage::Mode::Second);
    keyEntry(entryOne());
    EXPECT_TRUE(keying->message().contains(QStringLiteral("another clerk")))
        << keying->message().toStdString();

    // A second clerk keys it blind: the form is empty, one value differs.
    open(QStringLiteral("clerk2"));
    keying->setMode(ui::KeyingPage::Mode::Second);
    ASSERT_TRUE(waitUntil([&] { return session->isIdle(); }));
    EXPECT_TRUE(keying->fieldPanel()->edit(QStringLiteral("full_name"))->text().isEmpty());
    QMap<QString, QString> other = entryOne();
    other[QStringLiteral("full_name")] = QStringLiteral("Lê Thị Mải");
    keyEntry(other);
    auto state = keying::doubleKeyingState(clerkSession->db(), id);
    ASSERT_TRUE(state);
    ASSERT_TRUE(state->secondDone) << keying->message().toStdString();
    ASSERT_EQ(state->differences.size(), 1);
    EXPECT_EQ(state->differences.first().field, QStringLiteral("full_name"));
    EXPECT_TRUE(state->blocksConfirmation());

    // The station refuses to confirm it until the difference is resolved.
    window->verificationPage()->openRecord(id);
    window->showPage(QStringLiteral("verify"));
    ASSERT_TRUE(
        waitUntil([&] { return window->verificationPage()->currentRecordId() == id && session->isIdle(); }));
    window->verificationPage()->confirmRecord();
    ASSERT_TRUE(
        waitUntil([&] { return !window->verificationPage()->bannerText().isEmpty() && session->isIdle(); }));
    EXPECT_EQ(load(id).state, RecordState::ToVerify);

    // Resolve: only the differing field is shown; take the second keying's value.
    window->showPage(QStringLiteral("keying"));
    keying->setMode(ui::KeyingPage::Mode::Resolve);
    QComboBox* choice = nullptr;
    ASSERT_TRUE(waitUntil(
        [&] { return (choice = keying->resolvePanel()->choice(id, QStringLiteral("full_name"))); }));
    EXPECT_EQ(keying->resolvePanel()->choice(id, QStringLiteral("date_of_birth")), nullptr);
    choice->setCurrentIndex(1);
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return keying->resolvePanel()->unresolvedCount() == 0; }))
        << keying->resolvePanel()->message().toStdString();
    EXPECT_EQ(load(id).value(QStringLiteral("full_name")), QStringLiteral("Lê Thị Mải"));
    state = keying::doubleKeyingState(clerkSession->db(), id);
    ASSERT_TRUE(state);
    EXPECT_FALSE(state->blocksConfirmation());
    audit::AuditFilter f;
    f.entity = QStringLiteral("record:%1").arg(id);
    f.actionPrefix = QStringLiteral("record.field_edit");
    auto edits = audit::queryAudit(clerkSession->db(), f);
    ASSERT_TRUE(edits);
    ASSERT_EQ(edits->size(), 1);
    EXPECT_EQ(edits->first().actor, QStringLiteral("clerk2"));
}

} // namespace
} // namespace sohoa::test
