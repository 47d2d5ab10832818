// Issue 21, finding 1 at the registry: a clerk holds the data key (their own
// password unwraps it), so a script can set a record to "approved" in the
// database and even copy a supervisor's statements from another record. The
// registry takes a record only with a clerk's and a different supervisor's
// signatures over its content under the office's roster; and it keeps the
// audit-chain heads the office showed it, so a history rewritten afterwards is
// refused at the next sync and `audit verify --against-registry` reports it.
#include "SyncTestSupport.h"
#include "core/accounts/AccountAdmin.h"
#include "core/audit/AuditChain.h"
#include "core/audit/Roster.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/store/Keyring.h"
#include "core/store/StoreLayout.h"
#include "core/sync/Approvals.h"
#include "core/sync/OfflinePackages.h"
#include "core/sync/Outbox.h"
#include "core/sync/Protocol.h"
#include "core/sync/SyncEngine.h"
#include "core/workflow/Workflow.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <gtest/gtest.h>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1 // SQLCipher's sqlite3_key
#endif
#include <sqlite3.h>

using namespace sohoa;
using namespace sohoa::test;

namespace {

// One sync round by `account` (a supervisor), its session closed afterwards.
sync::SyncSummary syncStore(TestStore& store, const QString& account = QStringLiteral("supervisor"))
{
    sync::SyncOptions o;
    o.timeoutMs = 20000;
    o.backoffBaseMs = 100;
    o.patienceSeconds = 20;
    auto sender = store.signIn(account);
    EXPECT_TRUE(sender) << account.toStdString();
    if (!sender)
        return {};
    auto summary = sync::syncNow(*sender, o, {});
    EXPECT_TRUE(summary.ok()) << (summary ? "" : summary.error().message.toStdString());
    return summary ? *summary : sync::SyncSummary{};
}

// The administrator disables "supervisor": the roster's row that says so (its last).
audit::RosterEntry disableSupervisor(TestStore& store)
{
    auto admin = store.admin();
    EXPECT_TRUE(accounts::setAccountActive(*admin, QStringLiteral("supervisor"), false).ok());
    auto roster = audit::loadRoster(admin->db());
    EXPECT_TRUE(roster.ok() && !roster->isEmpty());
    if (!roster || roster->isEmpty())
        return {};
    EXPECT_TRUE(audit::checkRoster(*roster).valid);
    return roster->last();
}

sync::OutboxRecord outboxOf(TestStore& store, qint64 recordId,
                            const QString& reader = QStringLiteral("supervisor"))
{
    auto supervisor = store.signIn(reader);
    auto r = sync::outboxRecordsFor(supervisor->db(), {recordId});
    EXPECT_TRUE(r.ok());
    return r && r->contains(recordId) ? r->value(recordId) : sync::OutboxRecord{};
}

QByteArray pngOf(int i)
{
    QImage img(320, 120, QImage::Format_Grayscale8);
    img.fill(255);
    QPainter p(&img);
    p.drawText(10, 60, QStringLiteral("forged page %1").arg(i));
    p.end();
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, "PNG");
    return out;
}

// A birth record the clerk keyed and (confirm) confirmed (state verified): no supervisor saw it.
qint64 confirmedByClerkOnly(TestStore& store, qint64 batchId, int i, bool confirm = true)
{
    auto clerk = store.clerk();
    batches::NewDocument doc;
    doc.batchId = batchId;
    doc.sourceName = QStringLiteral("forged-%1.png").arg(i);
    doc.docType = QStringLiteral("birth");
    batches::NewPage page;
    page.imageData = pngOf(i);
    page.imageFormat = QStringLiteral("png");
    page.width = 320;
    page.height = 120;
    page.dpi = 150;
    doc.pages.append(page);
    qint64 docId = 0;
    {
        auto tx = store::Transaction::begin(clerk->db());
        auto id = batches::insertDocument(clerk->db(), doc, clerk->actor());
        EXPECT_TRUE(id.ok());
        docId = id ? *id : 0;
        EXPECT_TRUE(tx->commit().ok());
    }
    auto rid =
        workflow::createManualRecord(*clerk, batchId, docId, 1, QStringLiteral("birth"), birthValues(i));
    EXPECT_TRUE(rid.ok()) << (rid ? "" : rid.error().message.toStdString());
    if (!confirm || !rid)
        return rid ? *rid : 0;
    auto confirmed = workflow::confirmRecord(*clerk, *rid);
    EXPECT_TRUE(confirmed.ok()) << (confirmed ? "" : confirmed.error().message.toStdString());
    return rid ? *rid : 0;
}

