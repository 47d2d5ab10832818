// Value parsers: printed text (as OCR reads it) -> SPEC §1 formats.
#include "core/extraction/ValueParsers.h"

#include "QtPrinters.h"
#include "core/extraction/PostCorrection.h"
#include "core/extraction/Vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sohoa::extraction;

namespace {

const Vocabulary& vocab()
{
    return Vocabulary::builtin();
}

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject sexMap()
{
    return QJsonDocument::fromJson(R"({"male": ["Nam"], "female": ["Nữ"]})").object();
}

} // namespace

TEST(ValueParsers, DateInDigits)
{
    for (const char* printed :
         {"10/02/2011", "10-2-2011", "10.02.2011", "ngày 10 tháng 02 năm 2011", "Ngày 10 tháng 2 năm 2011"}) {
        const ParsedValue p = parseDate(s(printed), {}, vocab());
        EXPECT_TRUE(p.ok) << printed;
        EXPECT_EQ(p.value, QStringLiteral("2011-02-10")) << printed;
    }
}

TEST(ValueParsers, DateInWordsOnly)
{
    const ParsedValue p =
        parseDate(s("ngày mười lăm tháng ba năm hai nghìn không trăm mười chín"), {}, vocab());
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("2019-03-15"));
    EXPECT_TRUE(p.crossCheck.isEmpty());

    const ParsedValue mong =
        parseDate(s("Ngày mồng mười, tháng hai, năm hai nghìn không trăm mười một"), {}, vocab());
    ASSERT_TRUE(mong.ok);
    EXPECT_EQ(mong.value, QStringLiteral("2011-02-10"));
}

TEST(ValueParsers, DateWordsMonthNames)
{
    DateParts d;
    ASSERT_TRUE(findDateWords(s("ngày hai mươi mốt tháng mười hai năm một nghìn chín trăm tám mươi lăm"),
                              vocab(), &d));
    EXPECT_EQ(d, (DateParts{1985, 12, 21}));
    ASSERT_TRUE(findDateWords(s("ngày mồng một tháng giêng năm hai nghìn"), vocab(), &d));
    EXPECT_EQ(d, (DateParts{2000, 1, 1}));
}

TEST(ValueParsers, DatePrintedTwiceIsCrossChecked)
{
    const QString words = s("ngày mười lăm tháng ba năm hai nghìn không trăm mười chín");
    const ParsedValue agree = parseDate(QStringLiteral("15/03/2019"), words, vocab());
    ASSERT_TRUE(agree.ok);
    EXPECT_EQ(agree.value, QStringLiteral("2019-03-15"));
    EXPECT_EQ(agree.crossCheck, QStringLiteral("agree"));

    // A misread digit: the two readings disagree, the value is kept but marked doubtful.
    const ParsedValue disagree = parseDate(QStringLiteral("16/03/2019"), words, vocab());
    ASSERT_TRUE(disagree.ok);
    EXPECT_EQ(disagree.crossCheck, QStringLiteral("disagree"));
    EXPECT_LT(disagree.quality, agree.quality);
    EXPECT_LT(disagree.quality, 0.5);
}

TEST(ValueParsers, DateWithDoubledYearDigitIsRepaired)
{
    const ParsedValue p = parseDate(QStringLiteral("05/08/20116"), {}, vocab());
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("2016-08-05"));
    EXPECT_GT(p.repairs, 0);
}

TEST(ValueParsers, DateWithLettersForDigits)
{
    const ParsedValue p = parseDate(QStringLiteral("1O/O2/2Ol1"), {}, vocab());
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("2011-02-10"));
    EXPECT_GT(p.repairs, 0);
    EXPECT_LT(p.quality, 0.95);
}

TEST(ValueParsers, ImpossibleDateKeepsWhatIsPrintedWithLowQuality)
{
    // 31/02 is printed: validation reports date.invalid, the parser does not "fix" it.
    const ParsedValue feb = parseDate(QStringLiteral("31/02/2019"), {}, vocab());
    ASSERT_TRUE(feb.ok);
    EXPECT_EQ(feb.value, QStringLiteral("2019-02-31"));
    EXPECT_LT(feb.quality, 0.7);

    const ParsedValue far = parseDate(QStringLiteral("15/03/3019"), {}, vocab());
    ASSERT_TRUE(far.ok);
    EXPECT_LT(far.quality, 0.5);
}

