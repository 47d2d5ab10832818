// records::insertRecords: a bulk insert whose preparation runs on another
// thread must store exactly what inserting the records one by one stores.
#include "SearchFixture.h"
#include "core/search/Search.h"
#include "core/store/Database.h"

#include <QRandomGenerator>

using namespace sohoa;

namespace {

// Enough records for several of insertRecords' chunks, with the variety that
// changes what is indexed: missing fields, unaccented and accented names, ids.
QList<records::NewRecord> sampleBirths(qint64 batchId, int count)
{
    const QStringList surnames{QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Đặng"),
                               QStringLiteral("Hoàng")};
    const QStringList given{QStringLiteral("Văn An"), QStringLiteral("Thị Bích Ngọc"), QStringLiteral("Đức"),
                            QStringLiteral("Minh Quỳnh")};
    QList<records::NewRecord> out;
    for (int i = 0; i < count; ++i) {
        records::NewRecord n;
        n.batchId = batchId;
        n.type = QStringLiteral("birth");
        auto put = [&](const char* key, const QString& value) {
            records::FieldValue f;
            f.value = value;
            f.raw = value;
            f.confidence = 0.5 + 0.01 * (i % 50);
            f.page = 1;
            f.box = QRect(10, 20 + i, 300, 30);
            n.fields.insert(QLatin1String(key), f);
        };
        put("full_name",
            surnames[i % 4] + QLatin1Char(' ') + given[(i / 4) % 4] + QLatin1Char(' ') + QString::number(i));
        put("date_of_birth", QStringLiteral("19%1-0%2-1%3").arg(60 + i % 40).arg(1 + i % 9).arg(i % 10));
        if (i % 3)
            put("father_name", QStringLiteral("Lê Văn Bình ") + QString::number(i));
        if (i % 5)
            put("personal_id", QStringLiteral("0342%1").arg(i, 8, 10, QLatin1Char('0')));
        put("registration_place", QStringLiteral("Ủy ban nhân dân xã Thụy Dân, tỉnh Hưng Yên"));
        if (i % 7 == 0) {
            records::Issue issue;
            issue.code = QStringLiteral("full_name.low_confidence");
            issue.field = QStringLiteral("full_name");
            issue.severity = records::Severity::Warning;
            issue.message = QStringLiteral("unsure");
            n.issues.append(issue);
        }
        out.append(n);
    }
    return out;
}

// What the store holds for a record apart from its id and batch: the stored
// JSON, the full-text row, the name rows and the blocking-key terms.
QStringList storedForm(store::Database& db, qint64 id)
{
    QStringList out;
    const char* queries[] = {
        "SELECT record_type || '|' || state || '|' || fields || '|' || issues FROM records WHERE id = ?1;",
        "SELECT body || '|' || names FROM records_fts WHERE docid = ?1;",
        "SELECT group_concat(name, '|') FROM (SELECT name FROM record_names WHERE record_id = ?1 ORDER BY "
        "name);",
        "SELECT keys FROM record_keys WHERE docid = ?1;",
    };
    for (const char* sql : queries) {
        auto st = db.prepare(sql);
        EXPECT_TRUE(st.ok());
        if (!st)
            return out;
        st->bind(1, id);
        auto has = st->next();
        EXPECT_TRUE(has.ok() && *has) << sql;
        out.append(has.ok() && *has ? st->text(0) : QString());
    }
    return out;
}

} // namespace

