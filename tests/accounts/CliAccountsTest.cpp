// The pinned CLI for the foundation: store init, user add, audit verify,
// credentials from files or the environment, exit statuses.
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString p = dir.path() + QLatin1Char('/') + name;
    QFile f(p);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return p;
}

} // namespace

TEST(CliFoundation, HelpVersionAndUsageErrors)
{
    auto version = test::runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("sohoa-cli " SOHOA_VERSION)) << version.out.constData();
    auto help = test::runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* cmd : {"store init", "user add", "audit verify"})
        EXPECT_TRUE(help.out.contains(cmd)) << cmd;
    EXPECT_EQ(test::runCli({}).exitCode, 2);
    EXPECT_EQ(test::runCli({QStringLiteral("no-such-command")}).exitCode, 2);
    auto missing = test::runCli({QStringLiteral("store"), QStringLiteral("init")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.out.isEmpty());
    auto sub = test::runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")});
    EXPECT_EQ(sub.exitCode, 0);
    EXPECT_TRUE(sub.out.contains("--new-password-file"));
}

TEST(CliFoundation, StoreInitUserAddAndAuditVerify)
{
    QTemporaryDir dir;
    const QString store = dir.path() + QStringLiteral("/store");
    const QString pw = writeFile(dir, QStringLiteral("admin.txt"), "admin-pass-123\n");
    const QString clerkPw = writeFile(dir, QStringLiteral("clerk.txt"), "clerk-pass-123\n");

    auto init = test::runCli({QStringLiteral("store"), QStringLiteral("init"), QStringLiteral("--store"),
                              store, QStringLiteral("--admin"), QStringLiteral("admin"),
                              QStringLiteral("--password-file"), pw, QStringLiteral("--kdf-profile"),
                              QStringLiteral("interactive"), QStringLiteral("--json")});
    ASSERT_EQ(init.exitCode, 0) << init.err.constData();
    const QJsonObject created = QJsonDocument::fromJson(init.out).object();
    EXPECT_EQ(created.value(QLatin1String("recovery_code")).toString().size(), 29);

    // Credentials from the environment this time.
    const QStringList env{QStringLiteral("SOHOA_USER=admin"),
                          QStringLiteral("SOHOA_PASSWORD=admin-pass-123")};
    auto add = test::runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--store"), store,
                             QStringLiteral("--name"), QStringLiteral("lan.nguyen"), QStringLiteral("--role"),
                             QStringLiteral("clerk"), QStringLiteral("--new-password-file"), clerkPw,
                             QStringLiteral("--kdf-profile"), QStringLiteral("interactive"),
                             QStringLiteral("--json")},
                            env);
    ASSERT_EQ(add.exitCode, 0) << add.err.constData();
    EXPECT_EQ(QJsonDocument::fromJson(add.out).object().value(QLatin1String("role")).toString(),
              QStringLiteral("clerk"));

    // The clerk may not add accounts: refused with exit status 1 and a clear message.
    auto refused = test::runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--store"),
                                 store, QStringLiteral("--user"), QStringLiteral("lan.nguyen"),
                                 QStringLiteral("--password-file"), clerkPw, QStringLiteral("--name"),
                                 QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("admin"),
                                 QStringLiteral("--new-password-file"), clerkPw});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("not allowed")) << refused.err.constData();

    // A wrong password: exit 1, message on stderr, nothing on stdout.
    auto wrong = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                               store, QStringLiteral("--user"), QStringLiteral("admin")},
                              {QStringLiteral("SOHOA_PASSWORD=wrong-password")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.out.isEmpty());
    EXPECT_TRUE(wrong.err.contains("Wrong account name or password")) << wrong.err.constData();

    auto verify = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                                store, QStringLiteral("--json")},
                               env);
    ASSERT_EQ(verify.exitCode, 0) << verify.err.constData();
    const QJsonObject report = QJsonDocument::fromJson(verify.out).object();
    EXPECT_TRUE(report.value(QLatin1String("intact")).toBool());
    EXPECT_GE(report.value(QLatin1String("entries")).toInt(), 5);
}

TEST(CliFoundation, VietnameseIsTheDefaultLanguage)
{
    QTemporaryDir dir;
    auto r = test::runProgram(test::binaryPath(QStringLiteral("sohoa-cli")),
                              {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                               dir.path() + QStringLiteral("/none"), QStringLiteral("--user"),
                               QStringLiteral("a")},
                              {QStringLiteral("SOHOA_LANG="), QStringLiteral("SOHOA_PASSWORD=x")});
    EXPECT_EQ(r.exitCode, 1);
    // The Vietnamese catalogue is loaded: the message is not the English source.
    EXPECT_FALSE(r.err.contains("There is no SoHoa store")) << r.err.constData();
}
