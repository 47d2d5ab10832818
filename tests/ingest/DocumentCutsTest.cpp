// Merging and splitting stored documents where a stack was cut wrongly: pages
// move with their images and OCR, records are read again, each change is
// audited, and nothing is moved once a record was verified.
#include "core/ingest/DocumentCuts.h"

#include "QtPrinters.h"
#include "TestSupport.h"
#include "TypedPage.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/ingest/BatchIngest.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"

#include <QBuffer>
#include <QImage>
#include <gtest/gtest.h>

using namespace sohoa;
using test::TypedLine;
using test::typedPage;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

ocr::OcrPage birthPage()
{
    return typedPage(QList<TypedLine>{
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 47, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 27, s("GIẤY KHAI SINH"), 0.95f, 60},
        {5, 0, s("Số: 125")},
        {5, 50, s("Quyển số: 01/2019")},
        {6, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
        {7, 0, s("Ngày, tháng, năm sinh: 02/01/2019")},
        {8, 0, s("Giới tính: Nam      Dân tộc: Kinh      Quốc tịch: Việt Nam")},
        {9, 0, s("Nơi sinh: Trạm y tế xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp")},
    });
}

ocr::OcrPage deathPage()
{
    return typedPage(QList<TypedLine>{
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 47, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 28, s("TRÍCH LỤC KHAI TỬ"), 0.95f, 60},
        {5, 0, s("Số: 12")},
        {5, 50, s("Quyển số: 01/2016")},
        {6, 0, s("Họ, chữ đệm, tên: TRẦN VĂN BA")},
        {7, 0, s("Ngày, tháng, năm sinh: 02/01/1940")},
        {9, 0, s("Đã chết vào lúc: 14 giờ 30 phút, ngày 04/08/2016")},
        {10, 0, s("Nơi chết: Bệnh viện Chợ Rẫy")},
    });
}

QByteArray tinyPng()
{
    QImage img(8, 8, QImage::Format_Grayscale8);
    img.fill(255);
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return out;
}

// A document as ingest stores it, from typed pages.
qint64 storeTyped(store::Database& db, const QString& actor, qint64 batchId, const QList<ocr::OcrPage>& pages)
{
    ingest::DocumentResult d;
    d.name = QStringLiteral("stack.pdf");
    d.format = QStringLiteral("pdf");
    d.sourcePages = int(pages.size());
    for (int i = 0; i < pages.size(); ++i) {
        ingest::ProcessedPage p;
        p.pageNo = i + 1;
        p.page.imageData = tinyPng();
        p.page.imageFormat = QStringLiteral("png");
        p.page.width = pages[i].width;
        p.page.height = pages[i].height;
        p.page.dpi = 300;
        p.page.hasOcr = true;
        p.page.ocr = pages[i];
        d.pages.append(p);
    }
    d.extraction = extraction::extractDocument(d.keptOcr(), QStringLiteral("auto"));
    auto stored = ingest::storeDocument(db, actor, batchId, d);
    EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().message.toStdString());
    return stored ? stored->documentId : 0;
}

qint64 count(store::Database& db, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    auto n = db.queryInt(utf8.constData());
    EXPECT_TRUE(n.ok()) << utf8.constData();
    return n ? *n : -1;
}

records::Record recordOf(store::Database& db, qint64 documentId)
{
    records::RecordQuery q;
    q.documentId = documentId;
    auto r = records::queryRecords(db, q);
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r ? r->size() : 0, 1);
    return r && !r->isEmpty() ? r->first() : records::Record();
}

} // namespace

