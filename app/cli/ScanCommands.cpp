// scan devices / scan: scanning into a batch from the command line.
#include "CliContext.h"
#include "Commands.h"
#include "IngestSupport.h"
#include "Tr.h"
#include "core/capture/Scanner.h"
#include "core/ingest/ScanSession.h"
#include "core/ocr/OcrWorkerPool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>
#include <cstdio>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace sohoa::cli {

namespace {

bool stdinIsTerminal()
{
#ifndef _WIN32
    return isatty(fileno(stdin)) != 0;
#else
    return false;
#endif
}

int scanDevices(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("List the scanners SANE can see (network scanners can take a few seconds)."));
    CliContext::addJsonOption(p);
    p.addOption(
        {QStringLiteral("details"), Tr::tr("Also list each scanner's sources, resolutions and modes.")});
    if (int rc = ctx.parse(p, QStringLiteral("scan devices"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    auto backend = capture::createScannerBackend();
    auto devices = backend->listDevices();
    if (!devices)
        return ctx.fail(devices.error(), json);
    if (devices->isEmpty() && !json)
        ctx.err(Tr::tr("No scanner found.\n"));
    for (const capture::ScannerInfo& d : *devices) {
        QJsonObject o{{QStringLiteral("id"), d.id},
                      {QStringLiteral("vendor"), d.vendor},
                      {QStringLiteral("model"), d.model},
                      {QStringLiteral("type"), d.type}};
        QString text = QStringLiteral("%1\t%2 (%3)\n").arg(d.id, d.label(), d.type);
        if (p.isSet(QStringLiteral("details"))) {
            auto device = backend->open(d.id);
            auto caps =
                device ? (*device)->capabilities() : Result<capture::ScannerCapabilities>(device.error());
            if (caps) {
                QJsonArray sources, resolutions, modes;
                for (const capture::ScanSource& s : caps->sources) {
                    sources.append(QJsonObject{{QStringLiteral("id"), s.id},
                                               {QStringLiteral("feeder"), s.feeder},
                                               {QStringLiteral("duplex"), s.duplex}});
                    text += QStringLiteral("  source: %1\n").arg(s.label);
                }
                QStringList r, m;
                for (int dpi : caps->resolutions) {
                    resolutions.append(dpi);
                    r.append(QString::number(dpi));
                }
                for (capture::ColourMode mode : caps->modes) {
                    modes.append(capture::colourModeName(mode));
                    m.append(capture::colourModeName(mode));
                }
                text += Tr::tr("  resolutions: %1\n  modes: %2\n")
                            .arg(r.join(QStringLiteral(", ")), m.join(QStringLiteral(", ")));
                o.insert(QStringLiteral("sources"), sources);
                o.insert(QStringLiteral("resolutions"), resolutions);
                o.insert(QStringLiteral("modes"), modes);
            } else {
                text += QStringLiteral("  %1\n").arg(caps.error().message);
            }
        }
        if (json)
            ctx.jsonLine(o);
        else
            ctx.out(text);
    }
    return ExitOk;
}

void addScanOptions(QCommandLineParser& p)
{
    p.addOption(
        {QStringLiteral("batch"), Tr::tr("The batch to scan into (created if missing)."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("device"), Tr::tr("Scanner id from 'scan devices' (default: the first one)."),
                 Tr::tr("ID")});
    p.addOption({QStringLiteral("source"),
                 Tr::tr("Paper source as the scanner names it, e.g. Flatbed or ADF Duplex."),
                 Tr::tr("SOURCE")});
    p.addOption(
        {QStringLiteral("resolution"), Tr::tr("DPI (default 300)."), Tr::tr("DPI"), QStringLiteral("300")});
    p.addOption({QStringLiteral("mode"), Tr::tr("grey (default), colour or bw."), Tr::tr("MODE"),
                 QStringLiteral("grey")});
    p.addOption(
        {QStringLiteral("duplex"), Tr::tr("Both sides, for scanners with a separate duplex switch.")});
    p.addOption({QStringLiteral("sheets-per-document"),
                 Tr::tr("Sheets that make one document (default 1; 0: the whole scan is one document)."),
                 Tr::tr("N"), QStringLiteral("1")});
    p.addOption(
        {QStringLiteral("by-content"),
         Tr::tr("Separate documents by what their pages print instead of --sheets-per-document (a mixed "
                "stack in the feeder).")});
    p.addOption({QStringLiteral("option"), Tr::tr("A scanner-specific option, NAME=VALUE (repeatable)."),
                 Tr::tr("NAME=VALUE")});
    p.addOption(
        {QStringLiteral("on-error"),
         Tr::tr("After a scanner error: wait (ask at the terminal, the default at a terminal) or stop "
                "(store what was scanned and exit)."),
         Tr::tr("WHAT")});
    p.addOption({QStringLiteral("quiet"), Tr::tr("No progress on stderr.")});
    addPipelineOptions(p);
}

// The scanner's settings from the options; an empty string, or the usage message when one is wrong.
QString readScanSettings(const QCommandLineParser& p, capture::ScanSettings& settings)
{
    settings.source = p.value(QStringLiteral("source"));
    settings.dpi = p.value(QStringLiteral("resolution")).toInt();
    settings.duplex = p.isSet(QStringLiteral("duplex"));
    if (settings.dpi < 50 || settings.dpi > 1200)
        return Tr::tr("--resolution must be between 50 and 1200.");
    if (!capture::colourModeFromName(p.value(QStringLiteral("mode")), settings.mode))
        return Tr::tr("--mode must be grey, colour or bw.");
    for (const QString& kv : p.values(QStringLiteral("option"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Tr::tr("--option needs NAME=VALUE, not '%1'.").arg(kv);
        settings.deviceOptions.insert(kv.left(eq), kv.mid(eq + 1));
    }
    return {};
}

// The scanner --device names, or the first one SANE lists.
Result<std::unique_ptr<capture::ScannerDevice>> openScanner(capture::ScannerBackend& backend,
                                                            QString deviceId)
{
    if (deviceId.isEmpty()) {
        auto devices = backend.listDevices();
        if (!devices)
            return devices.error();
        if (devices->isEmpty())
            return makeError(QStringLiteral("scanner.not_found"), Tr::tr("No scanner found."));
        deviceId = devices->front().id;
    }
    return backend.open(deviceId);
}

// Scans until the feeder is empty; after a scanner error, stops (onError "stop": returns false)
// or asks at the terminal whether to go on.
bool scanUntilDone(CliContext& ctx, ingest::ScanSession& scan, const capture::ScanSettings& settings,
                   const QString& onError, bool quiet)
{
    for (;;) {
        auto run = scan.scan(settings, [&](const ingest::ScanEvent& e) {
            if (!quiet)
                ctx.err(Tr::tr("Scanned page %1 (sheet %2%3)\n")
                            .arg(e.pagesScanned)
                            .arg(e.sheet)
                            .arg(e.back ? Tr::tr(", back") : QString()));
            return true;
        });
        if (run)
            return true;
        ctx.err(Tr::tr("Scanner: %1\n%2 page(s) scanned so far are kept.\n")
                    .arg(run.error().message)
                    .arg(scan.pagesScanned()));
        if (onError == QLatin1String("stop"))
            return false;
        ctx.err(
            Tr::tr("Fix the paper, then press Enter to continue scanning, or type q and Enter to finish: "));
        QTextStream in(stdin);
        const QString answer = in.readLine();
        if (answer.isNull() || answer.trimmed().toLower().startsWith(QLatin1Char('q')))
            return true;
    }
}

int scanIntoBatch(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(
        ctx, QStringLiteral("scan"),
        Tr::tr(
            "Scan into a batch of the store: a flatbed page, or the whole document feeder. Documents are "
            "OCR'd and stored while the scanner feeds. On a paper jam, open cover or empty feeder the pages "
            "scanned so far are kept; at a terminal you are asked to fix the paper and continue, otherwise "
            "the command stores what it has and exits with status 1 (see --on-error)."));
    QCommandLineParser& p = cmd.options();
    addScanOptions(p);
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("Unknown argument '%1'.").arg(p.positionalArguments().front()));
    const QString batchName = p.value(QStringLiteral("batch")).simplified();
    if (batchName.isEmpty())
        return ctx.usage(Tr::tr("scan needs --batch NAME."));
    capture::ScanSettings settings;
    if (const QString wrong = readScanSettings(p, settings); !wrong.isEmpty())
        return ctx.usage(wrong);
    bool sheetsOk = false;
    const int sheets = p.value(QStringLiteral("sheets-per-document")).toInt(&sheetsOk);
    if (!sheetsOk || sheets < 0)
        return ctx.usage(Tr::tr("--sheets-per-document needs a number (0 or more)."));
    const QString onError = p.isSet(QStringLiteral("on-error")) ? p.value(QStringLiteral("on-error"))
                            : stdinIsTerminal()                 ? QStringLiteral("wait")
                                                                : QStringLiteral("stop");
    if (onError != QLatin1String("wait") && onError != QLatin1String("stop"))
        return ctx.usage(Tr::tr("--on-error must be wait or stop."));
    int exitCode = ExitOk;
    std::optional<IngestStart> start = startIngest(ctx, cmd, batchName, &exitCode);
    if (!start)
        return exitCode;
    accounts::Session& s = *start->target.session;

    auto backend = capture::createScannerBackend();
    auto device = openScanner(*backend, p.value(QStringLiteral("device")));
    if (!device)
        return cmd.fail(device.error());

    ingest::ScanOptions options;
    options.ingest.pipeline = start->pipeline;
    options.sheetsPerDocument = sheets;
    options.separateByContent = p.isSet(QStringLiteral("by-content"));
    ocr::OcrWorkerPool pool(start->jobs);
    auto scan = ingest::ScanSession::create(s, s.db(), start->target.batchId, **device, pool, options);
    if (!scan)
        return cmd.fail(scan.error());
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    (*scan)->setDocumentSink([&](const ingest::IngestedDocument& d) {
        if (json)
            ctx.jsonLine(d.toJson());
        else if (d.error)
            ctx.out(Tr::tr("%1: not stored: %2\n").arg(d.input, d.error->message));
        else
            ctx.out(Tr::tr("%1: document %2, record %3 (%4)\n")
                        .arg(d.input)
                        .arg(d.documentId)
                        .arg(d.recordId)
                        .arg(d.type));
    });
    const bool failed = !scanUntilDone(ctx, **scan, settings, onError, quiet);
    (*scan)->finish();
    if (!quiet)
        ctx.err(Tr::tr("Done: %1 page(s) scanned, %2 document(s) stored.\n")
                    .arg((*scan)->pagesScanned())
                    .arg((*scan)->ingest().stored()));
    if (failed || (*scan)->ingest().failed() > 0)
        return ExitFailure;
    return ExitOk;
}

void addScanCommands(QList<Command>& out)
{
    out.append({QStringLiteral("scan"), Tr::tr("scan a page or a whole document feeder into a batch"),
                scanIntoBatch});
    out.append({QStringLiteral("scan devices"), Tr::tr("list the scanners"), scanDevices});
}

const CommandRegistration registration(addScanCommands);

} // namespace

} // namespace sohoa::cli
