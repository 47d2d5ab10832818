// Deleting an account (issue 21): its slot removed and the store re-keyed the
// same way as on disabling, a roster row that revokes its key, its audit
// history kept under its name; never the last administrator, never by a clerk.
#include "core/accounts/AccountDeletion.h"

#include "TestSupport.h"
#include "core/accounts/AccountAdmin.h"
#include "core/audit/AuditChain.h"
#include "core/audit/Roster.h"
#include "core/store/Database.h"
#include "core/store/Keyring.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

QByteArray readAll(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList as(const char* user, const QByteArray& password)
{
    return {QStringLiteral("SOHOA_USER=") + QLatin1String(user),
            QStringLiteral("SOHOA_PASSWORD=") + QString::fromLatin1(password)};
}

QList<audit::AuditEntry> entriesBy(store::Database& db, const QString& actor)
{
    audit::AuditFilter f;
    f.actor = actor;
    f.limit = 100000;
    auto r = audit::queryAudit(db, f);
    EXPECT_TRUE(r.ok());
    QList<audit::AuditEntry> out;
    for (const audit::AuditEntry& e : r.ok() ? *r : QList<audit::AuditEntry>{})
        if (e.actor == actor) // written by it, not only about it
            out.append(e);
    return out;
}

} // namespace

TEST(AccountDeletion, TheCliDeletesAnAccountRekeysTheStoreAndKeepsItsHistory)
{
    test::TestStore store;
    crypto::SecretBytes keptKey;
    int clerkEntries = 0;
    {
        auto clerk = store.clerk(); // signs in: one more entry under its name
        ASSERT_TRUE(clerk);
        keptKey = clerk->dataKey().clone();
    }
    int accountsBefore = 0;
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        clerkEntries =
            int(entriesBy(admin->db(), QStringLiteral("clerk")).size()); // its sign-in and sign-out
        ASSERT_GE(clerkEntries, 1);
        auto list = accounts::listAccounts(*admin);
        ASSERT_TRUE(list.ok());
        accountsBefore = int(list->size());
    }
    const QString keyringPath = store.path + QStringLiteral("/keyring.json");
    const QByteArray keptKeyring = readAll(keyringPath);

    // A clerk cannot delete anyone.
    auto refused = test::runCli({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("--store"),
                                 store.path, QStringLiteral("--name"), QStringLiteral("clerk2")},
                                as("clerk", test::kClerkPassword));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("not allowed")) << refused.err.constData();
    EXPECT_TRUE(store.signIn(QStringLiteral("clerk2")));
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        clerkEntries = int(entriesBy(admin->db(), QStringLiteral("clerk")).size()); // its sign-ins
        ASSERT_GE(clerkEntries, 1);
    }

    auto deleted =
        test::runCli({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("--store"), store.path,
                      QStringLiteral("--name"), QStringLiteral("clerk"), QStringLiteral("--json")},
                     as("admin", test::kAdminPassword));
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.constData();
    const QJsonObject answer = QJsonDocument::fromJson(deleted.out).object();
    EXPECT_TRUE(answer.value(QLatin1String("deleted")).toBool());
    EXPECT_TRUE(answer.value(QLatin1String("rekeyed")).toBool());

    // The deleted password opens nothing: no slot in the key file, and neither
    // the key it had nor its slot in the old key file opens the re-keyed database.
    auto s = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
    ASSERT_FALSE(s.ok());
    const QString dbFile = store.path + QStringLiteral("/store.db");
    EXPECT_FALSE(store::Database::open(dbFile, keptKey, store::Database::OpenMode::OpenExisting).ok());
    QTemporaryDir scratch;
    {
        QFile f(scratch.path() + QStringLiteral("/keyring.json"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(keptKeyring);
    }
    auto oldRing = store::Keyring::load(scratch.path() + QStringLiteral("/keyring.json"));
    ASSERT_TRUE(oldRing.ok());
    const store::KeySlot* oldSlot = oldRing->findSlot(oldRing->accountSlotId(QStringLiteral("clerk")));
    ASSERT_TRUE(oldSlot);
    auto unwrapped = store::Keyring::unwrapSlot(*oldSlot, test::kClerkPassword);
    ASSERT_TRUE(unwrapped.ok());
    EXPECT_FALSE(store::Database::open(dbFile, *unwrapped, store::Database::OpenMode::OpenExisting).ok());
    auto now = store::Keyring::load(keyringPath);
    ASSERT_TRUE(now.ok());
    EXPECT_FALSE(now->findSlot(now->accountSlotId(QStringLiteral("clerk"))));

    auto admin = store.admin();
    ASSERT_TRUE(admin);
    // Not listed any more, its name cannot be taken by a new account.
    auto list = accounts::listAccounts(*admin);
    ASSERT_TRUE(list.ok());
    for (const auto& a : *list)
        EXPECT_NE(a.name, QStringLiteral("clerk"));
    EXPECT_EQ(list->size(), accountsBefore - 1);
    auto again = accounts::addAccount(*admin, QStringLiteral("clerk"), accounts::Role::Clerk,
                                      "another-pass-123", crypto::KdfParams::interactive());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("account.exists"));
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("deleted")));
    // Nor can it be enabled, reset or deleted twice.
    EXPECT_EQ(accounts::enableAccount(*admin, QStringLiteral("clerk"), "another-pass-123").error().code,
              QStringLiteral("account.not_found"));
    EXPECT_EQ(accounts::deleteAccount(*admin, QStringLiteral("clerk")).error().code,
              QStringLiteral("account.not_found"));

    // Its history stays under its name, and the deletion is recorded.
    EXPECT_EQ(entriesBy(admin->db(), QStringLiteral("clerk")).size(), clerkEntries);
    audit::AuditFilter f;
    f.entity = QStringLiteral("account:clerk");
    f.actionPrefix = QStringLiteral("account.deleted");
    auto del = audit::queryAudit(admin->db(), f);
    ASSERT_TRUE(del.ok());
    ASSERT_EQ(del->size(), 1);
    EXPECT_EQ(del->first().actor, QStringLiteral("admin"));

    // The roster revokes its key, signed by the administrator: the registry
    // refuses what that key signs from this row on (sync/Approvals.h).
    auto roster = audit::loadRoster(admin->db());
    ASSERT_TRUE(roster.ok());
    const audit::RosterEntry* last = nullptr;
    for (const auto& e : *roster)
        if (e.account == QLatin1String("clerk"))
            last = &e;
    ASSERT_TRUE(last);
    EXPECT_EQ(last->role, QLatin1String(audit::kDisabledRole));
    EXPECT_EQ(last->signedBy, QStringLiteral("admin"));
    EXPECT_FALSE(last->signature.isEmpty());
    auto chain = audit::verifyAuditChain(admin->db());
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);
    // Everyone else still signs in under the new key.
    for (const char* name : {"clerk2", "supervisor"})
        EXPECT_TRUE(store.signIn(QString::fromLatin1(name)));
}

