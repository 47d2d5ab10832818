// The encrypted variant of the national export (issue 23): one archive, no
// plaintext file ever created on a disk (watched with inotify while the
// export runs), and the reader refuses a wrong passphrase, altered bytes, a
// cut or extended file, and leaves nothing behind when it does.
#include "QtPrinters.h"
#include "TestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/export/ApprovedExport.h"
#include "core/export/EncryptedArchive.h"
#include "core/workflow/Workflow.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/inotify.h>
#include <unistd.h>

using namespace sohoa;

namespace {

const QByteArray kPassphrase = "ba con cá vàng bơi qua sông";
const QString kName = QStringLiteral("NGUYỄN THỊ BÍCH NGỌC");

QByteArray pageJpeg()
{
    QImage image(400, 560, QImage::Format_Grayscale8);
    image.fill(250);
    for (int y = 40; y < 520; y += 24)
        for (int x = 40; x < 360; ++x)
            image.setPixel(x, y, qRgb(20, 20, 20));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

// Every file created or moved into the watched folders while it lives.
class CreatedFiles {
public:
    explicit CreatedFiles(const QStringList& dirs)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        for (const QString& d : dirs) {
            const int wd = inotify_add_watch(m_fd, QFile::encodeName(d).constData(),
                                             IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE);
            EXPECT_GE(wd, 0) << d.toStdString();
            m_dirs.insert(wd, d);
        }
    }
    ~CreatedFiles() { ::close(m_fd); }
    QStringList names()
    {
        QStringList out;
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (char* p = buffer; p < buffer + n;) {
                auto* e = reinterpret_cast<inotify_event*>(p);
                if (e->len > 0)
                    out.append(m_dirs.value(e->wd) + QLatin1Char('/') + QString::fromUtf8(e->name));
                p += sizeof(inotify_event) + e->len;
            }
        }
        out.removeDuplicates();
        return out;
    }

private:
    int m_fd = -1;
    QMap<int, QString> m_dirs;
};

class EncryptedExport : public ::testing::Test {
protected:
    test::TestStore store;
    qint64 batchId = 0;
    QTemporaryDir out;

    void SetUp() override
    {
        auto clerk = store.clerk();
        auto supervisor = store.supervisor();
        ASSERT_TRUE(clerk && supervisor);
        auto batch = batches::createBatch(*clerk, QStringLiteral("Quyển 01/2015"));
        ASSERT_TRUE(batch.ok());
        batchId = batch->id;
        const QByteArray jpeg = pageJpeg();
        for (int i = 0; i < 4; ++i) {
            batches::NewDocument doc;
            doc.batchId = batchId;
            doc.sourceName = QStringLiteral("trang-%1.jpg").arg(i);
            batches::NewPage page;
            page.imageData = jpeg;
            page.imageFormat = QStringLiteral("jpeg");
            page.width = 400;
            page.height = 560;
            page.dpi = 100;
            page.hasOcr = true;
            page.ocr.width = 400;
            page.ocr.height = 560;
            page.ocr.dpi = 100;
            ocr::OcrWord word;
            word.text = kName;
            word.box = QRect(40, 40, 300, 20);
            word.confidence = 0.9f;
            page.ocr.words.append(word);
            doc.pages.append(page);
            auto docId = batches::insertDocument(clerk->db(), doc, clerk->actor());
            ASSERT_TRUE(docId.ok()) << docId.error().message.toStdString();
            QMap<QString, QString> values{
                {QStringLiteral("registration_number"), QString::number(10 + i)},
                {QStringLiteral("book_number"), QStringLiteral("01/2015")},
                {QStringLiteral("page_number"), QString::number(3 + i)},
                {QStringLiteral("full_name"), kName},
                {QStringLiteral("date_of_birth"), QStringLiteral("2015-01-0%1").arg(i + 1)},
                {QStringLiteral("sex"), QStringLiteral("female")},
                {QStringLiteral("nationality"), QStringLiteral("Việt Nam")},
                {QStringLiteral("mother_name"), QStringLiteral("Trần Thị Lan")},
                {QStringLiteral("registration_place"),
                 QStringLiteral("Ủy ban nhân dân xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu")},
                {QStringLiteral("registration_date"), QStringLiteral("2015-02-01")}};
            auto id =
                workflow::createManualRecord(*clerk, batchId, *docId, 1, QStringLiteral("birth"), values);
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            ASSERT_TRUE(workflow::confirmRecord(*clerk, *id).ok());
            workflow::Decision d;
            d.acknowledgeWarnings = true;
            auto approved = workflow::approveRecord(*supervisor, *id, d);
            ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
        }
    }

