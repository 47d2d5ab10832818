// Scanning through the real SANE `test` backend (enabled by this test's
// SANE_CONFIG_DIR, see CMakeLists.txt): its document feeder holds 10 sheets,
// and its read-return-value option injects paper jams and open covers.
#include "core/capture/Scanner.h"

#include "TestSupport.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/ingest/ScanSession.h"
#include "core/ocr/OcrWorkerPool.h"

#include <QThread>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

const QString kDevice = QStringLiteral("test:0");
const QString kFeeder = QStringLiteral("Automatic Document Feeder");

capture::ScanSettings feederSettings()
{
    capture::ScanSettings s;
    s.source = kFeeder;
    s.dpi = 100;
    s.mode = capture::ColourMode::Grey;
    s.deviceOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Grid"));
    s.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("Default"));
    return s;
}

std::unique_ptr<capture::ScannerDevice> openTestDevice()
{
    auto backend = capture::createScannerBackend();
    auto device = backend->open(kDevice);
    EXPECT_TRUE(device.ok()) << (device ? "" : device.error().message.toStdString());
    return device ? std::move(*device) : nullptr;
}

int countRows(store::Database& db, const char* sql)
{
    auto n = db.queryInt(sql);
    EXPECT_TRUE(n.ok());
    return n ? int(*n) : -1;
}

} // namespace

TEST(Scanner, ConfigurationIsTheTestOne)
{
    // Guard: these tests must run against the test backend only, never a real scanner.
    EXPECT_FALSE(qEnvironmentVariable("SANE_CONFIG_DIR").isEmpty());
}

TEST(Scanner, DevicesAreListedOnAWorkerThread)
{
    QThread* caller = QThread::currentThread();
    QThread* worker = nullptr;
    auto future = capture::listScannersAsync();
    future.waitForFinished();
    Q_UNUSED(caller);
    Q_UNUSED(worker);
    auto devices = future.result();
    ASSERT_TRUE(devices.ok()) << devices.error().message.toStdString();
    ASSERT_FALSE(devices->isEmpty());
    EXPECT_EQ(devices->front().id, kDevice);
    EXPECT_FALSE(devices->front().label().isEmpty());
}

TEST(Scanner, CapabilitiesOfferFeederResolutionsAndModes)
{
    auto device = openTestDevice();
    ASSERT_TRUE(device);
    auto caps = device->capabilities();
    ASSERT_TRUE(caps.ok());
    bool feeder = false, flatbed = false;
    for (const capture::ScanSource& s : caps->sources) {
        feeder = feeder || (s.feeder && s.id == kFeeder);
        flatbed = flatbed || (!s.feeder && s.id == QStringLiteral("Flatbed"));
    }
    EXPECT_TRUE(feeder);
    EXPECT_TRUE(flatbed);
    EXPECT_TRUE(caps->resolutions.contains(300));
    EXPECT_TRUE(caps->modes.contains(capture::ColourMode::Grey));
    EXPECT_TRUE(caps->modes.contains(capture::ColourMode::Colour));

    capture::ScanSettings bogus = feederSettings();
    bogus.source = QStringLiteral("Tray 7");
    auto refused = device->scan(bogus, [](capture::ScannedPage&&) { return true; });
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("scanner.option"));
}

TEST(Scanner, FlatbedGivesOnePage)
{
    auto device = openTestDevice();
    ASSERT_TRUE(device);
    capture::ScanSettings s = feederSettings();
    s.source = QStringLiteral("Flatbed");
    s.mode = capture::ColourMode::Colour;
    int pages = 0;
    auto run = device->scan(s, [&](capture::ScannedPage&& p) {
        ++pages;
        EXPECT_EQ(p.dpi, 100);
        EXPECT_EQ(imaging::pixDepth(p.image.get()), 32);
        EXPECT_GT(imaging::pixWidth(p.image.get()), 300);
        return true;
    });
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(run->end, capture::ScanEnd::SinglePage);
    EXPECT_EQ(pages, 1);
}