TEST(ValueParsers, NoDateInText)
{
    EXPECT_FALSE(parseDate(s("không rõ"), {}, vocab()).ok);
    EXPECT_FALSE(parseDate(QString(), {}, vocab()).ok);
    EXPECT_FALSE(parseDate(QStringLiteral("@@## ~~ ||"), {}, vocab()).ok);
}

TEST(ValueParsers, Time)
{
    for (const char* printed : {"14 giờ 30 phút", "14giờ30phút", "14h30", "14:30", "14 gio 30 phut"}) {
        const ParsedValue p = parseTime(s(printed));
        EXPECT_TRUE(p.ok) << printed;
        EXPECT_EQ(p.value, QStringLiteral("14:30")) << printed;
    }
    const ParsedValue early = parseTime(s("7 giờ 5 phút, ngày 02 tháng 3 năm 2020"));
    ASSERT_TRUE(early.ok);
    EXPECT_EQ(early.value, QStringLiteral("07:05"));

    const ParsedValue absurd = parseTime(s("27 giờ 75 phút"));
    ASSERT_TRUE(absurd.ok);
    EXPECT_LT(absurd.quality, 0.5);
    EXPECT_FALSE(parseTime(s("giờ phút")).ok);
}

TEST(ValueParsers, ZeroReadAsSixEightOrNineIsPutBackWhereNothingElseFits)
{
    // A day over 31, a month over 12, a year 2921: only a 0 fits there.
    const ParsedValue date = parseDate(QStringLiteral("14/69/2921"), {}, vocab());
    ASSERT_TRUE(date.ok);
    EXPECT_EQ(date.value, QStringLiteral("2021-09-14"));
    EXPECT_EQ(date.shapeRepairs, 2);
    const ParsedValue day = parseDate(QStringLiteral("86/03/2019"), {}, vocab());
    EXPECT_EQ(day.value, QStringLiteral("2019-03-06"));
    EXPECT_EQ(day.shapeRepairs, 1);
    // A date that is possible as read is left as read.
    const ParsedValue fine = parseDate(QStringLiteral("16/08/2019"), {}, vocab());
    EXPECT_EQ(fine.value, QStringLiteral("2019-08-16"));
    EXPECT_EQ(fine.shapeRepairs, 0);

    const ParsedValue time = parseTime(s("81 giờ 96 phút"));
    ASSERT_TRUE(time.ok);
    EXPECT_EQ(time.value, QStringLiteral("01:06"));
    EXPECT_EQ(time.shapeRepairs, 2);
    EXPECT_EQ(parseTime(s("18 giờ 56 phút")).shapeRepairs, 0);

    const ParsedValue year = parseYear(QStringLiteral("2919"));
    EXPECT_EQ(year.value, QStringLiteral("2019"));
    EXPECT_EQ(year.shapeRepairs, 1);
    EXPECT_EQ(parseYear(QStringLiteral("1989")).shapeRepairs, 0);

    // Dates inside a text ("... cấp ngày 14/69/2021") are repaired in place.
    int fixes = 0;
    EXPECT_EQ(repairZerosInDates(s("Số 310/GBT do Bệnh viện cấp ngày 28/98/2018"), &fixes),
              s("Số 310/GBT do Bệnh viện cấp ngày 28/08/2018"));
    EXPECT_EQ(fixes, 1);
    EXPECT_EQ(repairZerosInDates(s("Số 966/GBT cấp ngày 13/08/2025"), &fixes),
              s("Số 966/GBT cấp ngày 13/08/2025"));
    EXPECT_EQ(fixes, 0);
}

TEST(ValueParsers, Year)
{
    const ParsedValue p = parseYear(QStringLiteral("1985"));
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("1985"));
    EXPECT_GE(p.quality, 0.9);

    // Year 3019 is read as printed (validation will flag it) but is not trusted.
    const ParsedValue future = parseYear(QStringLiteral("3019"));
    ASSERT_TRUE(future.ok);
    EXPECT_LT(future.quality, 0.5);
    EXPECT_FALSE(parseYear(QStringLiteral("abc")).ok);
    EXPECT_FALSE(parseYear(QStringLiteral("19")).ok);
}