    exporting::TableExportOptions encrypted() const
    {
        exporting::TableExportOptions o;
        o.encrypted = true;
        o.passphrase = kPassphrase;
        o.kdf = crypto::KdfParams::interactive();
        o.pdfWorkers = 2;
        return o;
    }

    QString exportArchive()
    {
        const QString file = out.filePath(QStringLiteral("xuat.sohoa-export"));
        auto supervisor = store.supervisor();
        auto result = exporting::exportApprovedRecords(*supervisor, batchId, file, encrypted());
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return file;
    }
};

QByteArray readAll(const QString& file)
{
    QFile f(file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
    return f.readAll();
}

void writeAll(const QString& file, const QByteArray& bytes)
{
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

TEST_F(EncryptedExport, NothingPlaintextIsCreatedOnDiskAndTheArchiveOpens)
{
    // libxlsxwriter falls back to TMPDIR, the export folder or the working folder for scratch files:
    // watch all three while the export runs.
    QTemporaryDir tmp;
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const QString outDir = QFileInfo(out.path()).absoluteFilePath();
    CreatedFiles created({tmp.path(), outDir, QDir::currentPath()});
    auto supervisor = store.supervisor();
    const QString file = outDir + QStringLiteral("/xuat.sohoa-export");
    auto result = exporting::exportApprovedRecords(*supervisor, batchId, file, encrypted());
    qputenv("TMPDIR", oldTmp);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_TRUE(result->encrypted);
    EXPECT_EQ(result->pdfs, 4);
    EXPECT_EQ(created.names(), (QStringList{file + QStringLiteral(".part"), file}));
    EXPECT_EQ(QDir(outDir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("xuat.sohoa-export")});
    EXPECT_TRUE(QDir(tmp.path()).isEmpty());

    const QByteArray bytes = readAll(file);
    EXPECT_TRUE(bytes.startsWith("SOHOAEXP"));
    for (const QByteArray& plain :
         {kName.toUtf8(), QByteArray("nksHoTen"), QByteArray("%PDF"), QByteArray("DL Import"),
          QByteArray("KhaiSinh"), QByteArray("PK\x03\x04")})
        EXPECT_FALSE(bytes.contains(plain)) << plain.toStdString();

    auto list = exporting::listEncryptedArchive(file, kPassphrase);
    ASSERT_TRUE(list.ok()) << list.error().message.toStdString();
    QStringList names;
    for (const auto& e : *list)
        names.append(e.name);
    names.sort();
    EXPECT_EQ(names, (QStringList{"KhaiSinh.xlsx", "KhaiSinh/10_01-2015_3.pdf", "KhaiSinh/11_01-2015_4.pdf",
                                  "KhaiSinh/12_01-2015_5.pdf", "KhaiSinh/13_01-2015_6.pdf"}));

    const QString unpacked = out.filePath(QStringLiteral("mo"));
    auto extracted = exporting::extractEncryptedArchive(file, kPassphrase, unpacked);
    ASSERT_TRUE(extracted.ok()) << extracted.error().message.toStdString();
    EXPECT_TRUE(readAll(unpacked + QStringLiteral("/KhaiSinh.xlsx")).startsWith("PK\x03\x04"));
    const QByteArray pdf = readAll(unpacked + QStringLiteral("/KhaiSinh/10_01-2015_3.pdf"));
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("%%EOF"));

    audit::AuditFilter filter;
    filter.actionPrefix = QStringLiteral("export.tables");
    auto entries = audit::queryAudit(supervisor->db(), filter);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().details.value(QStringLiteral("plaintext")).toBool(true), false);
}