// The database opened with the SQLCipher C API and the key the clerk's own
// password unwraps, as a script would.
struct ClerkScript {
    sqlite3* db = nullptr;
    explicit ClerkScript(const QString& storePath)
    {
        const auto layout = store::StoreLayout::at(storePath);
        auto keyring = store::Keyring::load(layout.keyringFile());
        EXPECT_TRUE(keyring.ok());
        const store::KeySlot* slot = keyring->findSlot(keyring->accountSlotId(QStringLiteral("clerk")));
        EXPECT_TRUE(slot);
        auto key = store::Keyring::unwrapSlot(*slot, kClerkPassword);
        EXPECT_TRUE(key.ok());
        const QByteArray literal =
            "x'" + QByteArray(reinterpret_cast<const char*>(key->data()), int(key->size())).toHex() + "'";
        const QByteArray file = layout.databaseFile().toUtf8();
        EXPECT_EQ(sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        EXPECT_EQ(sqlite3_key(db, literal.constData(), int(literal.size())), SQLITE_OK);
        exec("PRAGMA cipher_page_size = " + QByteArray::number(store::Database::kPageSize) + ";");
    }
    ~ClerkScript() { sqlite3_close(db); }
    void exec(const QByteArray& sql)
    {
        char* err = nullptr;
        EXPECT_EQ(sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err), SQLITE_OK)
            << sql.constData() << ": " << (err ? err : "");
        sqlite3_free(err);
    }
    QList<audit::AuditEntry> entries(const QByteArray& where)
    {
        sqlite3_stmt* st = nullptr;
        const QByteArray sql = "SELECT seq, at, actor, action, entity, details, prev_hash, hash FROM audit " +
                               where + " ORDER BY seq;";
        EXPECT_EQ(sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr), SQLITE_OK);
        QList<audit::AuditEntry> out;
        auto text = [&](int c) {
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
        };
        auto blob = [&](int c) {
            return QByteArray(static_cast<const char*>(sqlite3_column_blob(st, c)),
                              sqlite3_column_bytes(st, c));
        };
        while (sqlite3_step(st) == SQLITE_ROW) {
            audit::AuditEntry e;
            e.seq = sqlite3_column_int64(st, 0);
            e.at = text(1);
            e.actor = text(2);
            e.action = text(3);
            e.entity = text(4);
            e.details = QJsonDocument::fromJson(text(5).toUtf8()).object();
            e.prevHash = blob(6);
            e.hash = blob(7);
            out.append(e);
        }
        sqlite3_finalize(st);
        return out;
    }
    void write(audit::AuditEntry& e, bool insert)
    {
        crypto::Blake2bStream h(32);
        h.add(e.prevHash);
        h.add(audit::canonicalAuditContent(e));
        e.hash = h.finish();
        sqlite3_stmt* st = nullptr;
        const char* sql =
            insert ? "INSERT INTO audit (prev_hash, hash, at, actor, action, entity, details, seq) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?);"
                   : "UPDATE audit SET prev_hash = ?, hash = ?, at = ?, actor = ?, action = ?, "
                     "entity = ?, details = ? WHERE seq = ?;";
        ASSERT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK);
        const QByteArray at = e.at.toUtf8(), actor = e.actor.toUtf8(), action = e.action.toUtf8(),
                         entity = e.entity.toUtf8(), details = canonicalJson(e.details);
        sqlite3_bind_blob(st, 1, e.prevHash.constData(), int(e.prevHash.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(st, 2, e.hash.constData(), int(e.hash.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 4, actor.constData(), int(actor.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 5, action.constData(), int(action.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 6, entity.constData(), int(entity.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 7, details.constData(), int(details.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 8, e.seq);
        EXPECT_EQ(sqlite3_step(st), SQLITE_DONE);
        sqlite3_finalize(st);
    }
    void setHead(const audit::AuditEntry& last)
    {
        exec("UPDATE meta SET value = '" + QByteArray::number(last.seq) + ':' + last.hash.toHex() +
             "' WHERE key = 'audit_head';");
    }
    // Appends an entry at the end of the chain, hashed as AuditChain does (unsigned).
    void append(const QString& actor, const QString& action, const QString& entity,
                const QJsonObject& details)
    {
        const audit::AuditEntry last = entries("WHERE seq = (SELECT MAX(seq) FROM audit)").value(0);
        audit::AuditEntry e;
        e.seq = last.seq + 1;
        e.prevHash = last.hash;
        e.at = last.at;
        e.actor = actor;
        e.action = action;
        e.entity = entity;
        e.details = details;
        write(e, true);
        setHead(e);
    }
    // Changes one entry's details and re-hashes the chain from it on.
    void rewrite(qint64 seq, const QString& key, const QJsonValue& value)
    {
        QList<audit::AuditEntry> list = entries("WHERE seq >= " + QByteArray::number(seq));
        ASSERT_FALSE(list.isEmpty());
        list.first().details.insert(key, value);
        QByteArray prev = list.first().prevHash;
        for (audit::AuditEntry& e : list) {
            e.prevHash = prev;
            write(e, false);
            prev = e.hash;
        }
        setHead(list.last());
    }
};

ProcessResult auditVerifyAgainstRegistry(TestStore& store)
{
    return runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store.path,
                   QStringLiteral("--user"), QStringLiteral("supervisor"),
                   QStringLiteral("--against-registry")},
                  {QStringLiteral("SOHOA_PASSWORD=") + QString::fromLatin1(kSupervisorPassword)});
}

} // namespace

TEST(RegistryMakerChecker, AClerkWithTheDataKeyCannotMakeTheRegistryAcceptAnApproval)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ 1"), 2);
    ASSERT_EQ(batch.recordIds.size(), 2);
    const qint64 flipped = confirmedByClerkOnly(store, batch.batchId, 11);
    const qint64 copied = confirmedByClerkOnly(store, batch.batchId, 12);
    ASSERT_TRUE(flipped && copied);
    {
        ClerkScript script(store.path);
        // 1. The state alone, as finding 1's script did.
        script.exec("UPDATE records SET state = 'approved', decided_by = 'supervisor', decided_at = "
                    "'2026-01-01T00:00:00Z' WHERE id IN (" +
                    QByteArray::number(flipped) + ", " + QByteArray::number(copied) + ");");
        // 2. And an approval entry whose statement is copied from a record the supervisor did approve.
        const QList<audit::AuditEntry> real =
            script.entries("WHERE action = 'record.approved' AND entity = 'record:" +
                           QByteArray::number(batch.recordIds[0]) + "'");
        ASSERT_EQ(real.size(), 1);
        ASSERT_TRUE(real[0].details.contains(QLatin1String("statement")));
        QJsonObject details = real[0].details;
        auto clerk = store.clerk();
        auto rec = records::loadRecord(clerk->db(), copied);
        ASSERT_TRUE(rec.ok());
        auto pages = sync::approvals::documentPageHashes(clerk->db(), rec->documentId);
        ASSERT_TRUE(pages.ok());
        details.insert(QStringLiteral("content"),
                       sync::protocol::recordContentHash(rec->type, rec->plainValues(), *pages));
        clerk.reset();
        script.append(QStringLiteral("supervisor"), QStringLiteral("record.approved"),
                      QStringLiteral("record:%1").arg(copied), details);
    }

    const sync::SyncSummary s = syncStore(store);
    EXPECT_EQ(s.accepted, 2);
    EXPECT_EQ(s.rejected, 2);
    const sync::OutboxRecord f1 = outboxOf(store, flipped);
    EXPECT_EQ(f1.state, sync::SyncState::Rejected);
    EXPECT_EQ(f1.lastCode, QStringLiteral("approval.missing")) << f1.lastMessage.toStdString();
    const sync::OutboxRecord f2 = outboxOf(store, copied);
    EXPECT_EQ(f2.state, sync::SyncState::Rejected);
    EXPECT_EQ(f2.lastCode, QStringLiteral("approval.bad_signature")) << f2.lastMessage.toStdString();
    for (qint64 id : batch.recordIds)
        EXPECT_EQ(outboxOf(store, id).state, sync::SyncState::Accepted);
    EXPECT_EQ(registry.stats().records, 2);
}

TEST(RegistryMakerChecker, TheRosterIsCheckedAndOnlyEverExtended)
{
    // Under the roster the registry holds, a record is taken only with a clerk's
    // confirmation and another account's approval, each signed over its content.
    TestStore store;
    auto admin = store.admin();
    auto rosterJson = sync::approvals::currentRoster(admin->db());
    ASSERT_TRUE(rosterJson.ok());
    auto roster = sync::approvals::rosterFromJson(*rosterJson);
    ASSERT_TRUE(roster.ok());
    ASSERT_GE(roster->size(), 3); // admin, clerk, supervisor
    EXPECT_TRUE(sync::approvals::checkRosterUpdate({}, *roster).ok());
    EXPECT_TRUE(sync::approvals::checkRosterUpdate(*roster, *roster).ok());

    // A row the clerk adds (making itself a supervisor) signed with its own key.
    QList<audit::RosterEntry> forged = *roster;
    audit::RosterEntry self = forged[1];
    for (const audit::RosterEntry& e : *roster)
        if (e.account == QLatin1String("clerk"))
            self = e;
    self.role = QStringLiteral("supervisor");
    self.signedBy = QStringLiteral("clerk");
    self.signerKey = self.publicKey;
    forged.append(self);
    EXPECT_EQ(sync::approvals::checkRosterUpdate(*roster, forged).code, QStringLiteral("roster.invalid"));
    // A valid row coming between held rows is taken (a row signed later keeps its
    // place); a held row changed is not.
    QList<audit::RosterEntry> between = *roster;
    between.insert(1, (*roster)[0]);
    EXPECT_TRUE(sync::approvals::checkRosterUpdate(*roster, between).ok());
    QList<audit::RosterEntry> changed = *roster;
    changed[1] = (*roster)[0];
    EXPECT_EQ(sync::approvals::checkRosterUpdate(*roster, changed).code,
              QStringLiteral("roster.rows_changed"));
    // Rows dropped (e.g. to bring back an older roster).
    EXPECT_EQ(sync::approvals::checkRosterUpdate(*roster, roster->mid(0, roster->size() - 1)).code,
              QStringLiteral("roster.rows_removed"));
    // A whole new roster under another root administrator.
    TestStore other;
    auto otherAdmin = other.admin();
    auto otherRoster = sync::approvals::rosterFromJson(*sync::approvals::currentRoster(otherAdmin->db()));
    ASSERT_TRUE(otherRoster.ok());
    EXPECT_EQ(sync::approvals::checkRosterUpdate(*roster, *otherRoster).code,
              QStringLiteral("roster.other_root"));

    // Statements: the clerk's and the supervisor's, not twice the same account, not a role that may not.
    const QString version = QStringLiteral("ab").repeated(32);
    auto clerk = store.clerk();
    auto supervisor = store.supervisor();
    QJsonObject fields{{QStringLiteral("x"), QStringLiteral("1")}};
    auto stmt = [&](accounts::Session& s, const char* step) {
        auto d = sync::approvals::signStep(s.db(), QLatin1String(step), s.actor(), QStringLiteral("birth"),
                                           fields, 0);
        EXPECT_TRUE(d.ok());
        return QJsonObject{{QStringLiteral("step"), QLatin1String(step)},
                           {QStringLiteral("account"), s.actor()},
                           {QStringLiteral("signature"), d->value(QLatin1String("statement"))},
                           {QStringLiteral("format"), d->value(QLatin1String("statement_format"))},
                           {QStringLiteral("seq"), d->value(QLatin1String("statement_seq"))}};
    };
    const QString content = sync::protocol::recordContentHash(QStringLiteral("birth"), fields, {});
    const QJsonObject byClerk = stmt(*clerk, sync::approvals::kVerified);
    const QJsonObject bySupervisor = stmt(*supervisor, sync::approvals::kApproved);
    EXPECT_EQ(byClerk.value(QLatin1String("format")).toInt(), sync::approvals::kStatementFormat);
    bool pagesCovered = false;
    EXPECT_TRUE(
        sync::approvals::checkApprovals(*roster, content, content, {byClerk, bySupervisor}, &pagesCovered)
            .ok());
    EXPECT_TRUE(pagesCovered);
    EXPECT_EQ(sync::approvals::checkApprovals(*roster, version, version, {byClerk, bySupervisor}).code,
              QStringLiteral("approval.bad_signature"));
    EXPECT_EQ(sync::approvals::checkApprovals(*roster, content, content, {byClerk}).code,
              QStringLiteral("approval.missing"));
    EXPECT_EQ(sync::approvals::checkApprovals(*roster, content, content,
                                              {byClerk, stmt(*clerk, sync::approvals::kApproved)})
                  .code,
              QStringLiteral("approval.wrong_role"));
    EXPECT_EQ(sync::approvals::checkApprovals({}, content, content, {byClerk, bySupervisor}).code,
              QStringLiteral("approval.no_roster"));
    // A statement that moves its own date is no longer the one signed.
    QJsonObject redated = bySupervisor;
    redated.insert(QStringLiteral("seq"), redated.value(QLatin1String("seq")).toDouble() - 1);
    EXPECT_EQ(sync::approvals::checkApprovals(*roster, content, content, {byClerk, redated}).code,
              QStringLiteral("approval.bad_signature"));
    // A statement over the pages is not one over other pages.
    const QString otherPages = sync::protocol::recordContentHash(QStringLiteral("birth"), fields,
                                                                 {QStringLiteral("cd").repeated(32)});
    EXPECT_EQ(sync::approvals::checkApprovals(*roster, content, otherPages, {byClerk, bySupervisor}).code,
              QStringLiteral("approval.bad_signature"));

    // Format 1 (type and fields only, no date), as stores before this round wrote
    // them: accepted and marked (pages not covered) while the account was never
    // disabled, refused once it was.
    auto v1 = [&](accounts::Session& s, const char* step) {
        return QJsonObject{{QStringLiteral("step"), QLatin1String(step)},
                           {QStringLiteral("account"), s.actor()},
                           {QStringLiteral("signature"),
                            QString::fromLatin1(audit::signAs(s.actor(), s.signingPublicKey(),
                                                              sync::approvals::statement(QLatin1String(step),
                                                                                         s.actor(), content))
                                                    .toBase64())}};
    };
    pagesCovered = true;
    EXPECT_TRUE(sync::approvals::checkApprovals(*roster, content, content,
                                                {v1(*clerk, sync::approvals::kVerified), bySupervisor},
                                                &pagesCovered)
                    .ok());
    EXPECT_FALSE(pagesCovered);
    QList<audit::RosterEntry> revoked = *roster;
    audit::RosterEntry off;
    for (const audit::RosterEntry& e : *roster)
        if (e.account == QLatin1String("clerk"))
            off = e;
    off.role = QLatin1String(audit::kDisabledRole);
    off.fromSeq = 1000000;
    revoked.append(off);
    EXPECT_EQ(sync::approvals::checkApprovals(revoked, content, content,
                                              {v1(*clerk, sync::approvals::kVerified), bySupervisor})
                  .code,
              QStringLiteral("approval.revoked"));
    // The same clerk's dated statement from before the revocation still holds.
    EXPECT_TRUE(sync::approvals::checkApprovals(revoked, content, content, {byClerk, bySupervisor}).ok());
}

TEST(RegistryMakerChecker, AHistoryRewrittenAfterASyncIsRefusedAndVerifyAgainstTheRegistryReportsIt)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    makeApprovedBirths(store, QStringLiteral("Sổ 1"), 1);
    EXPECT_EQ(syncStore(store).accepted, 1);

    const ProcessResult before = auditVerifyAgainstRegistry(store);
    EXPECT_EQ(before.exitCode, 0) << before.out.toStdString() << before.err.toStdString();
    EXPECT_TRUE(before.out.contains("matches")) << before.out.toStdString();

    // Records keep coming; each sync moves the anchor on.
    const SampleBatch second = makeApprovedBirths(store, QStringLiteral("Sổ 2"), 1, numberedFrom(2));
    EXPECT_EQ(syncStore(store).accepted, 1);

    // The clerk rewrites an early entry and re-hashes the chain (what finding 1's script did).
    {
        ClerkScript script(store.path);
        script.rewrite(3, QStringLiteral("note"), QStringLiteral("rewritten"));
    }
    const SampleBatch third = makeApprovedBirths(store, QStringLiteral("Sổ 3"), 1, numberedFrom(3));
    const sync::SyncSummary s = syncStore(store);
    EXPECT_EQ(s.stoppedCode, QStringLiteral("audit.fork")) << s.stoppedMessage.toStdString();
    EXPECT_EQ(s.accepted, 0);
    EXPECT_EQ(registry.stats().records, 2);
    EXPECT_NE(outboxOf(store, third.recordIds.value(0)).state, sync::SyncState::Accepted);

    const ProcessResult after = auditVerifyAgainstRegistry(store);
    EXPECT_EQ(after.exitCode, 1) << after.out.toStdString() << after.err.toStdString();

    // And the device sends nothing more, even a record whose approvals hold.
    const sync::SyncSummary again = syncStore(store);
    EXPECT_EQ(again.accepted, 0);
    EXPECT_EQ(registry.stats().records, 2);
    (void)second;
}

