#include "core/search/Duplicates.h"

#include "QtPrinters.h"
#include "SearchFixture.h"
#include "core/records/RecordIndex.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/workflow/Workflow.h"

#include <QTemporaryDir>

using namespace sohoa;

namespace {

records::Record rec(const QString& type, const QMap<QString, QString>& values)
{
    records::Record r;
    r.type = type;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        records::FieldValue v;
        v.value = it.value();
        r.fields.insert(it.key(), v);
    }
    return r;
}

records::Record birthRec(const QString& name, const QString& dob, const QString& mother = {},
                         const QString& id = {})
{
    QMap<QString, QString> v{{QStringLiteral("full_name"), name}, {QStringLiteral("date_of_birth"), dob}};
    if (!mother.isEmpty())
        v.insert(QStringLiteral("mother_name"), mother);
    if (!id.isEmpty())
        v.insert(QStringLiteral("personal_id"), id);
    return rec(QStringLiteral("birth"), v);
}

} // namespace

TEST(DuplicateScore, SamePersonAndEventUnderOcrNoise)
{
    const auto a =
        birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"), QStringLiteral("Lê Thị Hoa"));
    EXPECT_GE(search::duplicateScore(a, a), 0.99);
    // accents lost, a letter misread
    EXPECT_GE(
        search::duplicateScore(a, birthRec(QStringLiteral("NGUYEN VAN AN"), QStringLiteral("1990-05-13"))),
        search::kDuplicateThreshold);
    EXPECT_GE(
        search::duplicateScore(a, birthRec(QStringLiteral("NGUYỄN VẪN AN"), QStringLiteral("1990-05-13"))),
        search::kDuplicateThreshold);
    EXPECT_GE(
        search::duplicateScore(a, birthRec(QStringLiteral("NGUYÊN VĂN AH"), QStringLiteral("1990-05-13"))),
        search::kDuplicateThreshold);
    // one digit of the date misread
    QStringList reasons;
    EXPECT_GE(search::duplicateScore(
                  a, birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-18")), &reasons),
              search::kDuplicateThreshold);
    EXPECT_TRUE(reasons.contains(QStringLiteral("date_near")));
    // the same personal ID
    EXPECT_GE(search::duplicateScore(birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"),
                                              {}, QStringLiteral("034090749674")),
                                     birthRec(QStringLiteral("NGUYỄN V. AN"), QStringLiteral("1990-03-13"),
                                              {}, QStringLiteral("034090749674"))),
              search::kDuplicateThreshold);
}

TEST(DuplicateScore, DifferentPeopleAreNotDuplicates)
{
    const auto a =
        birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"), QStringLiteral("Lê Thị Hoa"));
    // twins: same day, same mother, another given name
    EXPECT_LT(search::duplicateScore(a, birthRec(QStringLiteral("NGUYỄN VĂN BÌNH"),
                                                 QStringLiteral("1990-05-13"), QStringLiteral("Lê Thị Hoa"))),
              search::kDuplicateThreshold);
    // namesakes born another year
    EXPECT_LT(
        search::duplicateScore(a, birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1985-07-30"))),
        search::kDuplicateThreshold);
    // namesakes born the same day to another mother
    EXPECT_LT(
        search::duplicateScore(a, birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"),
                                           QStringLiteral("Phạm Thị Mai"))),
        search::kDuplicateThreshold);
    // clearly different personal IDs
    EXPECT_LT(search::duplicateScore(birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"),
                                              {}, QStringLiteral("034090749674")),
                                     birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"),
                                              {}, QStringLiteral("001090112233"))),
              search::kDuplicateThreshold);
    // another type of record
    auto death = a;
    death.type = QStringLiteral("death");
    EXPECT_EQ(search::duplicateScore(a, death), 0);
}

TEST(DuplicateScore, MarriagesNeedBothSpouses)
{
    const auto m = rec(QStringLiteral("marriage"),
                       {{QStringLiteral("husband_name"), QStringLiteral("TRẦN VĂN HÙNG")},
                        {QStringLiteral("wife_name"), QStringLiteral("LÊ THỊ LAN")},
                        {QStringLiteral("registration_date"), QStringLiteral("2014-08-31")}});
    auto noisy = m;
    noisy.fields[QStringLiteral("wife_name")].value = QStringLiteral("LE THI LAN");
    EXPECT_GE(search::duplicateScore(m, noisy), search::kDuplicateThreshold);
    auto other = m;
    other.fields[QStringLiteral("wife_name")].value = QStringLiteral("PHẠM THỊ HỒNG");
    EXPECT_LT(search::duplicateScore(m, other), search::kDuplicateThreshold);
}