TEST(ValueParsers, LandPurposeNamesToCircular08Codes)
{
    struct Case {
        const char* printed;
        const char* code;
    };
    for (const Case& c : {Case{"Đất ở tại nông thôn", "ONT"}, Case{"Đất ở tại đô thị", "ODT"},
                          Case{"Đất trồng cây lâu năm", "CLN"}, Case{"Đất trồng cây hàng năm khác", "HNK"},
                          Case{"Đất rừng sản xuất", "RSX"}, Case{"Đất nuôi trồng thuỷ sản", "NTS"},
                          Case{"Đất ở tại nông thôn (ONT)", "ONT"}, Case{"Dat o tai nong thon", "ONT"}}) {
        const ParsedValue p = parseLandPurpose(s(c.printed), vocab());
        EXPECT_TRUE(p.ok) << c.printed;
        EXPECT_EQ(p.value, QLatin1String(c.code)) << c.printed;
    }
}

TEST(ValueParsers, LandPurposeMisreadOnAPhotoIsTheNearestNameWhenClearlyNearest)
{
    // A phone photo of a pink certificate: "Đất ở tại đô thị" read with three letters wrong.
    const ParsedValue p = parseLandPurpose(s("Đài ở tại đỒ tạ"), vocab());
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("ODT"));
    EXPECT_LE(p.quality, 0.6); // the clerk is asked to check it
    // Nothing near a name, or as near to two names ("Đất ở tại" is urban or rural): no value.
    EXPECT_FALSE(parseLandPurpose(s("Nhận chuyển nhượng"), vocab()).ok);
    EXPECT_FALSE(parseLandPurpose(s("Đất ở tại"), vocab()).ok);
}

TEST(ValueParsers, LandPurposeSeveralUsesAreJoined)
{
    const ParsedValue p =
        parseLandPurpose(s("Đất ở tại nông thôn: 200 m²; Đất trồng cây lâu năm: 150,5 m²"), vocab());
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("ONT+CLN"));
}

TEST(ValueParsers, LandPurposeOldCodeIsKnownAndMapsToCurrentCode)
{
    // An old code is read as printed; the vocabulary knows the Circular 08/2024
    // code that replaced it (validation names it in its land.purpose_code warning).
    const ParsedValue p = parseLandPurpose(s("Đất trồng cây ăn quả lâu năm (LNQ)"), vocab());
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("LNQ"));
    const LandType* current = vocab().landTypeByOldCode(QStringLiteral("LNQ"));
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->code, QStringLiteral("CLN"));
    EXPECT_EQ(vocab().landTypeByOldCode(QStringLiteral("BHK"))->code, QStringLiteral("HNK"));
    EXPECT_EQ(vocab().landTypeByCode(QStringLiteral("LNQ")), nullptr);
}

TEST(ValueParsers, LandPurposeNothingKnown)
{
    EXPECT_FALSE(parseLandPurpose(s("không xác định"), vocab()).ok);
    EXPECT_FALSE(parseLandPurpose(QStringLiteral("abc"), vocab()).ok);
}

TEST(ValueParsers, AreaWithCommaDecimals)
{
    struct Case {
        const char* printed;
        const char* value;
    };
    for (const Case& c : {Case{"125,5 m²", "125.5"}, Case{"125,50 m2", "125.5"}, Case{"1.234,5 m²", "1234.5"},
                          Case{"300 m²", "300"}, Case{"87,25m²", "87.25"}, Case{"1.716 m²", "1716"}}) {
        const ParsedValue p = parseDecimal(s(c.printed), {}, vocab());
        EXPECT_TRUE(p.ok) << c.printed;
        EXPECT_EQ(p.value, QLatin1String(c.value)) << c.printed;
    }
}

// The decimal comma read as a point: its decimals are kept, as a repair (not at full quality).
TEST(ValueParsers, AreaWithTheCommaReadAsAPoint)
{
    for (const char* printed : {"474.1 m? đ)", "87.25m²", "1.234.5 m²"}) {
        const ParsedValue p = parseDecimal(s(printed), {}, vocab());
        ASSERT_TRUE(p.ok) << printed;
        EXPECT_NE(p.value.indexOf(QLatin1Char('.')), -1) << printed << " -> " << p.value.toStdString();
        EXPECT_LT(p.quality, 0.95) << printed;
    }
    const ParsedValue agree =
        parseDecimal(s("474.1 m²"), s("bốn trăm bảy mươi tư phẩy một mét vuông"), vocab());
    EXPECT_EQ(agree.value, QStringLiteral("474.1"));
    EXPECT_EQ(agree.crossCheck, QStringLiteral("agree"));
}