TEST_F(EncryptedExport, WrongPassphraseAndAlteredOrCutArchivesAreRefusedAndLeaveNothing)
{
    const QString file = exportArchive();
    const QByteArray good = readAll(file);
    ASSERT_GT(good.size(), 1000);
    const QString dir = out.filePath(QStringLiteral("mo"));

    auto wrong = exporting::extractEncryptedArchive(file, "sai mật khẩu rồi bạn ơi", dir);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, QStringLiteral("export.archive_passphrase"));
    EXPECT_FALSE(QFileInfo::exists(dir));

    struct Case {
        const char* what;
        QByteArray bytes;
        QString code;
    };
    QByteArray flippedLate = good;
    flippedLate[good.size() - 40] = char(flippedLate[good.size() - 40] ^ 0x01);
    QByteArray flippedHeader = good;
    flippedHeader[30] = char(flippedHeader[30] ^ 0x80); // the salt: another key
    QByteArray flippedMiddle = good;
    flippedMiddle[good.size() / 2] = char(flippedMiddle[good.size() / 2] ^ 0x10);
    const QList<Case> cases{
        {"a byte near the end", flippedLate, QStringLiteral("export.archive_damaged")},
        {"the salt", flippedHeader, QStringLiteral("export.archive_passphrase")},
        {"a byte in the middle", flippedMiddle, QString()},
        {"cut short", good.left(good.size() - 25), QStringLiteral("export.archive_truncated")},
        {"cut in the header", good.left(40), QStringLiteral("export.archive_truncated")},
        {"bytes appended", good + QByteArray(30, 'x'), QStringLiteral("export.archive_damaged")},
        {"not an archive", QByteArray("PK\x03\x04 plain zip"), QStringLiteral("export.archive_format")},
    };
    const QString bad = out.filePath(QStringLiteral("bad.sohoa-export"));
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        writeAll(bad, c.bytes);
        auto r = exporting::extractEncryptedArchive(bad, kPassphrase, dir);
        ASSERT_FALSE(r.ok());
        if (!c.code.isEmpty())
            EXPECT_EQ(r.error().code, c.code);
        else
            EXPECT_TRUE(r.error().code == QLatin1String("export.archive_damaged") ||
                        r.error().code == QLatin1String("export.archive_truncated"))
                << r.error().code.toStdString();
        EXPECT_FALSE(QFileInfo::exists(dir)) << "something was left behind";
    }
    // The untouched file still opens.
    EXPECT_TRUE(exporting::extractEncryptedArchive(file, kPassphrase, dir).ok());
}

TEST_F(EncryptedExport, AShortPassphraseIsRefusedBeforeAnythingIsWritten)
{
    auto supervisor = store.supervisor();
    auto options = encrypted();
    options.passphrase = "123456";
    const QString file = out.filePath(QStringLiteral("x.sohoa-export"));
    auto r = exporting::exportApprovedRecords(*supervisor, batchId, file, options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("export.weak_passphrase"));
    EXPECT_TRUE(QDir(out.path()).isEmpty());

    // Cancelled half-way: the partial archive is removed too.
    options = encrypted();
    options.progress = [&](int done, int) {
        if (done == 2)
            options.cancel.cancel();
    };
    r = exporting::exportApprovedRecords(*supervisor, batchId, file, options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("export.cancelled"));
    EXPECT_TRUE(QDir(out.path()).isEmpty());
}

TEST(EncryptedArchive, NamesThatLeaveTheFolderAreNotSafe)
{
    EXPECT_TRUE(exporting::isSafeArchiveName(QStringLiteral("KhaiSinh/35_02-2011_12.pdf")));
    for (const char* bad : {"", "/etc/passwd", "../x", "a/../../x", "a//b", "a\\b", "C:x", "a/./b", "a/"})
        EXPECT_FALSE(exporting::isSafeArchiveName(QString::fromUtf8(bad))) << bad;
}

TEST(EncryptedArchive, WriterAndReaderAgreeOnEveryByte)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.sohoa-export"));
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) % 251);
    {
        auto w =
            exporting::EncryptedArchiveWriter::create(file, kPassphrase, crypto::KdfParams::interactive());
        ASSERT_TRUE(w.ok()) << w.error().message.toStdString();
        ASSERT_TRUE((*w)->addFile(QStringLiteral("lớn.bin"), big).ok());
        ASSERT_TRUE((*w)->addFile(QStringLiteral("rỗng"), QByteArray()).ok());
        EXPECT_FALSE((*w)->addFile(QStringLiteral("lớn.bin"), QByteArray("x")).ok()); // twice
        ASSERT_TRUE((*w)->finish().ok());
    }
    const QString to = dir.filePath(QStringLiteral("out"));
    auto r = exporting::extractEncryptedArchive(file, kPassphrase, to);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->size(), 2);
    EXPECT_EQ(readAll(to + QStringLiteral("/lớn.bin")), big);
    EXPECT_EQ(readAll(to + QStringLiteral("/rỗng")), QByteArray());
}

} // namespace
