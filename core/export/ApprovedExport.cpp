#include "export/ApprovedExport.h"

#include "batches/BatchRepository.h"
#include "batches/DocumentRepository.h"
#include "export/ExportTable.h"
#include "export/TableWriter.h"
#include "ocr/SearchablePdf.h"
#include "records/RecordRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <limits>

namespace sohoa::exporting {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::exporting", text);
}

struct TypeJob {
    const records::RecordType* type = nullptr;
    ExportTable table;
    QString file;              // base name, e.g. "KhaiSinh"
    QStringList pdfNameFields; // fields that name each record's PDF
    int count = 0;
};

Error cancelled()
{
    return makeError(QStringLiteral("export.cancelled"),
                     tr("The export was cancelled; no file was left behind."));
}

// Pages of `record` in its document: all of them when the record is the
// document's only one, else from its page up to the page before the next
// record's (register pages with several entries share their page).
Result<QList<batches::PageInfo>> recordPages(store::Database& db, const records::Record& record,
                                             QHash<qint64, QList<int>>& startsByDocument)
{
    auto pages = batches::documentPages(db, record.documentId);
    if (!pages)
        return pages.error();
    if (!startsByDocument.contains(record.documentId)) {
        QList<int> starts;
        records::RecordQuery q;
        q.documentId = record.documentId;
        for (;;) {
            auto part = records::queryRecords(db, q);
            if (!part)
                return part.error();
            if (part->isEmpty())
                break;
            for (const records::Record& r : *part)
                starts.append(r.pageNo);
            q.afterId = part->last().id;
        }
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
        startsByDocument.insert(record.documentId, starts);
    }
    const QList<int>& starts = startsByDocument[record.documentId];
    if (starts.size() <= 1)
        return *pages;
    int last = std::numeric_limits<int>::max();
    for (int s : starts)
        if (s > record.pageNo) {
            last = s - 1;
            break;
        }
    QList<batches::PageInfo> out;
    for (const batches::PageInfo& p : *pages)
        if (p.pageNo >= record.pageNo && p.pageNo <= last)
            out.append(p);
    return out;
}

Result<QByteArray> recordPdf(store::Database& db, const QList<batches::PageInfo>& pageInfos)
{
    QList<ocr::SearchablePdfPage> pages;
    for (const batches::PageInfo& info : pageInfos) {
        auto image = batches::loadPageImage(db, info.id);
        if (!image)
            return image.error();
        ocr::SearchablePdfPage p;
        p.image = std::move(image->data);
        p.imageFormat = image->format;
        if (auto ocrPage = batches::loadPageOcr(db, info.id)) {
            p.ocr = std::move(*ocrPage);
        } else {
            p.ocr.width = info.width;
            p.ocr.height = info.height;
            p.ocr.dpi = info.dpi;
        }
        pages.append(std::move(p));
    }
    return ocr::buildSearchablePdf(pages);
}

// Removes what an unfinished export wrote (files, then the folders it made).
class Cleanup {
public:
    explicit Cleanup(QString dir)
        : m_dir(std::move(dir))
    {
    }
    ~Cleanup()
    {
        if (m_keep)
            return;
        for (auto it = m_files.crbegin(); it != m_files.crend(); ++it)
            QFile::remove(QDir(m_dir).filePath(*it));
        for (auto it = m_dirs.crbegin(); it != m_dirs.crend(); ++it)
            QDir().rmdir(*it);
    }
    void file(const QString& relative) { m_files.append(relative); }
    void dir(const QString& absolute) { m_dirs.append(absolute); }
    void keep() { m_keep = true; }

private:
    QString m_dir;
    QStringList m_files, m_dirs;
    bool m_keep = false;
};

