#include "TestSupport.h"

#include "core/accounts/AccountAdmin.h"
#include "core/accounts/StoreSetup.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <gtest/gtest.h>

namespace sohoa::test {

QByteArray passwordFor(const QString& account)
{
    if (account == QLatin1String("admin"))
        return kAdminPassword;
    if (account.startsWith(QLatin1String("clerk")))
        return kClerkPassword;
    return kSupervisorPassword;
}

TestStore::TestStore()
{
    path = dir.path() + QStringLiteral("/store");
    auto code = accounts::createStore(
        {path, QStringLiteral("admin"), kAdminPassword, crypto::KdfParams::interactive()});
    if (!code) {
        ADD_FAILURE() << "createStore: " << code.error().message.toStdString();
        return;
    }
    recoveryCode = *code;
    auto admin = signIn(QStringLiteral("admin"));
    if (!admin)
        return;
    for (const auto& [name, role] : {std::pair{QStringLiteral("clerk"), accounts::Role::Clerk},
                                     std::pair{QStringLiteral("clerk2"), accounts::Role::Clerk},
                                     std::pair{QStringLiteral("supervisor"), accounts::Role::Supervisor},
                                     std::pair{QStringLiteral("supervisor2"), accounts::Role::Supervisor}}) {
        auto added =
            accounts::addAccount(*admin, name, role, passwordFor(name), crypto::KdfParams::interactive());
        if (!added)
            ADD_FAILURE() << "addAccount: " << added.error().message.toStdString();
    }
}

std::unique_ptr<accounts::Session> TestStore::signIn(const QString& name)
{
    auto s = accounts::Session::signIn(path, name, passwordFor(name));
    if (!s) {
        ADD_FAILURE() << "signIn " << name.toStdString() << ": " << s.error().message.toStdString();
        return nullptr;
    }
    return std::move(*s);
}

QByteArray allBytesUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QString devsetDir()
{
    const QString env = qEnvironmentVariable("SOHOA_DEVSET_DIR");
    if (!env.isEmpty())
        return env;
    const QString shared = QStringLiteral(SOHOA_SHARED_DEVSET);
    if (QFileInfo::exists(shared + QStringLiteral("/truth.jsonl")))
        return shared;
    return QStringLiteral(SOHOA_TEST_DATA_DIR) + QStringLiteral("/devset");
}

QString binaryPath(const QString& name)
{
    for (const QString& sub : {QStringLiteral("/app/cli/"), QStringLiteral("/app/desktop/"),
                               QStringLiteral("/tests/"), QStringLiteral("/")}) {
        const QString p = QStringLiteral(SOHOA_BINARY_DIR) + sub + name;
        if (QFileInfo(p).isExecutable())
            return p;
    }
    QDirIterator it(QStringLiteral(SOHOA_BINARY_DIR), {name}, QDir::Files | QDir::Executable,
                    QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

ProcessResult runProgram(const QString& program, const QStringList& args, const QStringList& extraEnv,
                         const QByteArray& stdinData, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(30000)) {
        r.err = "could not start " + program.toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    return r;
}

ProcessResult runCli(const QStringList& args, const QStringList& extraEnv, const QByteArray& stdinData,
                     int timeoutMs)
{
    return runProgram(binaryPath(QStringLiteral("sohoa-cli")), args,
                      QStringList{QStringLiteral("SOHOA_LANG=en")} + extraEnv, stdinData, timeoutMs);
}

} // namespace sohoa::test
