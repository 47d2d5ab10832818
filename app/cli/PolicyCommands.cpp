// policy idle-lock
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/accounts/IdleLockPolicy.h"

#include <QCoreApplication>

namespace sohoa::cli {

namespace {

int policyIdleLock(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Show, or set (administrators), the longest idle time after which the desktop "
               "locks, per role. Users may choose a shorter time, never a longer one."));
    CliContext::addStoreOptions(p);
    p.addOption({QStringLiteral("role"), Tr::tr("clerk, supervisor or admin."), Tr::tr("ROLE")});
    p.addOption({QStringLiteral("minutes"), Tr::tr("Longest idle time in minutes."), Tr::tr("N")});
    if (int rc = ctx.parse(p, QStringLiteral("policy idle-lock"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    const bool setting = p.isSet(QStringLiteral("minutes"));
    std::optional<accounts::Role> role;
    if (p.isSet(QStringLiteral("role"))) {
        role = accounts::roleFromName(p.value(QStringLiteral("role")));
        if (!role)
            return ctx.usage(Tr::tr("--role is clerk, supervisor or admin."));
    }
    bool ok = false;
    const int minutes = p.value(QStringLiteral("minutes")).toInt(&ok);
    if (setting && (!role || !ok))
        return ctx.usage(Tr::tr("policy idle-lock needs --role ROLE with --minutes N."));
    auto session = ctx.signIn(p);
    if (!session)
        return ctx.fail(session.error(), json);
    if (setting) {
        if (auto r = accounts::setIdleLockLimit(**session, *role, minutes); !r)
            return ctx.fail(r.error(), json);
    }
    for (accounts::Role r : {accounts::Role::Clerk, accounts::Role::Supervisor, accounts::Role::Admin}) {
        if (role && r != *role)
            continue;
        auto limit = accounts::idleLockLimit((*session)->db(), r);
        if (!limit)
            return ctx.fail(limit.error(), json);
        if (json)
            ctx.jsonLine(
                {{QStringLiteral("role"), accounts::roleName(r)}, {QStringLiteral("max_minutes"), *limit}});
        else
            ctx.out(
                Tr::tr("%1: locks after at most %2 minutes idle\n").arg(accounts::roleName(r)).arg(*limit));
    }
    return ExitOk;
}

void addPolicyCommands(QList<Command>& out)
{
    out.append({QStringLiteral("policy idle-lock"),
                Tr::tr("show or set the longest idle time per role (admin)"), policyIdleLock});
}

const CommandRegistration registration(addPolicyCommands);

} // namespace

} // namespace sohoa::cli
