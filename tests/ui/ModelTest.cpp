#include "UiTestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/search/Search.h"
#include "ui/audit/AuditModel.h"
#include "ui/batches/BatchListModel.h"
#include "ui/common/RecordRowModel.h"
#include "ui/search/SearchResultModel.h"

#include <QAbstractItemModelTester>

namespace sohoa::test {
namespace {

class ModelTest : public UiTest {};

TEST_F(ModelTest, RecordRowModelLoadsPageByPageAndPassesTheTester)
{
    const qint64 batch = makeBatch(QStringLiteral("Big book"));
    QList<qint64> ids;
    for (quint32 i = 0; i < 450; ++i)
        ids.append(makeRecord(batch, QStringLiteral("birth"), 1000 + i));
    auto clerk = access(QStringLiteral("clerk"));
    ui::RecordRowModel model(clerk.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    review::RowQuery q;
    q.batchId = batch;
    model.setQuery(q);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 200 && model.total() == 450; }));
    // Only what the view asked for is loaded.
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 400; }));
    model.fetchMore({});
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 450 && !model.isLoading(); }))
        << model.rowCount() << " loading " << model.isLoading();
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.rowAt(0)->id, ids.first());
    EXPECT_EQ(model.rowAt(449)->id, ids.last());
    EXPECT_FALSE(model.data(model.index(0, ui::RecordRowModel::Title)).toString().isEmpty());
    // A change in the store refreshes what is loaded.
    model.refresh();
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    EXPECT_EQ(model.rowCount(), 450);
}

TEST_F(ModelTest, BatchSearchAndAuditModelsPassTheTester)
{
    const qint64 batch = makeBatch(QStringLiteral("Book"));
    makeRecord(batch, QStringLiteral("marriage"), 61);
    makeRecord(batch, QStringLiteral("land_certificate"), 62);

    ui::BatchListModel batches;
    QAbstractItemModelTester t1(&batches, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto list = batches::listBatches(clerkSession->db());
    ASSERT_TRUE(list);
    batches.setBatches(*list);
    batches.setBatches(*list); // same batches: figures only
    EXPECT_EQ(batches.rowCount(), 1);
    EXPECT_EQ(batches.data(batches.index(0, 0)).toString(), QStringLiteral("Book"));

    ui::SearchResultModel results;
    QAbstractItemModelTester t2(&results, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto hits = search::searchRecords(clerkSession->db(), QStringLiteral("a"), 20);
    ASSERT_TRUE(hits);
    results.setHits(*hits);
    results.setHits({});

    ui::AuditModel audit;
    QAbstractItemModelTester t3(&audit, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto entries = audit::queryAudit(clerkSession->db(), audit::AuditFilter{});
    ASSERT_TRUE(entries);
    audit.setEntries(*entries);
    audit.appendEntries(*entries);
    EXPECT_EQ(audit.rowCount(), entries->size() * 2);
}

} // namespace
} // namespace sohoa::test