TEST(DuplicateScore, LandCertificatesBySerialOrParcel)
{
    const auto l =
        rec(QStringLiteral("land_certificate"),
            {{QStringLiteral("holder_name"), QStringLiteral("LÊ VĂN HÙNG")},
             {QStringLiteral("certificate_serial"), QStringLiteral("CX 441253")},
             {QStringLiteral("parcel_number"), QStringLiteral("125")},
             {QStringLiteral("map_sheet_number"), QStringLiteral("12")},
             {QStringLiteral("parcel_address"), QStringLiteral("Ấp An Nhơn, xã Thới Tân, huyện Thới Lai")},
             {QStringLiteral("issue_date"), QStringLiteral("2018-01-18")}});
    auto copy = l;
    copy.fields[QStringLiteral("holder_name")].value = QStringLiteral("LE VAN HUNG");
    copy.fields[QStringLiteral("issue_date")].value = QStringLiteral("2018-07-18");
    EXPECT_GE(search::duplicateScore(l, copy), search::kDuplicateThreshold);
    const QStringList keys = records::blockingKeys(l);
    EXPECT_TRUE(keys.contains(QStringLiteral("land_certificate|id:certificate_serial|CX441253")));
    EXPECT_TRUE(keys.contains(
        QStringLiteral("land_certificate|x:parcel_number+map_sheet_number+parcel_address|125|12|thoitan")))
        << keys.join(QLatin1Char('\n')).toStdString();
}

