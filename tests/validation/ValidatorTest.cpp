// Every SPEC §2 code from synthetic records, and bad input that must give
// issues, not crashes or invented values.
#include "core/validation/Validator.h"

#include "QtPrinters.h"
#include "core/records/Record.h"
#include "core/records/RecordType.h"
#include "core/text/LegacyEncoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace sohoa;
using records::Issue;
using records::Record;

namespace {

validation::ValidationContext ctx()
{
    validation::ValidationContext c;
    c.today = QDate(2026, 11, 23);
    return c;
}

Record make(const QString& type, const QMap<QString, QString>& values)
{
    Record r;
    r.type = type;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        records::FieldValue v;
        v.value = it.value();
        r.fields.insert(it.key(), v);
    }
    return r;
}

Record birth(QMap<QString, QString> overrides = {})
{
    QMap<QString, QString> v{
        {QStringLiteral("full_name"), QStringLiteral("NGUYỄN VĂN AN")},
        {QStringLiteral("date_of_birth"), QStringLiteral("2011-02-10")},
        {QStringLiteral("sex"), QStringLiteral("male")},
        {QStringLiteral("personal_id"), QStringLiteral("012211623922")},
        {QStringLiteral("hometown"), QStringLiteral("Xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu")},
        {QStringLiteral("mother_name"), QStringLiteral("Lộc Diệu Thúy")},
        {QStringLiteral("mother_birth_year"), QStringLiteral("1991")},
        {QStringLiteral("father_birth_year"), QStringLiteral("1984")},
        {QStringLiteral("registration_place"),
         QStringLiteral("Ủy ban nhân dân xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu")},
        {QStringLiteral("registration_date"), QStringLiteral("2011-02-12")},
    };
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value().isNull())
            v.remove(it.key());
        else
            v.insert(it.key(), it.value());
    }
    return make(QStringLiteral("birth"), v);
}

Record marriage(QMap<QString, QString> overrides = {})
{
    QMap<QString, QString> v{
        {QStringLiteral("husband_name"), QStringLiteral("NGUYỄN NHẬT THÀNH")},
        {QStringLiteral("husband_date_of_birth"), QStringLiteral("1990-05-13")},
        {QStringLiteral("husband_personal_id"), QStringLiteral("034090749674")},
        {QStringLiteral("husband_residence"),
         QStringLiteral("Xóm 11, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
        {QStringLiteral("wife_name"), QStringLiteral("TRẦN THỊ LAN")},
        {QStringLiteral("wife_date_of_birth"), QStringLiteral("1992-09-20")},
        {QStringLiteral("wife_personal_id"), QStringLiteral("034192884719")},
        {QStringLiteral("registration_place"),
         QStringLiteral("Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
        {QStringLiteral("registration_date"), QStringLiteral("2014-08-31")},
    };
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value().isNull())
            v.remove(it.key());
        else
            v.insert(it.key(), it.value());
    }
    return make(QStringLiteral("marriage"), v);
}

Record land(QMap<QString, QString> overrides = {})
{
    QMap<QString, QString> v{
        {QStringLiteral("holder_name"), QStringLiteral("LÊ VĂN HÙNG")},
        {QStringLiteral("holder_birth_year"), QStringLiteral("1974")},
        {QStringLiteral("holder_personal_id"), QStringLiteral("092074805496")},
        {QStringLiteral("holder_address"),
         QStringLiteral("Số 130, đường Nguyễn Trãi, thị trấn Thới Lai, huyện Thới Lai, thành phố Cần Thơ")},
        {QStringLiteral("parcel_number"), QStringLiteral("125")},
        {QStringLiteral("map_sheet_number"), QStringLiteral("12")},
        {QStringLiteral("parcel_address"),
         QStringLiteral("Ấp An Nhơn, xã Thới Tân, huyện Thới Lai, thành phố Cần Thơ")},
        {QStringLiteral("area_m2"), QStringLiteral("567.5")},
        {QStringLiteral("land_use_purpose"), QStringLiteral("ONT+CLN")},
        {QStringLiteral("land_use_term"), QStringLiteral("long_term")},
        {QStringLiteral("issue_date"), QStringLiteral("2018-01-18")},
    };
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value().isNull())
            v.remove(it.key());
        else
            v.insert(it.key(), it.value());
    }
    return make(QStringLiteral("land_certificate"), v);
}

