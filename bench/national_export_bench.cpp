// National export benchmark (issue 23): export N approved birth records
// (default 10,000), each on a one-page scanned document with an OCR text
// layer, as the national import workbook plus one searchable PDF per record,
// from a real encrypted store. Prints the export's wall time, records per
// second and bytes written; the target is under 60 s for 10,000 records.
// Usage: national_export_bench [--records N] [--image FILE] [--store DIR] [--keep]
//   --image  the page image of every record (default: the devset's scan-0003.jpg,
//            a 300 DPI grey JPEG as the store archives scans)
//   --store  reuse a store built by an earlier run (building it is not measured)
#include "BenchStore.h"
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/Session.h"
#include "core/accounts/StoreSetup.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/export/ApprovedExport.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace sohoa;
using bench::check;
using bench::say;

namespace {

const QByteArray kPassword = "bench-password-1";

// About 300 words over the page, as Tesseract finds on a civil-status extract.
ocr::OcrPage wordsFor(const QSize& size, int dpi, int i)
{
    ocr::OcrPage p;
    p.width = size.width();
    p.height = size.height();
    p.dpi = dpi;
    const QStringList text =
        QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc TRÍCH LỤC KHAI "
                       "SINH Họ chữ đệm tên NGUYỄN VĂN AN Ngày tháng năm sinh Giới tính Nam Dân "
                       "tộc Kinh Quốc tịch Việt Nam Nơi sinh Quê quán Số định danh cá nhân")
            .split(QLatin1Char(' '));
    for (int w = 0; w < 300; ++w) {
        ocr::OcrWord word;
        word.text = w == 0 ? QString::number(i) : text[w % text.size()];
        const int row = w / 10, col = w % 10;
        word.box = QRect(100 + col * (p.width - 200) / 10, 150 + row * (p.height - 300) / 30, 120, 40);
        word.confidence = 0.9f;
        p.words.append(word);
    }
    return p;
}