TEST(RegistryMakerChecker, OfflinePackagesCarryTheAuditHeadAndARewrittenOneIsRefused)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    // Package 1 (no anchor yet) is taken and anchors its head; package 2 names it.
    const SampleBatch first = makeApprovedBirths(store, QStringLiteral("Sổ 1"), 1);
    const SampleBatch second = makeApprovedBirths(store, QStringLiteral("Sổ 2"), 1, numberedFrom(2));
    const SampleBatch third = makeApprovedBirths(store, QStringLiteral("Sổ 3"), 1, numberedFrom(3));
    auto exportOne = [&](const SampleBatch& b, const QString& name) {
        auto supervisor = store.supervisor();
        auto r = sync::exportBatch(*supervisor, b.batchId, store.dir.path() + QLatin1Char('/') + name);
        EXPECT_TRUE(r.ok()) << (r ? "" : r.error().message.toStdString());
        return r ? r->file : QString();
    };
    const QString p1 = exportOne(first, QStringLiteral("1.sohoa-pkg"));
    const QString p2 = exportOne(second, QStringLiteral("2.sohoa-pkg"));
    {
        auto registryStore = registry.openStore();
        registry::RegistryService service(*registryStore);
        auto r1 = service.importPackage(p1);
        ASSERT_TRUE(r1.ok()) << r1.error().message.toStdString();
        auto r2 = service.importPackage(p2);
        ASSERT_TRUE(r2.ok()) << r2.error().message.toStdString();
    }
    EXPECT_EQ(registry.stats().records, 2);

    // The clerk rewrites an entry before package 2's head; package 3 is refused.
    {
        ClerkScript script(store.path);
        script.rewrite(4, QStringLiteral("note"), QStringLiteral("rewritten"));
    }
    const QString p3 = exportOne(third, QStringLiteral("3.sohoa-pkg"));
    auto registryStore = registry.openStore();
    registry::RegistryService service(*registryStore);
    auto r3 = service.importPackage(p3);
    ASSERT_FALSE(r3.ok());
    EXPECT_EQ(r3.error().code, QStringLiteral("audit.fork")) << r3.error().message.toStdString();
    EXPECT_EQ(registry.stats().records, 2);
}