QStringList codes(const QList<Issue>& issues)
{
    QStringList out;
    for (const Issue& i : issues)
        out.append(i.code + QLatin1Char('@') + i.field);
    out.sort();
    return out;
}

QList<Issue> validate(const Record& r)
{
    return validation::validateRecord(r, ctx());
}

} // namespace

TEST(Validator, CleanRecordsHaveNoIssues)
{
    EXPECT_EQ(codes(validate(birth())), QStringList());
    EXPECT_EQ(codes(validate(marriage())), QStringList());
    EXPECT_EQ(codes(validate(land())), QStringList());
}

TEST(Validator, RequiredMissing)
{
    const auto issues = validate(birth({{QStringLiteral("full_name"), QString()}}));
    EXPECT_EQ(codes(issues), QStringList{QStringLiteral("required.missing@full_name")});
    EXPECT_EQ(issues.first().severity, records::Severity::Error);
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("Full name")));
    // blank (spaces only) is missing too
    EXPECT_EQ(codes(validate(land({{QStringLiteral("parcel_number"), QStringLiteral("  ")}}))),
              QStringList{QStringLiteral("required.missing@parcel_number")});
}

TEST(Validator, DateInvalid)
{
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("date_of_birth"), QStringLiteral("2019-02-31")},
                                    {QStringLiteral("registration_date"), QStringLiteral("2019-03-12")}}))),
              QStringList{QStringLiteral("date.invalid@date_of_birth")});
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("registration_date"), QStringLiteral("2011-13-01")}}))),
              QStringList{QStringLiteral("date.invalid@registration_date")});
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("registration_date"), QStringLiteral("12/02/2011")}}))),
              QStringList{QStringLiteral("date.invalid@registration_date")});
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("mother_birth_year"), QStringLiteral("19x1")}}))),
              QStringList{QStringLiteral("date.invalid@mother_birth_year")});
    EXPECT_EQ(codes(validate(land({{QStringLiteral("land_use_term"), QStringLiteral("2071-02-30")}}))),
              QStringList{QStringLiteral("date.invalid@land_use_term")});
    Record death = make(QStringLiteral("death"),
                        {{QStringLiteral("full_name"), QStringLiteral("KIM SÔ PHAL")},
                         {QStringLiteral("date_of_death"), QStringLiteral("2023-08-28")},
                         {QStringLiteral("time_of_death"), QStringLiteral("25:10")},
                         {QStringLiteral("registration_place"),
                          QStringLiteral("Ủy ban nhân dân xã Y Can, huyện Trấn Yên, tỉnh Yên Bái")},
                         {QStringLiteral("registration_date"), QStringLiteral("2023-09-01")}});
    EXPECT_EQ(codes(validate(death)), QStringList{QStringLiteral("date.invalid@time_of_death")});
}

TEST(Validator, DateFuture)
{
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("date_of_birth"), QStringLiteral("2027-01-01")},
                                    {QStringLiteral("registration_date"), QStringLiteral("2027-01-05")},
                                    {QStringLiteral("personal_id"), QStringLiteral("012227623922")},
                                    {QStringLiteral("hometown"), QStringLiteral("Xã Thu Lũm, tỉnh Lai Châu")},
                                    {QStringLiteral("registration_place"),
                                     QStringLiteral("Ủy ban nhân dân xã Thu Lũm, tỉnh Lai Châu")}}))),
              (QStringList{QStringLiteral("date.future@date_of_birth"),
                           QStringLiteral("date.future@registration_date")}));
    // a year 3019 is in the future, not an invented date
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("father_birth_year"), QStringLiteral("3019")}}))),
              (QStringList{QStringLiteral("date.future@father_birth_year"),
                           QStringLiteral("date.order@father_birth_year")}));
    // a land-use term lies in the future by nature
    EXPECT_EQ(codes(validate(land({{QStringLiteral("land_use_term"), QStringLiteral("2071-07-03")}}))),
              QStringList());
}

