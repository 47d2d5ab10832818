// sync, sync enrol, sync status, sync retry, sync cancel, sync return, sync import-receipt
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/batches/BatchRepository.h"
#include "core/sync/Enrolment.h"
#include "core/sync/OfflinePackages.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <functional>

namespace sohoa::cli {

namespace {

QString recordLine(const sync::OutboxRecord& r)
{
    QString line = QStringLiteral("%1  %2  %3")
                       .arg(r.recordId, 6)
                       .arg(sync::syncStateName(r.state), -17)
                       .arg(r.recordType, -16);
    if (!r.registryId.isEmpty())
        line += QLatin1String("  ") + r.registryId;
    if (!r.lastMessage.isEmpty())
        line += QLatin1String("  ") + r.lastMessage;
    if (r.state == sync::SyncState::FailedWillRetry && !r.nextAttemptAt.isEmpty())
        line += QLatin1String("  ") + Tr::tr("[next attempt %1]").arg(r.nextAttemptAt);
    return line + QLatin1Char('\n');
}

Result<qint64> batchIdFromOption(accounts::Session& session, const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("batch")))
        return qint64(0);
    auto b = batches::findBatch(session.db(), p.value(QStringLiteral("batch")).simplified());
    if (!b)
        return makeError(QStringLiteral("usage.no_batch"),
                         Tr::tr("There is no batch named '%1'.").arg(p.value(QStringLiteral("batch"))));
    return b->id;
}

QList<qint64> idsFrom(const QStringList& words, bool* ok)
{
    QList<qint64> ids;
    *ok = !words.isEmpty();
    for (const QString& w : words) {
        bool good = false;
        const qint64 id = w.toLongLong(&good);
        if (!good || id <= 0)
            *ok = false;
        ids.append(id);
    }
    return ids;
}

// --- sync

