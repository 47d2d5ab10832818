#pragma once

#include "accounts/Session.h"
#include "common/Result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <memory>

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

} // namespace sohoa::cli
