// extract: OCR, classify, extract and validate files without a store (SPEC §3).
#include "CliContext.h"
#include "Commands.h"
#include "IngestSupport.h"
#include "Tr.h"
#include "core/capture/PageSource.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/layouts/Layout.h"
#include "core/ocr/OcrWorkerPool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace sohoa::cli {

namespace {

QJsonObject extractJson(const ingest::DocumentResult& d)
{
    if (d.error)
        return {{QStringLiteral("file"), d.input},
                {QStringLiteral("first_page"), d.firstPage},
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), d.error->code},
                                                      {QStringLiteral("message"), d.error->message}}}};
    QJsonObject fields;
    for (auto it = d.extraction.fields.constBegin(); it != d.extraction.fields.constEnd(); ++it) {
        QJsonObject f{{QStringLiteral("value"), it->value},
                      {QStringLiteral("confidence"), std::clamp(it->confidence, 0.0, 1.0)}};
        if (it->unsure)
            f.insert(QStringLiteral("unsure"), true); // a doubtful reading explains a rule it breaks
        if (!it->layout.isEmpty())
            f.insert(QStringLiteral("layout"),
                     it->layout); // found by a taught layout, not the generic reading
        fields.insert(it.key(), f);
    }
    QJsonArray issues;
    for (const records::Issue& i : d.issues)
        issues.append(QJsonObject{{QStringLiteral("code"), i.code},
                                  {QStringLiteral("field"), i.field},
                                  {QStringLiteral("severity"), records::severityName(i.severity)},
                                  {QStringLiteral("message"), i.message}});
    return {{QStringLiteral("file"), d.input},           {QStringLiteral("first_page"), d.firstPage},
            {QStringLiteral("type"), d.extraction.type}, {QStringLiteral("pages"), d.pageCount()},
            {QStringLiteral("fields"), fields},          {QStringLiteral("issues"), issues}};
}

int extract(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "OCR each file (PNG, JPEG, TIFF or PDF; folders are searched for them), separate a file that holds "
        "several documents (a stack) by what its pages print, classify each document, extract and validate "
        "its "
        "fields, without touching any store. Prints one JSON object per document on stdout (file, "
        "first_page, "
        "pages, type, fields, issues), in input order and page order; progress goes to stderr. Exit status 3 "
        "when some files could not be read, 2 for usage errors."));
    addPipelineOptions(p);
    p.addOption({QStringLiteral("quiet"), Tr::tr("No progress on stderr.")});
    p.addOption(
        {QStringLiteral("layouts"),
         Tr::tr("Read documents that match a layout file of DIR (layout learn) with that layout first."),
         Tr::tr("DIR")});
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Files or folders to read."),
                            QStringLiteral("FILE..."));
    if (int rc = ctx.parse(p, QStringLiteral("extract"), args); rc >= 0)
        return rc;
    auto options = pipelineOptionsFrom(p);
    if (!options)
        return ctx.usage(options.error().message);
    if (p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("extract needs at least one FILE."));
    const int jobs = jobsFrom(p);
    if (jobs <= 0)
        return ctx.usage(Tr::tr("--jobs needs a positive number."));
    if (auto ready = ocrReady(); !ready)
        return ctx.fail(ready.error(), false);

    if (p.isSet(QStringLiteral("layouts"))) {
        auto layouts = layouts::readLayoutDirectory(p.value(QStringLiteral("layouts")));
        if (!layouts)
            return ctx.fail(layouts.error(), false);
        options->layouts = std::make_shared<const QList<layouts::LayoutModel>>(std::move(*layouts));
    }
    options->archiveImages = false; // extract reads; nothing is kept
    const QStringList files = capture::expandInputs(p.positionalArguments());
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    ocr::OcrWorkerPool pool(jobs);
    ingest::DocumentPipeline pipeline(pool, *options);
    ProgressPrinter progress(ctx, quiet, int(files.size()));
    bool someUnreadable = false;
    pipeline.setProgressSink([&](const ingest::PipelineProgress& pr) { progress.pages(pr); });
    pipeline.setDocumentSink([&](ingest::DocumentResult& d) {
        ctx.jsonLine(extractJson(d));
        if (d.error)
            someUnreadable = true;
        progress.document(d, pipeline.progress());
    });
    for (const QString& f : files)
        pipeline.addFile(f);
    pipeline.finish();
    progress.summary(pipeline.progress());
    return someUnreadable ? ExitSomeInputsFailed : ExitOk;
}

void addExtractCommand(QList<Command>& out)
{
    out.append(
        {QStringLiteral("extract"), Tr::tr("OCR, classify, extract and validate files (no store)"), extract});
}

const CommandRegistration registration(addExtractCommand);

} // namespace

} // namespace sohoa::cli
