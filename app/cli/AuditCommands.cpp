// audit verify / audit list
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/audit/AuditChain.h"
#include "core/sync/Approvals.h"

#include <QCoreApplication>

namespace sohoa::cli {

namespace {

int auditVerify(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(
        ctx, QStringLiteral("audit verify"),
        Tr::tr("Check the audit trail's hash chain. Exit status 1 names the first broken entry."));
    cmd.options().addOption(
        {QStringLiteral("against-registry"),
         Tr::tr("Also ask the registry this store is enrolled with for the audit head it anchored last, and "
                "check that the trail here still holds it.")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    accounts::Session* session = cmd.signIn(accounts::Permission::ViewAudit);
    if (!session)
        return cmd.exitCode();
    auto report = audit::verifyAuditChain(session->db());
    if (!report)
        return cmd.fail(report.error());
    if (cmd.options().isSet(QStringLiteral("against-registry"))) {
        auto anchor = sync::approvals::checkAgainstRegistry(session->db());
        if (!anchor)
            return cmd.fail(anchor.error());
        if (cmd.json())
            ctx.jsonLine({{QStringLiteral("registry_anchor"), double(anchor->seq)},
                          {QStringLiteral("anchored_at"), anchor->at},
                          {QStringLiteral("anchor_matches"), anchor->matches},
                          {QStringLiteral("anchor_problem"), anchor->problem}});
        else if (!anchor->matches)
            ctx.out(Tr::tr("AUDIT TRAIL DIFFERS FROM THE REGISTRY'S ANCHOR: %1\n").arg(anchor->problem));
        else if (anchor->anchored)
            ctx.out(Tr::tr("The registry's anchor (entry %1, %2) matches the audit trail here.\n")
                        .arg(anchor->seq)
                        .arg(anchor->at));
        else
            ctx.out(
                Tr::tr("The registry holds no anchor of this audit trail yet (no sync since enrolment).\n"));
        if (!anchor->matches && report->intact) {
            report->intact = false;
            report->firstBadSeq = anchor->seq;
            report->problem = anchor->problem;
        }
    }
    if (cmd.json()) {
        QJsonObject o{{QStringLiteral("intact"), report->intact},
                      {QStringLiteral("entries"), double(report->entries)},
                      {QStringLiteral("signed"), double(report->signedEntries)},
                      {QStringLiteral("unsigned_system"), double(report->unsignedSystem)},
                      {QStringLiteral("unsigned_before_keys"), double(report->unsignedBeforeKeys)},
                      {QStringLiteral("roster_root"), report->rosterRoot},
                      {QStringLiteral("roster_root_fingerprint"), report->rosterRootFingerprint}};
        if (!report->intact) {
            o.insert(QStringLiteral("first_bad_entry"), double(report->firstBadSeq));
            o.insert(QStringLiteral("problem"), report->problem);
        }
        ctx.jsonLine(o);
    } else if (report->intact) {
        ctx.out(Tr::tr("Audit trail intact: %1 entries.\n").arg(report->entries));
        ctx.out(Tr::tr("Signatures checked: %1; entries by the system (chained, not signed): %2; entries "
                       "from before "
                       "accounts had signing keys: %3.\n")
                    .arg(report->signedEntries)
                    .arg(report->unsignedSystem)
                    .arg(report->unsignedBeforeKeys));
        if (!report->rosterRoot.isEmpty())
            ctx.out(
                Tr::tr(
                    "Roster of signing keys rooted at administrator %1, key fingerprint %2 (compare with the "
                    "copy kept outside the store).\n")
                    .arg(report->rosterRoot, report->rosterRootFingerprint));
    } else {
        ctx.out(Tr::tr("AUDIT TRAIL BROKEN at entry %1: %2\n").arg(report->firstBadSeq).arg(report->problem));
    }
    return report->intact ? ExitOk : ExitFailure;
}

int auditList(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("audit list"), Tr::tr("List audit entries, oldest first."));
    QCommandLineParser& p = cmd.options();
    p.addOption({QStringLiteral("actor"), Tr::tr("Only this account."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("entity"), Tr::tr("Only this entity, e.g. record:42."), Tr::tr("ENTITY")});
    p.addOption({QStringLiteral("action"), Tr::tr("Only actions starting with this, e.g. record."),
                 Tr::tr("PREFIX")});
    p.addOption({QStringLiteral("from"), Tr::tr("From this time (ISO 8601, UTC)."), Tr::tr("TIME")});
    p.addOption({QStringLiteral("to"), Tr::tr("Up to this time (ISO 8601, UTC)."), Tr::tr("TIME")});
    p.addOption(
        {QStringLiteral("limit"), Tr::tr("At most this many entries."), Tr::tr("N"), QStringLiteral("1000")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    accounts::Session* session = cmd.signIn(accounts::Permission::ViewAudit);
    if (!session)
        return cmd.exitCode();
    audit::AuditFilter f;
    f.actor = p.value(QStringLiteral("actor"));
    f.entity = p.value(QStringLiteral("entity"));
    f.actionPrefix = p.value(QStringLiteral("action"));
    f.from = p.value(QStringLiteral("from"));
    f.to = p.value(QStringLiteral("to"));
    f.limit = p.value(QStringLiteral("limit")).toInt();
    auto entries = audit::queryAudit(session->db(), f);
    if (!entries)
        return cmd.fail(entries.error());
    for (const audit::AuditEntry& e : *entries) {
        if (cmd.json())
            ctx.jsonLine({{QStringLiteral("seq"), double(e.seq)},
                          {QStringLiteral("at"), e.at},
                          {QStringLiteral("actor"), e.actor},
                          {QStringLiteral("action"), e.action},
                          {QStringLiteral("entity"), e.entity},
                          {QStringLiteral("details"), e.details}});
        else
            ctx.out(QStringLiteral("%1 %2 %3 %4 %5\n").arg(e.seq).arg(e.at, e.actor, e.action, e.entity));
    }
    return ExitOk;
}

void addAuditCommands(QList<Command>& out)
{
    out.append({QStringLiteral("audit verify"), Tr::tr("check the audit trail's hash chain"), auditVerify});
    out.append({QStringLiteral("audit list"), Tr::tr("list audit entries"), auditList});
}

const CommandRegistration registration(addAuditCommands);

} // namespace

} // namespace sohoa::cli
