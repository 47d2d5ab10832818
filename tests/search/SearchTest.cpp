#include "core/search/Search.h"

#include "QtPrinters.h"
#include "SearchFixture.h"
#include "core/records/RecordIndex.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

using namespace sohoa;

namespace {

QList<qint64> ids(const Result<QList<search::SearchHit>>& hits)
{
    QList<qint64> out;
    if (!hits.ok()) {
        ADD_FAILURE() << hits.error().message.toStdString();
        return out;
    }
    for (const search::SearchHit& h : *hits)
        out.append(h.recordId);
    return out;
}

struct SearchFixture : test::RecordsFixture {
    qint64 an = 0, anh = 0, an2 = 0, binh = 0, other = 0;
    void SetUp() override
    {
        RecordsFixture::SetUp();
        an = birth(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"), batch1, {},
                   QStringLiteral("034090749674"));
        anh = birth(QStringLiteral("NGUYỄN VĂN ANH"), QStringLiteral("1991-02-01"), batch2);
        an2 = birth(QStringLiteral("Nguyễn Văn An"), QStringLiteral("1985-07-30"), batch2);
        binh = birth(QStringLiteral("TRẦN THỊ BÌNH"), QStringLiteral("1990-05-13"), batch1,
                     QStringLiteral("Nguyễn Văn An"));
        other = insert(
            QStringLiteral("death"),
            {{QStringLiteral("full_name"), QStringLiteral("ĐẶNG VĂN ĐỨC")},
             {QStringLiteral("date_of_death"), QStringLiteral("2023-08-28")},
             {QStringLiteral("residence"), QStringLiteral("Ấp Hòa Lạc, xã Hưng Khánh Trung, tỉnh Vĩnh Long")},
             {QStringLiteral("registration_place"), QStringLiteral("Ủy ban nhân dân xã Hưng Khánh Trung")},
             {QStringLiteral("registration_date"), QStringLiteral("2023-08-30")}});
    }
};

} // namespace

TEST_F(SearchFixture, AccentsAndCaseDoNotMatter)
{
    const auto a = ids(search::searchRecords(clerk->db(), QStringLiteral("nguyen van an")));
    const auto b = ids(search::searchRecords(clerk->db(), QStringLiteral("Nguyễn Văn An")));
    const auto c = ids(search::searchRecords(clerk->db(), QStringLiteral("NGUYEN VAN AN")));
    EXPECT_EQ(a, b);
    EXPECT_EQ(a, c);
    // both people called exactly so come first (newest first), then the longer name
    ASSERT_GE(a.size(), 3);
    EXPECT_EQ(a.mid(0, 2), (QList<qint64>{an2, an}));
    EXPECT_TRUE(a.contains(anh));
    // the father's name matches too, after the people themselves
    EXPECT_TRUE(a.contains(binh));
    EXPECT_GT(a.indexOf(binh), a.indexOf(an));
    EXPECT_FALSE(a.contains(other));
    // đ and letters with two marks fold
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), QStringLiteral("dang van duc"))), QList<qint64>{other});
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), QStringLiteral("tran thi binh"))), QList<qint64>{binh});
}

TEST_F(SearchFixture, AsYouTypePrefixes)
{
    search::SearchQuery q;
    q.text = QStringLiteral("nguyen van a");
    // a one-letter last word does not narrow yet, but ranks
    auto hits = ids(search::searchRecords(clerk->db(), q));
    EXPECT_TRUE(hits.contains(an) && hits.contains(anh) && hits.contains(an2));
    q.text = QStringLiteral("nguy van anh");
    hits = ids(search::searchRecords(clerk->db(), q));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first(), anh);
    EXPECT_FALSE(hits.contains(an));
    q.text = QStringLiteral("nguyen van an ");
    q.asYouType = true; // a trailing space: the word is finished
    hits = ids(search::searchRecords(clerk->db(), q));
    EXPECT_FALSE(hits.contains(anh));
}

TEST_F(SearchFixture, NumbersPlacesAndDates)
{
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), QStringLiteral("034090749674"))), QList<qint64>{an});
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), QStringLiteral("0340907"))), QList<qint64>{an});
    const auto date = ids(search::searchRecords(clerk->db(), QStringLiteral("13/05/1990")));
    EXPECT_EQ(date.size(), 2);
    EXPECT_TRUE(date.contains(an) && date.contains(binh));
    // Bình is his name and the province of the other one's home town
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), QStringLiteral("1990-05-13 binh"))),
              (QList<qint64>{binh, an}));
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), QStringLiteral("hung khanh trung"))),
              QList<qint64>{other});
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), QStringLiteral("thuy dan"), 50)).size(), 4);
}

