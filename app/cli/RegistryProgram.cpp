// serve-registry ...: the reference registry is a program of its own
// (sohoa-registry, server/), so that sohoa-cli links no HTTP server. These
// commands hand the whole command line to it, unchanged.
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#else
#include <QProcess>
#endif

namespace sohoa::cli {

namespace {

QString registryProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("sohoa-registry.exe");
#else
    const QString name = QStringLiteral("sohoa-registry");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

int runRegistryProgram(CliContext& ctx, const QStringList&)
{
    const QString program = registryProgram();
    const QStringList args = QCoreApplication::arguments().mid(1); // with --lang, wherever it stood
    if (!QFileInfo(program).isExecutable())
        return ctx.fail(
            makeError(QStringLiteral("registry.program_missing"),
                      Tr::tr("The reference registry program %1 is not installed beside sohoa-cli.")
                          .arg(QDir::toNativeSeparators(program))),
            args.contains(QStringLiteral("--json")));
#ifdef Q_OS_UNIX
    // The registry takes this process's place: same pid, standard streams and
    // signals, so a caller that stops "sohoa-cli serve-registry" stops it.
    QList<QByteArray> storage;
    storage.append(QFile::encodeName(program));
    for (const QString& a : args)
        storage.append(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    const int error = errno;
    return ctx.fail(makeError(QStringLiteral("registry.program_missing"),
                              Tr::tr("Cannot start the reference registry program %1: %2")
                                  .arg(program, QString::fromLocal8Bit(std::strerror(error)))),
                    args.contains(QStringLiteral("--json")));
#else
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program, args);
    if (!process.waitForStarted(-1) || !process.waitForFinished(-1))
        return ctx.fail(makeError(QStringLiteral("registry.program_missing"),
                                  Tr::tr("Cannot start the reference registry program %1: %2")
                                      .arg(QDir::toNativeSeparators(program), process.errorString())),
                        args.contains(QStringLiteral("--json")));
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : ExitFailure;
#endif
}

void addRegistryProgramCommands(QList<Command>& out)
{
    for (Command c : registryCommandList()) {
        c.run = runRegistryProgram;
        out.append(c);
    }
}

const CommandRegistration registration(addRegistryProgramCommands);

} // namespace

} // namespace sohoa::cli
