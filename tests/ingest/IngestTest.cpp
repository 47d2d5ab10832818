// `sohoa-cli ingest`, the store writer and the desktop's IngestJob: documents
// land whole (pages, original images, OCR, record, audit) or not at all.
#include "TestPages.h"
#include "TestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentPdf.h"
#include "core/batches/DocumentRepository.h"
#include "core/capture/PageSource.h"
#include "core/imaging/Pix.h"
#include "core/ingest/BatchIngest.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/ingest/IngestJob.h"
#include "core/ocr/SearchablePdf.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

QStringList clerkEnv()
{
    return {QStringLiteral("SOHOA_USER=clerk"),
            QStringLiteral("SOHOA_PASSWORD=") + QString::fromUtf8(test::kClerkPassword)};
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n'))
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    return objects;
}

qint64 count(store::Database& db, const char* sql)
{
    auto n = db.queryInt(sql);
    EXPECT_TRUE(n.ok()) << sql;
    return n ? *n : -1;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(data), data.size());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Nothing is half-written: every page belongs to a document, counts agree, one record each.
void expectConsistent(store::Database& db)
{
    EXPECT_EQ(count(db, "SELECT count(*) FROM pages WHERE document_id NOT IN (SELECT id FROM documents);"),
              0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM page_images WHERE page_id NOT IN (SELECT id FROM pages);"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM pages WHERE id NOT IN (SELECT page_id FROM page_images);"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM documents d WHERE page_count != "
                        "(SELECT count(*) FROM pages p WHERE p.document_id = d.id);"),
              0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM records);"),
              0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM documents;"),
              count(db, "SELECT count(*) FROM audit WHERE action = 'document.ingested';"));
    // Page images staged during an import are moved or dropped when it ends.
    EXPECT_EQ(count(db, "SELECT count(*) FROM staged_images;"), 0);
}

QImage noisyBlankPage()
{
    QImage page(1275, 1650, QImage::Format_Grayscale8); // letter at 150 DPI
    QRandomGenerator rng(11);
    for (int y = 0; y < page.height(); ++y) {
        uchar* line = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x)
            line[x] = uchar(236 + rng.bounded(8));
    }
    return page;
}

// A multi-page image PDF (SoHoa's writer without text; its producer makes SoHoa OCR it).
QByteArray pdfOf(const QList<QImage>& images, int dpi)
{
    QList<ocr::SearchablePdfPage> pages;
    for (const QImage& image : images) {
        ocr::OcrPage none;
        none.width = image.width();
        none.height = image.height();
        none.dpi = dpi;
        pages.append({test::encodePng(image), QStringLiteral("png"), none});
    }
    auto pdf = ocr::buildSearchablePdf(pages);
    EXPECT_TRUE(pdf.ok());
    return pdf ? *pdf : QByteArray();
}

} // namespace