TEST(AccountDeletion, NeverOnesOwnAccountNorTheLastAdministrator)
{
    test::TestStore store;
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    auto self = accounts::deleteAccount(*admin, QStringLiteral("admin"));
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, QStringLiteral("account.self"));
    // A second administrator may delete the first; then it is the last one.
    ASSERT_TRUE(accounts::addAccount(*admin, QStringLiteral("admin2"), accounts::Role::Admin,
                                     "admin2-pass-123", crypto::KdfParams::interactive())
                    .ok());
    admin.reset();
    auto admin2 = accounts::Session::signIn(store.path, QStringLiteral("admin2"), "admin2-pass-123");
    ASSERT_TRUE(admin2.ok()) << admin2.error().message.toStdString();
    ASSERT_TRUE(accounts::deleteAccount(**admin2, QStringLiteral("admin")).ok());
    EXPECT_TRUE(*accounts::rekeyPending(**admin2));
    auto last = accounts::deleteAccount(**admin2, QStringLiteral("admin2"));
    ASSERT_FALSE(last.ok());
    auto rotated = (*admin2)->rotateDataKey();
    ASSERT_TRUE(rotated.ok()) << rotated.error().message.toStdString();
    EXPECT_FALSE(accounts::Session::signIn(store.path, QStringLiteral("admin"), test::kAdminPassword).ok());
    // A supervisor cannot delete anyone either.
    auto supervisor = store.supervisor();
    ASSERT_TRUE(supervisor);
    auto forbidden = accounts::deleteAccount(*supervisor, QStringLiteral("clerk"));
    ASSERT_FALSE(forbidden.ok());
    EXPECT_EQ(forbidden.error().code, QStringLiteral("auth.forbidden"));
}