// Issue 21, revocation: disabling an account adds a roster row "disabled",
// signed by the administrator, dated by the audit entry that disables it. The
// registry applies it with the next roster it receives: a statement the
// account's key makes from that entry on is refused (`approval.revoked`);
// statements made before stay valid, even when their record is sent later.
TEST(RegistryMakerChecker, ADisabledSupervisorsKeyIsRefusedFromItsRevocationOnAndEarlierApprovalsHold)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    // Approved by "supervisor" before it is disabled; sent only afterwards.
    const SampleBatch before = makeApprovedBirths(store, QStringLiteral("Sổ 1"), 1);
    ASSERT_EQ(before.recordIds.size(), 1);
    const qint64 late = confirmedByClerkOnly(store, before.batchId, 21);
    ASSERT_TRUE(late);
    // The supervisor keeps its signing key (its password and an old keyring.json
    // open it): here, its session stays signed in while the administrator acts.
    auto kept = store.supervisor();
    ASSERT_TRUE(kept);
    const audit::RosterEntry disabled = disableSupervisor(store);
    EXPECT_EQ(disabled.account, QStringLiteral("supervisor"));
    EXPECT_EQ(disabled.role, QLatin1String(audit::kDisabledRole));
    EXPECT_EQ(disabled.signedBy, QStringLiteral("admin"));
    // Afterwards the disabled supervisor approves with its own key, and a
    // data-key holder writes the rest.
    {
        auto tx = store::Transaction::begin(kept->db());
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(kept->db()
                        .execute("UPDATE records SET state = 'approved', decided_by = 'supervisor', "
                                 "decided_at = '2026-12-07T10:00:00Z' WHERE id = ?;",
                                 late)
                        .ok());
        auto rec = records::loadRecord(kept->db(), late);
        ASSERT_TRUE(rec.ok());
        auto d = sync::approvals::signStep(kept->db(), QLatin1String(sync::approvals::kApproved),
                                           QStringLiteral("supervisor"), rec->type, rec->plainValues(),
                                           rec->documentId);
        ASSERT_TRUE(d.ok());
        ASSERT_TRUE(d->contains(QLatin1String("statement")));
        ASSERT_TRUE(audit::appendAudit(kept->db(), QStringLiteral("supervisor"),
                                       QStringLiteral("record.approved"),
                                       QStringLiteral("record:%1").arg(late), *d)
                        .ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    kept.reset();

    // supervisor2 sends both: the roster with the "disabled" row goes first.
    const sync::SyncSummary summary = syncStore(store, QStringLiteral("supervisor2"));
    EXPECT_EQ(summary.accepted, 1);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_EQ(outboxOf(store, before.recordIds[0], QStringLiteral("supervisor2")).state,
              sync::SyncState::Accepted);
    const sync::OutboxRecord refused = outboxOf(store, late, QStringLiteral("supervisor2"));
    EXPECT_EQ(refused.state, sync::SyncState::Rejected);
    EXPECT_EQ(refused.lastCode, QStringLiteral("approval.revoked")) << refused.lastMessage.toStdString();
    EXPECT_EQ(registry.stats().records, 1);

    // Locally the entry written after the revocation does not verify either.
    auto admin = store.admin();
    auto report = audit::verifyAuditChain(admin->db());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->intact);
    EXPECT_TRUE(report->problem.contains(QLatin1String("disabled"))) << report->problem.toStdString();
}