TEST(DuplicateKeys, TolerateNoiseInOnePart)
{
    const auto a = birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"));
    const auto k = records::blockingKeys(a);
    EXPECT_TRUE(k.contains(QStringLiteral("birth|n:full_name|nguyenvanan|1990-05-13")));
    EXPECT_TRUE(k.contains(QStringLiteral("birth|f:full_name|nguyen an|1990-05-13")));
    EXPECT_TRUE(k.contains(QStringLiteral("birth|i:full_name|nva|1990-05-13")));
    EXPECT_TRUE(k.contains(QStringLiteral("birth|y:full_name|nguyenvanan|1990")));
    auto shares = [&](const records::Record& b) {
        for (const QString& x : records::blockingKeys(b))
            if (k.contains(x))
                return true;
        return false;
    };
    EXPECT_TRUE(
        shares(birthRec(QStringLiteral("NGUYEN VẪN AN"), QStringLiteral("1990-05-13")))); // middle name
    EXPECT_TRUE(
        shares(birthRec(QStringLiteral("NGUYỄN VĂN AH"), QStringLiteral("1990-05-13")))); // given name
    EXPECT_TRUE(shares(birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-06-13")))); // month
    EXPECT_FALSE(shares(birthRec(QStringLiteral("TRẦN VĂN BÌNH"), QStringLiteral("1991-05-13"))));
}

// Schema 9 turned the text keys of record_keys into hashed terms: records
// stored before the upgrade are still found as duplicates after it.
TEST(DuplicateKeys, SchemaUpgradeKeepsTheKeysOfStoredRecords)
{
    QTemporaryDir dir;
    auto db = test::databaseAtSchema(dir.path(), 8);
    ASSERT_TRUE(db);
    ASSERT_TRUE(
        db->exec("INSERT INTO batches (id, name, created_at, created_by) VALUES (1, 'b', 'now', 'x');").ok());
    auto store = [&](qint64 id, const records::Record& r) {
        auto row =
            db->prepare("INSERT INTO records (id, batch_id, record_type, fields, created_at, created_by, "
                        "updated_at) VALUES (?, 1, 'birth', ?, 'now', 'x', 'now');");
        ASSERT_TRUE(row.ok());
        row->bind(1, id).bindUtf8(2, r.fieldsJsonText());
        ASSERT_TRUE(row->run().ok());
        auto key = db->prepare("INSERT INTO record_keys (key, record_id) VALUES (?, ?);");
        ASSERT_TRUE(key.ok());
        for (const QString& k : records::blockingKeys(r)) {
            key->bind(1, k).bind(2, id);
            ASSERT_TRUE(key->run().ok());
            key->reset();
        }
    };
    store(7, birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13")));
    store(8, birthRec(QStringLiteral("TRẦN THỊ BÌNH"), QStringLiteral("1991-02-01")));
    ASSERT_TRUE(store::migrateSchema(*db).ok());
    EXPECT_EQ(*db->queryInt("SELECT count(*) FROM record_keys;"), 2);

    auto found =
        search::findDuplicates(*db, birthRec(QStringLiteral("NGUYEN VAN AN"), QStringLiteral("1990-05-13")));
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().recordId, 7);
    // A key written after the upgrade is the same term as one converted by it.
    auto terms = db->queryText("SELECT keys FROM record_keys WHERE docid = 7;");
    ASSERT_TRUE(terms.ok());
    for (const QString& k :
         records::blockingKeys(birthRec(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"))))
        EXPECT_TRUE(terms->split(QLatin1Char(' ')).contains(records::blockingKeyTerm(k))) << k.toStdString();
}

using DuplicatesInStore = test::RecordsFixture;

TEST_F(DuplicatesInStore, AcrossBatchesTheWarningNamesTheOtherRecord)
{
    const qint64 first = birth(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"), batch1);
    birth(QStringLiteral("NGUYỄN VĂN BÌNH"), QStringLiteral("1990-05-13"), batch1); // a twin
    for (int i = 0; i < 20; ++i)                                                    // unrelated records
        birth(QStringLiteral("LÊ THỊ HOA %1").arg(i), QStringLiteral("1990-05-13"), batch1);
    auto probe = records::Record();
    probe.type = QStringLiteral("birth");
    probe.fields[QStringLiteral("full_name")].value = QStringLiteral("NGUYEN VAN AN");
    probe.fields[QStringLiteral("date_of_birth")].value = QStringLiteral("1990-05-13");
    probe.batchId = batch2;
    auto issues = search::findDuplicateIssues(clerk->db(), probe);
    ASSERT_TRUE(issues.ok()) << issues.error().message.toStdString();
    ASSERT_EQ(issues->size(), 1);
    const records::Issue& i = issues->first();
    EXPECT_EQ(i.code, QStringLiteral("duplicate.suspect"));
    EXPECT_EQ(i.severity, records::Severity::Warning);
    EXPECT_EQ(qint64(i.details.value(QLatin1String("other_record")).toDouble()), first);
    EXPECT_TRUE(i.message.contains(QString::number(first))) << i.message.toStdString();
}

TEST_F(DuplicatesInStore, ValidationThroughTheWorkflowFindsThem)
{
    const qint64 first = birth(QStringLiteral("NGUYỄN VĂN AN"), QStringLiteral("1990-05-13"), batch1);
    auto second = workflow::createManualRecord(
        *clerk, batch2, 0, 1, QStringLiteral("birth"),
        {{QStringLiteral("full_name"), QStringLiteral("NGUYỄN VĂN AN")},
         {QStringLiteral("date_of_birth"), QStringLiteral("1990-05-13")},
         {QStringLiteral("sex"), QStringLiteral("male")},
         {QStringLiteral("registration_place"),
          QStringLiteral("Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
         {QStringLiteral("registration_date"), QStringLiteral("1990-12-30")}});
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    auto r = records::loadRecord(clerk->db(), *second);
    ASSERT_TRUE(r.ok());
    bool found = false;
    for (const records::Issue& i : r->issues)
        if (i.code == QLatin1String("duplicate.suspect"))
            found = qint64(i.details.value(QLatin1String("other_record")).toDouble()) == first;
    EXPECT_TRUE(found);
    // the record itself is never its own duplicate
    auto again = workflow::revalidate(*clerk, first);
    ASSERT_TRUE(again.ok());
    for (const records::Issue& i : again->issues) {
        if (i.code == QLatin1String("duplicate.suspect")) {
            EXPECT_EQ(qint64(i.details.value(QLatin1String("other_record")).toDouble()), *second);
        }
    }
}
