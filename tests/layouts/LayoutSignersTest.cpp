// Accepted layout signers through the real sohoa-cli and a real store: a key
// an administrator accepted once is remembered, listed and removable (audited);
// a key that claims another office, or another key under a remembered
// fingerprint, is refused.
#include "QtPrinters.h"
#include "TestSupport.h"
#include "core/audit/Roster.h"
#include "core/layouts/LayoutStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> lines;
    for (const QByteArray& l : out.split('\n'))
        if (!l.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(l).object());
    return lines;
}

// A small layout of print positions (no OCR needed: the signature covers whatever the layout holds).
layouts::LayoutModel layoutNamed(const QString& name)
{
    layouts::LayoutModel l;
    l.name = name;
    l.type = QStringLiteral("birth");
    l.created = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    l.landmarks.append(
        {QStringLiteral("Họ, chữ đệm, tên:"), QStringLiteral("ho chu dem ten"), 0, 2, 10, 9, 11});
    l.landmarks.append(
        {QStringLiteral("Ngày, tháng, năm sinh:"), QStringLiteral("ngay thang nam sinh"), 0, 2, 12, 11, 13});
    layouts::FieldPlacement name0;
    name0.field = QStringLiteral("full_name");
    name0.anchor = 0;
    name0.dx = 0.5;
    name0.width = 8;
    layouts::FieldPlacement dob;
    dob.field = QStringLiteral("date_of_birth");
    dob.anchor = 1;
    dob.dx = 0.5;
    dob.width = 6;
    l.fields = {name0, dob};
    return l;
}

struct LayoutSigners : ::testing::Test {
    test::TestStore officeA, officeB;
    QTemporaryDir files;

    // Office A's administrator exports `name` into a folder of its own; returns the folder.
    QString exportFromA(const QString& name)
    {
        auto admin = officeA.admin();
        EXPECT_TRUE(admin);
        auto sig = layouts::signLayout(*admin, layoutNamed(name));
        EXPECT_TRUE(sig) << sig.error().message.toStdString();
        const QString dir = QDir(files.path()).filePath(name);
        auto written = layouts::writeLayoutFile(layoutNamed(name), dir, *sig);
        EXPECT_TRUE(written) << written.error().message.toStdString();
        return dir;
    }

    test::ProcessResult cliB(const QString& user, QStringList args)
    {
        return test::runCli(args << QStringLiteral("--store") << officeB.path << QStringLiteral("--json"),
                            {QStringLiteral("SOHOA_USER=") + user,
                             QStringLiteral("SOHOA_PASSWORD=") + QString::fromUtf8(test::passwordFor(user))});
    }

    qint64 auditCount(const char* sql)
    {
        auto admin = officeB.admin();
        auto n = admin->db().queryInt(sql);
        EXPECT_TRUE(n) << n.error().message.toStdString();
        return n ? *n : -1;
    }
};

QString errorCode(const test::ProcessResult& r)
{
    const auto lines = jsonLines(r.out);
    return lines.isEmpty() ? QString()
                           : lines.last().value(QLatin1String("error"))[QLatin1String("code")].toString();
}

} // namespace

