// backup / restore / store rekey
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/backup/StoreBackup.h"

#include <QCoreApplication>

namespace sohoa::cli {

namespace {

int backupCommand(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("backup"),
                     Tr::tr("Write a consistent backup of the store while it is in use. The backup stays "
                            "encrypted and carries a manifest and checksums."));
    QCommandLineParser& p = cmd.options();
    p.addOption(
        {QStringLiteral("out"), Tr::tr("The backup file to write (never overwritten)."), Tr::tr("FILE")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usage(Tr::tr("backup needs --out FILE."));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    int lastPercent = -1;
    auto m = backup::backupStore(*session, out, [&](int done, int total) {
        const int percent = total ? done * 100 / total : 100;
        if (percent / 10 != lastPercent / 10 && !json)
            ctx.err(Tr::tr("Backing up: %1%\n").arg(percent));
        lastPercent = percent;
    });
    if (!m)
        return cmd.fail(m.error());
    if (json) {
        QJsonObject o = m->toJson();
        o.insert(QStringLiteral("file"), out);
        ctx.jsonLine(o);
    } else {
        ctx.out(Tr::tr("Backup written to %1: %2 records, %3 pages, %4 audit entries.\n")
                    .arg(out)
                    .arg(m->records)
                    .arg(m->pages)
                    .arg(m->auditEntries));
    }
    return ExitOk;
}

int restoreCommand(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("restore"),
                     Tr::tr("Restore a backup into a store folder. The backup is checked completely and "
                            "opened with the given account before anything is put in place. An existing "
                            "store is never overwritten: use --replace to move it aside (it is kept)."));
    QCommandLineParser& p = cmd.options();
    p.addOption({QStringLiteral("replace"),
                 Tr::tr("Move an existing store at --store aside and restore in its place.")});
    p.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The backup file."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    if (p.positionalArguments().size() != 1)
        return ctx.usage(Tr::tr("restore needs one backup FILE."));
    const QString store = ctx.storePath(p);
    if (store.isEmpty())
        return ctx.usage(Tr::tr("restore needs --store PATH."));
    QString user = p.value(QStringLiteral("user"));
    if (user.isEmpty())
        user = qEnvironmentVariable("SOHOA_USER");
    if (user.isEmpty())
        return ctx.usage(Tr::tr("restore needs --user NAME, an account of the backed-up store."));
    auto password =
        ctx.readSecret(p.value(QStringLiteral("password-file")), "SOHOA_PASSWORD", Tr::tr("password"));
    if (!password)
        return cmd.fail(password.error());
    auto r = backup::restoreStore({p.positionalArguments().front(), store, user, std::move(*password),
                                   p.isSet(QStringLiteral("replace"))});
    if (!r)
        return cmd.fail(r.error());
    if (json) {
        QJsonObject o = r->manifest.toJson();
        o.insert(QStringLiteral("store"), store);
        if (!r->previousStoreMovedTo.isEmpty())
            o.insert(QStringLiteral("previous_store_moved_to"), r->previousStoreMovedTo);
        ctx.jsonLine(o);
    } else {
        ctx.out(Tr::tr("Restored %1 records into %2 (backup of %3).\n")
                    .arg(r->manifest.records)
                    .arg(store, r->manifest.createdAt));
        if (!r->previousStoreMovedTo.isEmpty())
            ctx.out(Tr::tr("The store that was there is kept at %1.\n").arg(r->previousStoreMovedTo));
    }
    return ExitOk;
}

int rekeyCommand(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("store rekey"),
                     Tr::tr("Replace the store's data key (administrators). Every account keeps its "
                            "password and the recovery code keeps working; the old key no longer opens the "
                            "store. Close SoHoa on this computer first."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    ctx.err(Tr::tr("Re-encrypting the store with a new key...\n"));
    if (auto r = session->rotateDataKey(); !r)
        return cmd.fail(r.error());
    if (json)
        ctx.jsonLine({{QStringLiteral("rekeyed"), true}});
    else
        ctx.out(Tr::tr("The store now uses a new data key.\n"));
    return ExitOk;
}

void addBackupCommands(QList<Command>& out)
{
    out.append({QStringLiteral("backup"), Tr::tr("write an encrypted backup of the store"), backupCommand});
    out.append({QStringLiteral("restore"), Tr::tr("restore a backup into a store folder"), restoreCommand});
    out.append({QStringLiteral("store rekey"), Tr::tr("replace the store's data key (admin)"), rekeyCommand});
}

const CommandRegistration registration(addBackupCommands);

} // namespace

} // namespace sohoa::cli