TEST(Validator, DateOrder)
{
    // registered before the birth
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("registration_date"), QStringLiteral("2011-02-01")}}))),
              QStringList{QStringLiteral("date.order@registration_date")});
    // mother born after the child
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("mother_birth_year"), QStringLiteral("2012")}}))),
              QStringList{QStringLiteral("date.order@mother_birth_year")});
    // a parent only 8 years older: a warning to check
    const auto young = validate(birth({{QStringLiteral("father_birth_year"), QStringLiteral("2003")}}));
    ASSERT_EQ(codes(young), QStringList{QStringLiteral("date.order@father_birth_year")});
    EXPECT_EQ(young.first().severity, records::Severity::Warning);
    // death before birth, and registered before the death
    Record death = make(QStringLiteral("death"),
                        {{QStringLiteral("full_name"), QStringLiteral("KIM SÔ PHAL")},
                         {QStringLiteral("date_of_birth"), QStringLiteral("1980-10-08")},
                         {QStringLiteral("date_of_death"), QStringLiteral("1979-08-28")},
                         {QStringLiteral("registration_place"),
                          QStringLiteral("Ủy ban nhân dân xã Y Can, huyện Trấn Yên, tỉnh Yên Bái")},
                         {QStringLiteral("registration_date"), QStringLiteral("1979-08-01")}});
    EXPECT_EQ(codes(validate(death)), (QStringList{QStringLiteral("date.order@date_of_death"),
                                                   QStringLiteral("date.order@registration_date")}));
}

TEST(Validator, PersonalIdFormat)
{
    const auto issues = validate(birth({{QStringLiteral("personal_id"), QStringLiteral("01221162392")}}));
    EXPECT_EQ(codes(issues), QStringList{QStringLiteral("personal_id.format@personal_id")});
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QStringLiteral("0122116239221")}}))),
              QStringList{QStringLiteral("personal_id.format@personal_id")});
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QStringLiteral("0122I1623922")}}))),
              QStringList{QStringLiteral("personal_id.format@personal_id")});
    // 9-digit CMND on a land certificate issued while those cards were valid
    EXPECT_EQ(codes(validate(land({{QStringLiteral("holder_personal_id"), QStringLiteral("084862073")},
                                   {QStringLiteral("issue_date"), QStringLiteral("2004-10-08")}}))),
              QStringList());
    // ... but not on a birth record, nor on a certificate issued after 2024
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QStringLiteral("084862073")}}))),
              QStringList{QStringLiteral("personal_id.format@personal_id")});
    EXPECT_EQ(codes(validate(land({{QStringLiteral("holder_personal_id"), QStringLiteral("084862073")},
                                   {QStringLiteral("issue_date"), QStringLiteral("2025-03-08")}}))),
              QStringList{QStringLiteral("personal_id.format@holder_personal_id")});
}

TEST(Validator, PersonalIdProvince)
{
    for (const char* bad : {"099211623922", "000211623922", "003211623922"})
        EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QString::fromLatin1(bad)}}))),
                  QStringList{QStringLiteral("personal_id.province@personal_id")})
            << bad;
    // every pre-2025 province code is accepted: 001 Hà Nội, 079 HCM, 096 Cà Mau
    for (const char* good : {"001211623922", "079211623922", "096211623922"})
        EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QString::fromLatin1(good)}}))),
                  QStringList())
            << good;
}