// A plain write, no fsync per file: 10,000 fsyncs were most of the export's time.
// After a crash the folder is incomplete; the next export needs an empty folder.
Result<void> writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(data) != data.size() || !f.flush())
        return makeError(QStringLiteral("export.write_failed"),
                         tr("Could not write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

bool tableFormatFromName(const QString& name, TableFormat& out)
{
    if (name == QLatin1String("national-xlsx"))
        out = TableFormat::NationalXlsx;
    else if (name == QLatin1String("land-csv"))
        out = TableFormat::LandCsv;
    else if (name == QLatin1String("land-xlsx"))
        out = TableFormat::LandXlsx;
    else
        return false;
    return true;
}

QString tableFormatName(TableFormat f)
{
    switch (f) {
    case TableFormat::NationalXlsx:
        return QStringLiteral("national-xlsx");
    case TableFormat::LandCsv:
        return QStringLiteral("land-csv");
    case TableFormat::LandXlsx:
        return QStringLiteral("land-xlsx");
    }
    return {};
}

int TableExportResult::total() const
{
    int n = 0;
    for (int c : records)
        n += c;
    return n;
}

QJsonObject TableExportResult::toJson() const
{
    QJsonObject perType;
    for (auto it = records.begin(); it != records.end(); ++it)
        perType.insert(it.key(), it.value());
    return {{QStringLiteral("directory"), directory},
            {QStringLiteral("files"), QJsonArray::fromStringList(files)},
            {QStringLiteral("records"), perType},
            {QStringLiteral("total"), total()},
            {QStringLiteral("pdfs"), pdfs},
            {QStringLiteral("without_pages"), withoutPages},
            {QStringLiteral("bytes"), double(bytes)}};
}

QString safeFileName(const QStringList& parts)
{
    QStringList cleaned;
    for (const QString& part : parts) {
        QString s = part.normalized(QString::NormalizationForm_C).simplified();
        for (QChar& c : s) {
            if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c))
                c = QLatin1Char('-');
            else if (c.isSpace())
                c = QLatin1Char('-');
        }
        while (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('-')))
            s.chop(1);
        while (s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('-')))
            s.remove(0, 1);
        cleaned.append(s.isEmpty() ? QStringLiteral("0") : s.left(60));
    }
    return cleaned.join(QLatin1Char('_'));
}

