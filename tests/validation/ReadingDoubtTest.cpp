// Issues raised on a record fresh from paper (validateReading): a rule broken
// by a doubtful reading marks the reading unsure instead of blaming the paper;
// required.missing only where the label was read before an empty line.
#include "core/validation/ReadingDoubt.h"

#include "QtPrinters.h"
#include "core/records/Record.h"

#include <gtest/gtest.h>

using namespace sohoa;
using records::Record;

namespace {

validation::ValidationContext ctx()
{
    validation::ValidationContext c;
    c.today = QDate(2026, 11, 23);
    return c;
}

Record birth()
{
    Record r;
    r.type = QStringLiteral("birth");
    const QMap<QString, QString> v{
        {QStringLiteral("full_name"), QStringLiteral("NGUYỄN VĂN AN")},
        {QStringLiteral("date_of_birth"), QStringLiteral("2011-02-10")},
        {QStringLiteral("sex"), QStringLiteral("male")},
        {QStringLiteral("personal_id"), QStringLiteral("012211623922")},
        {QStringLiteral("hometown"), QString::fromUtf8("Xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu")},
        {QStringLiteral("mother_name"), QString::fromUtf8("Lộc Diệu Thúy")},
        {QStringLiteral("mother_birth_year"), QStringLiteral("1991")},
        {QStringLiteral("registration_place"),
         QString::fromUtf8("Ủy ban nhân dân xã Thu Lũm, huyện Mường Tè, tỉnh Lai Châu")},
        {QStringLiteral("registration_date"), QStringLiteral("2011-02-12")},
    };
    for (auto it = v.constBegin(); it != v.constEnd(); ++it) {
        records::FieldValue f;
        f.value = it.value();
        f.confidence = 0.97;
        r.fields.insert(it.key(), f);
    }
    return r;
}

// Every label of the form read, none blank.
validation::ReadingNotes wellRead(const Record& r)
{
    validation::ReadingNotes n;
    for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it)
        n.labelled.insert(it.key());
    return n;
}

QStringList codes(const QList<records::Issue>& issues)
{
    QStringList out;
    for (const records::Issue& i : issues)
        out.append(i.code + QLatin1Char('@') + i.field);
    return out;
}

} // namespace

TEST(ReadingDoubt, SureReadingKeepsThePapersFault)
{
    Record r = birth();
    r.fields[QStringLiteral("personal_id")].value =
        QStringLiteral("012311623922"); // century digit says female
    const auto issues = validation::validateReading(r, wellRead(r), ctx());
    EXPECT_TRUE(codes(issues).contains(QStringLiteral("personal_id.century_sex@personal_id")))
        << codes(issues).join(u',').toStdString();
    EXPECT_FALSE(r.fields.value(QStringLiteral("personal_id")).unsure);
    EXPECT_DOUBLE_EQ(r.fields.value(QStringLiteral("personal_id")).confidence, 0.97);
}

TEST(ReadingDoubt, DoubtfulFieldBehindARuleMarksTheReadingUnsure)
{
    Record r = birth();
    r.fields[QStringLiteral("personal_id")].value = QStringLiteral("012311623922");
    validation::ReadingNotes n = wellRead(r);
    // The id is read clearly, but the sex it is checked against is doubtful.
    n.doubtful.insert(QStringLiteral("sex"));
    const auto issues = validation::validateReading(r, n, ctx());
    EXPECT_FALSE(codes(issues).join(u',').contains(QStringLiteral("personal_id.")))
        << codes(issues).join(u',').toStdString();
    EXPECT_TRUE(r.fields.value(QStringLiteral("sex")).unsure);
    EXPECT_LE(r.fields.value(QStringLiteral("sex")).confidence, validation::kUnsureReadingConfidence);
    EXPECT_FALSE(r.fields.value(QStringLiteral("personal_id")).unsure);
}