// Issue 21: the statements cover the page images. A data-key holder who swaps
// an approved record's page image (and rewrites what the audit entries say the
// statements cover) gets the record refused by the registry, which hashes the
// uploaded image; the record next to it goes through.
TEST(RegistryMakerChecker, APageImageSwappedAfterApprovalIsRefused)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ 1"), 2);
    ASSERT_EQ(batch.recordIds.size(), 2);
    qint64 swappedPage = 0;
    {
        auto clerk = store.clerk();
        auto rec = records::loadRecord(clerk->db(), batch.recordIds[1]);
        ASSERT_TRUE(rec.ok());
        ASSERT_GT(rec->documentId, 0);
        auto pages = batches::documentPages(clerk->db(), rec->documentId);
        ASSERT_TRUE(pages.ok());
        ASSERT_FALSE(pages->isEmpty());
        swappedPage = pages->first().id;
    }
    {
        ClerkScript script(store.path);
        const QByteArray png = pngOf(99);
        script.exec("UPDATE page_images SET data = x'" + png.toHex() +
                    "' WHERE page_id = " + QByteArray::number(swappedPage) + ";");
    }
    {
        // And makes the statements' recorded content name the new page, so the
        // office sends them: only the registry can tell.
        auto clerk = store.clerk();
        auto rec = records::loadRecord(clerk->db(), batch.recordIds[1]);
        ASSERT_TRUE(rec.ok());
        auto pages = sync::approvals::documentPageHashes(clerk->db(), rec->documentId);
        ASSERT_TRUE(pages.ok());
        const QString forged = sync::protocol::recordContentHash(rec->type, rec->plainValues(), *pages);
        clerk.reset();
        ClerkScript script(store.path);
        const QList<audit::AuditEntry> signedSteps =
            script.entries("WHERE action IN ('record.confirmed', 'record.approved') AND entity = 'record:" +
                           QByteArray::number(batch.recordIds[1]) + "'");
        ASSERT_EQ(signedSteps.size(), 2);
        for (const audit::AuditEntry& e : signedSteps)
            script.rewrite(e.seq, QStringLiteral("content"), forged);
    }
    const sync::SyncSummary s = syncStore(store);
    EXPECT_EQ(s.accepted, 1);
    EXPECT_EQ(s.rejected, 1);
    EXPECT_EQ(outboxOf(store, batch.recordIds[0]).state, sync::SyncState::Accepted);
    const sync::OutboxRecord swapped = outboxOf(store, batch.recordIds[1]);
    EXPECT_EQ(swapped.state, sync::SyncState::Rejected);
    EXPECT_EQ(swapped.lastCode, QStringLiteral("approval.bad_signature"))
        << swapped.lastMessage.toStdString();
}

