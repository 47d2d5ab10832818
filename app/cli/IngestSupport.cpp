#include "IngestSupport.h"

#include "CliContext.h"
#include "Tr.h"
#include "core/batches/BatchRepository.h"
#include "core/ocr/OcrEngine.h"
#include "core/ocr/OcrWorkerPool.h"
#include "core/records/RecordType.h"

#include <QCoreApplication>

namespace sohoa::cli {

void addPipelineOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("type"),
                 Tr::tr("Record type: auto (classify, the default) or %1.")
                     .arg(records::RecordTypeRegistry::builtin().ids().join(QStringLiteral(", "))),
                 Tr::tr("TYPE"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("jobs"),
                 Tr::tr("Pages OCR'd in parallel (default: the number of cores, %1).")
                     .arg(ocr::OcrWorkerPool::defaultWorkerCount()),
                 Tr::tr("N")});
    p.addOption({QStringLiteral("keep-blank"),
                 Tr::tr("Keep blank pages (by default they are reported and skipped).")});
    p.addOption(
        {QStringLiteral("one-document-per-file"),
         Tr::tr(
             "Do not separate files into documents: each file is one document, whatever its pages print.")});
    p.addOption(
        {QStringLiteral("no-pdf-text"), Tr::tr("OCR PDF pages even when they carry a usable text layer.")});
}

Result<ingest::PipelineOptions> pipelineOptionsFrom(const QCommandLineParser& p)
{
    ingest::PipelineOptions o;
    const QString type = p.value(QStringLiteral("type"));
    if (type != QLatin1String("auto") && !records::RecordTypeRegistry::builtin().find(type))
        return makeError(
            QStringLiteral("usage.type"),
            Tr::tr("Unknown record type '%1': use auto or one of %2.")
                .arg(type, records::RecordTypeRegistry::builtin().ids().join(QStringLiteral(", "))));
    o.typeHint = type == QLatin1String("auto") ? QString() : type;
    o.keepBlankPages = p.isSet(QStringLiteral("keep-blank"));
    o.separateDocuments = !p.isSet(QStringLiteral("one-document-per-file"));
    o.import.usePdfTextLayer = !p.isSet(QStringLiteral("no-pdf-text"));
    return o;
}

int jobsFrom(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("jobs")))
        return ocr::OcrWorkerPool::defaultWorkerCount();
    bool ok = false;
    const int n = p.value(QStringLiteral("jobs")).toInt(&ok);
    return ok && n > 0 && n <= 256 ? n : 0;
}

Result<void> ocrReady()
{
    if (ocr::findTessdataDir(QStringLiteral("vie")).isEmpty())
        return makeError(
            QStringLiteral("ocr.unavailable"),
            Tr::tr("The Vietnamese OCR model (vie.traineddata) is not installed. Install the package "
                   "tesseract-ocr-vie, or set TESSDATA_PREFIX to the folder that holds it."));
    return {};
}

ProgressPrinter::ProgressPrinter(CliContext& ctx, bool quiet, int documents)
    : m_ctx(ctx)
    , m_quiet(quiet)
    , m_documents(documents)
{
    m_clock.start();
}

void ProgressPrinter::pages(const ingest::PipelineProgress& p)
{
    if (m_quiet || p.pagesDone < m_lastPagesReported + 10)
        return;
    m_lastPagesReported = p.pagesDone;
    m_ctx.err(Tr::tr("  %1 of %2 pages read, %3 pages/min\n")
                  .arg(p.pagesDone)
                  .arg(p.pagesKnown)
                  .arg(p.pagesPerMinute, 0, 'f', 1));
}

void ProgressPrinter::document(const ingest::DocumentResult& d, const ingest::PipelineProgress& p)
{
    if (m_quiet)
        return;
    QString head = QStringLiteral("[%1/%2] %3")
                       .arg(d.index + 1)
                       .arg(std::max(m_documents, p.documentsTotal))
                       .arg(d.input);
    if (d.part > 0 || !d.lastOfSource)
        head += Tr::tr(" (document from page %1)").arg(d.firstPage);
    head += QStringLiteral(": ");
    if (d.error) {
        m_ctx.err(head + d.error->message + QLatin1Char('\n'));
        return;
    }
    QString line = head + Tr::tr("%n page(s)", nullptr, d.pageCount());
    const QList<int> blank = d.blankPages();
    if (!blank.isEmpty()) {
        QStringList numbers;
        for (int b : blank)
            numbers.append(QString::number(b));
        line += Tr::tr(", blank page(s) %1").arg(numbers.join(QStringLiteral(", ")));
    }
    line += Tr::tr(", %1, %2 field(s), %3 issue(s), %4 pages/min\n")
                .arg(d.extraction.type)
                .arg(d.extraction.fields.size())
                .arg(d.issues.size())
                .arg(p.pagesPerMinute, 0, 'f', 1);
    m_ctx.err(line);
}

void ProgressPrinter::summary(const ingest::PipelineProgress& p)
{
    if (m_quiet)
        return;
    m_ctx.err(Tr::tr("Done: %1 document(s), %2 page(s) in %3 s (%4 pages/min).\n")
                  .arg(p.documentsDelivered)
                  .arg(p.pagesDone)
                  .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(p.pagesPerMinute, 0, 'f', 1));
}

Result<IngestTarget> openIngestTarget(CliContext& ctx, const QCommandLineParser& parser,
                                      const QString& batchName)
{
    auto session = ctx.signIn(parser);
    if (!session)
        return session.error();
    SOHOA_TRY((*session)->require(accounts::Permission::Ingest));
    auto batch = batches::findOrCreateBatch(**session, batchName);
    if (!batch)
        return batch.error();
    return IngestTarget{std::move(*session), batch->id};
}

std::optional<IngestStart> startIngest(CliContext& ctx, StoreCommand& cmd, const QString& batchName,
                                       int* exitCode)
{
    const QCommandLineParser& p = cmd.parser();
    auto pipelineOptions = pipelineOptionsFrom(p);
    if (!pipelineOptions) {
        *exitCode = ctx.usage(pipelineOptions.error().message);
        return std::nullopt;
    }
    const int jobs = jobsFrom(p);
    if (jobs <= 0) {
        *exitCode = ctx.usage(Tr::tr("--jobs needs a positive number."));
        return std::nullopt;
    }
    if (auto ready = ocrReady(); !ready) {
        *exitCode = cmd.fail(ready.error());
        return std::nullopt;
    }
    auto target = openIngestTarget(ctx, p, batchName);
    if (!target) {
        *exitCode = cmd.fail(target.error());
        return std::nullopt;
    }
    return IngestStart{*pipelineOptions, jobs, std::move(*target)};
}

} // namespace sohoa::cli
