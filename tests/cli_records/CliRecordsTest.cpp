// The real sohoa-cli against a real store: records, search, verify, approve, reject.
#include "QtPrinters.h"
#include "TestSupport.h"
#include "core/batches/BatchRepository.h"
#include "core/records/RecordRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QStringList issueCodes(const QJsonObject& record)
{
    QStringList out;
    for (const QJsonValue& i : record.value(QLatin1String("issues")).toArray())
        out.append(i[QLatin1String("code")].toString());
    return out;
}

struct CliRecords : ::testing::Test {
    test::TestStore store;
    qint64 good = 0, noName = 0, dup = 0, land = 0;

    void SetUp() override
    {
        auto clerk = store.clerk();
        ASSERT_TRUE(clerk);
        auto b1 = batches::createBatch(*clerk, QStringLiteral("Khai sinh 2014"));
        auto b2 = batches::createBatch(*clerk, QStringLiteral("GCN 2018"));
        ASSERT_TRUE(b1.ok() && b2.ok());
        auto add = [&](qint64 batch, const QString& type, const QMap<QString, QString>& values) {
            records::NewRecord n;
            n.batchId = batch;
            n.type = type;
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                records::FieldValue v;
                v.value = it.value();
                v.confidence = 0.8;
                n.fields.insert(it.key(), v);
            }
            auto id = records::insertRecord(clerk->db(), n, QStringLiteral("clerk"));
            EXPECT_TRUE(id.ok());
            return id.ok() ? *id : 0;
        };
        const QMap<QString, QString> birth{
            {QStringLiteral("full_name"), QStringLiteral("NGUYỄN VĂN AN")},
            {QStringLiteral("date_of_birth"), QStringLiteral("2011-02-10")},
            {QStringLiteral("sex"), QStringLiteral("male")},
            {QStringLiteral("personal_id"), QStringLiteral("012211623922")},
            {QStringLiteral("hometown"), QStringLiteral("Xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu")},
            {QStringLiteral("registration_place"),
             QStringLiteral("Ủy ban nhân dân xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu")},
            {QStringLiteral("registration_date"), QStringLiteral("2011-02-12")}};
        good = add(b1->id, QStringLiteral("birth"), birth);
        auto missing = birth;
        missing.remove(QStringLiteral("full_name"));
        missing.insert(QStringLiteral("date_of_birth"), QStringLiteral("2012-03-01"));
        missing.insert(QStringLiteral("personal_id"), QStringLiteral("012212623922"));
        missing.insert(QStringLiteral("registration_date"), QStringLiteral("2012-03-05"));
        noName = add(b1->id, QStringLiteral("birth"), missing);
        auto again = birth;
        again.insert(QStringLiteral("full_name"), QStringLiteral("NGUYEN VAN AN"));
        dup = add(b1->id, QStringLiteral("birth"), again);
        land = add(b2->id, QStringLiteral("land_certificate"),
                   {{QStringLiteral("holder_name"), QStringLiteral("LÊ VĂN HÙNG")},
                    {QStringLiteral("parcel_number"), QStringLiteral("125")},
                    {QStringLiteral("area_m2"), QStringLiteral("567.5")},
                    {QStringLiteral("land_use_purpose"), QStringLiteral("ONT")},
                    {QStringLiteral("issue_date"), QStringLiteral("2018-01-18")}});
    }

    test::ProcessResult cli(const QString& user, QStringList args)
    {
        return test::runCli(args << QStringLiteral("--store") << store.path,
                            {QStringLiteral("SOHOA_USER=") + user,
                             QStringLiteral("SOHOA_PASSWORD=") + QString::fromUtf8(test::passwordFor(user))});
    }
};

} // namespace

