#include "core/export/ApprovedExport.h"

#include "core/audit/Actions.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/export/EncryptedArchive.h"
#include "core/export/Errors.h"
#include "core/export/ExportTable.h"
#include "core/export/TableWriter.h"
#include "core/i18n/Tr.h"
#include "core/ocr/SearchablePdf.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#ifdef Q_OS_LINUX
#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/vfs.h>
#include <unistd.h>
#endif

namespace sohoa::exporting {

namespace {

struct TypeJob {
    const records::RecordType* type = nullptr;
    ExportTable table;
    QString file;              // base name, e.g. "KhaiSinh"
    QStringList pdfNameFields; // fields that name each record's PDF
    int count = 0;
};

Error cancelled()
{
    return makeError(errors::kCancelled, Tr::tr("The export was cancelled; no file was left behind."));
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

// A record's pages, read from the store on the exporting thread; the PDF is built by a worker.
Result<QList<ocr::SearchablePdfPage>> readRecordPages(store::Database& db,
                                                      const QList<batches::PageInfo>& pageInfos)
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
    return pages;
}

// Where the exported files go: a folder (plaintext, on purpose) or one encrypted archive.
// addFile may be called from several threads at once.
class ExportSink {
public:
    virtual ~ExportSink() = default;
    // The path a table writer writes to, and the folder for its scratch files.
    virtual Result<QString> tablePath(const QString& relative) = 0;
    virtual QString scratchDir(const QString& tableFile) const { return QFileInfo(tableFile).absolutePath(); }
    // The table writer has closed the file.
    virtual Result<qint64> tableDone(const QString& relative) = 0;
    virtual Result<void> makeDir(const QString& relative) = 0;
    virtual Result<void> addFile(const QString& relative, const QByteArray& data) = 0;
    // Every file is complete (the archive is put in place).
    virtual Result<void> commit() = 0;
    // The export is recorded: the destructor no longer removes anything.
    virtual void keep() {}
    virtual QString location() const = 0;
};

// Removes what an unfinished export wrote (files, then the folders it made).
class DirectorySink final : public ExportSink {
public:
    static Result<std::unique_ptr<DirectorySink>> open(const QString& outDir)
    {
        QDir dir(outDir);
        const bool madeDir = !dir.exists();
        if (!madeDir && !dir.isEmpty())
            return makeError(
                errors::kNotEmpty,
                Tr::tr("The folder %1 is not empty; choose a new or empty folder for the export.")
                    .arg(outDir));
        if (madeDir && !QDir().mkpath(outDir))
            return makeError(errors::kWriteFailed, Tr::tr("Could not create the folder %1.").arg(outDir));
        auto sink = std::make_unique<DirectorySink>();
        sink->m_root = QFileInfo(outDir).absoluteFilePath();
        if (madeDir)
            sink->m_dirs.append(sink->m_root);
        return sink;
    }
    ~DirectorySink() override
    {
        if (m_keep)
            return;
        for (auto it = m_files.crbegin(); it != m_files.crend(); ++it)
            QFile::remove(QDir(m_root).filePath(*it));
        for (auto it = m_dirs.crbegin(); it != m_dirs.crend(); ++it)
            QDir().rmdir(*it);
    }
    Result<QString> tablePath(const QString& relative) override
    {
        std::lock_guard lock(m_mutex);
        m_files.append(relative);
        return QDir(m_root).filePath(relative);
    }
    Result<qint64> tableDone(const QString& relative) override
    {
        return QFileInfo(QDir(m_root).filePath(relative)).size();
    }
    Result<void> makeDir(const QString& relative) override
    {
        const QString path = QDir(m_root).filePath(relative);
        if (QFileInfo::exists(path))
            return {};
        if (!QDir().mkdir(path))
            return makeError(errors::kWriteFailed, Tr::tr("Could not create the folder %1.").arg(path));
        std::lock_guard lock(m_mutex);
        m_dirs.append(path);
        return {};
    }
    // A plain write, no fsync per file: 10,000 fsyncs were most of the export's time.
    // After a crash the folder is incomplete; the next export needs an empty folder.
    Result<void> addFile(const QString& relative, const QByteArray& data) override
    {
        const QString path = QDir(m_root).filePath(relative);
        {
            std::lock_guard lock(m_mutex);
            m_files.append(relative);
        }
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(data) != data.size() || !f.flush())
            return makeError(errors::kWriteFailed,
                             Tr::tr("Could not write %1: %2").arg(path, f.errorString()));
        return {};
    }
    Result<void> commit() override { return {}; }
    void keep() override { m_keep = true; }
    QString location() const override { return m_root; }

private:
    QString m_root;
    std::mutex m_mutex;
    QStringList m_files, m_dirs;
    bool m_keep = false;
};

// The encrypted variant. Tables are written to an anonymous memory file
// (memfd; its /proc/self/fd path is what libxlsxwriter opens) and the writer's
// scratch files go to a private folder on a RAM file system (tmpfs), both
// checked before anything is written; PDFs go from memory into the archive.
class ArchiveSink final : public ExportSink {
public:
    static Result<std::unique_ptr<ArchiveSink>> open(const QString& file, const TableExportOptions& options)
    {
        auto sink = std::make_unique<ArchiveSink>();
        SOHOA_TRY(sink->makeScratch());
        auto writer = EncryptedArchiveWriter::create(file, options.passphrase, options.kdf);
        if (!writer)
            return writer.error();
        sink->m_writer = std::move(*writer);
        sink->m_file = QFileInfo(file).absoluteFilePath();
        return sink;
    }
    ~ArchiveSink() override
    {
        for (auto it = m_tables.begin(); it != m_tables.end(); ++it)
            ::close(it.value());
        if (!m_scratch.isEmpty())
            QDir(m_scratch).removeRecursively();
    }
    Result<QString> tablePath(const QString& relative) override
    {
#ifdef Q_OS_LINUX
        const int fd = memfd_create("sohoa-export", MFD_CLOEXEC);
        if (fd < 0)
            return noRam();
        m_tables.insert(relative, fd);
        return QStringLiteral("/proc/self/fd/%1").arg(fd);
#else
        Q_UNUSED(relative);
        return noRam();
#endif
    }
    QString scratchDir(const QString&) const override
    {
        return m_scratch;
    }
    Result<qint64> tableDone(const QString& relative) override
    {
        const int fd = m_tables.take(relative);
        QFile in;
        const qint64 size = ::lseek(fd, 0, SEEK_END);
        if (size < 0 || ::lseek(fd, 0, SEEK_SET) != 0 ||
            !in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return makeError(errors::kWriteFailed,
                             Tr::tr("Could not read back %1 from memory.").arg(relative));
        }
        std::lock_guard lock(m_mutex);
        SOHOA_TRY(m_writer->addFile(relative, in, size));
        return size;
    }
    Result<void> makeDir(const QString&) override
    {
        return {};
    }
    Result<void> addFile(const QString& relative, const QByteArray& data) override
    {
        std::lock_guard lock(m_mutex);
        return m_writer->addFile(relative, data);
    }
    Result<void> commit() override
    {
        return m_writer->finish();
    }
    QString location() const override
    {
        return m_file;
    }

private:
    static Error noRam()
    {
        return makeError(
            errors::kNoPrivateMemory,
            Tr::tr("This computer offers no memory-only folder for the encrypted export's working "
                   "files, so it was not started (no plaintext was written)."));
    }