TEST(IngestCli, StoresDocumentsWithOriginalsOcrRecordsAndAudit)
{
    test::TestStore store;
    const QString png = test::devsetImage(QStringLiteral("scan-0020.png"));
    const QString pdf = test::devsetImage(QStringLiteral("scan-0043.pdf"));
    const QString batch = QStringLiteral("Xã Phúc Khoa - sổ 2018");
    const test::ProcessResult r =
        test::runCli({QStringLiteral("ingest"), QStringLiteral("--store"), store.path,
                      QStringLiteral("--batch"), batch, QStringLiteral("--json"), png, pdf},
                     clerkEnv());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    const QList<QJsonObject> lines = jsonLines(r.out);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].value(QStringLiteral("file")).toString(), png);
    EXPECT_GT(lines[0].value(QStringLiteral("record")).toInteger(), 0);
    EXPECT_GT(lines[0].value(QStringLiteral("document")).toInteger(), 0);
    EXPECT_EQ(lines[1].value(QStringLiteral("pages")).toInt(), 2);
    EXPECT_EQ(lines[1].value(QStringLiteral("stored_pages")).toInt(), 2);

    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    store::Database& db = clerk->db();
    auto b = batches::findBatch(db, batch);
    ASSERT_TRUE(b.ok());
    auto docs = batches::documentsInBatch(db, b->id);
    ASSERT_TRUE(docs.ok());
    ASSERT_EQ(docs->size(), 2);
    EXPECT_EQ(docs->at(0).sourceName, QStringLiteral("scan-0020.png"));
    EXPECT_EQ(docs->at(0).importedBy, QStringLiteral("clerk"));
    EXPECT_EQ(docs->at(1).pageCount, 2);
    EXPECT_EQ(docs->at(0).status, QStringLiteral("ocr_done"));
    expectConsistent(db);

    // Originals: the PNG byte for byte; PDF pages rendered at 300 DPI, compressed to a sensible size.
    auto pages = batches::documentPages(db, docs->at(0).id);
    ASSERT_TRUE(pages.ok());
    auto image = batches::loadPageImage(db, pages->front().id);
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(image->data, readFile(png));
    const QJsonObject prov = pages->front().provenance;
    EXPECT_EQ(prov.value(QStringLiteral("source")).toString(), QStringLiteral("scan-0020.png"));
    EXPECT_EQ(prov.value(QStringLiteral("by")).toString(), QStringLiteral("clerk"));
    EXPECT_FALSE(prov.value(QStringLiteral("at")).toString().isEmpty());
    auto ocr = batches::loadPageOcr(db, pages->front().id);
    ASSERT_TRUE(ocr.ok());
    EXPECT_GT(ocr->words.size(), 100);
    EXPECT_EQ(ocr->width, pages->front().width);
    auto pdfPages = batches::documentPages(db, docs->at(1).id);
    ASSERT_TRUE(pdfPages.ok());
    ASSERT_EQ(pdfPages->size(), 2);
    for (const batches::PageInfo& p : *pdfPages) {
        EXPECT_EQ(p.dpi, 300);
        auto img = batches::loadPageImage(db, p.id);
        ASSERT_TRUE(img.ok());
        EXPECT_LT(img->data.size(), 450'000);
        EXPECT_FALSE(QImage::fromData(img->data).isNull());
    }

    // Records and the audit trail.
    EXPECT_EQ(count(db, "SELECT count(*) FROM records;"), 2);
    auto chain = audit::verifyAuditChain(db);
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);

    // The archive PDF of a stored document is searchable.
    auto searchable = batches::searchablePdfForDocument(db, docs->at(0).id);
    ASSERT_TRUE(searchable.ok());
    const test::ProcessResult text = test::runProgram(
        QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")}, {}, *searchable);
    const QString fullName = test::devsetTruth(QStringLiteral("scan-0020.png"))
                                 .value(QStringLiteral("fields"))
                                 .toObject()
                                 .value(QStringLiteral("full_name"))
                                 .toString();
    EXPECT_TRUE(test::normalisedText(QString::fromUtf8(text.out)).contains(fullName));

    // Nothing readable on disk: no name, no image bytes outside the encrypted store.
    const QByteArray disk = test::allBytesUnder(store.path);
    EXPECT_FALSE(disk.contains(fullName.toUtf8()));
    EXPECT_FALSE(disk.contains(readFile(png).mid(2000, 64)));

    // The same file again is skipped, not imported twice.
    const test::ProcessResult again =
        test::runCli({QStringLiteral("ingest"), QStringLiteral("--store"), store.path,
                      QStringLiteral("--batch"), batch, QStringLiteral("--json"), png},
                     clerkEnv());
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QList<QJsonObject> skipped = jsonLines(again.out);
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(skipped[0].value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("input.duplicate"));
    EXPECT_EQ(count(db, "SELECT count(*) FROM documents;"), 2);
}

TEST(IngestCli, BrokenFilesLeaveNothingHalfWritten)
{
    test::TestStore store;
    QTemporaryDir dir;
    const QList<test::BadFile> corpus = test::writeBadInputCorpus(dir.path());
    const QString good = dir.path() + QStringLiteral("/good.png");
    writeFile(good, test::encodePng(test::textPage(test::vietnameseSampleLines(), 150)));
    QStringList args{QStringLiteral("ingest"),  QStringLiteral("--store"), store.path,
                     QStringLiteral("--batch"), QStringLiteral("B1"),      QStringLiteral("--json")};
    for (const test::BadFile& bad : corpus)
        args << dir.path() + QLatin1Char('/') + bad.name;
    args << good;
    const test::ProcessResult r = test::runCli(args, clerkEnv());
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    const QList<QJsonObject> lines = jsonLines(r.out);
    ASSERT_EQ(lines.size(), corpus.size() + 1);
    for (int i = 0; i < corpus.size(); ++i)
        EXPECT_EQ(lines[i].value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                  QStringLiteral("input.unreadable"))
            << corpus[i].what.toStdString();
    EXPECT_GT(lines.last().value(QStringLiteral("record")).toInteger(), 0);

    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM documents;"), 1);
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM pages;"), 1);
    expectConsistent(clerk->db());
}