TEST(ValueParsers, AreaCrossCheckedWithWords)
{
    const ParsedValue agree =
        parseDecimal(s("567,5 m²"), s("năm trăm sáu mươi bảy phẩy năm mét vuông"), vocab());
    ASSERT_TRUE(agree.ok);
    EXPECT_EQ(agree.value, QStringLiteral("567.5"));
    EXPECT_EQ(agree.crossCheck, QStringLiteral("agree"));

    const ParsedValue disagree =
        parseDecimal(s("587,5 m²"), s("năm trăm sáu mươi bảy phẩy năm mét vuông"), vocab());
    ASSERT_TRUE(disagree.ok);
    EXPECT_EQ(disagree.crossCheck, QStringLiteral("disagree"));
    EXPECT_LT(disagree.quality, 0.5);

    const ParsedValue wordsOnly = parseDecimal(s("......"), s("một trăm hai mươi lăm phẩy năm"), vocab());
    ASSERT_TRUE(wordsOnly.ok);
    EXPECT_EQ(wordsOnly.value, QStringLiteral("125.5"));
}

TEST(ValueParsers, AreaInWordsOnAPhotoEndsAtTheMisreadUnit)
{
    // Real photos: the unit after the words misread ("mới vuông", "ĐC Xưởng").
    bool cut = false;
    EXPECT_EQ(decimalFromWords(s("Sâu mươi sáu pháy tâm mới vuông"), vocab(), &cut), QStringLiteral("66.8"));
    EXPECT_TRUE(cut);
    EXPECT_EQ(decimalFromWords(s("Năm mươi hai ĐC Xưởng j"), vocab(), &cut), QStringLiteral("52"));
    EXPECT_TRUE(cut);
    EXPECT_EQ(decimalFromWords(s("năm mươi hai mét vuông"), vocab(), &cut), QStringLiteral("52"));
    EXPECT_FALSE(cut);
    // One number word before a stranger is no number.
    EXPECT_TRUE(decimalFromWords(s("năm ĐC Xưởng"), vocab()).isEmpty());
    // Unreadable digits: the cut words, at a confidence that asks for a check.
    const ParsedValue fromCutWords = parseDecimal(s("~"), s("Sâu mươi sáu pháy tâm mới vuông"), vocab());
    ASSERT_TRUE(fromCutWords.ok);
    EXPECT_EQ(fromCutWords.value, QStringLiteral("66.8"));
    EXPECT_LE(fromCutWords.quality, 0.5);
    // Digits that needed repairs ("6O.8") against words read whole: the words, doubted.
    const ParsedValue repaired = parseDecimal(s("6O m²"), s("sáu mươi sáu phẩy tám mét vuông"), vocab());
    ASSERT_TRUE(repaired.ok);
    EXPECT_EQ(repaired.value, QStringLiteral("66.8"));
    EXPECT_EQ(repaired.crossCheck, QStringLiteral("disagree"));
    EXPECT_LE(repaired.quality, 0.5);
}

TEST(ValueParsers, AreaThatIsNotANumber)
{
    EXPECT_FALSE(parseDecimal(QStringLiteral("abc"), {}, vocab()).ok);
    EXPECT_FALSE(parseDecimal(s("m²"), {}, vocab()).ok);
}

TEST(ValueParsers, LandUseTerm)
{
    for (const char* printed : {"Lâu dài", "lâu dài", "Lau dai", "Lâu dải"}) {
        const ParsedValue p = parseLandTerm(s(printed));
        EXPECT_TRUE(p.ok) << printed;
        EXPECT_EQ(p.value, QStringLiteral("long_term")) << printed;
    }
    const ParsedValue date = parseLandTerm(s("Đến ngày 15/10/2063"));
    ASSERT_TRUE(date.ok);
    EXPECT_EQ(date.value, QStringLiteral("2063-10-15"));
    EXPECT_FALSE(parseLandTerm(s("không rõ thời hạn")).ok);
}