Result<TableExportResult> exportApprovedRecords(accounts::Session& session, qint64 batchId,
                                                const QString& outDir, const TableExportOptions& options)
{
    SOHOA_TRY(session.require(accounts::Permission::Export));
    store::Database& db = session.db();
    auto batch = batches::findBatchById(db, batchId);
    if (!batch)
        return batch.error();

    const bool land = options.format != TableFormat::NationalXlsx;
    const QString section = land ? QStringLiteral("land_registry") : QStringLiteral("national");
    QList<TypeJob> jobs;
    for (const records::RecordType* type : records::RecordTypeRegistry::builtin().all()) {
        if (!type->source.contains(section))
            continue;
        auto table = exportTable(*type, section);
        if (!table)
            return table.error();
        TypeJob job;
        job.type = type;
        job.table = std::move(*table);
        const QJsonObject o = type->source.value(section).toObject();
        job.file = o.value(QLatin1String("file")).toString(type->id);
        for (const QJsonValue& v : o.value(QLatin1String("pdf_name")).toArray())
            job.pdfNameFields.append(v.toString());
        records::RecordQuery q;
        q.batchId = batchId;
        q.state = records::RecordState::Approved;
        q.type = type->id;
        auto n = records::countRecords(db, q);
        if (!n)
            return n.error();
        job.count = int(*n);
        if (job.count > 0)
            jobs.append(std::move(job));
    }
    int total = 0;
    for (const TypeJob& j : jobs)
        total += j.count;
    if (total == 0)
        return makeError(
            QStringLiteral("export.nothing"),
            land ? tr("Batch '%1' has no approved land certificate.").arg(batch->name)
                 : tr("Batch '%1' has no approved birth, death or marriage record.").arg(batch->name));

    QDir dir(outDir);
    const bool madeDir = !dir.exists();
    if (!madeDir && !dir.isEmpty())
        return makeError(
            QStringLiteral("export.not_empty"),
            tr("The folder %1 is not empty; choose a new or empty folder for the export.").arg(outDir));
    if (madeDir && !QDir().mkpath(outDir))
        return makeError(QStringLiteral("export.write_failed"),
                         tr("Could not create the folder %1.").arg(outDir));
    const QString root = QFileInfo(outDir).absoluteFilePath();
    dir.setPath(root);
    Cleanup cleanup(root);
    if (madeDir)
        cleanup.dir(root);

    TableExportResult result;
    result.directory = root;
    int done = 0;
    QHash<qint64, QList<int>> startsByDocument;
    for (TypeJob& job : jobs) {
        const QString ext =
            options.format == TableFormat::LandCsv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
        const QString tableName = job.file + ext;
        cleanup.file(tableName);
        auto writer = options.format == TableFormat::LandCsv ? openCsv(dir.filePath(tableName), job.table)
                                                             : openXlsx(dir.filePath(tableName), job.table);
        if (!writer)
            return writer.error();
        const QString pdfDir = dir.filePath(job.file);
        if (options.pagePdfs && !dir.exists(job.file)) {
            if (!dir.mkdir(job.file))
                return makeError(QStringLiteral("export.write_failed"),
                                 tr("Could not create the folder %1.").arg(pdfDir));
            cleanup.dir(pdfDir);
        }
        QSet<QString> usedNames;
        records::RecordQuery q;
        q.batchId = batchId;
        q.state = records::RecordState::Approved;
        q.type = job.type->id;
        q.limit = 500;
        int row = 0;
        for (;;) {
            auto part = records::queryRecords(db, q);
            if (!part)
                return part.error();
            if (part->isEmpty())
                break;
            q.afterId = part->last().id;
            for (const records::Record& r : *part) {
                if (options.cancel.isCancelled())
                    return cancelled();
                SOHOA_TRY((*writer)->writeRow(job.table.row(*job.type, r, ++row)));
                if (options.pagePdfs && r.documentId > 0) {
                    auto pages = recordPages(db, r, startsByDocument);
                    if (!pages)
                        return pages.error();
                    if (!pages->isEmpty()) {
                        QStringList parts;
                        for (const QString& k : job.pdfNameFields)
                            parts.append(r.value(k));
                        QString name = safeFileName(parts);
                        for (int n = 2; usedNames.contains(name.toCaseFolded()); ++n)
                            name = safeFileName(parts) + QStringLiteral("_%1").arg(n);
                        usedNames.insert(name.toCaseFolded());
                        auto pdf = recordPdf(db, *pages);
                        if (!pdf)
                            return pdf.error();
                        const QString relative = job.file + QLatin1Char('/') + name + QStringLiteral(".pdf");
                        cleanup.file(relative);
                        SOHOA_TRY(writeFile(dir.filePath(relative), *pdf));
                        result.files.append(relative);
                        result.bytes += pdf->size();
                        ++result.pdfs;
                    } else {
                        ++result.withoutPages;
                    }
                } else if (r.documentId <= 0) {
                    ++result.withoutPages;
                }
                ++done;
                if (options.progress)
                    options.progress(done, total);
            }
        }
        SOHOA_TRY((*writer)->finish(job.table.codeLists));
        result.files.prepend(tableName);
        result.bytes += QFileInfo(dir.filePath(tableName)).size();
        result.records.insert(job.type->id, row);
    }
    if (options.cancel.isCancelled())
        return cancelled();

    // Who wrote how many records of which batch, in which form, where: the files are now outside the store.
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    QJsonObject details = result.toJson();
    details.remove(QStringLiteral("files"));
    details.insert(QStringLiteral("format"), tableFormatName(options.format));
    details.insert(QStringLiteral("batch"), batch->name);
    details.insert(QStringLiteral("plaintext"), true);
    SOHOA_TRY(
        session.audit(QStringLiteral("export.tables"), QStringLiteral("batch:%1").arg(batchId), details));
    SOHOA_TRY(tx->commit());
    cleanup.keep();
    return result;
}

} // namespace sohoa::exporting