int syncRun(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("sync"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(Tr::tr(
        "Send every approved record not yet at the registry (queued, or failed and due again) and record the "
        "registry's answer for each: accepted (with its id), rejected (with its reason) or conflict (with "
        "both "
        "versions). Anything whose delivery is uncertain (the last run was cut off) is asked about first and "
        "never sent twice. Prints one line per record (JSON Lines with --json, then a summary object). Exit "
        "status 0 when every record has the registry's answer, 1 when some still wait for a retry or need "
        "attention."));
    p.addOption({QStringLiteral("server"),
                 Tr::tr("The registry's https:// address (default: the one enrolled with)."), Tr::tr("URL")});
    p.addOption({QStringLiteral("batch"), Tr::tr("Only this batch."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("timeout"), Tr::tr("Seconds to wait for each answer."), Tr::tr("SECONDS"),
                 QStringLiteral("30")});
    p.addOption({QStringLiteral("wait"),
                 Tr::tr("How long to keep retrying failures that fall due during this run."),
                 Tr::tr("SECONDS"), QStringLiteral("120")});
    p.addOption({QStringLiteral("parallel"), Tr::tr("Requests in flight at once."), Tr::tr("N"),
                 QStringLiteral("4")});
    p.addOption({QStringLiteral("records-per-request"), Tr::tr("Records per request (1-200)."), Tr::tr("N"),
                 QStringLiteral("100")});
    p.addOption({QStringLiteral("retry-base"),
                 Tr::tr("First retry delay in milliseconds (doubles each time)."), Tr::tr("MS"),
                 QStringLiteral("2000")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("Unknown sync subcommand '%1'.").arg(p.positionalArguments().front()));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    auto batchId = batchIdFromOption(*session, p);
    if (!batchId)
        return ctx.fail(batchId.error(), json);
    sync::SyncOptions options;
    options.serverUrl = p.value(QStringLiteral("server"));
    options.batchId = *batchId;
    options.timeoutMs = qMax(1, p.value(QStringLiteral("timeout")).toInt()) * 1000;
    options.patienceSeconds = qMax(0, p.value(QStringLiteral("wait")).toInt());
    options.maxParallel = qBound(1, p.value(QStringLiteral("parallel")).toInt(), 16);
    options.recordsPerRequest = qBound(1, p.value(QStringLiteral("records-per-request")).toInt(), 200);
    options.backoffBaseMs = qMax(10, p.value(QStringLiteral("retry-base")).toInt());

    QElapsedTimer sinceReport;
    sinceReport.start();
    int lastAnswered = -1;
    auto progress = [&](const sync::SyncProgress& pr) {
        if (pr.answered == lastAnswered && sinceReport.elapsed() < 1000)
            return;
        lastAnswered = pr.answered;
        sinceReport.restart();
        ctx.err(Tr::tr("sync: %1 answered (%2 accepted, %3 rejected, %4 conflicts), %5 failed attempts; %6\n")
                    .arg(pr.answered)
                    .arg(pr.accepted)
                    .arg(pr.rejected)
                    .arg(pr.conflicts)
                    .arg(pr.failed)
                    .arg(pr.message));
    };
    auto summary = sync::syncNow(*session, options, progress);
    if (!summary)
        return ctx.fail(summary.error(), json);
    for (const sync::OutboxRecord& r : summary->records) {
        if (json)
            ctx.jsonLine(r.toJson());
        else
            ctx.out(recordLine(r));
    }
    if (json) {
        QJsonObject s = summary->toJson();
        s.remove(QStringLiteral("records"));
        ctx.jsonLine({{QStringLiteral("summary"), s}});
    } else {
        ctx.out(
            Tr::tr("%1 accepted, %2 rejected, %3 conflicts, %4 will retry, %5 need attention, %6 waiting (%7 "
                   "requests).\n")
                .arg(summary->accepted)
                .arg(summary->rejected)
                .arg(summary->conflicts)
                .arg(summary->failedWillRetry)
                .arg(summary->needsAttention)
                .arg(summary->waiting)
                .arg(summary->requests));
    }
    if (!summary->stoppedCode.isEmpty()) {
        ctx.err(QStringLiteral("sohoa-cli: ") + summary->stoppedMessage + QLatin1Char('\n'));
        return ExitFailure;
    }
    return summary->failedWillRetry + summary->needsAttention + summary->waiting > 0 ? ExitFailure : ExitOk;
}

// --- sync enrol

int syncEnrol(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("sync enrol"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("Enrol this office's device with a registry (administrator): registers the "
               "device's public keys with the one-time code from the registry, pins the "
               "registry's certificate or CA, and keeps the registry's keys for packages and "
               "receipts."));
    p.addOption({QStringLiteral("server"), Tr::tr("The registry's https:// address."), Tr::tr("URL")});
    p.addOption({QStringLiteral("code"), Tr::tr("The one-time enrolment code."), Tr::tr("CODE")});
    p.addOption({QStringLiteral("ca"), Tr::tr("PEM file of the registry's certificate or CA to pin."),
                 Tr::tr("FILE")});
    p.addOption({QStringLiteral("name"), Tr::tr("A name for this device (default: the computer's name)."),
                 Tr::tr("NAME")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    if (!p.isSet(QStringLiteral("server")) || !p.isSet(QStringLiteral("code")) ||
        !p.isSet(QStringLiteral("ca")))
        return ctx.usage(Tr::tr("sync enrol needs --server URL, --code CODE and --ca FILE."));
    QFile ca(p.value(QStringLiteral("ca")));
    if (!ca.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(QStringLiteral("usage.bad_ca"),
                                  Tr::tr("Cannot read %1: %2").arg(ca.fileName(), ca.errorString())),
                        json);
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    auto settings =
        sync::enrolDevice(*session, {p.value(QStringLiteral("server")), p.value(QStringLiteral("code")),
                                     ca.read(1 << 20), p.value(QStringLiteral("name")), 30000});
    if (!settings)
        return ctx.fail(settings.error(), json);
    if (json)
        ctx.jsonLine({{QStringLiteral("device_id"), settings->deviceId},
                      {QStringLiteral("registry"), settings->registryName},
                      {QStringLiteral("url"), settings->url}});
    else
        ctx.out(Tr::tr("Enrolled with %1 (%2) as device %3.\n")
                    .arg(settings->registryName, settings->url, settings->deviceId));
    return ExitOk;
}

// --- sync status

int syncStatus(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("sync status"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("Show the outbox: each batch and each record on its way to a registry, with its "
               "state, last attempt, what happened and what comes next."));
    p.addOption({QStringLiteral("batch"), Tr::tr("Only this batch."), Tr::tr("NAME")});
    p.addOption(
        {QStringLiteral("attention"), Tr::tr("Only records the supervisor must look at (rejected, conflict, "
                                             "needs attention).")});
    p.addOption({QStringLiteral("state"), Tr::tr("Only records in this sync state."), Tr::tr("STATE")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    accounts::Session* session = cmd.signIn(accounts::Permission::ReadRecords);
    if (!session)
        return cmd.exitCode();
    auto batchId = batchIdFromOption(*session, p);
    if (!batchId)
        return ctx.fail(batchId.error(), json);
    sync::OutboxFilter filter;
    filter.batchId = *batchId;
    filter.needsSupervisor = p.isSet(QStringLiteral("attention"));
    if (p.isSet(QStringLiteral("state"))) {
        sync::SyncState s;
        if (!sync::syncStateFromName(p.value(QStringLiteral("state")), s))
            return ctx.usage(Tr::tr("Unknown sync state '%1'.").arg(p.value(QStringLiteral("state"))));
        filter.state = s;
    }
    auto batches = sync::outboxBatches(session->db());
    if (!batches)
        return ctx.fail(batches.error(), json);
    for (const sync::OutboxBatch& b : *batches) {
        if (*batchId && b.batchId != *batchId)
            continue;
        if (json) {
            ctx.jsonLine({{QStringLiteral("batch"), b.toJson()}});
        } else {
            QStringList counts;
            for (auto it = b.counts.constBegin(); it != b.counts.constEnd(); ++it)
                counts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
            ctx.out(Tr::tr("Batch '%1': %2 (%3)%4\n")
                        .arg(b.batchName, sync::syncStateLabel(b.state), counts.join(QStringLiteral(", ")),
                             b.lastMessage.isEmpty() ? QString() : QStringLiteral(" - ") + b.lastMessage));
        }
    }
    for (qint64 after = 0;;) {
        filter.afterRecordId = after;
        auto records = sync::outboxRecords(session->db(), filter);
        if (!records)
            return ctx.fail(records.error(), json);
        if (records->isEmpty())
            break;
        for (const sync::OutboxRecord& r : *records) {
            if (json)
                ctx.jsonLine(r.toJson());
            else
                ctx.out(recordLine(r));
        }
        after = records->last().recordId;
    }
    return ExitOk;
}

// --- supervisor actions

// What every outbox action ends with: how many records it changed, as JSON (jsonKey) or as a
// sentence (doneText's %1).
int reportChanged(CliContext& ctx, StoreCommand& cmd, const Result<int>& n, const QString& jsonKey,
                  const QString& doneText)
{
    if (!n)
        return cmd.fail(n.error());
    if (cmd.json())
        ctx.jsonLine({{jsonKey, *n}});
    else
        ctx.out(doneText.arg(*n));
    return ExitOk;
}

// sync cancel and sync return: record ids (and the options required), one change to them.
int changeRecords(CliContext& ctx, StoreCommand& cmd, const QStringList& args, const QStringList& required,
                  const QString& usage,
                  const std::function<Result<int>(accounts::Session&, const QList<qint64>&)>& change,
                  const QString& jsonKey, const QString& doneText)
{
    QCommandLineParser& p = cmd.options();
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("Record ids."), QStringLiteral("ID..."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    bool ok = false;
    const QList<qint64> ids = idsFrom(p.positionalArguments(), &ok);
    for (const QString& option : required)
        ok = ok && p.isSet(option);
    if (!ok)
        return ctx.usage(usage);
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    return reportChanged(ctx, cmd, change(*session, ids), jsonKey, doneText);
}

int syncRetry(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("sync retry"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("Queue records again for the next sync: failed ones, ones that needed attention, "
               "or ones in a package that never came back (the registry is asked first, so "
               "nothing is sent twice). Give record ids or --batch NAME."));
    p.addOption({QStringLiteral("batch"), Tr::tr("Every record of this batch."), Tr::tr("NAME")});
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("Record ids."), QStringLiteral("[ID...]"));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    bool ok = false;
    const QList<qint64> ids = idsFrom(p.positionalArguments(), &ok);
    if (!ok && !p.isSet(QStringLiteral("batch")))
        return ctx.usage(Tr::tr("sync retry needs record ids or --batch NAME."));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    auto batchId = batchIdFromOption(*session, p);
    if (!batchId)
        return cmd.fail(batchId.error());
    return reportChanged(ctx, cmd,
                         *batchId ? sync::retryBatch(*session, *batchId) : sync::retryRecords(*session, ids),
                         QStringLiteral("queued"), Tr::tr("%1 record(s) queued again.\n"));
}

int syncCancel(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("sync cancel"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("Take records that never reached the registry out of the outbox and send them "
               "back to the clerk with a reason."));
    p.addOption({QStringLiteral("reason"), Tr::tr("Why."), Tr::tr("TEXT")});
    return changeRecords(
        ctx, cmd, args, {QStringLiteral("reason")}, Tr::tr("sync cancel needs record ids and --reason TEXT."),
        [&p](accounts::Session& session, const QList<qint64>& ids) {
            return sync::cancelRecords(session, ids, p.value(QStringLiteral("reason")));
        },
        QStringLiteral("cancelled"),
        Tr::tr("%1 record(s) taken out of the outbox and sent back to the clerk.\n"));
}

int syncReturn(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("sync return"));
    cmd.options().setApplicationDescription(
        Tr::tr("Send records the registry rejected or found in conflict back to the clerk, with "
               "the registry's reason. Approved again after correction, they are sent as a new "
               "submission."));
    return changeRecords(
        ctx, cmd, args, {}, Tr::tr("sync return needs record ids."),
        [](accounts::Session& session, const QList<qint64>& ids) {
            return sync::returnToClerk(session, ids);
        },
        QStringLiteral("returned"), Tr::tr("%1 record(s) sent back to the clerk.\n"));
}

int syncImportReceipt(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("sync import-receipt"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("Import the registry's signed receipt for an offline package: the outbox takes "
               "its answers exactly as after an online sync. Importing it again changes "
               "nothing."));
    p.addOption({QStringLiteral("receipt"), Tr::tr("The receipt file."), Tr::tr("FILE")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    if (!p.isSet(QStringLiteral("receipt")))
        return ctx.usage(Tr::tr("sync import-receipt needs --receipt FILE."));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    auto result = sync::importReceipt(*session, p.value(QStringLiteral("receipt")));
    if (!result)
        return ctx.fail(result.error(), json);
    if (json) {
        for (const sync::OutboxRecord& r : result->records)
            ctx.jsonLine(r.toJson());
        QJsonObject s = result->toJson();
        s.remove(QStringLiteral("records"));
        ctx.jsonLine({{QStringLiteral("summary"), s}});
    } else {
        for (const sync::OutboxRecord& r : result->records)
            ctx.out(recordLine(r));
        ctx.out(result->alreadyImported
                    ? Tr::tr("Receipt %1 was already imported; nothing changed.\n").arg(result->receiptId)
                    : Tr::tr("Receipt %1 for package %2: %3 answers, %4 outbox entries updated.\n")
                          .arg(result->receiptId, result->packageId)
                          .arg(result->answers)
                          .arg(result->changed));
    }
    return ExitOk;
}

void addSyncCommands(QList<Command>& out)
{
    out.append({QStringLiteral("sync"),
                Tr::tr("send approved records to the registry and record its answers"), syncRun});
    out.append({QStringLiteral("sync enrol"), Tr::tr("enrol this device with a registry (administrator)"),
                syncEnrol});
    out.append({QStringLiteral("sync status"),
                Tr::tr("show the outbox: state, last attempt and reason per record"), syncStatus});
    out.append({QStringLiteral("sync retry"), Tr::tr("queue failed or unanswered records again"), syncRetry});
    out.append({QStringLiteral("sync cancel"),
                Tr::tr("take unsent records out of the outbox, back to the clerk"), syncCancel});
    out.append({QStringLiteral("sync return"),
                Tr::tr("send registry-rejected or conflicting records back to the clerk"), syncReturn});
    out.append({QStringLiteral("sync import-receipt"),
                Tr::tr("import the registry's receipt for an offline package"), syncImportReceipt});
}

const CommandRegistration registration(addSyncCommands);

} // namespace

} // namespace sohoa::cli
