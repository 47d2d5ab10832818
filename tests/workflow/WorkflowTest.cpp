// A record's life: edits kept with who/when/old/new, confirmation blocked by
// errors, maker-checker on decisions, rejected records back to the clerk.
#include "core/workflow/Workflow.h"

#include "TestSupport.h"
#include "core/accounts/AccountAdmin.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/records/RecordRepository.h"
#include "core/review/RecordRows.h"

#include <gtest/gtest.h>

using namespace sohoa;
using records::RecordState;

namespace {

struct WorkflowFixture : ::testing::Test {
    test::TestStore store;
    std::unique_ptr<accounts::Session> clerk;
    qint64 batchId = 0;

    void SetUp() override
    {
        clerk = store.clerk();
        ASSERT_TRUE(clerk);
        auto b = batches::createBatch(*clerk, QStringLiteral("Khai sinh 2019"));
        ASSERT_TRUE(b.ok());
        batchId = b->id;
    }

    qint64 addBirth(const QMap<QString, QString>& values)
    {
        auto id = workflow::createManualRecord(*clerk, batchId, 0, 1, QStringLiteral("birth"), values);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }

    QMap<QString, QString> completeBirth()
    {
        return {{QStringLiteral("full_name"), QStringLiteral("NGUYỄN VĂN AN")},
                {QStringLiteral("date_of_birth"), QStringLiteral("2019-03-15")},
                {QStringLiteral("sex"), QStringLiteral("male")},
                {QStringLiteral("registration_place"), QStringLiteral("Ủy ban nhân dân xã Tân Phú")},
                {QStringLiteral("registration_date"), QStringLiteral("2019-03-20")}};
    }
};

} // namespace

TEST_F(WorkflowFixture, EditsAreKeptWithWhoWhenOldAndNew)
{
    const qint64 id = addBirth(completeBirth());
    auto r =
        workflow::editFields(*clerk, id, {{QStringLiteral("full_name"), QStringLiteral("NGUYỄN VĂN ÂN")}});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->value(QStringLiteral("full_name")), QStringLiteral("NGUYỄN VĂN ÂN"));
    EXPECT_EQ(r->fields.value(QStringLiteral("full_name")).source, QStringLiteral("clerk"));
    auto st =
        clerk->db().prepare("SELECT old_value, new_value, edited_by FROM field_edits WHERE record_id = ?;");
    ASSERT_TRUE(st.ok());
    st->bind(1, id);
    ASSERT_TRUE(*st->next());
    EXPECT_EQ(st->text(0), QStringLiteral("NGUYỄN VĂN AN"));
    EXPECT_EQ(st->text(1), QStringLiteral("NGUYỄN VĂN ÂN"));
    EXPECT_EQ(st->text(2), QStringLiteral("clerk"));
    audit::AuditFilter f;
    f.entity = QStringLiteral("record:%1").arg(id);
    f.actionPrefix = QStringLiteral("record.field_edit");
    auto entries = audit::queryAudit(clerk->db(), f);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->front().actor, QStringLiteral("clerk"));
    EXPECT_EQ(entries->front().details.value(QLatin1String("old")).toString(),
              QStringLiteral("NGUYỄN VĂN AN"));
}

TEST_F(WorkflowFixture, ARecordWithAnOpenErrorCannotBeConfirmed)
{
    auto values = completeBirth();
    values.remove(QStringLiteral("full_name"));
    const qint64 id = addBirth(values);
    auto c = workflow::confirmRecord(*clerk, id);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, QStringLiteral("workflow.open_errors"));
    // The message names the problem in words (the issue's own sentence), not its code.
    const auto issues = records::loadRecord(clerk->db(), id);
    ASSERT_TRUE(issues.ok());
    QString missing;
    for (const records::Issue& i : issues->issues)
        if (i.isError() && i.field == QLatin1String("full_name"))
            missing = i.message;
    ASSERT_FALSE(missing.isEmpty());
    EXPECT_TRUE(c.error().message.contains(missing)) << c.error().message.toStdString();
    EXPECT_FALSE(c.error().message.contains(QStringLiteral("required.missing")))
        << c.error().message.toStdString();
    ASSERT_TRUE(
        workflow::editFields(*clerk, id, {{QStringLiteral("full_name"), QStringLiteral("LÊ THỊ HOA")}}).ok());
    auto ok = workflow::confirmRecord(*clerk, id);
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    EXPECT_EQ(ok->state, RecordState::Verified);
    EXPECT_EQ(ok->verifiedBy, QStringLiteral("clerk"));
}