TEST_F(LayoutSigners, AnAcceptedKeyIsRememberedListedAndRemovable)
{
    const QString first = exportFromA(QStringLiteral("Khai sinh mẫu A1"));
    const QString second = exportFromA(QStringLiteral("Khai sinh mẫu A2"));
    const QString third = exportFromA(QStringLiteral("Khai sinh mẫu A3"));
    QByteArray keyA;
    QString storeA;
    {
        auto adminA = officeA.admin();
        keyA = adminA->signingPublicKey();
        storeA = adminA->storeId();
    }
    const QString fingerprint = audit::keyFingerprint(keyA);

    // Unknown key: refused, nothing remembered.
    auto refused = cliB(QStringLiteral("admin"), {QStringLiteral("layout"), QStringLiteral("import"), first});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_EQ(errorCode(refused), QStringLiteral("layout.unknown_signer")) << refused.out.toStdString();
    auto none = cliB(QStringLiteral("admin"), {QStringLiteral("layout"), QStringLiteral("signers")});
    ASSERT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_TRUE(jsonLines(none.out).isEmpty());

    // A clerk cannot accept a key.
    auto clerkAccept = cliB(QStringLiteral("clerk"), {QStringLiteral("layout"), QStringLiteral("import"),
                                                      QStringLiteral("--accept-signer"), fingerprint, first});
    EXPECT_NE(clerkAccept.exitCode, 0);
    // An administrator accepts it once.
    auto accepted = cliB(QStringLiteral("admin"), {QStringLiteral("layout"), QStringLiteral("import"),
                                                   QStringLiteral("--accept-signer"), fingerprint, first});
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
    auto listed = cliB(QStringLiteral("clerk"), {QStringLiteral("layout"), QStringLiteral("signers")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const auto signers = jsonLines(listed.out);
    ASSERT_EQ(signers.size(), 1) << listed.out.toStdString();
    EXPECT_EQ(signers[0].value(QLatin1String("fingerprint")).toString(), fingerprint);
    EXPECT_EQ(signers[0].value(QLatin1String("office")).toString(), storeA);
    EXPECT_EQ(signers[0].value(QLatin1String("signer")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(signers[0].value(QLatin1String("accepted_by")).toString(), QStringLiteral("admin"));
    EXPECT_FALSE(signers[0].value(QLatin1String("accepted_at")).toString().isEmpty());
    EXPECT_EQ(auditCount("SELECT count(*) FROM audit WHERE action = 'layout.signer_accepted'"), 1);

    // The next file of that office needs no flag, even for a clerk who verifies.
    auto next = cliB(QStringLiteral("clerk"), {QStringLiteral("layout"), QStringLiteral("import"), second});
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_EQ(auditCount("SELECT count(*) FROM audit WHERE action = 'layout.add' AND details LIKE "
                         "'%signer_remembered%'"),
              1);

    // The same key in a file that claims another office: refused, even with the flag.
    const QString moved = QDir(files.path()).filePath(QStringLiteral("moved"));
    ASSERT_TRUE(QDir().mkpath(moved));
    const QString thirdFile = QDir(third).entryList({QStringLiteral("*.sohoa-layout.json")}).value(0);
    ASSERT_FALSE(thirdFile.isEmpty());
    {
        QFile in(QDir(third).filePath(thirdFile));
        ASSERT_TRUE(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject sig = o.value(QLatin1String("signature")).toObject();
        sig.insert(QStringLiteral("office"), QStringLiteral("another-office"));
        o.insert(QStringLiteral("signature"), sig);
        QFile out(QDir(moved).filePath(thirdFile));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
    }
    auto otherOffice = cliB(QStringLiteral("admin"), {QStringLiteral("layout"), QStringLiteral("import"),
                                                      QStringLiteral("--accept-signer"), fingerprint, moved});
    EXPECT_NE(otherOffice.exitCode, 0);
    EXPECT_EQ(errorCode(otherOffice), QStringLiteral("layout.signer_office_changed"))
        << otherOffice.out.toStdString();

    // Another key stored under the remembered fingerprint (what a fingerprint collision would
    // look like): the genuine file no longer matches and is refused.
    {
        auto admin = officeB.admin();
        auto stmt = admin->db().prepare("UPDATE layout_signers SET public_key = ? WHERE fingerprint = ?");
        ASSERT_TRUE(stmt);
        QByteArray other = keyA;
        other[0] = char(other[0] ^ 0x5a);
        stmt->bindBlob(1, other).bind(2, fingerprint);
        ASSERT_TRUE(stmt->run());
    }
    auto collision =
        cliB(QStringLiteral("admin"), {QStringLiteral("layout"), QStringLiteral("import"), third});
    EXPECT_NE(collision.exitCode, 0);
    EXPECT_EQ(errorCode(collision), QStringLiteral("layout.signer_collision")) << collision.out.toStdString();

    // Removing: administrators only, audited; the key's files are refused again, its layouts stay.
    auto clerkRemove = cliB(QStringLiteral("clerk"),
                            {QStringLiteral("layout"), QStringLiteral("signer-remove"), fingerprint});
    EXPECT_NE(clerkRemove.exitCode, 0);
    auto removed = cliB(QStringLiteral("admin"),
                        {QStringLiteral("layout"), QStringLiteral("signer-remove"), fingerprint});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    auto again = cliB(QStringLiteral("admin"),
                      {QStringLiteral("layout"), QStringLiteral("signer-remove"), fingerprint});
    EXPECT_EQ(errorCode(again), QStringLiteral("layout.signer_not_found"));
    EXPECT_EQ(auditCount("SELECT count(*) FROM audit WHERE action = 'layout.signer_removed'"), 1);
    auto afterRemoval =
        cliB(QStringLiteral("admin"), {QStringLiteral("layout"), QStringLiteral("import"), third});
    EXPECT_EQ(errorCode(afterRemoval), QStringLiteral("layout.unknown_signer"))
        << afterRemoval.out.toStdString();
    auto list = cliB(QStringLiteral("admin"), {QStringLiteral("layout"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(jsonLines(list.out).size(), 2);
}