// Backdating after revocation (issue 21, docs/security.md): a disabled
// supervisor who kept its signing key signs an approval that claims an audit
// entry from before its revocation, for a record the clerk confirmed after
// it. The roster row in force at the claimed entry is still "supervisor", so
// only the order of the two statements shows the forgery: an approval cannot
// come before the confirmation it approves (approval.out_of_order).
TEST(RegistryMakerChecker, AnApprovalDatedBeforeTheRevocationOfARecordConfirmedAfterItIsRefused)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch honest = makeApprovedBirths(store, QStringLiteral("Sổ 1"), 1);
    ASSERT_EQ(honest.recordIds.size(), 1);
    auto kept = store.supervisor(); // its key stays registered while signed in
    ASSERT_TRUE(kept);
    const audit::RosterEntry disabled = disableSupervisor(store);
    ASSERT_EQ(disabled.role, QLatin1String(audit::kDisabledRole));
    const qint64 revokedFrom = disabled.fromSeq;
    ASSERT_GT(revokedFrom, 2);
    const qint64 late = confirmedByClerkOnly(store, honest.batchId, 31);
    ASSERT_TRUE(late);
    {
        auto tx = store::Transaction::begin(kept->db());
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(kept->db()
                        .execute("UPDATE records SET state = 'approved', decided_by = 'supervisor', "
                                 "decided_at = '2026-12-07T10:00:00Z' WHERE id = ?;",
                                 late)
                        .ok());
        auto rec = records::loadRecord(kept->db(), late);
        ASSERT_TRUE(rec.ok());
        auto pages = sync::approvals::documentPageHashes(kept->db(), rec->documentId);
        ASSERT_TRUE(pages.ok());
        const QString content = sync::protocol::recordContentHash(rec->type, rec->plainValues(), *pages);
        auto key = audit::currentSigningKey(kept->db(), QStringLiteral("supervisor"));
        ASSERT_TRUE(key.ok());
        const qint64 claimed = revokedFrom - 1; // before the revocation: its "supervisor" row is in force
        const QByteArray signature =
            audit::signAs(QStringLiteral("supervisor"), *key,
                          sync::approvals::statementV2(QLatin1String(sync::approvals::kApproved),
                                                       QStringLiteral("supervisor"), content, claimed));
        ASSERT_FALSE(signature.isEmpty());
        const QJsonObject details{{QStringLiteral("content"), content},
                                  {QStringLiteral("statement"), QString::fromLatin1(signature.toBase64())},
                                  {QStringLiteral("statement_format"), sync::approvals::kStatementFormat},
                                  {QStringLiteral("statement_seq"), double(claimed)}};
        ASSERT_TRUE(audit::appendAudit(kept->db(), QStringLiteral("supervisor"),
                                       QStringLiteral("record.approved"),
                                       QStringLiteral("record:%1").arg(late), details)
                        .ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    kept.reset();

    const sync::SyncSummary summary = syncStore(store, QStringLiteral("supervisor2"));
    EXPECT_EQ(summary.accepted, 1);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_EQ(outboxOf(store, honest.recordIds[0], QStringLiteral("supervisor2")).state,
              sync::SyncState::Accepted);
    const sync::OutboxRecord refused = outboxOf(store, late, QStringLiteral("supervisor2"));
    EXPECT_EQ(refused.state, sync::SyncState::Rejected);
    EXPECT_EQ(refused.lastCode, QStringLiteral("approval.out_of_order")) << refused.lastMessage.toStdString();
    EXPECT_EQ(registry.stats().records, 1);
}

namespace {

// What a disabled account that kept its signing key (its password and a
// keyring.json from before the revocation, and a copy of the database from
// before the rekey: here its session, signed in before the administrator acted)
// writes: a statement for step over the record as it stands, dated at audit
// entry `claimed`, and the record's state to go with it.
void backdatedStatement(accounts::Session& kept, qint64 recordId, const char* step, qint64 claimed)
{
    auto tx = store::Transaction::begin(kept.db());
    ASSERT_TRUE(tx.ok());
    const bool approval = QLatin1String(step) == QLatin1String(sync::approvals::kApproved);
    auto rec = records::loadRecord(kept.db(), recordId);
    ASSERT_TRUE(rec.ok());
    rec->state = approval ? records::RecordState::Approved : records::RecordState::Verified;
    (approval ? rec->decidedBy : rec->verifiedBy) = kept.actor();
    (approval ? rec->decidedAt : rec->verifiedAt) = QStringLiteral("2026-12-07T10:00:00Z");
    ASSERT_TRUE(records::saveRecord(kept.db(), *rec).ok());
    auto pages = sync::approvals::documentPageHashes(kept.db(), rec->documentId);
    ASSERT_TRUE(pages.ok());
    const QString content = sync::protocol::recordContentHash(rec->type, rec->plainValues(), *pages);
    const QByteArray signature =
        audit::signAs(kept.actor(), kept.signingPublicKey(),
                      sync::approvals::statementV2(QLatin1String(step), kept.actor(), content, claimed));
    ASSERT_FALSE(signature.isEmpty());
    const QJsonObject details{{QStringLiteral("content"), content},
                              {QStringLiteral("statement"), QString::fromLatin1(signature.toBase64())},
                              {QStringLiteral("statement_format"), sync::approvals::kStatementFormat},
                              {QStringLiteral("statement_seq"), double(claimed)}};
    ASSERT_TRUE(
        audit::appendAudit(kept.db(), kept.actor(),
                           approval ? QStringLiteral("record.approved") : QStringLiteral("record.confirmed"),
                           QStringLiteral("record:%1").arg(recordId), details)
            .ok());
    ASSERT_TRUE(tx->commit().ok());
}

// Disables account; returns its revocation row.
audit::RosterEntry disable(TestStore& store, const QString& account)
{
    auto admin = store.admin();
    EXPECT_TRUE(accounts::setAccountActive(*admin, account, false).ok());
    auto roster = audit::loadRoster(admin->db());
    EXPECT_TRUE(roster.ok() && !roster->isEmpty());
    return roster && !roster->isEmpty() ? roster->last() : audit::RosterEntry{};
}

sync::SyncSummary syncAs(TestStore& store, const QString& account)
{
    auto sender = store.signIn(account);
    EXPECT_TRUE(sender);
    sync::SyncOptions o;
    o.timeoutMs = 20000;
    o.backoffBaseMs = 100;
    o.patienceSeconds = 20;
    auto summary = sync::syncNow(*sender, o, {});
    EXPECT_TRUE(summary.ok()) << (summary ? "" : summary.error().message.toStdString());
    return summary ? *summary : sync::SyncSummary{};
}

} // namespace

// Backdating after revocation, the window (docs/security.md): a record the
// clerk confirmed before the supervisor was disabled and nobody approved yet.
// The disabled supervisor, who kept its key, approves it with an entry number
// from before its revocation and after the confirmation, so neither the row in
// force nor the order of the statements shows it. The revocation row lists
// the supervisor's statements that existed then (format 2): this one is not
// on it (approval.not_listed), while its approval made before the revocation
// and sent only afterwards is, and goes through.
TEST(RegistryMakerChecker, ADisabledSupervisorCannotApproveARecordConfirmedBeforeItsRevocation)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch before = makeApprovedBirths(store, QStringLiteral("Sổ 1"), 1);
    ASSERT_EQ(before.recordIds.size(), 1);
    const qint64 window = confirmedByClerkOnly(store, before.batchId, 41);
    ASSERT_TRUE(window);
    auto kept = store.supervisor();
    ASSERT_TRUE(kept);
    const audit::RosterEntry revocation = disable(store, QStringLiteral("supervisor"));
    ASSERT_EQ(revocation.role, QLatin1String(audit::kDisabledRole));
    EXPECT_EQ(revocation.format, audit::kRosterFormat);
    EXPECT_EQ(revocation.statements.size(), 1) << revocation.statements.join(u' ').toStdString();
    backdatedStatement(*kept, window, sync::approvals::kApproved, revocation.fromSeq - 1);
    kept.reset();

    const sync::SyncSummary summary = syncAs(store, QStringLiteral("supervisor2"));
    EXPECT_EQ(summary.accepted, 1);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_EQ(outboxOf(store, before.recordIds[0], QStringLiteral("supervisor2")).state,
              sync::SyncState::Accepted);
    const sync::OutboxRecord refused = outboxOf(store, window, QStringLiteral("supervisor2"));
    EXPECT_EQ(refused.state, sync::SyncState::Rejected);
    EXPECT_EQ(refused.lastCode, QStringLiteral("approval.not_listed")) << refused.lastMessage.toStdString();
    EXPECT_EQ(registry.stats().records, 1);
}