TEST(Validator, PersonalIdCenturySex)
{
    // a boy born 2011 needs 2; 3 is a girl
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QStringLiteral("012311623922")}}))),
              QStringList{QStringLiteral("personal_id.century_sex@personal_id")});
    // 0 is a boy born in the 1900s
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QStringLiteral("012011623922")}}))),
              QStringList{QStringLiteral("personal_id.century_sex@personal_id")});
    // the girl with 3 is fine
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QStringLiteral("012311623922")},
                                    {QStringLiteral("sex"), QStringLiteral("female")}}))),
              QStringList());
    // a wife whose ID says male
    EXPECT_EQ(
        codes(validate(marriage({{QStringLiteral("wife_personal_id"), QStringLiteral("034092884719")}}))),
        QStringList{QStringLiteral("personal_id.century_sex@wife_personal_id")});
}

TEST(Validator, PersonalIdBirthYear)
{
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("personal_id"), QStringLiteral("012210623922")}}))),
              QStringList{QStringLiteral("personal_id.birth_year@personal_id")});
    // land: the holder's year of birth is a year field
    EXPECT_EQ(codes(validate(land({{QStringLiteral("holder_personal_id"), QStringLiteral("092075805496")}}))),
              QStringList{QStringLiteral("personal_id.birth_year@holder_personal_id")});
}

TEST(Validator, MarriageAge)
{
    // husband 19 on the registration day
    EXPECT_EQ(
        codes(validate(marriage({{QStringLiteral("husband_date_of_birth"), QStringLiteral("1994-09-01")},
                                 {QStringLiteral("husband_personal_id"), QStringLiteral("034094749674")}}))),
        QStringList{QStringLiteral("marriage.age@husband_date_of_birth")});
    // 20 exactly that day is allowed
    EXPECT_EQ(
        codes(validate(marriage({{QStringLiteral("husband_date_of_birth"), QStringLiteral("1994-08-31")},
                                 {QStringLiteral("husband_personal_id"), QStringLiteral("034094749674")}}))),
        QStringList());
    // wife 16
    const auto wife =
        validate(marriage({{QStringLiteral("wife_date_of_birth"), QStringLiteral("1998-01-10")},
                           {QStringLiteral("wife_personal_id"), QStringLiteral("034198884719")}}));
    EXPECT_EQ(codes(wife), QStringList{QStringLiteral("marriage.age@wife_date_of_birth")});
    EXPECT_TRUE(wife.first().message.contains(QStringLiteral("16"))) << wife.first().message.toStdString();
}

TEST(Validator, LandPurposeCode)
{
    EXPECT_EQ(codes(validate(land({{QStringLiteral("land_use_purpose"), QStringLiteral("ZZZ")}}))),
              QStringList{QStringLiteral("land.purpose_code@land_use_purpose")});
    EXPECT_EQ(codes(validate(land({{QStringLiteral("land_use_purpose"), QStringLiteral("ONT+HXZ")}}))),
              QStringList{QStringLiteral("land.purpose_code@land_use_purpose")});
    // an old code (Circular 28/2014 BHK) is mapped and flagged as a warning
    const auto old = validate(land({{QStringLiteral("land_use_purpose"), QStringLiteral("ONT+BHK")}}));
    ASSERT_EQ(codes(old), QStringList{QStringLiteral("land.purpose_code@land_use_purpose")});
    EXPECT_EQ(old.first().severity, records::Severity::Warning);
    EXPECT_EQ(old.first().suggestion, QStringLiteral("ONT+HNK"));
    for (const char* good : {"ONT", "ODT", "CLN", "HNK", "RSX", "RPH", "LUC", "NTS", "ONT+CLN"})
        EXPECT_EQ(codes(validate(land({{QStringLiteral("land_use_purpose"), QString::fromLatin1(good)}}))),
                  QStringList())
            << good;
}

TEST(Validator, LandArea)
{
    for (const char* bad : {"0", "-5", "abc", "12.5.3"})
        EXPECT_EQ(codes(validate(land({{QStringLiteral("area_m2"), QString::fromLatin1(bad)}}))),
                  QStringList{QStringLiteral("land.area@area_m2")})
            << bad;
    EXPECT_EQ(codes(validate(land({{QStringLiteral("area_m2"), QStringLiteral("0.5")}}))), QStringList());
}

