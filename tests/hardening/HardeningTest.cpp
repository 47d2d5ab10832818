// Finding 9: no core dump may carry the data key. The programs switch dumps
// off themselves; checked in this process and on a running sohoa-cli.
#include "TestSupport.h"
#include "core/hardening/ProcessHardening.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sohoa;

TEST(ProcessHardening, SwitchesCoreDumpsOff)
{
    // In a child: the hard limit cannot be raised again, and the next test
    // must see sohoa-cli set it, not inherit it from here.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const hardening::HardeningState state = hardening::hardenProcess();
        const hardening::HardeningState again = hardening::currentHardening();
        ::_exit(state.coreDumpsOff && state.notDumpable && again.coreDumpsOff && again.notDumpable ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    EXPECT_FALSE(hardening::currentHardening().notDumpable); // this process untouched
}

TEST(ProcessHardening, ARunningSohoaCliCannotDumpCore)
{
    test::TestStore store;
    // sohoa-cli waits for its password on stdin: long enough to look at it.
    QProcess cli;
    cli.start(test::binaryPath(QStringLiteral("sohoa-cli")),
              {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--store"), store.path,
               QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"),
               QStringLiteral("-")});
    ASSERT_TRUE(cli.waitForStarted());
    const QString proc = QStringLiteral("/proc/%1").arg(cli.processId());
    // RLIMIT_CORE survives the OCR runtime's one re-exec; PR_SET_DUMPABLE does
    // not, and main() sets it again: give the new image a moment to get there.
    QThread::msleep(1000);
    QByteArray limits;
    {
        QFile f(proc + QStringLiteral("/limits"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        limits = f.readAll();
    }
    QByteArray coreLine;
    for (const QByteArray& line : limits.split('\n'))
        if (line.startsWith("Max core file size"))
            coreLine = line.simplified();
    EXPECT_TRUE(coreLine.startsWith("Max core file size 0 0")) << coreLine.constData();
    if (::geteuid() != 0) {
        // Not dumpable: the kernel hands its /proc files to root.
        EXPECT_EQ(QFileInfo(proc + QStringLiteral("/environ")).ownerId(), 0u);
    }
    cli.write(QByteArray(test::kAdminPassword) + '\n');
    cli.closeWriteChannel();
    ASSERT_TRUE(cli.waitForFinished(60000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().constData();
}
