// The audit trail is a hash chain: any change, deletion or reordering made
// directly in the database (with the right key) is detected and named.
#include "TestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/store/Database.h"

#include <gtest/gtest.h>

using namespace sohoa;

namespace {

// A store with a known number of audit entries, and an admin session.
struct AuditFixture : ::testing::Test {
    test::TestStore store;
    std::unique_ptr<accounts::Session> admin;

    void SetUp() override
    {
        admin = store.admin();
        ASSERT_TRUE(admin);
        for (int i = 0; i < 10; ++i) {
            auto tx = store::Transaction::begin(admin->db());
            ASSERT_TRUE(tx.ok());
            ASSERT_TRUE(admin
                            ->audit(QStringLiteral("test.event"), QStringLiteral("record:%1").arg(i),
                                    {{QStringLiteral("old"), QStringLiteral("Nguyễn Văn A")},
                                     {QStringLiteral("new"), QStringLiteral("Nguyễn Văn Á")}})
                            .ok());
            ASSERT_TRUE(tx->commit().ok());
        }
    }

    qint64 entries()
    {
        auto n = admin->db().queryInt("SELECT count(*) FROM audit;");
        EXPECT_TRUE(n.ok());
        return *n;
    }

    audit::ChainReport verify()
    {
        auto r = audit::verifyAuditChain(admin->db());
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : audit::ChainReport{};
    }

    void sql(const char* statement) { ASSERT_TRUE(admin->db().exec(statement).ok()) << statement; }

    test::ProcessResult cliVerify()
    {
        admin.reset(); // the CLI signs in itself
        return test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                             store.path, QStringLiteral("--user"), QStringLiteral("admin")},
                            {QStringLiteral("SOHOA_PASSWORD=") + QString::fromLatin1(test::kAdminPassword)});
    }
};

} // namespace

TEST_F(AuditFixture, AnUntouchedChainVerifies)
{
    const auto r = verify();
    EXPECT_TRUE(r.intact) << r.problem.toStdString();
    EXPECT_EQ(r.entries, entries());
    EXPECT_EQ(cliVerify().exitCode, 0);
}

TEST_F(AuditFixture, ChangedDetailsAreDetected)
{
    sql("UPDATE audit SET details = replace(details, 'Nguyễn Văn Á', 'Nguyễn Văn B') WHERE seq = 12;");
    const auto r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadSeq, 12);
    auto cli = cliVerify();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.out.contains("entry 12")) << cli.out.constData();
}

TEST_F(AuditFixture, ChangedTimeOrActorIsDetected)
{
    sql("UPDATE audit SET actor = 'someone-else' WHERE seq = 9;");
    EXPECT_EQ(verify().firstBadSeq, 9);
}

TEST_F(AuditFixture, ReformattedDetailsAreDetected)
{
    // Same meaning, other bytes: still a rewrite.
    sql("UPDATE audit SET details = replace(details, ',', ', ') WHERE seq = 14;");
    EXPECT_EQ(verify().firstBadSeq, 14);
}

TEST_F(AuditFixture, ADeletedEntryIsDetected)
{
    sql("DELETE FROM audit WHERE seq = 10;");
    const auto r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadSeq, 10);
    auto cli = cliVerify();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.out.contains("10")) << cli.out.constData();
}

TEST_F(AuditFixture, DeletingTheNewestEntriesIsDetected)
{
    const qint64 n = entries();
    const QByteArray stmt = "DELETE FROM audit WHERE seq > " + QByteArray::number(n - 2) + ";";
    sql(stmt.constData());
    const auto r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadSeq, n - 1);
}

TEST_F(AuditFixture, ReorderedEntriesAreDetected)
{
    // Swap the contents of two entries (keeping seq order): the links break.
    sql("UPDATE audit SET seq = -1 WHERE seq = 11;"
        "UPDATE audit SET seq = 11 WHERE seq = 12;"
        "UPDATE audit SET seq = 12 WHERE seq = -1;");
    const auto r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadSeq, 11);
}

TEST_F(AuditFixture, AnInsertedEntryIsDetected)
{
    sql("UPDATE audit SET seq = -seq WHERE seq >= 13;"
        "UPDATE audit SET seq = -seq + 1 WHERE seq < 0;");
    sql("INSERT INTO audit (seq, at, actor, action, entity, details, prev_hash, hash) "
        "SELECT 13, at, actor, action, entity, details, prev_hash, hash FROM audit WHERE seq = 12;");
    EXPECT_EQ(verify().firstBadSeq, 13);
}

TEST_F(AuditFixture, QueriesFilterByActorEntityAndAction)
{
    audit::AuditFilter f;
    f.entity = QStringLiteral("record:3");
    auto r = audit::queryAudit(admin->db(), f);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 1);
    EXPECT_EQ(r->front().details.value(QLatin1String("new")).toString(), QStringLiteral("Nguyễn Văn Á"));
    f = {};
    f.actionPrefix = QStringLiteral("auth.");
    r = audit::queryAudit(admin->db(), f);
    ASSERT_TRUE(r.ok());
    EXPECT_GE(r->size(), 1);
    for (const auto& e : *r)
        EXPECT_TRUE(e.action.startsWith(QLatin1String("auth.")));
}