TEST_F(SearchFixture, HitsCarryWhatTheListShows)
{
    auto hits = search::searchRecords(clerk->db(), QStringLiteral("034090749674"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    const search::SearchHit& h = hits->first();
    EXPECT_EQ(h.type, QStringLiteral("birth"));
    EXPECT_EQ(h.title, QStringLiteral("NGUYỄN VĂN AN"));
    EXPECT_EQ(h.batchId, batch1);
    EXPECT_EQ(h.state, records::RecordState::ToVerify);
    EXPECT_EQ(h.matchedFields, QStringList{QStringLiteral("personal_id")});
    EXPECT_EQ(h.snippet.value(QStringLiteral("personal_id")), QStringLiteral("034090749674"));
}

TEST_F(SearchFixture, Filters)
{
    search::SearchQuery q;
    q.text = QStringLiteral("nguyen van");
    q.batchId = batch2;
    auto hits = ids(search::searchRecords(clerk->db(), q));
    EXPECT_EQ(hits.size(), 2);
    EXPECT_TRUE(hits.contains(anh) && hits.contains(an2));
    q.batchId = 0;
    q.type = QStringLiteral("death");
    EXPECT_TRUE(ids(search::searchRecords(clerk->db(), q)).isEmpty());
    q.type.clear();
    q.state = records::RecordState::Approved;
    EXPECT_TRUE(ids(search::searchRecords(clerk->db(), q)).isEmpty());
    q.state.reset();
    q.limit = 2;
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), q)).size(), 2);
}

TEST_F(SearchFixture, QueriesThatFindNothingOrAreJunk)
{
    for (const QString& junk :
         {QString(), QStringLiteral("   "), QStringLiteral("\"*)(:^-"), QStringLiteral("NEAR OR AND NOT"),
          QStringLiteral("zzzzqqq"), QStringLiteral("nguyen\" OR \"1")})
        EXPECT_TRUE(search::searchRecords(clerk->db(), junk).ok()) << junk.toStdString();
    EXPECT_TRUE(ids(search::searchRecords(clerk->db(), QStringLiteral("zzzzqqq"))).isEmpty());
}

TEST_F(SearchFixture, EditsAreReindexed)
{
    auto r = records::loadRecord(clerk->db(), an);
    ASSERT_TRUE(r.ok());
    r->fields[QStringLiteral("full_name")].value = QStringLiteral("LÊ VĂN TÁM");
    ASSERT_TRUE(records::saveRecord(clerk->db(), *r).ok());
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), QStringLiteral("le van tam"))), QList<qint64>{an});
    EXPECT_FALSE(ids(search::searchRecords(clerk->db(), QStringLiteral("nguyen van an"))).contains(an));
    // the name index (search as you type) follows the edit
    const QByteArray names =
        "SELECT group_concat(name, ',') FROM record_names WHERE record_id = " + QByteArray::number(an) + ";";
    auto st = clerk->db().prepare(names.constData());
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(*st->next());
    EXPECT_EQ(st->text(0), QStringLiteral("le van tam"));
    search::SearchQuery typing;
    typing.text = QStringLiteral("le van t");
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), typing)), QList<qint64>{an});
}

TEST_F(SearchFixture, NamesAreFoundByTheirStartFirstThenAnywhere)
{
    const qint64 inside = birth(QStringLiteral("LÊ NGUYỄN VĂN AN"), QStringLiteral("2001-01-01"), batch1);
    search::SearchQuery q;
    q.text = QStringLiteral("nguyen van an");
    q.limit = 50;
    const auto hits = ids(search::searchRecords(clerk->db(), q));
    ASSERT_TRUE(hits.contains(inside)); // the words inside a longer name: found by the full-text phase
    EXPECT_GT(hits.indexOf(inside), hits.indexOf(an));
    EXPECT_GT(hits.indexOf(inside), hits.indexOf(anh)); // a name starting so comes before
    q.text = QStringLiteral("van an");                  // a given name without the surname
    EXPECT_TRUE(ids(search::searchRecords(clerk->db(), q)).contains(an));
    q.text = QStringLiteral("le ng"); // the start of the other name, typed
    EXPECT_EQ(ids(search::searchRecords(clerk->db(), q)).value(0), inside);
}

