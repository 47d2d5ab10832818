// sohoa-cli's help as a user reads it, and the serve-registry commands handed
// to the sohoa-registry program without the user seeing a difference.
#include "TestSupport.h"

#include <QRegularExpression>
#include <QStringList>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

// The lines of the command table: "  NAME  summary".
QStringList commandLines(const QString& help)
{
    const qsizetype start = help.indexOf(QLatin1String("Commands:\n"));
    const qsizetype end = help.indexOf(QLatin1String("\n\n"), start);
    if (start < 0 || end < 0)
        return {};
    return help.mid(start + 10, end - start - 10).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST(CliHelp, EveryCommandNameStandsApartFromItsSummaryInOneColumn)
{
    const auto help = test::runCli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0) << help.err.constData();
    const QStringList lines = commandLines(QString::fromUtf8(help.out));
    ASSERT_GT(lines.size(), 20) << help.out.constData();
    // The summary column: where the first line's summary starts.
    static const QRegularExpression row(QStringLiteral("^  (\\S+(?: \\S+)*)  +(\\S.*)$"));
    qsizetype column = -1;
    bool sawLongest = false;
    for (const QString& line : lines) {
        const auto m = row.match(line);
        ASSERT_TRUE(m.hasMatch()) << "a name runs into its summary: " << line.toStdString();
        if (column < 0)
            column = m.capturedStart(2);
        EXPECT_EQ(m.capturedStart(2), column) << line.toStdString();
        sawLongest = sawLongest || m.captured(1) == QLatin1String("serve-registry revoke-device");
    }
    EXPECT_TRUE(sawLongest) << help.out.constData();
}

TEST(CliHelp, CommandHelpNamesTheCommandNotTheProgramPath)
{
    for (const QStringList& command :
         {QStringList{QStringLiteral("store"), QStringLiteral("init")},
          QStringList{QStringLiteral("records")},
          QStringList{QStringLiteral("serve-registry"), QStringLiteral("stats")}}) {
        const auto r = test::runCli(command + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << r.err.constData();
        const QString first = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
        EXPECT_TRUE(first.startsWith(QLatin1String("Usage: sohoa-cli ") + command.join(QLatin1Char(' '))))
            << first.toStdString();
        EXPECT_FALSE(first.contains(QLatin1Char('/'))) << first.toStdString();
    }
}

TEST(CliHelp, RegistryCommandsRunInTheRegistryProgramWithTheSameArguments)
{
    // Usage errors, exit statuses and messages come back unchanged.
    const auto noData =
        test::runCli({QStringLiteral("serve-registry"), QStringLiteral("stats"), QStringLiteral("--json")});
    EXPECT_EQ(noData.exitCode, 2) << noData.err.constData();
    EXPECT_TRUE(noData.out.contains("usage.no_data")) << noData.out.constData();
    // --lang stays in force wherever it stood.
    const auto vi = test::runCli({QStringLiteral("--lang"), QStringLiteral("vi"),
                                  QStringLiteral("serve-registry"), QStringLiteral("devices")});
    EXPECT_EQ(vi.exitCode, 2);
    EXPECT_FALSE(vi.err.contains("Give the registry's data folder")) << vi.err.constData();
}
