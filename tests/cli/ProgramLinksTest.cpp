// The desktop product links no HTTP server: only the reference registry's own
// program (sohoa-registry) does. Read from the programs' dynamic sections.
#include "TestSupport.h"

#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

// The shared libraries a program names (DT_NEEDED).
QStringList neededLibraries(const QString& program)
{
    const auto r = test::runProgram(QStandardPaths::findExecutable(QStringLiteral("readelf")),
                                    {QStringLiteral("--dynamic"), QStringLiteral("--wide"), program});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    QStringList out;
    for (const QByteArray& line : r.out.split('\n')) {
        const qsizetype open = line.indexOf("(NEEDED)");
        const qsizetype lib = line.indexOf('[');
        if (open >= 0 && lib > open)
            out.append(QString::fromUtf8(line.mid(lib + 1, line.indexOf(']', lib) - lib - 1)));
    }
    return out;
}

bool linksHttpServer(const QStringList& libraries)
{
    for (const QString& l : libraries)
        if (l.contains(QLatin1String("HttpServer"), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

TEST(ProgramLinks, DesktopAndCliLinkNoHttpServerTheRegistryDoes)
{
#ifndef Q_OS_LINUX
    GTEST_SKIP() << "reads ELF dynamic sections";
#else
    if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
        GTEST_SKIP() << "readelf (binutils) is not installed";
    for (const char* name : {"sohoa", "sohoa-cli"}) {
        const QString program = test::binaryPath(QString::fromLatin1(name));
        ASSERT_FALSE(program.isEmpty()) << name;
        const QStringList libraries = neededLibraries(program);
        ASSERT_TRUE(libraries.contains(QLatin1String("libQt6Core.so.6")))
            << name << ": " << libraries.join(u' ').toStdString();
        EXPECT_FALSE(linksHttpServer(libraries)) << name << " links " << libraries.join(u' ').toStdString();
    }
    // The check itself sees the library where it is linked.
    const QString registry = test::binaryPath(QStringLiteral("sohoa-registry"));
    ASSERT_FALSE(registry.isEmpty());
    EXPECT_TRUE(linksHttpServer(neededLibraries(registry)));
#endif
}