namespace sohoa::test {

using BulkInsert = RecordsFixture;

TEST_F(BulkInsert, StoresWhatInsertingOneByOneStores)
{
    const QList<records::NewRecord> one = sampleBirths(batch1, 150);
    const QList<records::NewRecord> bulk = sampleBirths(batch2, 150);
    QList<qint64> oneIds;
    for (const records::NewRecord& n : one) {
        auto id = records::insertRecord(clerk->db(), n, QStringLiteral("clerk"));
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        oneIds.append(*id);
    }
    auto tx = store::Transaction::begin(clerk->db());
    ASSERT_TRUE(tx.ok());
    auto bulkIds = records::insertRecords(clerk->db(), bulk, QStringLiteral("clerk"));
    ASSERT_TRUE(bulkIds.ok()) << bulkIds.error().message.toStdString();
    ASSERT_TRUE(tx->commit().ok());

    ASSERT_EQ(bulkIds->size(), 150);
    for (int i = 0; i < 150; ++i) {
        EXPECT_EQ(storedForm(clerk->db(), (*bulkIds)[i]), storedForm(clerk->db(), oneIds[i]))
            << "record " << i;
        auto r = records::loadRecord(clerk->db(), (*bulkIds)[i]);
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r->batchId, batch2);
        EXPECT_EQ(r->value(QStringLiteral("full_name")), bulk[i].fields[QStringLiteral("full_name")].value);
    }
    // The twins share their blocking keys, and search finds the bulk ones.
    auto twins = records::recordsSharingKeys(clerk->db(), *records::loadRecord(clerk->db(), (*bulkIds)[77]));
    ASSERT_TRUE(twins.ok());
    EXPECT_TRUE(twins->contains(oneIds[77]));
    search::SearchQuery q;
    q.text = QStringLiteral("nguyen van an 144");
    q.batchId = batch2;
    auto hits = search::searchRecords(clerk->db(), q);
    ASSERT_TRUE(hits.ok());
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().recordId, (*bulkIds)[144]);
}

TEST_F(BulkInsert, AfterEachRunsOnceForEveryRecordInOrder)
{
    const QList<records::NewRecord> bulk = sampleBirths(batch1, 200);
    QList<qsizetype> seenIndexes;
    QList<qint64> seenIds;
    auto tx = store::Transaction::begin(clerk->db());
    ASSERT_TRUE(tx.ok());
    auto ids = records::insertRecords(clerk->db(), bulk, QStringLiteral("clerk"),
                                      [&](qsizetype index, qint64 id) -> Result<void> {
                                          // The record is there when the hook runs (its audit entry may name
                                          // it).
                                          auto r = records::loadRecord(clerk->db(), id);
                                          if (!r)
                                              return r.error();
                                          seenIndexes.append(index);
                                          seenIds.append(id);
                                          return {};
                                      });
    ASSERT_TRUE(ids.ok());
    ASSERT_TRUE(tx->commit().ok());
    ASSERT_EQ(seenIndexes.size(), 200);
    for (int i = 0; i < 200; ++i)
        EXPECT_EQ(seenIndexes[i], i);
    EXPECT_EQ(seenIds, *ids);
    EXPECT_TRUE(std::is_sorted(ids->begin(), ids->end()));
}

TEST_F(BulkInsert, AnErrorStopsTheInsertAndTheTransactionKeepsNothing)
{
    auto before = records::countRecords(clerk->db(), {});
    ASSERT_TRUE(before.ok());
    {
        // Destroyed before the records it was given: the preparing thread must be done with them.
        const QList<records::NewRecord> bulk = sampleBirths(batch1, 300);
        auto tx = store::Transaction::begin(clerk->db());
        ASSERT_TRUE(tx.ok());
        int calls = 0;
        auto ids = records::insertRecords(
            clerk->db(), bulk, QStringLiteral("clerk"), [&](qsizetype index, qint64) -> Result<void> {
                ++calls;
                if (index == 70)
                    return makeError(QStringLiteral("test.stop"), QStringLiteral("stop"));
                return {};
            });
        ASSERT_FALSE(ids.ok());
        EXPECT_EQ(ids.error().code, QStringLiteral("test.stop"));
        EXPECT_EQ(calls, 71);
        // No commit: the transaction rolls back.
    }
    auto after = records::countRecords(clerk->db(), {});
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(*after, *before);
    auto names = clerk->db().queryInt("SELECT count(*) FROM record_names;");
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(*names, 0);
}

TEST_F(BulkInsert, NothingToInsertIsNoWork)
{
    auto ids = records::insertRecords(clerk->db(), {}, QStringLiteral("clerk"));
    ASSERT_TRUE(ids.ok());
    EXPECT_TRUE(ids->isEmpty());
}

} // namespace sohoa::test