TEST_F(CliRecords, RecordsListsFieldsIssuesAndState)
{
    auto r = cli(QStringLiteral("clerk"), {QStringLiteral("records"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto lines = jsonLines(r.out);
    ASSERT_EQ(lines.size(), 4);
    const QJsonObject first = lines.first();
    EXPECT_EQ(qint64(first.value(QLatin1String("id")).toDouble()), good);
    EXPECT_EQ(first.value(QLatin1String("type")).toString(), QStringLiteral("birth"));
    EXPECT_EQ(first.value(QLatin1String("state")).toString(), QStringLiteral("to_verify"));
    EXPECT_EQ(first.value(QLatin1String("batch")).toString(), QStringLiteral("Khai sinh 2014"));
    EXPECT_EQ(first[QLatin1String("fields")][QLatin1String("full_name")][QLatin1String("value")].toString(),
              QStringLiteral("NGUYỄN VĂN AN"));
    EXPECT_TRUE(lines[1].value(QLatin1String("issues")).isArray());
    // filters
    auto lands = cli(QStringLiteral("clerk"), {QStringLiteral("records"), QStringLiteral("--json"),
                                               QStringLiteral("--batch"), QStringLiteral("GCN 2018")});
    ASSERT_EQ(lands.exitCode, 0);
    ASSERT_EQ(jsonLines(lands.out).size(), 1);
    EXPECT_EQ(qint64(jsonLines(lands.out).first().value(QLatin1String("id")).toDouble()), land);
    auto births = cli(QStringLiteral("supervisor"),
                      {QStringLiteral("records"), QStringLiteral("--json"), QStringLiteral("--type"),
                       QStringLiteral("birth"), QStringLiteral("--state"), QStringLiteral("to_verify")});
    ASSERT_EQ(births.exitCode, 0);
    EXPECT_EQ(jsonLines(births.out).size(), 3);
    // the human form names fields and issues
    auto text = cli(QStringLiteral("clerk"), {QStringLiteral("records")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("NGUYỄN VĂN AN"));
    // usage and lookup errors
    EXPECT_EQ(cli(QStringLiteral("clerk"),
                  {QStringLiteral("records"), QStringLiteral("--state"), QStringLiteral("done")})
                  .exitCode,
              2);
    EXPECT_EQ(cli(QStringLiteral("clerk"),
                  {QStringLiteral("records"), QStringLiteral("--batch"), QStringLiteral("nope")})
                  .exitCode,
              1);
    EXPECT_NE(
        test::runCli({QStringLiteral("records"), QStringLiteral("--store"), store.path},
                     {QStringLiteral("SOHOA_USER=clerk"), QStringLiteral("SOHOA_PASSWORD=wrong-password")})
            .exitCode,
        0);
}

TEST_F(CliRecords, SearchIsAccentInsensitive)
{
    for (const QString& q : {QStringLiteral("nguyen van an"), QStringLiteral("Nguyễn Văn An"),
                             QStringLiteral("NGUYEN VAN AN")}) {
        auto r = cli(QStringLiteral("clerk"), {QStringLiteral("search"), q, QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const auto hits = jsonLines(r.out);
        ASSERT_EQ(hits.size(), 2) << q.toStdString();
        QList<qint64> ids{qint64(hits[0].value(QLatin1String("id")).toDouble()),
                          qint64(hits[1].value(QLatin1String("id")).toDouble())};
        EXPECT_TRUE(ids.contains(good) && ids.contains(dup));
        EXPECT_FALSE(hits[0].value(QLatin1String("title")).toString().isEmpty());
    }
    auto id = cli(QStringLiteral("clerk"),
                  {QStringLiteral("search"), QStringLiteral("012212623922"), QStringLiteral("--json")});
    ASSERT_EQ(id.exitCode, 0);
    ASSERT_EQ(jsonLines(id.out).size(), 1);
    EXPECT_EQ(qint64(jsonLines(id.out).first().value(QLatin1String("id")).toDouble()), noName);
    auto limited = cli(QStringLiteral("clerk"),
                       {QStringLiteral("search"), QStringLiteral("thu lum"), QStringLiteral("--limit"),
                        QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(limited.exitCode, 0);
    EXPECT_EQ(jsonLines(limited.out).size(), 1);
    EXPECT_EQ(cli(QStringLiteral("clerk"), {QStringLiteral("search")}).exitCode, 2);
    auto none = cli(QStringLiteral("clerk"),
                    {QStringLiteral("search"), QStringLiteral("zzzqqq"), QStringLiteral("--json")});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(jsonLines(none.out).isEmpty());
}

TEST_F(CliRecords, VerifyCorrectsRevalidatesAndConfirms)
{
    // confirming with an open error is refused and says why
    auto refused = cli(QStringLiteral("clerk"), {QStringLiteral("verify"), QString::number(noName),
                                                 QStringLiteral("--confirm"), QStringLiteral("--json")});
    EXPECT_EQ(refused.exitCode, 1);
    ASSERT_FALSE(jsonLines(refused.out).isEmpty());
    EXPECT_EQ(jsonLines(refused.out).last()[QLatin1String("error")][QLatin1String("code")].toString(),
              QStringLiteral("workflow.open_errors"));
    // the correction clears required.missing; the new name is validated again
    auto fixed =
        cli(QStringLiteral("clerk"), {QStringLiteral("verify"), QString::number(noName),
                                      QStringLiteral("--set"), QStringLiteral("full_name=NGUYỄN VĂN BÌNH"),
                                      QStringLiteral("--confirm"), QStringLiteral("--json")});
    ASSERT_EQ(fixed.exitCode, 0) << fixed.err.toStdString();
    const QJsonObject rec = jsonLines(fixed.out).last();
    EXPECT_EQ(rec.value(QLatin1String("state")).toString(), QStringLiteral("verified"));
    EXPECT_EQ(rec.value(QLatin1String("verified_by")).toString(), QStringLiteral("clerk"));
    EXPECT_FALSE(issueCodes(rec).contains(QStringLiteral("required.missing")));
    EXPECT_EQ(rec[QLatin1String("fields")][QLatin1String("full_name")][QLatin1String("source")].toString(),
              QStringLiteral("clerk"));
    // a wrong ID digit is caught on the edit
    auto bad = cli(QStringLiteral("clerk"),
                   {QStringLiteral("verify"), QString::number(good), QStringLiteral("--set"),
                    QStringLiteral("personal_id=099211623922"), QStringLiteral("--json")});
    ASSERT_EQ(bad.exitCode, 0);
    EXPECT_TRUE(issueCodes(jsonLines(bad.out).last()).contains(QStringLiteral("personal_id.province")));
    // usage errors and unknown fields
    EXPECT_EQ(cli(QStringLiteral("clerk"), {QStringLiteral("verify"), QString::number(good)}).exitCode, 2);
    EXPECT_EQ(cli(QStringLiteral("clerk"),
                  {QStringLiteral("verify"), QStringLiteral("abc"), QStringLiteral("--confirm")})
                  .exitCode,
              2);
    EXPECT_EQ(cli(QStringLiteral("clerk"), {QStringLiteral("verify"), QString::number(good),
                                            QStringLiteral("--set"), QStringLiteral("no_such_field=1")})
                  .exitCode,
              1);
    EXPECT_EQ(cli(QStringLiteral("clerk"),
                  {QStringLiteral("verify"), QStringLiteral("999"), QStringLiteral("--confirm")})
                  .exitCode,
              1);
    // supervisors do not verify
    EXPECT_EQ(cli(QStringLiteral("supervisor"),
                  {QStringLiteral("verify"), QString::number(good), QStringLiteral("--confirm")})
                  .exitCode,
              1);
}

TEST_F(CliRecords, ApproveAndRejectAreTheSupervisorsAndNeedAcknowledgedWarnings)
{
    ASSERT_EQ(cli(QStringLiteral("clerk"),
                  {QStringLiteral("verify"), QString::number(good), QStringLiteral("--confirm")})
                  .exitCode,
              0);
    ASSERT_EQ(cli(QStringLiteral("clerk"),
                  {QStringLiteral("verify"), QString::number(land), QStringLiteral("--confirm")})
                  .exitCode,
              0);
    // a clerk cannot approve
    EXPECT_EQ(cli(QStringLiteral("clerk"), {QStringLiteral("approve"), QString::number(good)}).exitCode, 1);
    // `good` has a duplicate warning (record `dup`): it needs acknowledging
    auto warned = cli(QStringLiteral("supervisor"),
                      {QStringLiteral("approve"), QString::number(good), QStringLiteral("--json")});
    EXPECT_EQ(warned.exitCode, 1);
    ASSERT_FALSE(jsonLines(warned.out).isEmpty());
    EXPECT_EQ(jsonLines(warned.out).first()[QLatin1String("error")][QLatin1String("code")].toString(),
              QStringLiteral("workflow.warnings"));
    auto ok = cli(QStringLiteral("supervisor"),
                  {QStringLiteral("approve"), QString::number(good), QString::number(land),
                   QStringLiteral("--acknowledge-warnings"), QStringLiteral("--json")});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const auto decided = jsonLines(ok.out);
    ASSERT_EQ(decided.size(), 2);
    for (const QJsonObject& d : decided) {
        EXPECT_EQ(d.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        EXPECT_EQ(d.value(QLatin1String("decided_by")).toString(), QStringLiteral("supervisor"));
    }
    // approving again: not verified any more
    EXPECT_EQ(cli(QStringLiteral("supervisor"), {QStringLiteral("approve"), QString::number(good)}).exitCode,
              1);
    // reject needs a reason; the record goes back to the clerks
    ASSERT_EQ(cli(QStringLiteral("clerk"),
                  {QStringLiteral("verify"), QString::number(dup), QStringLiteral("--confirm")})
                  .exitCode,
              0);
    EXPECT_EQ(cli(QStringLiteral("supervisor2"), {QStringLiteral("reject"), QString::number(dup)}).exitCode,
              2);
    auto rej = cli(QStringLiteral("supervisor2"),
                   {QStringLiteral("reject"), QString::number(dup), QStringLiteral("--reason"),
                    QStringLiteral("Trùng với hồ sơ %1").arg(good), QStringLiteral("--json")});
    ASSERT_EQ(rej.exitCode, 0) << rej.err.toStdString();
    EXPECT_EQ(jsonLines(rej.out).first().value(QLatin1String("state")).toString(),
              QStringLiteral("rejected"));
    auto listed = cli(QStringLiteral("clerk"), {QStringLiteral("records"), QStringLiteral("--state"),
                                                QStringLiteral("rejected"), QStringLiteral("--json")});
    ASSERT_EQ(jsonLines(listed.out).size(), 1);
    EXPECT_TRUE(jsonLines(listed.out)
                    .first()
                    .value(QLatin1String("reject_reason"))
                    .toString()
                    .startsWith(QStringLiteral("Trùng")));
    // the records command sees the decisions
    auto approved = cli(QStringLiteral("admin"), {QStringLiteral("records"), QStringLiteral("--state"),
                                                  QStringLiteral("approved"), QStringLiteral("--json")});
    ASSERT_EQ(approved.exitCode, 0);
    EXPECT_EQ(jsonLines(approved.out).size(), 2);
}