TEST(DocumentCuts, SplitAndMergeMovePagesAndReadTheRecordsAgain)
{
    test::TestStore store;
    auto clerk = store.clerk();
    store::Database& db = clerk->db();
    auto batch = batches::createBatch(*clerk, QStringLiteral("stack"));
    ASSERT_TRUE(batch.ok());
    // A birth and a death that were stored as one document, then a birth alone.
    const qint64 joined = storeTyped(db, clerk->actor(), batch->id, {birthPage(), deathPage()});
    const qint64 alone = storeTyped(db, clerk->actor(), batch->id, {birthPage()});
    ASSERT_GT(joined, 0);
    ASSERT_GT(alone, 0);
    EXPECT_EQ(recordOf(db, joined).type, QStringLiteral("birth"));

    auto split = ingest::splitDocument(*clerk, joined, 2);
    ASSERT_TRUE(split.ok()) << split.error().message.toStdString();
    EXPECT_EQ(split->pages, 1);
    EXPECT_EQ(split->newPages, 1);
    const records::Record death = recordOf(db, split->newDocumentId);
    EXPECT_EQ(death.type, QStringLiteral("death"));
    // Each part reads as its page alone does.
    const QString deathName = extraction::extractDocument({deathPage()}, QStringLiteral("auto"))
                                  .fields.value(QStringLiteral("full_name"))
                                  .value;
    ASSERT_FALSE(deathName.isEmpty());
    EXPECT_EQ(death.value(QStringLiteral("full_name")), deathName);
    EXPECT_EQ(recordOf(db, joined).value(QStringLiteral("full_name")), s("NGUYỄN VĂN AN"));
    auto movedPages = batches::documentPages(db, split->newDocumentId);
    ASSERT_TRUE(movedPages.ok());
    ASSERT_EQ(movedPages->size(), 1);
    EXPECT_EQ(movedPages->first().pageNo, 1);
    auto image = batches::loadPageImage(db, movedPages->first().id);
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(image->data, tinyPng());

    // Merging the death back behind the birth gives one document of 2 pages again.
    auto merged = ingest::mergeDocuments(*clerk, joined, split->newDocumentId);
    ASSERT_TRUE(merged.ok()) << merged.error().message.toStdString();
    EXPECT_EQ(merged->pages, 2);
    EXPECT_EQ(
        count(db, QStringLiteral("SELECT count(*) FROM documents WHERE id = %1;").arg(split->newDocumentId)),
        0);
    EXPECT_EQ(
        count(db, QStringLiteral("SELECT count(*) FROM records WHERE id = %1;").arg(split->newRecordId)), 0);
    EXPECT_EQ(
        count(db,
              QStringLiteral("SELECT count(*) FROM records_fts WHERE docid = %1;").arg(split->newRecordId)),
        0);
    EXPECT_EQ(
        count(db, QStringLiteral("SELECT count(*) FROM pages WHERE document_id = %1 AND page_no IN (1, 2);")
                      .arg(joined)),
        2);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM pages WHERE document_id = %1;").arg(joined)), 2);
    EXPECT_EQ(count(db, QStringLiteral("SELECT page_count FROM documents WHERE id = %1;").arg(joined)), 2);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'document.split';")), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'document.merged';")), 1);
    auto chain = audit::verifyAuditChain(db);
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact) << chain->problem.toStdString();

    // Bad requests change nothing.
    EXPECT_EQ(ingest::splitDocument(*clerk, joined, 3).error().code, QStringLiteral("usage.page"));
    EXPECT_EQ(ingest::splitDocument(*clerk, joined, 1).error().code, QStringLiteral("usage.page"));
    EXPECT_FALSE(ingest::mergeDocuments(*clerk, joined, joined).ok());
    EXPECT_FALSE(ingest::mergeDocuments(*clerk, joined, 999999).ok());

    // Once a record is verified its document's pages stay where they are.
    const records::Record birth = recordOf(db, alone);
    ASSERT_TRUE(db.exec(QStringLiteral("UPDATE records SET state = 'verified' WHERE id = %1;")
                            .arg(birth.id)
                            .toUtf8()
                            .constData())
                    .ok());
    EXPECT_EQ(ingest::mergeDocuments(*clerk, joined, alone).error().code,
              QStringLiteral("document.verified"));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM pages WHERE document_id = %1;").arg(alone)), 1);
}
