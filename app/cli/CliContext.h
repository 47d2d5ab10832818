#pragma once

#include "Tr.h"
#include "core/accounts/Role.h"
#include "core/accounts/Session.h"
#include "core/common/Result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace sohoa::cli {

// What every subcommand needs: output channels (stdout for results, stderr for
// progress and messages), option parsing and signing in.
class CliContext {
public:
    void out(const QString& text);
    void err(const QString& text);
    void jsonLine(const QJsonObject& object); // one JSON object per line on stdout

    // Adds --help and the common store/credential/--json options.
    static void addStoreOptions(QCommandLineParser& parser);
    static void addJsonOption(QCommandLineParser& parser);
    // --kdf-profile, for commands that wrap a key with a new password.
    static void addKdfOption(QCommandLineParser& parser);

    // Parses args (without the command words). Returns -1 to continue, or the
    // exit status to return (after --help or a usage error).
    int parse(QCommandLineParser& parser, const QString& command, const QStringList& args);

    // --store, then SOHOA_STORE. Empty with a usage message when neither is given.
    QString storePath(const QCommandLineParser& parser);
    // Signs in with --user/--password-file or SOHOA_USER/SOHOA_PASSWORD.
    Result<std::unique_ptr<accounts::Session>> signIn(const QCommandLineParser& parser);

    // First line of FILE ('-' = stdin) or, if no file option, the environment variable.
    Result<QByteArray> readSecret(const QString& file, const char* envVar, const QString& what);

    // Reports an error (stderr; also a JSON line with --json) and returns ExitFailure.
    int fail(const Error& error, bool json);
    int usage(const QString& message);

private:
    bool m_json = false;
};

// The preamble every store command shares (KeePassXC's DatabaseCommand is the
// model): the store and sign-in options, parsing with --help and usage errors,
// --json, signing in with the command's permission, and failures reported
// alike (stderr, and a JSON line with --json).
//
//   StoreCommand cmd(ctx, QStringLiteral("audit verify"), Tr::tr("Check ..."));
//   cmd.options().addOption(...);                      // the command's own
//   if (int rc = cmd.parse(args); rc >= 0)
//       return rc;
//   accounts::Session* session = cmd.signIn(accounts::Permission::ViewAudit);
//   if (!session)
//       return cmd.exitCode();                          // already reported
//   ... if (!r) return cmd.fail(r.error());
class StoreCommand {
public:
    StoreCommand(CliContext& ctx, QString name, const QString& description = {});
    ~StoreCommand();
    StoreCommand(const StoreCommand&) = delete;
    StoreCommand& operator=(const StoreCommand&) = delete;

    QCommandLineParser& options() { return m_parser; }
    const QCommandLineParser& parser() const { return m_parser; }
    // Returns -1 to go on, or the exit status to return (after --help or a usage error).
    int parse(const QStringList& args);
    bool json() const { return m_json; }

    // Signs in (--user/--password-file or the environment) and checks the
    // permission. Null after reporting why not; then return exitCode(). The
    // session lives as long as this object.
    accounts::Session* signIn(std::optional<accounts::Permission> permission = std::nullopt);
    int exitCode() const { return m_exitCode; }
    int fail(const Error& error);

private:
    CliContext& m_ctx;
    QString m_name;
    QCommandLineParser m_parser;
    bool m_json = false;
    int m_exitCode;
    std::unique_ptr<accounts::Session> m_session;
};

} // namespace sohoa::cli
