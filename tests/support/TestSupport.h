#pragma once

#include "core/accounts/Session.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace sohoa::test {

inline const QByteArray kAdminPassword = "admin-pass-123";
inline const QByteArray kClerkPassword = "clerk-pass-123";
inline const QByteArray kSupervisorPassword = "super-pass-123";

// A fresh store in a temporary folder with accounts admin, clerk, clerk2 and
// supervisor (cheap Argon2id parameters so tests stay fast).
struct TestStore {
    QTemporaryDir dir;
    QString path;
    QString recoveryCode;

    TestStore();
    std::unique_ptr<accounts::Session> signIn(const QString& name);
    std::unique_ptr<accounts::Session> admin() { return signIn(QStringLiteral("admin")); }
    std::unique_ptr<accounts::Session> clerk() { return signIn(QStringLiteral("clerk")); }
    std::unique_ptr<accounts::Session> supervisor() { return signIn(QStringLiteral("supervisor")); }
};

QByteArray passwordFor(const QString& account);

// Every file under dir, concatenated (to search raw bytes for plaintext).
QByteArray allBytesUnder(const QString& dir);

// Where the devset lives: $SOHOA_DEVSET_DIR, ../shared/data/devset, or tests/data/devset.
QString devsetDir();

// Path of a built program (sohoa-cli, ...).
QString binaryPath(const QString& name);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runProgram(const QString& program, const QStringList& args, const QStringList& extraEnv = {},
                         const QByteArray& stdinData = {}, int timeoutMs = 120000);
// sohoa-cli with SOHOA_LANG=en.
ProcessResult runCli(const QStringList& args, const QStringList& extraEnv = {},
                     const QByteArray& stdinData = {}, int timeoutMs = 300000);

} // namespace sohoa::test