// The same for a clerk: its confirmation made before it was disabled is on the
// list and is accepted when a supervisor approves the record afterwards; a
// confirmation it dates back after the revocation, of a record it had not
// confirmed, is refused although a valid supervisor approved it.
TEST(RegistryMakerChecker, ADisabledClerksListedConfirmationIsAcceptedLaterAndABackdatedOneIsNot)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ 1"), 1);
    const qint64 listed = confirmedByClerkOnly(store, batch.batchId, 51);
    ASSERT_TRUE(listed);
    const qint64 unconfirmed = confirmedByClerkOnly(store, batch.batchId, 52, false);
    ASSERT_TRUE(unconfirmed);
    auto kept = store.clerk();
    ASSERT_TRUE(kept);
    const audit::RosterEntry revocation = disable(store, QStringLiteral("clerk"));
    ASSERT_EQ(revocation.role, QLatin1String(audit::kDisabledRole));
    ASSERT_EQ(revocation.format, audit::kRosterFormat);
    // The clerk's confirmations of records not yet delivered: the sample batch's and `listed`.
    EXPECT_EQ(revocation.statements.size(), 2) << revocation.statements.join(u' ').toStdString();
    backdatedStatement(*kept, unconfirmed, sync::approvals::kVerified, revocation.fromSeq - 1);
    kept.reset();
    {
        auto supervisor = store.supervisor();
        for (qint64 id : {listed, unconfirmed}) {
            auto approved = workflow::approveRecord(*supervisor, id);
            ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
        }
    }
    const sync::SyncSummary summary = syncAs(store, QStringLiteral("supervisor"));
    EXPECT_EQ(summary.accepted, 2);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_EQ(outboxOf(store, listed).state, sync::SyncState::Accepted);
    const sync::OutboxRecord refused = outboxOf(store, unconfirmed);
    EXPECT_EQ(refused.state, sync::SyncState::Rejected);
    EXPECT_EQ(refused.lastCode, QStringLiteral("approval.not_listed")) << refused.lastMessage.toStdString();
}

