// export: signed, encrypted batch packages for removable media
#include "CliContext.h"
#include "Commands.h"
#include "batches/BatchRepository.h"
#include "export/ApprovedExport.h"
#include "sync/OfflinePackages.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace sohoa::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::cli", text);
}

// The national import workbooks / land registry list: plaintext files in a folder the user names.
int exportTables(CliContext& ctx, QCommandLineParser& p, accounts::Session& session, qint64 batchId,
                 exporting::TableFormat format, bool json)
{
    exporting::TableExportOptions options;
    options.format = format;
    options.pagePdfs = !p.isSet(QStringLiteral("no-pdf"));
    QElapsedTimer sinceReport;
    sinceReport.start();
    options.progress = [&](int done, int total) {
        if (done == total || sinceReport.elapsed() > 1000) {
            ctx.err(tr("Exported %1 of %2 records.\n").arg(done).arg(total));
            sinceReport.restart();
        }
    };
    auto result = exporting::exportApprovedRecords(session, batchId, p.value(QStringLiteral("out")), options);
    if (!result)
        return ctx.fail(result.error(), json);
    if (json) {
        ctx.jsonLine(result->toJson());
    } else {
        ctx.out(
            tr("%1 records written to %2 (%3 page PDFs, %4 bytes). These files hold personal data in plain "
               "text: keep them only as long as the import needs them.\n")
                .arg(result->total())
                .arg(result->directory)
                .arg(result->pdfs)
                .arg(result->bytes));
    }
    return ExitOk;
}

int exportBatch(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr(
        "Write one file with the batch's approved records that are not yet at the registry (canonical JSON), "
        "their page images and a manifest with hashes, encrypted to the registry's key and signed by this "
        "device, for removable media. A lost stick leaks nothing; a changed byte makes the registry refuse "
        "it. "
        "The records wait in the outbox for the registry's receipt (sync import-receipt). Needs an enrolled "
        "device (sync enrol)."));
    CliContext::addStoreOptions(p);
    p.addOption({QStringLiteral("batch"), tr("The batch to export."), tr("NAME")});
    p.addOption({QStringLiteral("out"),
                 tr("The package file to write; for the table formats, a new or empty folder."), tr("FILE")});
    p.addOption(
        {QStringLiteral("format"),
         tr("package (default): the signed, encrypted package. national-xlsx: the national civil-status "
            "import workbooks (one per record type, sheet \"DL Import\" and code lists in \"Ghi chu\") of "
            "the batch's approved records, with each record's pages as one PDF <so>_<quyenSo>_<trangSo>.pdf. "
            "land-csv, land-xlsx: the land registry office's list of approved land certificates (columns in "
            "docs/national-standard.md). The table formats write personal data in plain text."),
         tr("FORMAT"), QStringLiteral("package")});
    p.addOption({QStringLiteral("no-pdf"), tr("Table formats: write the tables without the page PDFs.")});
    p.addOption(
        {QStringLiteral("include-exported"),
         tr("Also include records already in an earlier package whose receipt never came (the registry "
            "still takes each record once).")});
    if (int rc = ctx.parse(p, QStringLiteral("export"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    if (!p.isSet(QStringLiteral("batch")) || !p.isSet(QStringLiteral("out")))
        return ctx.usage(tr("export needs --batch NAME and --out FILE."));
    auto session = ctx.signIn(p);
    if (!session)
        return ctx.fail(session.error(), json);
    auto batch = batches::findBatch((*session)->db(), p.value(QStringLiteral("batch")).simplified());
    if (!batch)
        return ctx.fail(makeError(QStringLiteral("usage.no_batch"),
                                  tr("There is no batch named '%1'.").arg(p.value(QStringLiteral("batch")))),
                        json);
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("package")) {
        exporting::TableFormat tableFormat;
        if (!exporting::tableFormatFromName(format, tableFormat))
            return ctx.usage(
                tr("Unknown export format '%1' (package, national-xlsx, land-csv, land-xlsx).").arg(format));
        return exportTables(ctx, p, **session, batch->id, tableFormat, json);
    }
    sync::ExportOptions options;
    options.includeExported = p.isSet(QStringLiteral("include-exported"));
    auto result = sync::exportBatch(**session, batch->id, p.value(QStringLiteral("out")), options);
    if (!result)
        return ctx.fail(result.error(), json);
    if (json)
        ctx.jsonLine(result->toJson());
    else
        ctx.out(tr("Package %1 written to %2: %3 records, %4 page images, %5 bytes.\n")
                    .arg(result->packageId, result->file)
                    .arg(result->records)
                    .arg(result->pages)
                    .arg(result->bytes));
    return ExitOk;
}

void addExportCommands(QList<Command>& out)
{
    out.append(
        {QStringLiteral("export"),
         tr("write a signed, encrypted batch package for removable media, or the national import workbooks"),
         exportBatch});
}

const CommandRegistration registration(addExportCommands);

} // namespace

} // namespace sohoa::cli