TEST(IngestCli, BlankBackSidesAreSkippedUnlessKept)
{
    test::TestStore store;
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/duplex.pdf");
    writeFile(path,
              pdfOf({test::textPage(test::vietnameseSampleLines(), 150, {8, 11}), noisyBlankPage()}, 150));
    auto ingest = [&](const QString& batch, bool keep) {
        QStringList args{QStringLiteral("ingest"),
                         QStringLiteral("--store"),
                         store.path,
                         QStringLiteral("--batch"),
                         batch,
                         QStringLiteral("--json"),
                         QStringLiteral("--jobs"),
                         QStringLiteral("2")};
        if (keep)
            args << QStringLiteral("--keep-blank");
        args << path;
        const test::ProcessResult r = test::runCli(args, clerkEnv());
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QList<QJsonObject> lines = jsonLines(r.out);
        EXPECT_EQ(lines.size(), 1);
        return lines.value(0);
    };
    const QJsonObject skipped = ingest(QStringLiteral("skip"), false);
    EXPECT_EQ(skipped.value(QStringLiteral("pages")).toInt(), 2);
    EXPECT_EQ(skipped.value(QStringLiteral("stored_pages")).toInt(), 1);
    EXPECT_EQ(skipped.value(QStringLiteral("blank_pages")).toArray(), QJsonArray{2});
    const QJsonObject kept = ingest(QStringLiteral("keep"), true);
    EXPECT_EQ(kept.value(QStringLiteral("stored_pages")).toInt(), 2);
    EXPECT_TRUE(kept.value(QStringLiteral("blank_pages_kept")).toBool());
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM pages WHERE blank = 1;"), 1);
    expectConsistent(clerk->db());
}

TEST(IngestJob, RunsOffTheCallingThreadAndReportsProgress)
{
    test::TestStore store;
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        files << dir.path() + QStringLiteral("/page-%1.png").arg(i + 1);
        writeFile(files.last(), test::encodePng(test::textPage(
                                    {QStringLiteral("Họ, chữ đệm, tên: ĐỖ THỊ MAI %1").arg(i + 1),
                                     QStringLiteral("Nơi cư trú: Thôn %1, xã Tân Phú").arg(i + 1)},
                                    150, {6, 3})));
    }
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto batch = batches::findOrCreateBatch(*clerk, QStringLiteral("UI import"));
    ASSERT_TRUE(batch.ok());
    auto pool = std::make_shared<ocr::OcrWorkerPool>(2);
    ingest::IngestJob job(*clerk, batch->id, {dir.path()}, {}, pool);
    QList<ingest::IngestedDocument> done;
    QList<int> progress;
    bool finished = false, cancelled = true;
    int stored = -1;
    QThread* emitter = nullptr;
    QObject::connect(&job, &ingest::IngestJob::progress,
                     [&](int pages, int, double) { progress.append(pages); });
    QObject::connect(&job, &ingest::IngestJob::documentFinished,
                     [&](const ingest::IngestedDocument& d) { done.append(d); });
    QObject::connect(
        &job, &ingest::IngestJob::documentFinished, &job,
        [&](const ingest::IngestedDocument&) { emitter = QThread::currentThread(); }, Qt::DirectConnection);
    QEventLoop loop;
    QObject::connect(&job, &ingest::IngestJob::finished, [&](int s, int, bool c) {
        finished = true;
        stored = s;
        cancelled = c;
        loop.quit();
    });
    auto started = job.start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    EXPECT_TRUE(job.isRunning());
    QTimer::singleShot(240000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(finished);
    EXPECT_FALSE(cancelled);
    EXPECT_EQ(stored, 3);
    ASSERT_EQ(done.size(), 3);
    EXPECT_NE(emitter, QThread::currentThread()); // the work happened on the job's thread
    EXPECT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(done[i].input.endsWith(QStringLiteral("page-%1.png").arg(i + 1)));
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM documents;"), 3);
    expectConsistent(clerk->db());
}