TEST_F(WorkflowFixture, ApproveAndRejectFollowTheRolesAndTheStates)
{
    const qint64 a = addBirth(completeBirth());
    auto other = completeBirth();
    other[QStringLiteral("full_name")] = QStringLiteral("TRẦN THỊ BÌNH");
    const qint64 b = addBirth(other);
    // A clerk cannot decide, and nothing unverified can be decided.
    EXPECT_EQ(workflow::approveRecord(*clerk, a).error().code, QStringLiteral("auth.forbidden"));
    auto supervisor = store.supervisor();
    ASSERT_TRUE(supervisor);
    EXPECT_EQ(workflow::approveRecord(*supervisor, a).error().code, QStringLiteral("workflow.state"));
    // A supervisor cannot verify.
    EXPECT_EQ(workflow::confirmRecord(*supervisor, a).error().code, QStringLiteral("auth.forbidden"));

    ASSERT_TRUE(workflow::confirmRecord(*clerk, a).ok());
    ASSERT_TRUE(workflow::confirmRecord(*clerk, b).ok());
    auto approved = workflow::approveRecord(*supervisor, a);
    ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
    EXPECT_EQ(approved->state, RecordState::Approved);
    EXPECT_EQ(approved->decidedBy, QStringLiteral("supervisor"));
    // Approved records are frozen.
    EXPECT_EQ(
        workflow::editFields(*clerk, a, {{QStringLiteral("sex"), QStringLiteral("female")}}).error().code,
        QStringLiteral("workflow.state"));

    EXPECT_EQ(workflow::rejectRecord(*supervisor, b, QStringLiteral("  ")).error().code,
              QStringLiteral("workflow.no_reason"));
    auto rejected = workflow::rejectRecord(*supervisor, b, QStringLiteral("Ngày sinh không khớp với sổ gốc"));
    ASSERT_TRUE(rejected.ok());
    EXPECT_EQ(rejected->state, RecordState::Rejected);
    // Back to the clerk, who fixes it and confirms again.
    ASSERT_TRUE(
        workflow::editFields(*clerk, b, {{QStringLiteral("date_of_birth"), QStringLiteral("2019-03-16")}})
            .ok());
    auto again = workflow::confirmRecord(*clerk, b);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->state, RecordState::Verified);
    EXPECT_TRUE(again->rejectReason.isEmpty());
}

TEST_F(WorkflowFixture, TheVerifyingAccountCanNeverDecide)
{
    const qint64 id = addBirth(completeBirth());
    ASSERT_TRUE(workflow::confirmRecord(*clerk, id).ok());
    clerk.reset();
    // The clerk is later promoted; maker-checker still holds for what they verified.
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    ASSERT_TRUE(accounts::setAccountRole(*admin, QStringLiteral("clerk"), accounts::Role::Supervisor).ok());
    auto promoted = store.clerk();
    ASSERT_TRUE(promoted);
    ASSERT_TRUE(promoted->can(accounts::Permission::Approve));
    EXPECT_EQ(workflow::approveRecord(*promoted, id).error().code, QStringLiteral("workflow.same_account"));
    EXPECT_EQ(workflow::rejectRecord(*promoted, id, QStringLiteral("x")).error().code,
              QStringLiteral("workflow.same_account"));
    auto supervisor = store.supervisor();
    EXPECT_TRUE(workflow::approveRecord(*supervisor, id).ok());
}