TEST(ReadingDoubt, DateInWordsAgainstADoubtfulDateAsksForTheDate)
{
    // The words say 10/02/2010, the digits 10/02/2011.
    Record r = birth();
    records::FieldValue words;
    words.value = QString::fromUtf8("Ngày mồng mười, tháng hai, năm hai nghìn không trăm mười");
    words.confidence = 0.97;
    r.fields.insert(QStringLiteral("date_of_birth_words"), words);
    Record sure = r;
    EXPECT_TRUE(codes(validation::validateReading(sure, wellRead(sure), ctx()))
                    .contains(QStringLiteral("date.words_mismatch@date_of_birth_words")));
    // The digits were read doubtfully: the clerk is asked to check the date, the paper is not blamed.
    validation::ReadingNotes n = wellRead(r);
    n.doubtful.insert(QStringLiteral("date_of_birth"));
    const auto issues = validation::validateReading(r, n, ctx());
    EXPECT_FALSE(codes(issues).join(u',').contains(QStringLiteral("date.words_mismatch")))
        << codes(issues).join(u',').toStdString();
    EXPECT_TRUE(r.fields.value(QStringLiteral("date_of_birth")).unsure);
    EXPECT_FALSE(r.fields.value(QStringLiteral("date_of_birth_words")).unsure);
}

TEST(ReadingDoubt, PlaceCutAtAWrapIsNoUnknownUnit)
{
    Record r = birth();
    r.fields[QStringLiteral("hometown")].value = QString::fromUtf8("Xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc");
    validation::ReadingNotes n = wellRead(r);
    EXPECT_TRUE(
        codes(validation::validateRecord(r, ctx())).contains(QStringLiteral("admin_unit.unknown@hometown")));
    n.doubtful.insert(QStringLiteral("hometown"));
    const auto issues = validation::validateReading(r, n, ctx());
    EXPECT_FALSE(codes(issues).contains(QStringLiteral("admin_unit.unknown@hometown")));
    EXPECT_TRUE(r.fields.value(QStringLiteral("hometown")).unsure);
}

TEST(ReadingDoubt, ClerksValueIsNeverDoubted)
{
    Record r = birth();
    r.fields[QStringLiteral("hometown")].value = QString::fromUtf8("Xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc");
    r.fields[QStringLiteral("hometown")].source = QStringLiteral("clerk");
    validation::ReadingNotes n = wellRead(r);
    n.doubtful.insert(QStringLiteral("hometown"));
    const auto issues = validation::validateReading(r, n, ctx());
    EXPECT_TRUE(codes(issues).contains(QStringLiteral("admin_unit.unknown@hometown")));
    EXPECT_FALSE(r.fields.value(QStringLiteral("hometown")).unsure);
}

TEST(ReadingDoubt, RequiredMissingOnlyWhereTheLabelStoodBeforeAnEmptyLine)
{
    Record r = birth();
    r.fields.remove(QStringLiteral("full_name"));
    validation::ReadingNotes n = wellRead(r);
    // Label never found and another required label missing too: a badly read page.
    n.labelled.remove(QStringLiteral("date_of_birth"));
    EXPECT_FALSE(codes(validation::validateReading(r, n, ctx()))
                     .contains(QStringLiteral("required.missing@full_name")));
    // Label read before an empty dotted line: the paper leaves it blank.
    n.labelled.insert(QStringLiteral("full_name"));
    n.blank.insert(QStringLiteral("full_name"));
    EXPECT_TRUE(codes(validation::validateReading(r, n, ctx()))
                    .contains(QStringLiteral("required.missing@full_name")));
    // Label found with something after it that could not be read as a value: doubtful, not missing.
    n.blank.remove(QStringLiteral("full_name"));
    EXPECT_FALSE(codes(validation::validateReading(r, n, ctx()))
                     .contains(QStringLiteral("required.missing@full_name")));
    // Label not found, but every other required label of the form was: the paper lacks the field.
    n.labelled.remove(QStringLiteral("full_name"));
    n.labelled.insert(QStringLiteral("date_of_birth"));
    EXPECT_TRUE(codes(validation::validateReading(r, n, ctx()))
                    .contains(QStringLiteral("required.missing@full_name")));
}