TEST(IngestJob, CancelledRunStoresOnlyWholeDocuments)
{
    test::TestStore store;
    QTemporaryDir dir;
    for (int i = 0; i < 4; ++i)
        writeFile(dir.path() + QStringLiteral("/book-%1.pdf").arg(i + 1),
                  pdfOf({test::textPage(test::vietnameseSampleLines(), 150, {8, 11}),
                         test::textPage(test::vietnameseSampleLines(), 150, {8, 11})},
                        150));
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto batch = batches::findOrCreateBatch(*clerk, QStringLiteral("cancelled"));
    ASSERT_TRUE(batch.ok());
    ingest::IngestJob job(*clerk, batch->id, {dir.path()}, {}, std::make_shared<ocr::OcrWorkerPool>(1));
    QEventLoop loop;
    bool cancelled = false;
    int stored = -1;
    QObject::connect(&job, &ingest::IngestJob::finished, [&](int s, int, bool c) {
        stored = s;
        cancelled = c;
        loop.quit();
    });
    // Cancel as soon as the first page is done.
    QObject::connect(&job, &ingest::IngestJob::progress, &job, [&](int pages, int, double) {
        if (pages >= 1)
            job.cancel();
    });
    ASSERT_TRUE(job.start().ok());
    QTimer::singleShot(240000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_TRUE(cancelled);
    EXPECT_LT(stored, 4);
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM documents;"), stored);
    expectConsistent(clerk->db());
}

TEST(Pipeline, OnePageOcrCanBeCancelledAndTheDocumentKeepsItsImage)
{
    std::vector<capture::CapturedPage> pages;
    for (int i = 0; i < 3; ++i) {
        capture::CapturedPage p;
        p.pageNo = i + 1;
        p.image = imaging::pixFromQImage(test::textPage(test::vietnameseSampleLines(), 150, {6, 4}));
        p.dpi = 150;
        p.provenance = QJsonObject{{QStringLiteral("source"), QStringLiteral("test")}};
        pages.push_back(std::move(p));
    }
    ocr::OcrWorkerPool pool(1);
    ingest::DocumentPipeline pipeline(pool, {});
    QList<ingest::DocumentResult> results;
    pipeline.setDocumentSink([&](ingest::DocumentResult& d) { results.append(std::move(d)); });
    pipeline.addSource(std::make_unique<capture::MemoryPageSource>(
                           QStringLiteral("memory"), QStringLiteral("scanner"), std::move(pages)),
                       QStringLiteral("memory"));
    pipeline.poll(); // pages are now queued on the single worker
    pipeline.cancelPage(0, 3);
    pipeline.finish();
    ASSERT_EQ(results.size(), 1);
    const ingest::DocumentResult& d = results.front();
    ASSERT_TRUE(d.ok()) << d.error->message.toStdString();
    ASSERT_EQ(d.pages.size(), 3);
    EXPECT_TRUE(d.pages[0].page.hasOcr);
    EXPECT_FALSE(d.pages[2].page.hasOcr);
    EXPECT_TRUE(d.pages[2].ocrCancelled);
    EXPECT_FALSE(d.pages[2].page.imageData.isEmpty());
}

// A long document's page images wait in the (encrypted) store while its other
// pages are read, not in memory: memory stays flat in the number of pages.
TEST(BatchIngest, PageImagesWaitInTheStoreUntilTheDocumentIsWhole)
{
    test::TestStore store;
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/book.pdf");
    writeFile(path, pdfOf({test::textPage(test::vietnameseSampleLines(), 150, {8, 11}),
                           test::textPage(test::vietnameseSampleLines(), 150, {8, 11}),
                           test::textPage(test::vietnameseSampleLines(), 150, {8, 11})},
                          150));
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto batch = batches::findOrCreateBatch(*clerk, QStringLiteral("long"));
    ASSERT_TRUE(batch.ok());
    ocr::OcrWorkerPool pool(1);
    auto ingest = ingest::BatchIngest::create(*clerk, clerk->db(), batch->id, pool, {});
    ASSERT_TRUE(ingest.ok());
    QList<qint64> stagedWhileRunning;
    (*ingest)->pipeline().setProgressSink([&](const ingest::PipelineProgress& p) {
        if (p.documentsDone == 0 && p.pagesDone > 0) {
            stagedWhileRunning.append(count(clerk->db(), "SELECT count(*) FROM staged_images;"));
            EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM documents;"), 0);
        }
    });
    QList<ingest::IngestedDocument> done;
    (*ingest)->setDocumentSink([&](const ingest::IngestedDocument& d) { done.append(d); });
    (*ingest)->addFiles({path});
    (*ingest)->run();
    ASSERT_EQ(done.size(), 1);
    EXPECT_TRUE(done[0].ok());
    EXPECT_EQ(done[0].storedPages, 3);
    ASSERT_FALSE(stagedWhileRunning.isEmpty());
    EXPECT_EQ(stagedWhileRunning.last(), 3); // every page staged before the document was stored
    auto pages = batches::documentPages(clerk->db(), done[0].documentId);
    ASSERT_TRUE(pages.ok());
    ASSERT_EQ(pages->size(), 3);
    for (const batches::PageInfo& page : *pages) {
        auto image = batches::loadPageImage(clerk->db(), page.id);
        ASSERT_TRUE(image.ok());
        EXPECT_FALSE(QImage::fromData(image->data).isNull()) << page.pageNo;
    }
    expectConsistent(clerk->db());
}

// If a staged image is gone when the document is stored, nothing of the
// document is stored and the run goes on.
TEST(BatchIngest, AMissingStagedImageFailsTheWholeDocument)
{
    test::TestStore store;
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/book.pdf");
    writeFile(path, pdfOf({test::textPage(test::vietnameseSampleLines(), 150, {8, 11}),
                           test::textPage(test::vietnameseSampleLines(), 150, {8, 11})},
                          150));
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto batch = batches::findOrCreateBatch(*clerk, QStringLiteral("lost"));
    ASSERT_TRUE(batch.ok());
    ocr::OcrWorkerPool pool(1);
    auto ingest = ingest::BatchIngest::create(*clerk, clerk->db(), batch->id, pool, {});
    ASSERT_TRUE(ingest.ok());
    (*ingest)->pipeline().setProgressSink([&](const ingest::PipelineProgress& p) {
        if (p.documentsDone == 0 && p.pagesDone == 2) {
            ASSERT_TRUE(clerk->db()
                            .exec("DELETE FROM staged_images WHERE id = (SELECT max(id) FROM staged_images);")
                            .ok());
        }
    });
    QList<ingest::IngestedDocument> done;
    (*ingest)->setDocumentSink([&](const ingest::IngestedDocument& d) { done.append(d); });
    (*ingest)->addFiles({path});
    (*ingest)->run();
    ASSERT_EQ(done.size(), 1);
    ASSERT_FALSE(done[0].ok());
    EXPECT_EQ(done[0].error->code, QStringLiteral("store.staged_image_missing"));
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM documents;"), 0);
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM pages;"), 0);
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM records;"), 0);
    expectConsistent(clerk->db());
}

// Images left by an import that crashed are purged by a later import once old;
// a recent one may belong to an import running in another process and stays.
TEST(BatchIngest, PurgesImagesStagedByAnImportThatCrashed)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto batch = batches::findOrCreateBatch(*clerk, QStringLiteral("after crash"));
    ASSERT_TRUE(batch.ok());
    ASSERT_TRUE(clerk->db()
                    .exec("INSERT INTO staged_images (staged_at, format, data) "
                          "VALUES ('2026-01-01T00:00:00.000Z', 'png', x'00');")
                    .ok());
    auto recent = batches::stageImage(clerk->db(), QStringLiteral("png"), QByteArray("recent"));
    ASSERT_TRUE(recent.ok());
    ocr::OcrWorkerPool pool(1);
    auto ingest = ingest::BatchIngest::create(*clerk, clerk->db(), batch->id, pool, {});
    ASSERT_TRUE(ingest.ok());
    EXPECT_EQ(count(clerk->db(), "SELECT count(*) FROM staged_images;"), 1);
    const QByteArray recentLeft =
        "SELECT count(*) FROM staged_images WHERE id = " + QByteArray::number(*recent) + ";";
    EXPECT_EQ(count(clerk->db(), recentLeft.constData()), 1);
}