TEST_F(WorkflowFixture, WarningsNeedAnAcknowledgement)
{
    // Two records of the same event: the second carries duplicate.suspect (a warning).
    const qint64 first = addBirth(completeBirth());
    const qint64 second = addBirth(completeBirth());
    auto r = records::loadRecord(clerk->db(), second);
    ASSERT_TRUE(r.ok());
    bool hasDuplicateWarning = false;
    for (const auto& i : r->issues)
        hasDuplicateWarning |= i.code == QLatin1String("duplicate.suspect") && !i.isError();
    ASSERT_TRUE(hasDuplicateWarning);
    ASSERT_TRUE(workflow::confirmRecord(*clerk, second).ok());
    auto supervisor = store.supervisor();
    EXPECT_EQ(workflow::approveRecord(*supervisor, second).error().code, QStringLiteral("workflow.warnings"));
    workflow::Decision d;
    d.acknowledgeWarnings = true;
    EXPECT_TRUE(workflow::approveRecord(*supervisor, second, d).ok());
    (void)first;
}

TEST_F(WorkflowFixture, AStaleEditIsRefused)
{
    const qint64 id = addBirth(completeBirth());
    auto r = records::loadRecord(clerk->db(), id);
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(
        workflow::editFields(*clerk, id, {{QStringLiteral("sex"), QStringLiteral("female")}}, r->version)
            .ok());
    EXPECT_EQ(workflow::editFields(*clerk, id, {{QStringLiteral("sex"), QStringLiteral("male")}}, r->version)
                  .error()
                  .code,
              QStringLiteral("record.changed"));
}

namespace {

// The first error of a record, as stored.
records::Issue firstError(store::Database& db, qint64 id)
{
    auto r = records::loadRecord(db, id);
    EXPECT_TRUE(r.ok());
    for (const records::Issue& i : r->issues)
        if (i.isError())
            return i;
    return {};
}

} // namespace

TEST_F(WorkflowFixture, AValueWrongInTheBookIsConfirmedAsWrittenAndTheSupervisorMustAcceptIt)
{
    // Registered before the birth date: wrong on the paper, but the book says so.
    auto values = completeBirth();
    values[QStringLiteral("registration_date")] = QStringLiteral("2019-03-10");
    const qint64 id = addBirth(values);
    const records::Issue error = firstError(clerk->db(), id);
    ASSERT_FALSE(error.code.isEmpty()) << "the test record must carry an error";
    ASSERT_EQ(workflow::confirmRecord(*clerk, id).error().code, QStringLiteral("workflow.open_errors"));

    EXPECT_EQ(workflow::acknowledgeIssue(*clerk, id, QStringLiteral("no.such"), error.field).error().code,
              QStringLiteral("workflow.no_such_issue"));
    auto acked =
        workflow::acknowledgeIssue(*clerk, id, error.code, error.field, QStringLiteral("sổ ghi như vậy"));
    ASSERT_TRUE(acked.ok()) << acked.error().message.toStdString();
    // The issue stays, marked; it no longer blocks.
    ASSERT_EQ(workflow::acknowledgedErrors(*acked).size(), 1);
    EXPECT_TRUE(workflow::blockingErrors(*acked).isEmpty());
    EXPECT_TRUE(acked->hasErrors());
    EXPECT_EQ(workflow::acknowledgedErrors(*acked)
                  .front()
                  .details.value(QLatin1String("acknowledged_by"))
                  .toString(),
              QStringLiteral("clerk"));

    // Changing the value drops the acknowledgement: the issue (if still there) blocks again.
    auto edited = workflow::editFields(*clerk, id,
                                       {{QStringLiteral("registration_date"), QStringLiteral("2019-03-11")}});
    ASSERT_TRUE(edited.ok());
    EXPECT_TRUE(workflow::acknowledgedErrors(*edited).isEmpty());
    EXPECT_EQ(workflow::confirmRecord(*clerk, id).error().code, QStringLiteral("workflow.open_errors"));
    const records::Issue again = firstError(clerk->db(), id);
    ASSERT_TRUE(workflow::acknowledgeIssue(*clerk, id, again.code, again.field).ok());

    auto confirmed = workflow::confirmRecord(*clerk, id);
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().message.toStdString();
    EXPECT_EQ(confirmed->state, RecordState::Verified);

    auto supervisor = store.supervisor();
    auto refused = workflow::approveRecord(*supervisor, id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("workflow.acknowledged"));
    EXPECT_FALSE(refused.error().message.contains(again.code)) << "the supervisor reads sentences, not codes";
    workflow::Decision d;
    d.acceptAcknowledged = true;
    d.acknowledgeWarnings = true;
    auto approved = workflow::approveRecord(*supervisor, id, d);
    ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
    EXPECT_EQ(approved->state, RecordState::Approved);

    audit::AuditFilter f;
    f.entity = QStringLiteral("record:%1").arg(id);
    f.actionPrefix = QStringLiteral("record.issue_acknowledged");
    auto entries = audit::queryAudit(clerk->db(), f);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 2);
    f.actionPrefix = QStringLiteral("record.approved");
    entries = audit::queryAudit(clerk->db(), f);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->front().details.value(QLatin1String("accepted_as_written")).toArray().size(), 1);
}

