// ingest: files into a batch of the store, with OCR, extraction and validation (SPEC §3).
#include "CliContext.h"
#include "Commands.h"
#include "IngestSupport.h"
#include "Tr.h"
#include "core/capture/PageSource.h"
#include "core/ingest/BatchIngest.h"
#include "core/ocr/OcrWorkerPool.h"

#include <QCoreApplication>

namespace sohoa::cli {

namespace {

QString humanLine(const ingest::IngestedDocument& d)
{
    if (d.error)
        return Tr::tr("%1: not imported: %2\n").arg(d.input, d.error->message);
    const QString input =
        d.part > 0 || !d.lastOfSource ? Tr::tr("%1 from page %2").arg(d.input).arg(d.firstPage) : d.input;
    QString line = Tr::tr("%1: document %2, record %3 (%4, %n page(s) stored)", nullptr, d.storedPages)
                       .arg(input)
                       .arg(d.documentId)
                       .arg(d.recordId)
                       .arg(d.type);
    if (!d.blankPages.isEmpty())
        line += d.blankPagesKept ? Tr::tr(", %n blank page(s) kept", nullptr, int(d.blankPages.size()))
                                 : Tr::tr(", %n blank page(s) skipped", nullptr, int(d.blankPages.size()));
    if (!d.issues.isEmpty())
        line += Tr::tr(", %n issue(s)", nullptr, int(d.issues.size()));
    return line + QLatin1Char('\n');
}

int ingestFiles(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(
        ctx, QStringLiteral("ingest"),
        Tr::tr(
            "Import scans and PDFs (files or folders) into a batch of the store: each document becomes a "
            "document of the store with its original page images, OCR, extracted fields and validation "
            "issues, stored in one transaction; a file that holds several documents (a stack) is separated "
            "by what its pages print. With --json, one JSON line per document with its document and record "
            "ids. A file already imported into the batch is skipped. Exit status 3 when some files could not "
            "be read."));
    QCommandLineParser& p = cmd.options();
    p.addOption(
        {QStringLiteral("batch"), Tr::tr("The batch to import into (created if missing)."), Tr::tr("NAME")});
    p.addOption(
        {QStringLiteral("allow-duplicates"), Tr::tr("Import files even if the batch already has them.")});
    p.addOption({QStringLiteral("quiet"), Tr::tr("No progress on stderr.")});
    addPipelineOptions(p);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Files or folders to import."),
                            QStringLiteral("FILE..."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    const QString batchName = p.value(QStringLiteral("batch")).simplified();
    if (batchName.isEmpty())
        return ctx.usage(Tr::tr("ingest needs --batch NAME."));
    if (p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("ingest needs at least one FILE."));
    int exitCode = ExitOk;
    std::optional<IngestStart> start = startIngest(ctx, cmd, batchName, &exitCode);
    if (!start)
        return exitCode;
    accounts::Session& s = *start->target.session;

    ingest::IngestOptions options;
    options.pipeline = start->pipeline;
    options.allowDuplicates = p.isSet(QStringLiteral("allow-duplicates"));
    ocr::OcrWorkerPool pool(start->jobs);
    auto ingest = ingest::BatchIngest::create(s, s.db(), start->target.batchId, pool, options);
    if (!ingest)
        return cmd.fail(ingest.error());
    const QStringList files = capture::expandInputs(p.positionalArguments());
    ProgressPrinter progress(ctx, p.isSet(QStringLiteral("quiet")), int(files.size()));
    bool someUnreadable = false;
    bool storeFailed = false;
    (*ingest)->pipeline().setProgressSink([&](const ingest::PipelineProgress& pr) { progress.pages(pr); });
    (*ingest)->setDocumentSink([&](const ingest::IngestedDocument& d) {
        if (json)
            ctx.jsonLine(d.toJson());
        else
            ctx.out(humanLine(d));
        if (d.error && d.error->code == QLatin1String("input.unreadable"))
            someUnreadable = true;
        else if (d.error && d.error->code != QLatin1String("input.duplicate"))
            storeFailed = true;
        if (!p.isSet(QStringLiteral("quiet")) && d.error && json)
            ctx.err(QStringLiteral("%1: %2\n").arg(d.input, d.error->message));
    });
    (*ingest)->addFiles(files);
    (*ingest)->run();
    progress.summary((*ingest)->pipeline().progress());
    if (storeFailed)
        return ExitFailure;
    return someUnreadable ? ExitSomeInputsFailed : ExitOk;
}

void addIngestCommand(QList<Command>& out)
{
    out.append({QStringLiteral("ingest"),
                Tr::tr("import scans and PDFs into a batch (OCR, extract, validate)"), ingestFiles});
}

const CommandRegistration registration(addIngestCommand);

} // namespace

} // namespace sohoa::cli
