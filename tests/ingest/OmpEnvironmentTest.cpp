// OMP_THREAD_LIMIT=1 must be in force in every process that runs OCR, also
// when the user who starts it never set it (or set it to something else):
// read the environment of the running sohoa-cli and sohoa from /proc.
#include "TestPages.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

QByteArrayList environOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().split('\0');
}

// Starts the program without OMP_THREAD_LIMIT (or with `initial`) and watches
// its environment until it shows the variable or the program ends.
QByteArray observedLimit(const QString& program, const QStringList& args, const QByteArray& initial,
                         const QStringList& extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OMP_THREAD_LIMIT"));
    if (!initial.isEmpty())
        env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QString::fromLatin1(initial));
    for (const QString& kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForStarted(30000)) << program.toStdString();
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    // The re-exec happens in the first milliseconds; give a loaded machine time.
    while (clock.elapsed() < 60000 && p.state() == QProcess::Running) {
        for (const QByteArray& kv : environOf(p.processId()))
            if (kv.startsWith("OMP_THREAD_LIMIT="))
                seen = kv.mid(17);
        if (seen == "1")
            break;
        QThread::msleep(20);
    }
    p.kill();
    p.waitForFinished(30000);
    return seen;
}

} // namespace

TEST(OmpEnvironment, CommandLineOcrRunsWithThreadLimitOne)
{
    const QString cli = test::binaryPath(QStringLiteral("sohoa-cli"));
    ASSERT_FALSE(cli.isEmpty());
    const QStringList args{QStringLiteral("extract"), QStringLiteral("--quiet"),
                           test::devsetImage(QStringLiteral("scan-0020.png")),
                           test::devsetImage(QStringLiteral("scan-0043.pdf"))};
    EXPECT_EQ(observedLimit(cli, args, {}), QByteArray("1"));
    // A user's own setting is overridden too: parallelism is across pages.
    EXPECT_EQ(observedLimit(cli, args, "8"), QByteArray("1"));
}

TEST(OmpEnvironment, DesktopAppRunsWithThreadLimitOne)
{
    const QString app = test::binaryPath(QStringLiteral("sohoa"));
    ASSERT_FALSE(app.isEmpty());
    QTemporaryDir dir;
    // The app starts at its sign-in window and waits there; that is long enough to look.
    EXPECT_EQ(observedLimit(app, {QStringLiteral("--store"), dir.path() + QStringLiteral("/store")}, {},
                            {QStringLiteral("QT_QPA_PLATFORM=offscreen")}),
              QByteArray("1"));
}