TEST_F(WorkflowFixture, ANeedsAskingRecordLeavesTheQueueWithItsNoteUntilTakenBack)
{
    const qint64 a = addBirth(completeBirth());
    auto other = completeBirth();
    other[QStringLiteral("full_name")] = QStringLiteral("TRẦN THỊ BÍCH");
    const qint64 b = addBirth(other);
    EXPECT_EQ(workflow::holdRecord(*clerk, a, QStringLiteral("  ")).error().code,
              QStringLiteral("workflow.no_note"));
    ASSERT_TRUE(workflow::holdRecord(*clerk, a, QStringLiteral("Hỏi gia đình tên cha")).ok());

    review::RowQuery q;
    q.batchId = batchId;
    q.states = {RecordState::ToVerify, RecordState::Rejected};
    q.held = review::RowQuery::Held::Exclude;
    auto queue = review::recordIds(clerk->db(), q);
    ASSERT_TRUE(queue.ok());
    EXPECT_EQ(*queue, QList<qint64>{b});
    q.held = review::RowQuery::Held::Only;
    auto asked = review::recordIds(clerk->db(), q);
    ASSERT_TRUE(asked.ok());
    EXPECT_EQ(*asked, QList<qint64>{a});

    auto hold = workflow::holdOf(clerk->db(), a);
    ASSERT_TRUE(hold.ok());
    ASSERT_TRUE(hold->has_value());
    EXPECT_EQ((*hold)->note, QStringLiteral("Hỏi gia đình tên cha"));
    EXPECT_EQ((*hold)->heldBy, QStringLiteral("clerk"));
    EXPECT_EQ(workflow::confirmRecord(*clerk, a).error().code, QStringLiteral("workflow.held"));

    ASSERT_TRUE(workflow::releaseHold(*clerk, a).ok());
    EXPECT_EQ(workflow::releaseHold(*clerk, a).error().code, QStringLiteral("workflow.not_held"));
    q.held = review::RowQuery::Held::Exclude;
    queue = review::recordIds(clerk->db(), q);
    ASSERT_TRUE(queue.ok());
    EXPECT_EQ(*queue, (QList<qint64>{a, b}));
    EXPECT_TRUE(workflow::confirmRecord(*clerk, a).ok());

    audit::AuditFilter f;
    f.entity = QStringLiteral("record:%1").arg(a);
    f.actionPrefix = QStringLiteral("record.h");
    auto entries = audit::queryAudit(clerk->db(), f);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 2); // record.held, record.hold_released
}