TEST(Validator, AdminUnitUnknown)
{
    const auto issues = validate(
        birth({{QStringLiteral("hometown"), QStringLiteral("Xã Thu Lũm, huyện Mường Tè, tỉnh Lai Chău")}}));
    ASSERT_EQ(codes(issues), QStringList{QStringLiteral("admin_unit.unknown@hometown")});
    EXPECT_EQ(issues.first().severity, records::Severity::Warning);
    // the one-click fix snaps the OCR'd name to the real one
    EXPECT_EQ(issues.first().suggestion, QStringLiteral("Xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu"));
    EXPECT_EQ(codes(validate(birth({{QStringLiteral("hometown"),
                                     QStringLiteral("Xã Qwerty Zyx, huyện Mường Tè, tỉnh Lai Châu")}}))),
              QStringList{QStringLiteral("admin_unit.unknown@hometown")});
    // hospitals, streets and hamlets are not units
    EXPECT_EQ(codes(validate(birth(
                  {{QStringLiteral("place_of_birth"), QStringLiteral("Bệnh viện Đa khoa tỉnh Lai Châu")}}))),
              QStringList());
}

TEST(Validator, AdminUnitRenamedOnlyOnPapersFromJuly2025)
{
    const QMap<QString, QString> old{
        {QStringLiteral("husband_residence"),
         QStringLiteral("Xóm 2, xã Ngũ Phúc, huyện Kiến Thuỵ, thành phố Hải Phòng")}};
    // registered before the reform: the old names are right
    EXPECT_EQ(codes(validate(marriage(old))), QStringList());
    QMap<QString, QString> late = old;
    late.insert(QStringLiteral("registration_date"), QStringLiteral("2025-12-05"));
    late.insert(QStringLiteral("registration_place"),
                QStringLiteral("Ủy ban nhân dân xã Tây Yên, tỉnh An Giang"));
    late.insert(QStringLiteral("wife_residence"), QStringLiteral("Ấp Mỹ Hưng, xã Tây Yên, tỉnh An Giang"));
    const auto issues = validate(marriage(late));
    ASSERT_EQ(codes(issues), QStringList{QStringLiteral("admin_unit.renamed@husband_residence")});
    const Issue& i = issues.first();
    EXPECT_EQ(i.severity, records::Severity::Warning);
    // the message names the 2025 unit, and the fix rewrites the place
    EXPECT_TRUE(i.message.contains(QStringLiteral("Xã Nghi Dương"))) << i.message.toStdString();
    EXPECT_EQ(i.suggestion, QStringLiteral("Xóm 2, xã Nghi Dương, thành phố Hải Phòng"));
}

TEST(Validator, TextEncodingOffersTheConversion)
{
    const QString vni = text::encodeLegacy(text::LegacyEncoding::Vni, QStringLiteral("Nguyễn Văn Trường"));
    const auto issues = validate(birth({{QStringLiteral("mother_name"), vni}}));
    ASSERT_EQ(codes(issues), QStringList{QStringLiteral("text.encoding@mother_name")});
    EXPECT_EQ(issues.first().suggestion, QStringLiteral("Nguyễn Văn Trường"));
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("VNI")));
    const QString tcvn = text::encodeLegacy(text::LegacyEncoding::Tcvn3, QStringLiteral("LÊ THỊ HỒNG"));
    const auto t = validate(birth({{QStringLiteral("full_name"), tcvn}}));
    ASSERT_EQ(codes(t), QStringList{QStringLiteral("text.encoding@full_name")});
    EXPECT_EQ(t.first().suggestion, QStringLiteral("LÊ THỊ HỒNG"));
    // decomposed Unicode (NFD) is converted to NFC
    const QString nfd = QStringLiteral("Lộc Diệu Thúy").normalized(QString::NormalizationForm_D);
    const auto n = validate(birth({{QStringLiteral("mother_name"), nfd}}));
    ASSERT_EQ(codes(n), QStringList{QStringLiteral("text.encoding@mother_name")});
    EXPECT_EQ(n.first().suggestion, QStringLiteral("Lộc Diệu Thúy"));
}

