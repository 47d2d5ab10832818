// Batch > Documents and cuts: a document that holds two forms is split at a
// page, two documents that are one are merged by keyboard (Ctrl+M), both
// audited; once a record is verified its document is no longer cut.
#include "TypedPage.h"
#include "UiTestSupport.h"
#include "core/extraction/Extractor.h"
#include "core/ingest/BatchIngest.h"
#include "ui/batches/DocumentCutsDialog.h"

#include <QBuffer>
#include <QImage>
#include <QTreeWidget>

using namespace sohoa;
using test::TypedLine;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

ocr::OcrPage birthPage()
{
    return test::typedPage(QList<TypedLine>{
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {3, 27, s("GIẤY KHAI SINH"), 0.95f, 60},
        {5, 0, s("Số: 125")},
        {5, 50, s("Quyển số: 01/2019")},
        {6, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
        {7, 0, s("Ngày, tháng, năm sinh: 02/01/2019")},
    });
}

ocr::OcrPage deathPage()
{
    return test::typedPage(QList<TypedLine>{
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {3, 28, s("TRÍCH LỤC KHAI TỬ"), 0.95f, 60},
        {5, 0, s("Số: 12")},
        {6, 0, s("Họ, chữ đệm, tên: TRẦN VĂN BA")},
        {9, 0, s("Đã chết vào lúc: 14 giờ 30 phút, ngày 04/08/2016")},
    });
}

class DocumentCutsUi : public test::UiTest {
protected:
    qint64 storeStack(qint64 batchId, const QList<ocr::OcrPage>& pages, qint64* recordId = nullptr)
    {
        ingest::DocumentResult d;
        d.name = QStringLiteral("stack.pdf");
        d.format = QStringLiteral("pdf");
        d.sourcePages = int(pages.size());
        for (int i = 0; i < pages.size(); ++i) {
            ingest::ProcessedPage p;
            p.pageNo = i + 1;
            QImage blank(8, 8, QImage::Format_Grayscale8);
            blank.fill(255);
            QBuffer png(&p.page.imageData);
            png.open(QIODevice::WriteOnly);
            blank.save(&png, "PNG");
            p.page.imageFormat = QStringLiteral("png");
            p.page.width = pages[i].width;
            p.page.height = pages[i].height;
            p.page.dpi = 300;
            p.page.hasOcr = true;
            p.page.ocr = pages[i];
            d.pages.append(p);
        }
        d.extraction = extraction::extractDocument(d.keptOcr(), QStringLiteral("auto"));
        auto stored = ingest::storeDocument(clerkSession->db(), clerkSession->actor(), batchId, d);
        EXPECT_TRUE(stored) << (stored ? "" : stored.error().message.toStdString());
        if (recordId && stored)
            *recordId = stored->recordId;
        return stored ? stored->documentId : 0;
    }

    qint64 audited(const char* action)
    {
        const QByteArray sql = QByteArray("SELECT count(*) FROM audit WHERE action = '") + action + "'";
        auto n = clerkSession->db().queryInt(sql.constData());
        return n ? *n : -1;
    }
};

} // namespace

TEST_F(DocumentCutsUi, SplitAtAPageAndMergeByKeyboardAreAudited)
{
    const qint64 batch = makeBatch(QStringLiteral("stack"));
    // A birth and a death stored as one document, then a birth alone.
    const qint64 joined = storeStack(batch, {birthPage(), deathPage()});
    const qint64 alone = storeStack(batch, {birthPage()});
    ASSERT_GT(joined, 0);
    ASSERT_GT(alone, 0);

    auto store = access(QStringLiteral("clerk"));
    ui::DocumentCutsDialog dialog(store.get(), batch, QStringLiteral("stack"));
    dialog.show();
    ASSERT_TRUE(test::waitUntil([&] { return dialog.documentIds().size() == 2 && !dialog.isBusy(); }));
    EXPECT_EQ(dialog.pageCounts(), (QList<int>{2, 1}));
    // Where the cuts are: pages of the file each document holds.
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("documentList"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->topLevelItem(1)->text(2), dialog.tr("page %1").arg(3));

    dialog.split(joined, 2);
    ASSERT_TRUE(test::waitUntil([&] { return dialog.documentIds().size() == 3 && !dialog.isBusy(); }));
    EXPECT_EQ(dialog.pageCounts(), (QList<int>{1, 1, 1}));
    EXPECT_EQ(audited("document.split"), 1);

    // The first birth and the death were one after all: Ctrl+M on the first.
    dialog.selectDocument(joined);
    QTest::keyClick(&dialog, Qt::Key_M, Qt::ControlModifier);
    ASSERT_TRUE(test::waitUntil([&] { return dialog.documentIds().size() == 2 && !dialog.isBusy(); }));
    EXPECT_EQ(dialog.pageCounts(), (QList<int>{2, 1}));
    EXPECT_EQ(audited("document.merged"), 1);
    EXPECT_FALSE(dialog.message().isEmpty());
}

TEST_F(DocumentCutsUi, AVerifiedDocumentIsNotCut)
{
    const qint64 batch = makeBatch(QStringLiteral("stack"));
    qint64 record = 0;
    const qint64 first = storeStack(batch, {birthPage()}, &record);
    storeStack(batch, {deathPage()});
    // The birth was verified (as the station leaves it; validation is not the point here).
    auto verified = clerkSession->db().prepare("UPDATE records SET state = 'verified' WHERE id = ?");
    ASSERT_TRUE(verified);
    verified->bind(1, record);
    ASSERT_TRUE(verified->run());

    auto store = access(QStringLiteral("clerk"));
    ui::DocumentCutsDialog dialog(store.get(), batch, QStringLiteral("stack"));
    ASSERT_TRUE(test::waitUntil([&] { return dialog.documentIds().size() == 2 && !dialog.isBusy(); }));
    dialog.selectDocument(first);
    dialog.mergeWithNext();
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.isBusy() && !dialog.message().isEmpty(); }));
    EXPECT_EQ(dialog.documentIds().size(), 2);
    EXPECT_EQ(audited("document.merged"), 0);
}
