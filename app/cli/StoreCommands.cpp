// store init / store recover
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/StoreSetup.h"
#include "core/crypto/PasswordKdf.h"

#include <QCoreApplication>

namespace sohoa::cli {

namespace {

int storeInit(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("store init"),
                     Tr::tr("Create a new encrypted store with its first administrator. The password comes "
                            "from --password-file or SOHOA_PASSWORD. Prints the one-time recovery code."));
    QCommandLineParser& p = cmd.options();
    p.addOption(
        {QStringLiteral("admin"), Tr::tr("Name of the first administrator account."), Tr::tr("NAME")});
    CliContext::addKdfOption(p);
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    const QString store = ctx.storePath(p);
    if (store.isEmpty())
        return ctx.usage(Tr::tr("store init needs --store PATH."));
    QString admin = p.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        admin = p.value(QStringLiteral("user"));
    if (admin.isEmpty())
        return ctx.usage(Tr::tr("store init needs --admin NAME."));
    auto kdf = crypto::KdfParams::fromProfileName(p.value(QStringLiteral("kdf-profile")));
    if (!kdf)
        return ctx.usage(kdf.error().message);
    auto password =
        ctx.readSecret(p.value(QStringLiteral("password-file")), "SOHOA_PASSWORD", Tr::tr("password"));
    if (!password)
        return cmd.fail(password.error());
    ctx.err(Tr::tr("Creating the store (deriving the key takes a moment)...\n"));
    auto code = accounts::createStore({store, admin, std::move(*password), *kdf});
    if (!code)
        return cmd.fail(code.error());
    if (json) {
        ctx.jsonLine({{QStringLiteral("store"), store},
                      {QStringLiteral("admin"), admin},
                      {QStringLiteral("recovery_code"), *code}});
    } else {
        ctx.out(Tr::tr("Store created at %1 with administrator '%2'.\n\n"
                       "RECOVERY CODE (shown only now; write it down and keep it in the commune's safe):\n\n"
                       "    %3\n\n"
                       "It opens the store if every administrator password is lost.\n")
                    .arg(store, admin, *code));
    }
    return ExitOk;
}

int storeRecover(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("store recover"),
                     Tr::tr("Open the store with the recovery code and set a new password for an "
                            "administrator account. The use is recorded in the audit trail."));
    QCommandLineParser& p = cmd.options();
    p.addOption({QStringLiteral("recovery-code-file"),
                 Tr::tr("File holding the recovery code ('-' = stdin)."), Tr::tr("FILE")});
    p.addOption(
        {QStringLiteral("admin"), Tr::tr("Administrator account to set the password of."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("new-password-file"),
                 Tr::tr("File holding the new password (or SOHOA_NEW_PASSWORD)."), Tr::tr("FILE")});
    CliContext::addKdfOption(p);
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    const QString store = ctx.storePath(p);
    const QString admin = p.value(QStringLiteral("admin"));
    if (store.isEmpty() || admin.isEmpty())
        return ctx.usage(Tr::tr("store recover needs --store PATH and --admin NAME."));
    auto kdf = crypto::KdfParams::fromProfileName(p.value(QStringLiteral("kdf-profile")));
    if (!kdf)
        return ctx.usage(kdf.error().message);
    auto code = ctx.readSecret(p.value(QStringLiteral("recovery-code-file")), "SOHOA_RECOVERY_CODE",
                               Tr::tr("recovery code"));
    if (!code)
        return cmd.fail(code.error());
    auto newPassword = ctx.readSecret(p.value(QStringLiteral("new-password-file")), "SOHOA_NEW_PASSWORD",
                                      Tr::tr("new password"));
    if (!newPassword)
        return cmd.fail(newPassword.error());
    auto session = accounts::Session::signInWithRecoveryCode(store, QString::fromUtf8(*code));
    if (!session)
        return cmd.fail(session.error());
    if (auto r = accounts::resetPassword(**session, admin, std::move(*newPassword), *kdf); !r)
        return cmd.fail(r.error());
    if (json)
        ctx.jsonLine({{QStringLiteral("account"), admin}, {QStringLiteral("password_reset"), true}});
    else
        ctx.out(Tr::tr("New password set for '%1'.\n").arg(admin));
    return ExitOk;
}

void addStoreCommands(QList<Command>& out)
{
    out.append({QStringLiteral("store init"),
                Tr::tr("create a new encrypted store and its first administrator"), storeInit});
    out.append({QStringLiteral("store recover"),
                Tr::tr("set an administrator password with the recovery code"), storeRecover});
}

const CommandRegistration registration(addStoreCommands);

} // namespace

} // namespace sohoa::cli
