// `sohoa-cli extract` as SPEC §3 pins it: JSON Lines on stdout in input order,
// per-file errors, exit statuses, progress only on stderr, --jobs, --type.
#include "TestPages.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

// Every stdout line must be one JSON object.
QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << "not JSON on stdout: " << line.toStdString();
        EXPECT_TRUE(doc.isObject());
        objects.append(doc.object());
    }
    return objects;
}

void expectDocumentShape(const QJsonObject& o)
{
    EXPECT_TRUE(o.value(QStringLiteral("type")).isString());
    EXPECT_GE(o.value(QStringLiteral("pages")).toInt(), 1);
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonObject f = it->toObject();
        EXPECT_TRUE(f.value(QStringLiteral("value")).isString()) << it.key().toStdString();
        const double c = f.value(QStringLiteral("confidence")).toDouble(-1);
        EXPECT_GE(c, 0.0);
        EXPECT_LE(c, 1.0);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject i = v.toObject();
        for (const char* key : {"code", "field", "severity", "message"})
            EXPECT_TRUE(i.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(i.value(QStringLiteral("severity")) == QStringLiteral("error") ||
                    i.value(QStringLiteral("severity")) == QStringLiteral("warning"));
    }
}

} // namespace

TEST(ExtractCli, JsonLinesInInputOrderWithPerFileErrors)
{
    QTemporaryDir dir;
    const QList<test::BadFile> corpus = test::writeBadInputCorpus(dir.path());
    QStringList args{QStringLiteral("extract"), QStringLiteral("--jobs"), QStringLiteral("2")};
    QStringList expected;
    // Good files between broken ones: the good ones still go through, in order.
    args << test::devsetImage(QStringLiteral("scan-0020.png"));
    expected << args.last();
    for (const test::BadFile& bad : corpus) {
        args << dir.path() + QLatin1Char('/') + bad.name;
        expected << args.last();
    }
    args << test::devsetImage(QStringLiteral("scan-0043.pdf"));
    expected << args.last();
    const test::ProcessResult r = test::runCli(args);
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    const QList<QJsonObject> lines = jsonLines(r.out);
    ASSERT_EQ(lines.size(), expected.size()) << r.out.toStdString();
    for (int i = 0; i < lines.size(); ++i)
        EXPECT_EQ(lines[i].value(QStringLiteral("file")).toString(), expected[i]);

    const QJsonObject birth = lines.front();
    ASSERT_FALSE(birth.contains(QStringLiteral("error"))) << QJsonDocument(birth).toJson().toStdString();
    expectDocumentShape(birth);
    EXPECT_EQ(birth.value(QStringLiteral("pages")).toInt(), 1);
    const QJsonObject land = lines.back();
    ASSERT_FALSE(land.contains(QStringLiteral("error")));
    expectDocumentShape(land);
    EXPECT_EQ(land.value(QStringLiteral("pages")).toInt(), 2);
    for (int i = 1; i + 1 < lines.size(); ++i) {
        const QJsonObject e = lines[i].value(QStringLiteral("error")).toObject();
        EXPECT_EQ(e.value(QStringLiteral("code")).toString(), QStringLiteral("input.unreadable"))
            << corpus[i - 1].what.toStdString();
        EXPECT_FALSE(e.value(QStringLiteral("message")).toString().isEmpty());
        EXPECT_FALSE(lines[i].contains(QStringLiteral("fields")));
    }
    // Progress and messages are on stderr only.
    EXPECT_TRUE(r.err.contains("pages/min")) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains("pages/min"));
}

TEST(ExtractCli, TypeHintJobsAndCleanExit)
{
    const QString jpeg = test::devsetImage(QStringLiteral("scan-0040.jpg"));
    const test::ProcessResult r =
        test::runCli({QStringLiteral("extract"), QStringLiteral("--type"), QStringLiteral("death"),
                      QStringLiteral("--jobs"), QStringLiteral("1"), QStringLiteral("--quiet"), jpeg});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<QJsonObject> lines = jsonLines(r.out);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].value(QStringLiteral("type")).toString(), QStringLiteral("death"));
    expectDocumentShape(lines[0]);
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(ExtractCli, UsageErrorsExitTwoAndPrintNothingOnStdout)
{
    const QString png = test::devsetImage(QStringLiteral("scan-0020.png"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("extract")},
          QStringList{QStringLiteral("extract"), QStringLiteral("--jobs"), QStringLiteral("0"), png},
          QStringList{QStringLiteral("extract"), QStringLiteral("--jobs"), QStringLiteral("many"), png},
          QStringList{QStringLiteral("extract"), QStringLiteral("--type"), QStringLiteral("passport"), png},
          QStringList{QStringLiteral("extract"), QStringLiteral("--no-such-flag"), png}}) {
        const test::ProcessResult r = test::runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    const test::ProcessResult help = test::runCli({QStringLiteral("extract"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--jobs"));
}

TEST(ExtractCli, AllUnreadableStillOneLineEach)
{
    QTemporaryDir dir;
    const QList<test::BadFile> corpus = test::writeBadInputCorpus(dir.path());
    // A whole folder: every file in it is taken (by content), the result is still one line per file.
    const test::ProcessResult r = test::runCli({QStringLiteral("extract"), QStringLiteral("--quiet"),
                                                dir.path(), dir.path() + QStringLiteral("/letter.png")});
    EXPECT_EQ(r.exitCode, 3);
    const QList<QJsonObject> lines = jsonLines(r.out);
    // Every corpus file has an importable extension; the explicit one comes again at the end.
    EXPECT_EQ(lines.size(), corpus.size() + 1);
    for (const QJsonObject& o : lines)
        EXPECT_EQ(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                  QStringLiteral("input.unreadable"))
            << o.value(QStringLiteral("file")).toString().toStdString();
    EXPECT_EQ(lines.last().value(QStringLiteral("file")).toString(),
              dir.path() + QStringLiteral("/letter.png"));
}
