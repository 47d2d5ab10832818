// user add / user list / user reset-password / user passwd / user disable / user delete / user enable
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/AccountDeletion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <functional>

namespace sohoa::cli {

namespace {

int userAdd(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("user add"),
                     Tr::tr("Add an account (administrators only). The new account's password comes from "
                            "--new-password-file or SOHOA_NEW_PASSWORD."));
    QCommandLineParser& p = cmd.options();
    p.addOption({QStringLiteral("name"), Tr::tr("Account name, e.g. lan.nguyen."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("role"), Tr::tr("clerk, supervisor or admin."), Tr::tr("ROLE")});
    p.addOption({QStringLiteral("new-password-file"), Tr::tr("File holding the new account's password."),
                 Tr::tr("FILE")});
    CliContext::addKdfOption(p);
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    const QString name = p.value(QStringLiteral("name"));
    const auto role = accounts::roleFromName(p.value(QStringLiteral("role")));
    if (name.isEmpty() || !role)
        return ctx.usage(Tr::tr("user add needs --name NAME and --role clerk|supervisor|admin."));
    auto kdf = crypto::KdfParams::fromProfileName(p.value(QStringLiteral("kdf-profile")));
    if (!kdf)
        return ctx.usage(kdf.error().message);
    auto newPassword = ctx.readSecret(p.value(QStringLiteral("new-password-file")), "SOHOA_NEW_PASSWORD",
                                      Tr::tr("new password"));
    if (!newPassword)
        return cmd.fail(newPassword.error());
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    auto account = accounts::addAccount(*session, name, *role, std::move(*newPassword), *kdf);
    if (!account)
        return cmd.fail(account.error());
    if (json)
        ctx.jsonLine({{QStringLiteral("id"), double(account->id)},
                      {QStringLiteral("name"), account->name},
                      {QStringLiteral("role"), accounts::roleName(account->role)}});
    else
        ctx.out(Tr::tr("Account '%1' (%2) added.\n").arg(account->name, accounts::roleName(account->role)));
    return ExitOk;
}

int userList(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("user list"), Tr::tr("List the store's accounts."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    auto accounts = accounts::listAccounts(*session);
    if (!accounts)
        return cmd.fail(accounts.error());
    for (const accounts::Account& a : *accounts) {
        if (json)
            ctx.jsonLine({{QStringLiteral("name"), a.name},
                          {QStringLiteral("role"), accounts::roleName(a.role)},
                          {QStringLiteral("active"), a.active},
                          {QStringLiteral("must_change_password"), a.mustChangePassword},
                          {QStringLiteral("created_at"), a.createdAt}});
        else
            ctx.out(QStringLiteral("%1 %2 %3\n")
                        .arg(a.name, -24)
                        .arg(accounts::roleName(a.role), -11)
                        .arg(a.active ? QString() : Tr::tr("(disabled)")));
    }
    return ExitOk;
}

// What reset-password and enable share: an administrator gives another
// account a new password (--name, --new-password-file or SOHOA_NEW_PASSWORD,
// --kdf-profile) and the owner must change it at the next sign-in.
struct NewPasswordCommand {
    QString name;        // "user reset-password"
    QString description; // --help text
    QString needsName;   // usage error without --name
    std::function<Result<void>(accounts::Session&, const QString&, QByteArray, const crypto::KdfParams&)> act;
    QString jsonKey;                      // the JSON line's second key (true)
    std::function<QString(QString)> done; // the sentence for people
};

int runNewPasswordCommand(CliContext& ctx, const QStringList& args, const NewPasswordCommand& spec)
{
    StoreCommand cmd(ctx, spec.name, spec.description);
    QCommandLineParser& p = cmd.options();
    p.addOption({QStringLiteral("name"), Tr::tr("Account name."), Tr::tr("NAME")});
    p.addOption(
        {QStringLiteral("new-password-file"), Tr::tr("File holding the new password."), Tr::tr("FILE")});
    CliContext::addKdfOption(p);
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    const QString name = p.value(QStringLiteral("name"));
    if (name.isEmpty())
        return ctx.usage(spec.needsName);
    auto kdf = crypto::KdfParams::fromProfileName(p.value(QStringLiteral("kdf-profile")));
    if (!kdf)
        return ctx.usage(kdf.error().message);
    auto newPassword = ctx.readSecret(p.value(QStringLiteral("new-password-file")), "SOHOA_NEW_PASSWORD",
                                      Tr::tr("new password"));
    if (!newPassword)
        return cmd.fail(newPassword.error());
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    if (auto r = spec.act(*session, name, std::move(*newPassword), *kdf); !r)
        return cmd.fail(r.error());
    if (json)
        ctx.jsonLine({{QStringLiteral("name"), name}, {spec.jsonKey, true}});
    else
        ctx.out(spec.done(name));
    return ExitOk;
}

int userResetPassword(CliContext& ctx, const QStringList& args)
{
    return runNewPasswordCommand(
        ctx, args,
        {QStringLiteral("user reset-password"),
         Tr::tr("Set a new password for another account (administrators only); the owner "
                "must change it at the next sign-in."),
         Tr::tr("user reset-password needs --name NAME."),
         [](accounts::Session& s, const QString& name, QByteArray password, const crypto::KdfParams& kdf) {
             return accounts::resetPassword(s, name, std::move(password), kdf);
         },
         QStringLiteral("password_reset"),
         [](const QString& name) { return Tr::tr("New password set for '%1'.\n").arg(name); }});
}

int userPasswd(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("user passwd"),
                     Tr::tr("Change the signed-in account's own password."));
    QCommandLineParser& p = cmd.options();
    p.addOption(
        {QStringLiteral("new-password-file"), Tr::tr("File holding the new password."), Tr::tr("FILE")});
    CliContext::addKdfOption(p);
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    auto kdf = crypto::KdfParams::fromProfileName(p.value(QStringLiteral("kdf-profile")));
    if (!kdf)
        return ctx.usage(kdf.error().message);
    auto oldPassword =
        ctx.readSecret(p.value(QStringLiteral("password-file")), "SOHOA_PASSWORD", Tr::tr("password"));
    if (!oldPassword)
        return cmd.fail(oldPassword.error());
    auto newPassword = ctx.readSecret(p.value(QStringLiteral("new-password-file")), "SOHOA_NEW_PASSWORD",
                                      Tr::tr("new password"));
    if (!newPassword)
        return cmd.fail(newPassword.error());
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    if (auto r =
            accounts::changeOwnPassword(*session, std::move(*oldPassword), std::move(*newPassword), *kdf);
        !r)
        return cmd.fail(r.error());
    if (json)
        ctx.jsonLine({{QStringLiteral("password_changed"), true}});
    else
        ctx.out(Tr::tr("Password changed.\n"));
    return ExitOk;
}

// Disable and delete end the same way: the account's slot is gone, and the
// store gets a new data key now (Session::rotateDataKey), or the command says
// that 'store rekey' must still do it.
int replaceDataKeyAfter(CliContext& ctx, accounts::Session& session, bool json, QJsonObject result,
                        const QString& doneText)
{
    ctx.err(Tr::tr("Re-encrypting the store with a new key...\n"));
    auto rekeyed = session.rotateDataKey();
    if (json) {
        result.insert(QStringLiteral("rekeyed"), rekeyed.ok());
        if (!rekeyed)
            result.insert(QStringLiteral("rekey_error"), rekeyed.error().message);
        ctx.jsonLine(result);
    } else {
        ctx.out(doneText);
        if (rekeyed)
            ctx.out(Tr::tr("The store now uses a new data key.\n"));
    }
    if (!rekeyed) {
        ctx.err(Tr::tr("The store key could not be replaced yet (%1). Run 'sohoa-cli store rekey' as an "
                       "administrator "
                       "when no one else has the store open.\n")
                    .arg(rekeyed.error().message));
        return ExitFailure;
    }
    return ExitOk;
}

// Disabling and deleting take the same steps: the account by --name, the change, then the
// store's new data key (the account's owner may have kept the old one).
int withdrawAccount(CliContext& ctx, const QStringList& args, const QString& command, const QString& help,
                    const std::function<Result<void>(accounts::Session&, const QString&)>& change,
                    const std::pair<QString, QJsonValue>& outcome, const QString& done)
{
    StoreCommand cmd(ctx, command, help);
    QCommandLineParser& p = cmd.options();
    p.addOption({QStringLiteral("name"), Tr::tr("Account name."), Tr::tr("NAME")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    const QString name = p.value(QStringLiteral("name"));
    if (name.isEmpty())
        return ctx.usage(Tr::tr("Give the account with --name NAME."));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    if (auto r = change(*session, name); !r)
        return cmd.fail(r.error());
    return replaceDataKeyAfter(ctx, *session, json,
                               {{QStringLiteral("name"), name}, {outcome.first, outcome.second}},
                               done.arg(name));
}

int userDisable(CliContext& ctx, const QStringList& args)
{
    return withdrawAccount(
        ctx, args, QStringLiteral("user disable"),
        Tr::tr(
            "Disable an account (administrators). Its password stops opening the store at once, and the "
            "store gets a new data key, so that a key the account's owner may have kept opens nothing any "
            "more. Close SoHoa on this computer first; if the store is in use, the account is disabled and "
            "the new key is left for 'sohoa-cli store rekey'."),
        [](accounts::Session& session, const QString& name) {
            return accounts::setAccountActive(session, name, false);
        },
        {QStringLiteral("active"), false}, Tr::tr("Account '%1' disabled.\n"));
}

int userDelete(CliContext& ctx, const QStringList& args)
{
    return withdrawAccount(
        ctx, args, QStringLiteral("user delete"),
        Tr::tr(
            "Delete an account (administrators; not your own, not the last administrator). Its password "
            "stops opening the store, the store gets a new data key as when disabling, and the registry "
            "refuses what its key signs from now on. Its entries in the audit trail keep its name, and the "
            "name cannot be given to a new account."),
        [](accounts::Session& session, const QString& name) {
            return accounts::deleteAccount(session, name);
        },
        {QStringLiteral("deleted"), true}, Tr::tr("Account '%1' deleted.\n"));
}

int userEnable(CliContext& ctx, const QStringList& args)
{
    return runNewPasswordCommand(
        ctx, args,
        {QStringLiteral("user enable"),
         Tr::tr("Enable a disabled account again (administrators) with a new password from "
                "--new-password-file or SOHOA_NEW_PASSWORD; the owner must change it at the "
                "next sign-in."),
         Tr::tr("Give the account with --name NAME."),
         [](accounts::Session& s, const QString& name, QByteArray password, const crypto::KdfParams& kdf) {
             return accounts::enableAccount(s, name, std::move(password), kdf);
         },
         QStringLiteral("active"),
         [](const QString& name) { return Tr::tr("Account '%1' enabled.\n").arg(name); }});
}

void addUserCommands(QList<Command>& out)
{
    out.append({QStringLiteral("user add"), Tr::tr("add an account (admin)"), userAdd});
    out.append({QStringLiteral("user list"), Tr::tr("list accounts"), userList});
    out.append({QStringLiteral("user reset-password"), Tr::tr("set another account's password (admin)"),
                userResetPassword});
    out.append({QStringLiteral("user passwd"), Tr::tr("change your own password"), userPasswd});
    out.append({QStringLiteral("user disable"),
                Tr::tr("disable an account and replace the store key (admin)"), userDisable});
    out.append({QStringLiteral("user delete"),
                Tr::tr("delete an account, keep its history, replace the store key (admin)"), userDelete});
    out.append(
        {QStringLiteral("user enable"), Tr::tr("enable an account with a new password (admin)"), userEnable});
}

const CommandRegistration registration(addUserCommands);

} // namespace

} // namespace sohoa::cli