std::unique_ptr<accounts::Session> makeStore(const QString& path, int count, const QByteArray& image,
                                             const QString& format, const QSize& size, int dpi)
{
    if (!QFileInfo::exists(path + QStringLiteral("/keyring.json"))) {
        check(accounts::createStore(
                  {path, QStringLiteral("admin"), kPassword, crypto::KdfParams::interactive()}),
              "create store");
        auto admin = check(accounts::Session::signIn(path, QStringLiteral("admin"), kPassword), "admin");
        check(accounts::addAccount(*admin, QStringLiteral("clerk"), accounts::Role::Clerk, kPassword,
                                   crypto::KdfParams::interactive()),
              "clerk");
        check(accounts::addAccount(*admin, QStringLiteral("supervisor"), accounts::Role::Supervisor,
                                   kPassword, crypto::KdfParams::interactive()),
              "supervisor");
        auto clerk = check(accounts::Session::signIn(path, QStringLiteral("clerk"), kPassword), "clerk");
        const batches::Batch batch =
            check(batches::findOrCreateBatch(*clerk, QStringLiteral("bench")), "batch");
        check(clerk->db().exec("PRAGMA synchronous = OFF;"), "pragma");
        for (int done = 0; done < count;) {
            auto tx = check(store::Transaction::begin(clerk->db()), "begin");
            for (int k = 0; k < 500 && done < count; ++k, ++done) {
                const int i = done + 1;
                batches::NewDocument doc;
                doc.batchId = batch.id;
                doc.sourceName = QStringLiteral("scan-%1.jpg").arg(i);
                batches::NewPage page;
                page.imageData = image;
                page.imageFormat = format;
                page.width = size.width();
                page.height = size.height();
                page.dpi = dpi;
                page.hasOcr = true;
                page.ocr = wordsFor(size, dpi, i);
                doc.pages.append(page);
                const qint64 docId =
                    check(batches::insertDocument(clerk->db(), doc, clerk->actor()), "document");
                records::NewRecord r;
                r.batchId = batch.id;
                r.documentId = docId;
                r.type = QStringLiteral("birth");
                const int year = 1990 + i % 30;
                bench::putTyped(r, "registration_number", QString::number(i));
                bench::putTyped(r, "book_number",
                                QStringLiteral("%1/%2").arg(i / 1000 + 1, 2, 10, QLatin1Char('0')).arg(year));
                bench::putTyped(r, "page_number", QString::number(i % 200 + 1));
                bench::putTyped(r, "registration_type", QStringLiteral("1"));
                bench::putTyped(r, "full_name", QStringLiteral("NGUYỄN VĂN AN %1").arg(i));
                bench::putTyped(r, "date_of_birth", QStringLiteral("%1-03-15").arg(year));
                bench::putTyped(r, "sex", i % 2 ? QStringLiteral("male") : QStringLiteral("female"));
                bench::putTyped(r, "ethnicity", QStringLiteral("Kinh"));
                bench::putTyped(r, "nationality", QStringLiteral("Việt Nam"));
                bench::putTyped(r, "mother_name", QStringLiteral("Trần Thị Bình"));
                bench::putTyped(r, "father_name", QStringLiteral("Nguyễn Văn Cường"));
                bench::putTyped(r, "registration_place",
                                QStringLiteral("Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội"));
                bench::putTyped(r, "registration_date", QStringLiteral("%1-04-01").arg(year));
                bench::putTyped(r, "signer_name", QStringLiteral("Lê Văn Dũng"));
                bench::putTyped(r, "signer_title", QStringLiteral("Chủ tịch"));
                const qint64 id = check(records::insertRecord(clerk->db(), r, clerk->actor()), "record");
                // The benchmark measures the export, not approval: the state is set directly.
                auto st =
                    check(clerk->db().prepare("UPDATE records SET state = 'approved', verified_by = 'clerk', "
                                              "decided_by = 'supervisor' WHERE id = ?;"),
                          "prepare");
                st.bind(1, id);
                check(st.run(), "approve");
            }
            check(tx.commit(), "commit");
            say(QStringLiteral("store: %1 of %2 records").arg(done).arg(count));
        }
    }
    return check(accounts::Session::signIn(path, QStringLiteral("supervisor"), kPassword), "supervisor");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("records"), QStringLiteral("approved records"), QStringLiteral("N"),
                 QStringLiteral("10000")});
    p.addOption({QStringLiteral("image"), QStringLiteral("page image of every record"),
                 QStringLiteral("FILE"),
                 QStringLiteral(SOHOA_SOURCE_DIR "/../shared/data/devset/images/scan-0003.jpg")});
    p.addOption(
        {QStringLiteral("store"), QStringLiteral("store folder to build or reuse"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("keep the exported files")});
    p.addOption({QStringLiteral("encrypt"),
                 QStringLiteral("the encrypted variant (one archive, nothing plaintext)")});
    p.addOption({QStringLiteral("workers"), QStringLiteral("PDF worker threads (default: one per core)"),
                 QStringLiteral("N")});
    p.process(app);
    const int n = p.value(QStringLiteral("records")).toInt();
    QFile imageFile(p.value(QStringLiteral("image")));
    if (!imageFile.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("cannot read %1").arg(imageFile.fileName()));
        return 2;
    }
    const QByteArray image = imageFile.readAll();
    QImageReader reader(imageFile.fileName());
    const QSize size = reader.size();
    const QString format = QString::fromLatin1(reader.format()) == QLatin1String("png")
                               ? QStringLiteral("png")
                               : QStringLiteral("jpeg");
    QTemporaryDir work;
    const QString storePath = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store"))
                                                               : work.filePath(QStringLiteral("store"));
    QElapsedTimer build;
    build.start();
    auto supervisor = makeStore(storePath, n, image, format, size, 300);
    say(QStringLiteral("store ready in %1 s").arg(build.elapsed() / 1000.0, 0, 'f', 1));
    const batches::Batch batch =
        check(batches::findBatch(supervisor->db(), QStringLiteral("bench")), "batch");

    exporting::TableExportOptions options;
    options.format = exporting::TableFormat::NationalXlsx;
    options.encrypted = p.isSet(QStringLiteral("encrypt"));
    options.passphrase = "bench passphrase, long enough";
    options.pdfWorkers = p.value(QStringLiteral("workers")).toInt();
    const QString out =
        work.filePath(options.encrypted ? QStringLiteral("export.sohoa-export") : QStringLiteral("export"));
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu0 = std::clock();
    auto result = exporting::exportApprovedRecords(*supervisor, batch.id, out, options);
    const double seconds = t.elapsed() / 1000.0;
    // CPU time as well: on a shared machine the wall time mostly measures the other processes.
    const double cpuSeconds = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    if (!result) {
        say(QStringLiteral("export: ") + result.error().message);
        return 1;
    }
    std::printf("national export%s: %d records, %d page PDFs, %.1f MB in %.1f s, %.1f s CPU (%.0f records/s; "
                "target < "
                "60 s for 10,000)\n",
                options.encrypted ? " (encrypted)" : "", result->total(), result->pdfs, result->bytes / 1e6,
                seconds, cpuSeconds, result->total() / seconds);
    if (p.isSet(QStringLiteral("keep"))) {
        work.setAutoRemove(false);
        std::printf("files kept in %s\n", qPrintable(out));
    }
    return 0;
}
