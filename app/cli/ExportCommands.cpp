// export: signed, encrypted batch packages for removable media
#include "CliContext.h"
#include "Commands.h"
#include "batches/BatchRepository.h"
#include "sync/OfflinePackages.h"

#include <QCoreApplication>

namespace sohoa::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::cli", text);
}

int exportBatch(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Write one file with the batch's approved records that are not yet at the registry (canonical JSON), "
           "their page images and a manifest with hashes, encrypted to the registry's key and signed by this "
           "device, for removable media. A lost stick leaks nothing; a changed byte makes the registry refuse it. "
           "The records wait in the outbox for the registry's receipt (sync import-receipt). Needs an enrolled "
           "device (sync enrol)."));
    CliContext::addStoreOptions(p);
    p.addOption({QStringLiteral("batch"), tr("The batch to export."), tr("NAME")});
    p.addOption({QStringLiteral("out"), tr("The package file to write."), tr("FILE")});
    p.addOption({QStringLiteral("include-exported"),
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
    out.append({QStringLiteral("export"), tr("write a signed, encrypted batch package for removable media"),
                exportBatch});
}

const CommandRegistration registration(addExportCommands);

} // namespace

} // namespace sohoa::cli