TEST(ValueParsers, Sex)
{
    const QStringList values{QStringLiteral("male"), QStringLiteral("female")};
    struct Case {
        const char* printed;
        const char* value;
    };
    for (const Case& c : {Case{"Nam", "male"}, Case{"Nữ", "female"}, Case{"NỮ", "female"},
                          Case{"Nư", "female"}, Case{"Nam Dân tộc", "male"}}) {
        const ParsedValue p = parseEnum(s(c.printed), sexMap(), values);
        EXPECT_TRUE(p.ok) << c.printed;
        EXPECT_EQ(p.value, QLatin1String(c.value)) << c.printed;
    }
    // Exact accents are surer than a misread mark.
    EXPECT_GT(parseEnum(s("Nữ"), sexMap(), values).quality, parseEnum(s("Nư"), sexMap(), values).quality);
    EXPECT_FALSE(parseEnum(s("không rõ"), sexMap(), values).ok);
    EXPECT_FALSE(parseEnum(QString(), sexMap(), values).ok);
}

TEST(ValueParsers, PersonalId)
{
    for (const char* printed : {"079323881948", "079 323 881 948", "079.323.881.948"}) {
        const ParsedValue p = parsePersonalId(QString::fromLatin1(printed));
        EXPECT_TRUE(p.ok) << printed;
        EXPECT_EQ(p.value, QStringLiteral("079323881948")) << printed;
    }
    const ParsedValue repaired = parsePersonalId(QStringLiteral("O79323881948"));
    ASSERT_TRUE(repaired.ok);
    EXPECT_EQ(repaired.value, QStringLiteral("079323881948"));
    EXPECT_GT(repaired.repairs, 0);
    // An old 9-digit identity card number is kept as printed.
    EXPECT_EQ(parsePersonalId(QStringLiteral("012345678")).value, QStringLiteral("012345678"));
    EXPECT_FALSE(parsePersonalId(s("không có")).ok);
}

TEST(ValueParsers, Codes)
{
    const QStringList serialShape{QStringLiteral("AA 999999")};
    EXPECT_EQ(parseCode(QStringLiteral("CX 441253"), serialShape, {}).value, QStringLiteral("CX 441253"));
    EXPECT_EQ(parseCode(QStringLiteral("CX441253"), serialShape, {}).value, QStringLiteral("CX 441253"));
    EXPECT_FALSE(parseCode(QStringLiteral("CX 4412531"), serialShape, {}).ok); // part of a longer number
    const QString bookPattern = QStringLiteral("([0-9]{1,3}[/\\-][0-9]{2,4}(?:[/\\-][A-Za-z0-9.]+)?)");
    EXPECT_EQ(parseCode(QStringLiteral("01/2019"), {}, bookPattern).value, QStringLiteral("01/2019"));
    EXPECT_EQ(parseCode(QStringLiteral("0l/2O19"), {}, bookPattern).value, QStringLiteral("01/2019"));
}

TEST(ValueParsers, NumbersInWords)
{
    auto folded = [](const char* w) {
        return foldKeepPunctuation(QString::fromUtf8(w)).split(QLatin1Char(' '));
    };
    EXPECT_EQ(numberFromWords(folded("hai nghìn không trăm mười chín"), vocab()), 2019);
    EXPECT_EQ(numberFromWords(folded("một nghìn chín trăm linh năm"), vocab()), 1905);
    EXPECT_EQ(numberFromWords(folded("hai mươi mốt"), vocab()), 21);
    EXPECT_EQ(numberFromWords(folded("mười lăm"), vocab()), 15);
    EXPECT_EQ(decimalFromWords(s("năm trăm sáu mươi bảy phẩy năm"), vocab()), QStringLiteral("567.5"));
}

TEST(ValueParsers, PersonalIdFollowedByLeaderDigits)
{
    // Leader dots after the id read as digits must not be glued to it.
    const ParsedValue p = parsePersonalId(QStringLiteral("079323881948 t* 919910 11111 1000 11 1k0"));
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("079323881948"));
}