    Result<void> makeScratch()
    {
#ifdef Q_OS_LINUX
        QStringList candidates;
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty())
            candidates.append(runtime);
        candidates.append(QStringLiteral("/dev/shm"));
        for (const QString& c : candidates) {
            struct statfs fs {};
            if (::statfs(QFile::encodeName(c).constData(), &fs) != 0 ||
                (fs.f_type != TMPFS_MAGIC && fs.f_type != RAMFS_MAGIC))
                continue;
            QByteArray pattern = QFile::encodeName(c) + "/sohoa-export-XXXXXX";
            if (::mkdtemp(pattern.data())) { // mode 0700: only this account
                m_scratch = QFile::decodeName(pattern);
                return {};
            }
        }
#endif
        return noRam();
    }

    QString m_file, m_scratch;
    QHash<QString, int> m_tables;
    std::unique_ptr<EncryptedArchiveWriter> m_writer;
    std::mutex m_mutex;
};

// Builds page PDFs on worker threads while the exporting thread reads the
// store: a bounded queue (a few records' images in memory at a time), the
// first failure stops everything.
class PdfPipeline {
public:
    PdfPipeline(ExportSink& sink, int workers)
        : m_sink(sink)
    {
        if (workers <= 0)
            workers = std::max(1, QThread::idealThreadCount());
        m_capacity = std::size_t(2) * std::size_t(workers);
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this] { run(); });
    }
    ~PdfPipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.clear(); // cancelled or failed: what is queued is not wanted any more
        }
        stop();
    }

    // Blocks while the queue is full. Fails with the first worker failure.
    Result<void> submit(QString relative, QList<ocr::SearchablePdfPage> pages)
    {
        std::unique_lock lock(m_mutex);
        m_spaceFree.wait(lock, [this] { return m_queue.size() < m_capacity || m_failure; });
        if (m_failure)
            return *m_failure;
        m_queue.push_back({std::move(relative), std::move(pages)});
        m_workReady.notify_one();
        return {};
    }
    // Waits for every PDF; the first failure, if any.
    Result<void> finish()
    {
        {
            std::unique_lock lock(m_mutex);
            m_idle.wait(lock, [this] { return (m_queue.empty() && m_busy == 0) || m_failure; });
        }
        stop();
        if (m_failure)
            return *m_failure;
        return {};
    }
    qint64 bytes() const { return m_bytes; }