TEST(Scanner, TenSheetFeederIsScannedIntoTheStore)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto batch = batches::findOrCreateBatch(*clerk, QStringLiteral("Sổ khai sinh 2019 - quyển 1"));
    ASSERT_TRUE(batch.ok());
    auto device = openTestDevice();
    ASSERT_TRUE(device);
    ocr::OcrWorkerPool pool(2);
    auto session = ingest::ScanSession::create(*clerk, clerk->db(), batch->id, *device, pool);
    ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
    QList<ingest::IngestedDocument> stored;
    (*session)->setDocumentSink([&](const ingest::IngestedDocument& d) { stored.append(d); });
    QList<int> sheets;
    auto run = (*session)->scan(feederSettings(), [&](const ingest::ScanEvent& e) {
        sheets.append(e.sheet);
        return true;
    });
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(run->end, capture::ScanEnd::FeederEmpty);
    EXPECT_EQ(run->pages, 10);
    EXPECT_EQ(sheets, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    (*session)->finish();
    ASSERT_EQ(stored.size(), 10);
    for (const ingest::IngestedDocument& d : stored)
        EXPECT_TRUE(d.ok()) << d.error->message.toStdString();

    store::Database& db = clerk->db();
    EXPECT_EQ(countRows(db, "SELECT count(*) FROM documents WHERE source_kind = 'scanner';"), 10);
    EXPECT_EQ(countRows(db, "SELECT count(*) FROM pages;"), 10);
    EXPECT_EQ(countRows(db, "SELECT count(*) FROM page_images WHERE length(data) > 1000;"), 10);
    EXPECT_EQ(countRows(db, "SELECT count(*) FROM records;"), 10);
    EXPECT_EQ(countRows(db, "SELECT count(*) FROM audit WHERE action = 'document.ingested';"), 10);
    auto docs = batches::documentsInBatch(db, batch->id);
    ASSERT_TRUE(docs.ok());
    auto pages = batches::documentPages(db, docs->front().id);
    ASSERT_TRUE(pages.ok());
    ASSERT_EQ(pages->size(), 1);
    const QJsonObject prov = pages->front().provenance;
    EXPECT_EQ(prov.value(QStringLiteral("kind")).toString(), QStringLiteral("scanner"));
    EXPECT_EQ(prov.value(QStringLiteral("device")).toString(), kDevice);
    EXPECT_EQ(prov.value(QStringLiteral("scan_source")).toString(), kFeeder);
    EXPECT_EQ(prov.value(QStringLiteral("by")).toString(), QStringLiteral("clerk"));
    EXPECT_EQ(prov.value(QStringLiteral("sheet")).toInt(), 1);
    EXPECT_FALSE(prov.value(QStringLiteral("at")).toString().isEmpty());
    EXPECT_EQ(pages->front().dpi, 100);
}

TEST(Scanner, JamIsReportedAndTheBatchResumes)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto batch = batches::findOrCreateBatch(*clerk, QStringLiteral("Sổ khai tử 2020"));
    ASSERT_TRUE(batch.ok());
    auto device = openTestDevice();
    ASSERT_TRUE(device);
    ocr::OcrWorkerPool pool(2);
    ingest::ScanOptions options;
    options.sheetsPerDocument = 0; // the whole feed is one document: the jam falls inside it
    auto session = ingest::ScanSession::create(*clerk, clerk->db(), batch->id, *device, pool, options);
    ASSERT_TRUE(session.ok());
    ingest::ScanSession& scan = **session;

    // First pass: four sheets go through, then the clerk pauses.
    auto first = scan.scan(feederSettings(), [](const ingest::ScanEvent& e) { return e.pagesScanned < 4; });
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->end, capture::ScanEnd::Stopped);
    EXPECT_EQ(scan.pagesHeld(), 4);

    // The next sheet jams: a clear error, and the four pages are still held.
    capture::ScanSettings jam = feederSettings();
    jam.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_JAMMED"));
    auto jammed = scan.scan(jam);
    ASSERT_FALSE(jammed.ok());
    EXPECT_EQ(jammed.error().code, QStringLiteral("scanner.jammed"));
    EXPECT_TRUE(jammed.error().message.contains(QStringLiteral("jammed")))
        << jammed.error().message.toStdString();
    EXPECT_EQ(scan.pagesHeld(), 4);
    EXPECT_EQ(scan.pagesScanned(), 4);

    // An open cover is told apart from a jam.
    capture::ScanSettings cover = feederSettings();
    cover.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_COVER_OPEN"));
    auto open = scan.scan(cover);
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.error().code, QStringLiteral("scanner.cover_open"));

    // The clerk clears the paper and continues: the rest of the feeder goes into the same document.
    auto resumed = scan.scan(feederSettings());
    ASSERT_TRUE(resumed.ok()) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->end, capture::ScanEnd::FeederEmpty);
    EXPECT_GT(resumed->pages, 0);
    const int total = scan.pagesScanned();
    EXPECT_EQ(total, 4 + resumed->pages);
    QList<ingest::IngestedDocument> stored;
    scan.setDocumentSink([&](const ingest::IngestedDocument& d) { stored.append(d); });
    scan.finish();
    ASSERT_EQ(stored.size(), 1);
    ASSERT_TRUE(stored.front().ok()) << stored.front().error->message.toStdString();
    EXPECT_EQ(stored.front().storedPages, total);
    auto pages = batches::documentPages(clerk->db(), stored.front().documentId);
    ASSERT_TRUE(pages.ok());
    ASSERT_EQ(pages->size(), total);
    // Provenance records the pass: pages after the jam came from later passes.
    EXPECT_EQ(pages->front().provenance.value(QStringLiteral("pass")).toInt(), 1);
    EXPECT_GT(pages->back().provenance.value(QStringLiteral("pass")).toInt(), 1);
}