TEST(ValueParsers, PersonalIdWithOneDigitTooMany)
{
    const QString read = QStringLiteral("0603253123169");
    QList<float> conf(read.size(), 0.97f);
    conf[8] = 0.71f; // the intruding '2'
    const ParsedValue p = parsePersonalId(read, conf);
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("060325313169"));
    EXPECT_LT(p.quality, 0.7); // right length now, but a digit was guessed away

    // Without a clearly weakest digit nothing is dropped, and the value is doubtful.
    const ParsedValue flat = parsePersonalId(read, QList<float>(read.size(), 0.97f));
    ASSERT_TRUE(flat.ok);
    EXPECT_EQ(flat.value, read);
    EXPECT_LT(flat.quality, 0.7);
}

TEST(ValueParsers, DigitsFarFromAnIdLengthAreNotAnId)
{
    EXPECT_FALSE(parsePersonalId(QStringLiteral("919910111111000111")).ok);
    EXPECT_FALSE(parsePersonalId(QStringLiteral("1234567")).ok);
    EXPECT_EQ(parsePersonalId(QStringLiteral("07932388194")).value,
              QStringLiteral("07932388194")); // one short: shown, doubtful
    EXPECT_LT(parsePersonalId(QStringLiteral("07932388194")).quality, 0.7);
}

TEST(ValueParsers, PersonalIdWithStraySeparatorsIsDoubtful)
{
    // A space and a dot where no grouping puts them: something on the line read into the number.
    const ParsedValue stray = parsePersonalId(QStringLiteral("0820806 6.180"));
    ASSERT_TRUE(stray.ok);
    EXPECT_EQ(stray.value, QStringLiteral("08208066180"));
    EXPECT_GT(stray.straySeparators, 0);
    EXPECT_GT(parsePersonalId(QStringLiteral("0793238 81948")).straySeparators, 0); // 12 digits, 7 + 5
    // Printed groups of three or four, and a clean run of any length, are no doubt of this kind:
    // an 11-digit id read cleanly is the paper's defect (personal_id.format).
    EXPECT_EQ(parsePersonalId(QStringLiteral("079 323 881 948")).straySeparators, 0);
    EXPECT_EQ(parsePersonalId(QStringLiteral("0793.2388.1948")).straySeparators, 0);
    EXPECT_EQ(parsePersonalId(QStringLiteral("07932388194")).straySeparators, 0);
    // Groups of three that add up to no id's length: pieces joined.
    EXPECT_GT(parsePersonalId(QStringLiteral("079 323 881 94")).straySeparators, 0);
}

TEST(PostCorrection, PlaceNumbersWithLettersForDigits)
{
    const Correction c =
        correctPlace(QString::fromUtf8("Xóm I2, xã Văn Luông, huyện Tân Sơn, tỉnh Phú Thọ"), vocab());
    EXPECT_EQ(c.value, QString::fromUtf8("Xóm 12, xã Văn Luông, huyện Tân Sơn, tỉnh Phú Thọ"));
    // A house number's own letter stays.
    EXPECT_EQ(correctPlace(QString::fromUtf8("Số 12B, đường Lê Lợi, phường Bến Thành"), vocab()).value,
              QString::fromUtf8("Số 12B, đường Lê Lợi, phường Bến Thành"));
}

TEST(PostCorrection, AuthorityWordsSnappedLikePlaceWords)
{
    EXPECT_EQ(correctPlace(QString::fromUtf8("ỦY BẠN NHÂN DÂN THÀNH PHÔ TUY HOÀ"), vocab()).value.left(26),
              QString::fromUtf8("ỦY BAN NHÂN DÂN THÀNH PHỐ "));
}

TEST(PostCorrection, AFullStopBetweenUnitsOfAPlaceIsItsComma)
{
    const Correction c = correctPlace(
        QString::fromUtf8("Xóm 9, xã Đồng Ích. huyện Lập Thạch, tỉnh Vĩnh Phúc"), Vocabulary::builtin());
    EXPECT_EQ(c.value, QString::fromUtf8("Xóm 9, xã Đồng Ích, huyện Lập Thạch, tỉnh Vĩnh Phúc"));
    // A full stop inside a name part stays ("Tp. Huế" is not a unit boundary of this kind).
    EXPECT_EQ(correctPlace(QString::fromUtf8("Số 5, đường Lê Lợi, Tp. Huế"), Vocabulary::builtin()).value,
              QString::fromUtf8("Số 5, đường Lê Lợi, Tp. Huế"));
}