private:
    struct Task {
        QString relative;
        QList<ocr::SearchablePdfPage> pages;
    };

    void run()
    {
        for (;;) {
            Task task;
            {
                std::unique_lock lock(m_mutex);
                m_workReady.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
                if (m_queue.empty())
                    return;
                task = std::move(m_queue.front());
                m_queue.pop_front();
                ++m_busy;
                m_spaceFree.notify_one();
            }
            Result<void> r = write(task);
            std::lock_guard lock(m_mutex);
            --m_busy;
            if (!r && !m_failure) {
                m_failure = r.error();
                m_queue.clear();
                m_spaceFree.notify_all();
            }
            m_idle.notify_all();
        }
    }

    Result<void> write(const Task& task)
    {
        auto pdf = ocr::buildSearchablePdf(task.pages);
        if (!pdf)
            return pdf.error();
        SOHOA_TRY(m_sink.addFile(task.relative, *pdf));
        m_bytes += pdf->size();
        return {};
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_workReady.notify_all();
        for (std::thread& t : m_threads)
            if (t.joinable())
                t.join();
        m_threads.clear();
    }

    ExportSink& m_sink;
    std::mutex m_mutex;
    std::condition_variable m_workReady, m_spaceFree, m_idle;
    std::deque<Task> m_queue;
    std::size_t m_capacity = 2;
    int m_busy = 0;
    bool m_stopping = false;
    std::optional<Error> m_failure;
    std::atomic<qint64> m_bytes{0};
    std::vector<std::thread> m_threads;
};

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

namespace {

// One job per record type of the format's section with approved records in the batch.
Result<QList<TypeJob>> exportJobs(store::Database& db, qint64 batchId, const QString& section)
{
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
    return jobs;
}

// Where the files go: an encrypted archive, or a folder.
Result<std::unique_ptr<ExportSink>> openSink(const QString& outDir, const TableExportOptions& options)
{
    if (options.encrypted) {
        auto archive = ArchiveSink::open(outDir, options);
        if (!archive)
            return archive.error();
        return std::unique_ptr<ExportSink>(std::move(*archive));
    }
    auto directory = DirectorySink::open(outDir);
    if (!directory)
        return directory.error();
    return std::unique_ptr<ExportSink>(std::move(*directory));
}

} // namespace

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
    SOHOA_TRY_ASSIGN(QList<TypeJob> jobs, exportJobs(db, batchId, section));
    int total = 0;
    for (const TypeJob& j : jobs)
        total += j.count;
    if (total == 0)
        return makeError(
            errors::kNothing,
            land ? Tr::tr("Batch '%1' has no approved land certificate.").arg(batch->name)
                 : Tr::tr("Batch '%1' has no approved birth, death or marriage record.").arg(batch->name));

    SOHOA_TRY_ASSIGN(std::unique_ptr<ExportSink> sink, openSink(outDir, options));
    PdfPipeline pipeline(*sink, options.pdfWorkers);

    TableExportResult result;
    result.directory = sink->location();
    result.encrypted = options.encrypted;
    int done = 0;
    QHash<qint64, QList<int>> startsByDocument;
    QStringList tableFiles;
    for (TypeJob& job : jobs) {
        const QString ext =
            options.format == TableFormat::LandCsv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
        const QString tableName = job.file + ext;
        auto tablePath = sink->tablePath(tableName);
        if (!tablePath)
            return tablePath.error();
        auto writer = options.format == TableFormat::LandCsv
                          ? openCsv(*tablePath, job.table)
                          : openXlsx(*tablePath, job.table, sink->scratchDir(*tablePath));
        if (!writer)
            return writer.error();
        if (options.pagePdfs)
            SOHOA_TRY(sink->makeDir(job.file));
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
                        auto pdfPages = readRecordPages(db, *pages);
                        if (!pdfPages)
                            return pdfPages.error();
                        const QString relative = job.file + QLatin1Char('/') + name + QStringLiteral(".pdf");
                        SOHOA_TRY(pipeline.submit(relative, std::move(*pdfPages)));
                        result.files.append(relative);
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
        auto size = sink->tableDone(tableName);
        if (!size)
            return size.error();
        tableFiles.append(tableName);
        result.bytes += *size;
        result.records.insert(job.type->id, row);
    }
    SOHOA_TRY(pipeline.finish());
    result.bytes += pipeline.bytes();
    result.files = tableFiles + result.files;
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
    details.insert(QStringLiteral("plaintext"), !options.encrypted);
    SOHOA_TRY(session.audit(audit::actions::kExportTables, QStringLiteral("batch:%1").arg(batchId), details));
    // The files are put in place before the audit entry commits; if the commit fails, they are removed.
    SOHOA_TRY(sink->commit());
    if (auto committed = tx->commit(); !committed) {
        if (options.encrypted)
            QFile::remove(result.directory);
        return committed.error();
    }
    sink->keep();
    if (options.encrypted)
        result.bytes = QFileInfo(result.directory).size();
    return result;
}

} // namespace sohoa::exporting
