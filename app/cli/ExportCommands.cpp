// export: signed, encrypted batch packages for removable media
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/batches/BatchRepository.h"
#include "core/crypto/SecretBytes.h"
#include "core/export/ApprovedExport.h"
#include "core/export/EncryptedArchive.h"
#include "core/sync/OfflinePackages.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace sohoa::cli {

namespace {

// The national import workbooks / land registry list: plaintext files in a folder the user names.
int exportTables(CliContext& ctx, QCommandLineParser& p, accounts::Session& session, qint64 batchId,
                 exporting::TableFormat format, bool json)
{
    exporting::TableExportOptions options;
    options.format = format;
    options.pagePdfs = !p.isSet(QStringLiteral("no-pdf"));
    options.encrypted = p.isSet(QStringLiteral("encrypt"));
    if (options.encrypted) {
        auto passphrase = ctx.readSecret(p.value(QStringLiteral("passphrase-file")),
                                         "SOHOA_EXPORT_PASSPHRASE", Tr::tr("passphrase"));
        if (!passphrase)
            return ctx.fail(passphrase.error(), json);
        options.passphrase = *passphrase;
        crypto::wipe(*passphrase);
        if (p.isSet(QStringLiteral("kdf-profile"))) {
            auto kdf = crypto::KdfParams::fromProfileName(p.value(QStringLiteral("kdf-profile")));
            if (!kdf)
                return ctx.fail(kdf.error(), json);
            options.kdf = *kdf;
        }
    }
    QElapsedTimer sinceReport;
    sinceReport.start();
    options.progress = [&](int done, int total) {
        if (done == total || sinceReport.elapsed() > 1000) {
            ctx.err(Tr::tr("Exported %1 of %2 records.\n").arg(done).arg(total));
            sinceReport.restart();
        }
    };
    auto result = exporting::exportApprovedRecords(session, batchId, p.value(QStringLiteral("out")), options);
    crypto::wipe(options.passphrase);
    if (!result)
        return ctx.fail(result.error(), json);
    if (json) {
        ctx.jsonLine(result->toJson());
    } else if (result->encrypted) {
        ctx.out(
            Tr::tr("%1 records and %2 page PDFs encrypted into %3 (%4 bytes). The receiving office opens it "
                   "with: sohoa-cli export open FILE --out DIR, and the passphrase.\n")
                .arg(result->total())
                .arg(result->pdfs)
                .arg(result->directory)
                .arg(result->bytes));
    } else {
        ctx.out(
            Tr::tr(
                "%1 records written to %2 (%3 page PDFs, %4 bytes). These files hold personal data in plain "
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
    p.setApplicationDescription(Tr::tr(
        "Write one file with the batch's approved records that are not yet at the registry (canonical JSON), "
        "their page images and a manifest with hashes, encrypted to the registry's key and signed by this "
        "device, for removable media. A lost stick leaks nothing; a changed byte makes the registry refuse "
        "it. "
        "The records wait in the outbox for the registry's receipt (sync import-receipt). Needs an enrolled "
        "device (sync enrol)."));
    CliContext::addStoreOptions(p);
    p.addOption({QStringLiteral("batch"), Tr::tr("The batch to export."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("out"),
                 Tr::tr("The package file to write; for the table formats, a new or empty folder."),
                 Tr::tr("FILE")});
    p.addOption(
        {QStringLiteral("format"),
         Tr::tr(
             "package (default): the signed, encrypted package. national-xlsx: the national civil-status "
             "import workbooks (one per record type, sheet \"DL Import\" and code lists in \"Ghi chu\") of "
             "the batch's approved records, with each record's pages as one PDF "
             "<so>_<quyenSo>_<trangSo>.pdf. "
             "land-csv, land-xlsx: the land registry office's list of approved land certificates (columns in "
             "docs/national-standard.md). The table formats write personal data in plain text."),
         Tr::tr("FORMAT"), QStringLiteral("package")});
    p.addOption({QStringLiteral("no-pdf"), Tr::tr("Table formats: write the tables without the page PDFs.")});
    p.addOption(
        {QStringLiteral("encrypt"),
         Tr::tr("Table formats: write everything into one encrypted file (--out FILE.sohoa-export) for "
                "carrying to another office; nothing is written in plain text. The passphrase (at least "
                "12 characters) comes from --passphrase-file or SOHOA_EXPORT_PASSPHRASE.")});
    p.addOption({QStringLiteral("passphrase-file"),
                 Tr::tr("File whose first line is the passphrase of the encrypted export, '-' for stdin."),
                 Tr::tr("FILE")});
    CliContext::addKdfOption(p);
    p.addOption(
        {QStringLiteral("include-exported"),
         Tr::tr("Also include records already in an earlier package whose receipt never came (the registry "
                "still takes each record once).")});
    if (int rc = ctx.parse(p, QStringLiteral("export"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    if (!p.isSet(QStringLiteral("batch")) || !p.isSet(QStringLiteral("out")))
        return ctx.usage(Tr::tr("export needs --batch NAME and --out FILE."));
    auto session = ctx.signIn(p);
    if (!session)
        return ctx.fail(session.error(), json);
    auto batch = batches::findBatch((*session)->db(), p.value(QStringLiteral("batch")).simplified());
    if (!batch)
        return ctx.fail(
            makeError(QStringLiteral("usage.no_batch"),
                      Tr::tr("There is no batch named '%1'.").arg(p.value(QStringLiteral("batch")))),
            json);
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("package")) {
        exporting::TableFormat tableFormat;
        if (!exporting::tableFormatFromName(format, tableFormat))
            return ctx.usage(
                Tr::tr("Unknown export format '%1' (package, national-xlsx, land-csv, land-xlsx).")
                    .arg(format));
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
        ctx.out(Tr::tr("Package %1 written to %2: %3 records, %4 page images, %5 bytes.\n")
                    .arg(result->packageId, result->file)
                    .arg(result->records)
                    .arg(result->pages)
                    .arg(result->bytes));
    return ExitOk;
}

// The receiving office's side of `export --encrypt`: list or unpack the encrypted file.
int exportOpen(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Open an encrypted export (written by export --encrypt): list its files, or write them into a new "
        "or empty folder (--out). Every byte is checked; a wrong passphrase or an altered or cut file is "
        "refused and nothing is left behind. The passphrase comes from --passphrase-file or "
        "SOHOA_EXPORT_PASSPHRASE. The written files hold personal data in plain text."));
    CliContext::addJsonOption(p);
    p.addPositionalArgument(QStringLiteral("file"), Tr::tr("The encrypted export (*.sohoa-export)."));
    p.addOption(
        {QStringLiteral("out"), Tr::tr("Folder to write the files into (new or empty)."), Tr::tr("DIR")});
    p.addOption({QStringLiteral("list"), Tr::tr("Only list the files.")});
    p.addOption({QStringLiteral("passphrase-file"),
                 Tr::tr("File whose first line is the passphrase, '-' for stdin."), Tr::tr("FILE")});
    if (int rc = ctx.parse(p, QStringLiteral("export open"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.positionalArguments().size() != 1 ||
        p.isSet(QStringLiteral("out")) == p.isSet(QStringLiteral("list")))
        return ctx.usage(Tr::tr("export open needs FILE and either --out DIR or --list."));
    auto passphrase = ctx.readSecret(p.value(QStringLiteral("passphrase-file")), "SOHOA_EXPORT_PASSPHRASE",
                                     Tr::tr("passphrase"));
    if (!passphrase)
        return ctx.fail(passphrase.error(), json);
    const QString file = p.positionalArguments().constFirst();
    auto entries =
        p.isSet(QStringLiteral("list"))
            ? exporting::listEncryptedArchive(file, *passphrase)
            : exporting::extractEncryptedArchive(file, *passphrase, p.value(QStringLiteral("out")));
    crypto::wipe(*passphrase);
    if (!entries)
        return ctx.fail(entries.error(), json);
    qint64 bytes = 0;
    for (const exporting::ArchiveEntry& e : *entries) {
        bytes += e.size;
        if (json)
            ctx.jsonLine({{QStringLiteral("file"), e.name}, {QStringLiteral("size"), double(e.size)}});
        else if (p.isSet(QStringLiteral("list")))
            ctx.out(QStringLiteral("%1\t%2\n").arg(e.size).arg(e.name));
    }
    if (!json && p.isSet(QStringLiteral("out")))
        ctx.out(
            Tr::tr("%1 files (%2 bytes) written to %3. They hold personal data in plain text: keep them only "
                   "as long as the import needs them.\n")
                .arg(entries->size())
                .arg(bytes)
                .arg(p.value(QStringLiteral("out"))));
    return ExitOk;
}

void addExportCommands(QList<Command>& out)
{
    out.append({QStringLiteral("export open"),
                Tr::tr("list or unpack an encrypted export of the national workbooks (export --encrypt)"),
                exportOpen});
    out.append(
        {QStringLiteral("export"),
         Tr::tr(
             "write a signed, encrypted batch package for removable media, or the national import workbooks"),
         exportBatch});
}

const CommandRegistration registration(addExportCommands);

} // namespace

} // namespace sohoa::cli