TEST_F(SearchFixture, EachWordOfARecordIsIndexedOnce)
{
    auto r = records::loadRecord(clerk->db(), binh);
    ASSERT_TRUE(r.ok());
    const records::IndexedText text = records::indexedText(*r);
    const QStringList words = text.body.split(QLatin1Char(' '));
    EXPECT_EQ(words.size(), QSet<QString>(words.begin(), words.end()).size()) << text.body.toStdString();
    // in the order they first occur: the child's name, then the birth date
    EXPECT_TRUE(text.body.startsWith(QStringLiteral("tran thi binh 19900513 1990 male ")))
        << text.body.toStdString();
    // "xã Thụy Dân" is in three fields, "Thái" twice in one: found all the same
    const auto hits =
        ids(search::searchRecords(clerk->db(), QStringLiteral("uy ban thai thuy thai binh"), 50));
    EXPECT_EQ(hits.size(), 4);
    EXPECT_TRUE(hits.contains(binh));
}

TEST(SearchIndex, QueryTermsFoldDatesAndAccents)
{
    EXPECT_EQ(search::queryTerms(QStringLiteral("Nguyễn Văn Đức 13/5/1990")),
              (QStringList{QStringLiteral("nguyen"), QStringLiteral("van"), QStringLiteral("duc"),
                           QStringLiteral("19900513")}));
    EXPECT_EQ(search::queryTerms(QStringLiteral("1990-05-13")), QStringList{QStringLiteral("19900513")});
    EXPECT_EQ(search::queryTerms(QStringLiteral("31/02/2019")),
              (QStringList{QStringLiteral("31"), QStringLiteral("02"), QStringLiteral("2019")}));
}

TEST(SearchIndex, SchemaUpgradeKeepsTheOldText)
{
    QTemporaryDir dir;
    auto db = test::databaseAtSchema(dir.path(), 4);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("INSERT INTO records_fts (docid, body) VALUES (7, 'nguyen van an 19900513');").ok());
    ASSERT_TRUE(store::migrateSchema(*db).ok());
    auto st = db->prepare("SELECT docid FROM records_fts WHERE records_fts MATCH 'nguyen van an*';");
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(*st->next());
    EXPECT_EQ(st->integer(0), 7);
}

TEST(SearchIndex, SchemaUpgradeIndexesTheNamesOfEveryRecord)
{
    QTemporaryDir dir;
    auto db = test::databaseAtSchema(dir.path(), 7);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("INSERT INTO records_fts (docid, body, names) VALUES "
                         "(7, 'x', 'nguyen van an |  | le thi hoa'), (8, 'y', 'tran binh'), (9, 'z', '');")
                    .ok());
    ASSERT_TRUE(store::migrateSchema(*db).ok());
    auto st = db->prepare("SELECT name, record_id FROM record_names ORDER BY record_id, name;");
    ASSERT_TRUE(st.ok());
    QStringList rows;
    while (*st->next())
        rows.append(st->text(0) + QLatin1Char('@') + QString::number(st->integer(1)));
    EXPECT_EQ(rows, (QStringList{QStringLiteral("le thi hoa@7"), QStringLiteral("nguyen van an@7"),
                                 QStringLiteral("tran binh@8")}));
}

// Schema 10 rebuilt both full-text tables with less to write per record: what
// they held is still found, and the names column is kept (search ranks on it)
// without being indexed a second time.
TEST(SearchIndex, SchemaUpgradeKeepsWhatTheLeanFullTextTablesHold)
{
    QTemporaryDir dir;
    auto db = test::databaseAtSchema(dir.path(), 9);
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        db->exec("INSERT INTO records_fts (docid, body, names) VALUES "
                 "(7, 'nguyen van an 19900513 tan phu', 'nguyen van an'), (8, 'tran binh', 'onlyinnames');"
                 "INSERT INTO record_keys (docid, keys) VALUES (7, '00000000000000aa 00000000000000bb');")
            .ok());
    ASSERT_TRUE(store::migrateSchema(*db).ok());

    auto count = [&](const char* sql) { return *db->queryInt(sql); };
    EXPECT_EQ(count("SELECT docid FROM records_fts WHERE records_fts MATCH 'nguyen van an*';"), 7);
    EXPECT_EQ(count("SELECT docid FROM records_fts WHERE records_fts MATCH 'tr*';"), 8);
    EXPECT_EQ(count("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'onlyinnames';"), 0);
    EXPECT_EQ(*db->queryText("SELECT names FROM records_fts WHERE docid = 7;"),
              QStringLiteral("nguyen van an"));
    EXPECT_EQ(count("SELECT docid FROM record_keys WHERE keys MATCH '00000000000000bb';"), 7);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE name LIKE '%docsize' OR name LIKE '%_v5' "
                    "OR name LIKE '%_v9';"),
              0);
}