// The revocation row's list is signed with it and travels in the roster: a
// list changed after signing breaks the row; rows of format 1 (every roster
// before this version) read and check as before.
TEST(RegistryMakerChecker, TheRevocationListIsSignedAndOldRostersStillRead)
{
    TestStore store;
    makeApprovedBirths(store, QStringLiteral("Sổ 1"), 2);
    const audit::RosterEntry revocation = disable(store, QStringLiteral("supervisor"));
    ASSERT_EQ(revocation.format, audit::kRosterFormat);
    ASSERT_EQ(revocation.statements.size(), 2);
    auto admin = store.admin();
    auto json = sync::approvals::currentRoster(admin->db());
    ASSERT_TRUE(json.ok());
    int oldRows = 0;
    for (const QJsonValue& row : *json)
        oldRows += row.toObject().contains(QLatin1String("format")) ? 0 : 1;
    EXPECT_EQ(oldRows, json->size() - 1); // only the revocation has a format and a list
    auto roster = sync::approvals::rosterFromJson(*json);
    ASSERT_TRUE(roster.ok());
    EXPECT_TRUE(audit::checkRoster(*roster).valid) << audit::checkRoster(*roster).problem.toStdString();
    EXPECT_EQ(roster->last().statements, revocation.statements);
    EXPECT_TRUE(sync::approvals::checkRosterUpdate(roster->mid(0, roster->size() - 1), *roster).ok());

    QList<audit::RosterEntry> widened = *roster;
    widened.last().statements.append(QStringLiteral("999:") + QStringLiteral("00").repeated(16));
    EXPECT_FALSE(audit::checkRoster(widened).valid);
    EXPECT_EQ(sync::approvals::checkRosterUpdate(*roster, widened).code, QStringLiteral("roster.invalid"));
    // A registry that does not know a format refuses the roster rather than misread it.
    QJsonArray future = *json;
    QJsonObject last = future.last().toObject();
    last.insert(QStringLiteral("format"), 3);
    future.replace(future.size() - 1, last);
    EXPECT_FALSE(sync::approvals::rosterFromJson(future).ok());
}