TEST(Validator, DuplicateCheckIsCalledWithTheRecord)
{
    validation::ValidationContext c = ctx();
    int calls = 0;
    c.duplicateCheck = [&calls](const Record& r) {
        ++calls;
        Issue i;
        i.code = QStringLiteral("duplicate.suspect");
        i.severity = records::Severity::Warning;
        i.details = {{QStringLiteral("other_record"), 7}};
        i.message = r.value(QStringLiteral("full_name"));
        return QList<Issue>{i};
    };
    const auto issues = validation::validateRecord(birth(), c);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(codes(issues), QStringList{QStringLiteral("duplicate.suspect@")});
}

TEST(Validator, BadInputGivesIssuesNotCrashes)
{
    // an empty page: every required field is missing, nothing invented
    const auto empty = validate(make(QStringLiteral("birth"), {}));
    EXPECT_EQ(codes(empty), (QStringList{QStringLiteral("required.missing@date_of_birth"),
                                         QStringLiteral("required.missing@full_name"),
                                         QStringLiteral("required.missing@registration_date"),
                                         QStringLiteral("required.missing@registration_place"),
                                         QStringLiteral("required.missing@sex")}));
    // garbage everywhere
    QMap<QString, QString> junk;
    const records::RecordType* t =
        records::RecordTypeRegistry::builtin().find(QStringLiteral("land_certificate"));
    ASSERT_TRUE(t);
    for (const records::FieldDef& f : t->fields)
        junk.insert(f.key, QStringLiteral("#@!~ ¿¿ 0x00 \u0000\u200b"));
    const auto issues = validate(make(QStringLiteral("land_certificate"), junk));
    EXPECT_FALSE(issues.isEmpty());
    for (const Issue& i : issues)
        EXPECT_FALSE(i.message.isEmpty());
    // an unknown record type gives nothing rather than failing
    EXPECT_TRUE(validate(make(QStringLiteral("no_such_type"), {{QStringLiteral("x"), QStringLiteral("y")}}))
                    .isEmpty());
}

TEST(Validator, NewRecordTypeNeedsNoCode)
{
    const QByteArray json = R"({"type": "adoption", "name": {"vi": "Nhận con nuôi", "en": "Adoption"},
      "fields": [
        {"key": "child_name", "kind": "name", "required": true},
        {"key": "child_date_of_birth", "kind": "date"},
        {"key": "child_personal_id", "kind": "personal_id"},
        {"key": "parent_date_of_birth", "kind": "date"},
        {"key": "registration_date", "kind": "date", "required": true}],
      "rules": [
        {"rule": "date_order", "earlier": "child_date_of_birth", "later": "registration_date"},
        {"rule": "min_age", "code": "date.order", "birth": "parent_date_of_birth", "at": "registration_date", "years": 20},
        {"rule": "not_future", "fields": ["registration_date"]}]})";
    auto type = records::RecordTypeRegistry::parse(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(type.ok());
    const Record r = make(QStringLiteral("adoption"),
                          {{QStringLiteral("child_date_of_birth"), QStringLiteral("2020-01-01")},
                           {QStringLiteral("child_personal_id"), QStringLiteral("12345")},
                           {QStringLiteral("parent_date_of_birth"), QStringLiteral("2005-01-01")},
                           {QStringLiteral("registration_date"), QStringLiteral("2019-05-01")}});
    EXPECT_EQ(codes(validation::validateRecord(*type, r, ctx())),
              (QStringList{QStringLiteral("date.order@parent_date_of_birth"),
                           QStringLiteral("date.order@registration_date"),
                           QStringLiteral("personal_id.format@child_personal_id"),
                           QStringLiteral("required.missing@child_name")}));
}
