// Honest readings: what is cut, guessed or put right by its look stays below
// the trusted line, and what the paper prints twice is used to complete a copy.
#include "TypedPage.h"
#include "core/extraction/Confidence.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/PostCorrection.h"
#include "core/extraction/ValueParsers.h"
#include "core/extraction/Vocabulary.h"
#include "core/records/RecordType.h"

#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::extraction;
using test::s;
using test::TypedLine;
using test::typedPage;

namespace {

const Vocabulary& vocab()
{
    return Vocabulary::builtin();
}

FieldEvidence clean()
{
    FieldEvidence e;
    e.label = QStringLiteral("Số vào sổ");
    e.labelQuality = 1;
    e.ocrConfidence = 0.99;
    e.ocrMinimum = 0.97;
    e.parseQuality = 0.95;
    return e;
}

QList<TypedLine> deathHeader()
{
    return test::communeHeading("XÃ THỤY DÂN", "TRÍCH LỤC KHAI TỬ");
}

} // namespace

TEST(ReadingHonesty, DateInWordsCutInsideItsYearAgreesWithItsDigits)
{
    // "năm hai nghìn không trăm hai mươi" + "lăm" on a line OCR did not return.
    const QString cut = s("Ngày mười lăm, tháng mười, năm hai nghìn không trăm hai mươi");
    bool yearCut = false;
    DateParts said;
    ASSERT_TRUE(findDateWords(cut, vocab(), &said, &yearCut));
    EXPECT_TRUE(yearCut);
    EXPECT_EQ(said.year, 2020);
    ASSERT_TRUE(findDateWords(s("Ngày mười lăm, tháng mười, năm hai nghìn không trăm hai mươi lăm"), vocab(),
                              &said, &yearCut));
    EXPECT_FALSE(yearCut);
    EXPECT_EQ(said.year, 2025);

    const ParsedValue p = parseDate(QStringLiteral("15/10/2025"), cut, vocab());
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.value, QStringLiteral("2025-10-15"));
    EXPECT_NE(p.crossCheck, QStringLiteral("disagree"));
    EXPECT_GE(p.quality, 0.9);
    // Digits the cut words cannot end as (2031, or another day) still disagree.
    EXPECT_EQ(parseDate(QStringLiteral("15/10/2031"), cut, vocab()).crossCheck, QStringLiteral("disagree"));
    EXPECT_EQ(parseDate(QStringLiteral("16/10/2025"), cut, vocab()).crossCheck, QStringLiteral("disagree"));
}

TEST(ReadingHonesty, AClearlyReadGivenNameIsKept)
{
    // A well-formed syllable not in the name list keeps its letters...
    const Correction kept = correctName(s("ĐẶNG VĂN CHÀN"), vocab());
    EXPECT_EQ(kept.value, s("ĐẶNG VĂN CHÀN"));
    EXPECT_EQ(kept.guesses, 0);
    // ...a family name missing its tone mark is put right, a sure fix...
    const Correction surname = correctName(s("NGUYÊN VĂN AN"), vocab());
    EXPECT_EQ(surname.value, s("NGUYỄN VĂN AN"));
    EXPECT_EQ(surname.guesses, 0);
    // ...and OCR residue that no syllable spells still snaps to a name.
    const Correction residue = correctName(s("LÊ QUANG BHONG"), vocab());
    EXPECT_EQ(residue.value, s("LÊ QUANG PHONG"));
}

TEST(ReadingHonesty, LookAlikesWhereLettersMeetDigits)
{
    EXPECT_TRUE(letterDigitLookAlikeEdge(QStringLiteral("CHO8790")));
    EXPECT_TRUE(letterDigitLookAlikeEdge(QStringLiteral("CH1O52")));
    EXPECT_FALSE(letterDigitLookAlikeEdge(QStringLiteral("CH08790")));
    EXPECT_FALSE(letterDigitLookAlikeEdge(QStringLiteral("DU 578442")));
    EXPECT_FALSE(letterDigitLookAlikeEdge(QStringLiteral("02/2019")));
}

TEST(ReadingHonesty, GuessesAndRepairsStayBelowTheTrustedLine)
{
    ASSERT_GE(fieldConfidence(clean(), QStringLiteral("code")), 0.95);
    FieldEvidence repaired = clean();
    repaired.repairs = 1; // "0o giờ": a letter read where a digit stands
    EXPECT_LT(fieldConfidence(repaired, QStringLiteral("time")), 0.9);
    FieldEvidence edge = clean();
    edge.lookAlikeEdge = true;
    EXPECT_LT(fieldConfidence(edge, QStringLiteral("code")), 0.9);
    FieldEvidence guessed = clean();
    guessed.guesses = 1;
    EXPECT_LT(fieldConfidence(guessed, QStringLiteral("name")), 0.9);
    FieldEvidence poor = clean();
    poor.poorPage = true;
    EXPECT_LT(fieldConfidence(poor, QStringLiteral("code")), 0.9);
    FieldEvidence completed = clean();
    completed.completedFrom = QStringLiteral("registration_place");
    EXPECT_LE(fieldConfidence(completed, QStringLiteral("place")), 0.8);
}

TEST(ReadingHonesty, APlaceCutAfterItsCommuneIsCompletedFromTheSameCommunePrintedElsewhere)
{
    QList<TypedLine> lines = deathHeader();
    lines += {{5, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {6, 0, s("Nơi cư trú cuối cùng: Thôn 2, xã Thụy Dân")},
              {7, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("death"));
    ASSERT_TRUE(ex.fields.contains(QStringLiteral("residence")));
    EXPECT_EQ(ex.fields.value(QStringLiteral("residence")).value,
              s("Thôn 2, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"));
    EXPECT_EQ(ex.evidence.value(QStringLiteral("residence")).completedFrom,
              QStringLiteral("registration_place"));
    EXPECT_LE(ex.fields.value(QStringLiteral("residence")).confidence, 0.8);

    // Another commune is no completion: the place stays as read, and doubted.
    QList<TypedLine> other = deathHeader();
    other += {{5, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {6, 0, s("Nơi cư trú cuối cùng: Thôn 2, xã Thụy Trình")},
              {7, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")}};
    const DocumentExtraction ex2 = extractDocument({typedPage(other)}, QStringLiteral("death"));
    EXPECT_EQ(ex2.fields.value(QStringLiteral("residence")).value, s("Thôn 2, xã Thụy Trình"));
    EXPECT_LT(ex2.fields.value(QStringLiteral("residence")).confidence, 0.9);
}

TEST(ReadingHonesty, APageReadPoorlyAsAWholeTrustsNothing)
{
    // Most of the form read faintly (a faded, speckled page): the one line that
    // looks sure character by character is not trusted either.
    QList<TypedLine> lines = deathHeader();
    lines += {{5, 0, s("Số: 76"), 0.5f},
              {5, 40, s("Quyển số: 02/2019"), 0.5f},
              {6, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {7, 0, s("Ngày, tháng, năm sinh: 05/03/1950"), 0.5f},
              {8, 0, s("Giới tính: Nam    Dân tộc: Kinh    Quốc tịch: Việt Nam"), 0.5f},
              {9, 0, s("Số định danh cá nhân: 034050001234"), 0.5f},
              {10, 0, s("Nơi cư trú cuối cùng: Thôn 2, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"), 0.5f}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("death"));
    ASSERT_TRUE(ex.fields.contains(QStringLiteral("full_name")));
    EXPECT_TRUE(ex.evidence.value(QStringLiteral("full_name")).poorPage);
    EXPECT_LT(ex.fields.value(QStringLiteral("full_name")).confidence, 0.9);

    // The whole form read: the same values are trusted.
    QList<TypedLine> whole = deathHeader();
    whole += {{5, 0, s("Số: 76")},
              {5, 40, s("Quyển số: 02/2019")},
              {6, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {7, 0, s("Ngày, tháng, năm sinh: 05/03/1950")},
              {8, 0, s("Giới tính: Nam    Dân tộc: Kinh    Quốc tịch: Việt Nam")},
              {9, 0, s("Số định danh cá nhân: 034050001234")},
              {10, 0, s("Nơi cư trú cuối cùng: Thôn 2, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
              {11, 0, s("Đã chết vào lúc: 10 giờ 30 phút, ngày 04 tháng 05 năm 2019")},
              {12, 0, s("Nơi chết: Thôn 2, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
              {13, 0, s("Nguyên nhân chết: Tai biến mạch máu não")},
              {14, 0, s("Họ, chữ đệm, tên người đi khai tử: NGUYỄN VĂN BÌNH")},
              {15, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
              {16, 0, s("Ngày, tháng, năm đăng ký: 06/05/2019")}};
    const DocumentExtraction full = extractDocument({typedPage(whole)}, QStringLiteral("death"));
    EXPECT_FALSE(full.evidence.value(QStringLiteral("full_name")).poorPage);
    EXPECT_GE(full.fields.value(QStringLiteral("full_name")).confidence, 0.9);
}

TEST(ReadingHonesty, AnIdWithStraySeparatorsIsADoubtfulReadingNotAPaperDefect)
{
    auto idRead = [](const QString& id) {
        QList<TypedLine> lines = deathHeader();
        lines += {{5, 0, s("Số: 76")},
                  {5, 40, s("Quyển số: 02/2019")},
                  {6, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
                  {7, 0, s("Ngày, tháng, năm sinh: 05/03/1950")},
                  {9, 0, s("Số định danh cá nhân: ") + id}};
        return extractDocument({typedPage(lines)}, QStringLiteral("death"));
    };
    const QString key = QStringLiteral("personal_id");
    const DocumentExtraction stray = idRead(QStringLiteral("0340500 0.1234"));
    ASSERT_TRUE(stray.fields.contains(key));
    EXPECT_GT(stray.evidence.value(key).straySeparators, 0);
    EXPECT_TRUE(readingNotes(stray).doubtful.contains(key));
    EXPECT_LE(stray.fields.value(key).confidence, 0.5);
    // The same digits read as one clean run: an id of 11 digits on the paper, not a doubt.
    const DocumentExtraction clean = idRead(QStringLiteral("03405000123"));
    ASSERT_TRUE(clean.fields.contains(key));
    EXPECT_EQ(clean.evidence.value(key).straySeparators, 0);
    EXPECT_FALSE(readingNotes(clean).doubtful.contains(key));
}

TEST(ReadingHonesty, ARequiredFieldNotFoundOnAPoorlyReadPageIsUnreadNotMissing)
{
    // The whole form but its date of registration, half of it read faintly.
    auto form = [](float faint) {
        QList<TypedLine> lines = deathHeader();
        lines +=
            {{5, 0, s("Số: 76"), faint},
             {5, 40, s("Quyển số: 02/2019"), faint},
             {6, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
             {7, 0, s("Ngày, tháng, năm sinh: 05/03/1950"), faint},
             {8, 0, s("Giới tính: Nam    Dân tộc: Kinh    Quốc tịch: Việt Nam"), faint},
             {9, 0, s("Số định danh cá nhân: 034050001234"), faint},
             {10, 0, s("Nơi cư trú cuối cùng: Thôn 2, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"), faint},
             {11, 0, s("Đã chết vào lúc: 10 giờ 30 phút, ngày 04 tháng 05 năm 2019")},
             {12, 0, s("Nơi chết: Thôn 2, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
             {13, 0, s("Nguyên nhân chết: Tai biến mạch máu não")},
             {14, 0, s("Họ, chữ đệm, tên người đi khai tử: NGUYỄN VĂN BÌNH")},
             {15, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")}};
        return extractDocument({typedPage(lines)}, QStringLiteral("death"));
    };
    const DocumentExtraction poor = form(0.5f);
    ASSERT_TRUE(poor.evidence.value(QStringLiteral("full_name")).poorPage);
    EXPECT_TRUE(poor.unread.contains(QStringLiteral("registration_date")));
    EXPECT_TRUE(readingNotes(poor).doubtful.contains(QStringLiteral("registration_date")));
    EXPECT_FALSE(poor.unread.contains(QStringLiteral("full_name"))); // read: not unread

    // The same form read clearly: what is not there may be missing from the paper.
    const DocumentExtraction sure = form(0.95f);
    EXPECT_FALSE(sure.evidence.value(QStringLiteral("full_name")).poorPage);
    EXPECT_FALSE(sure.unread.contains(QStringLiteral("registration_date")));
}

TEST(ReadingHonesty, AnIdWhoseLabelWasMisreadIsPlacedByItsShapeAndDoubted)
{
    auto read = [](const QList<TypedLine>& extra) {
        QList<TypedLine> lines{{0, 14, s("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT")},
                               {2, 0, s("Ông: NGUYỄN VĂN CƯỜNG       Năm sinh: 1972")},
                               {3, 0, s("2. CAIND so")}, // "CMND số" misread beyond finding
                               {4, 0, s("220247597")},
                               {5, 0,
                                s("Địa chỉ thường trú: Tổ dân phố 13, phường Lạch Tray, quận Ngô Quyền, "
                                  "thành phố Hải Phòng")},
                               {7, 0, s("Thửa đất số: 1184       Tờ bản đồ số: 10")}};
        lines += extra;
        return extractDocument({typedPage(lines)}, QStringLiteral("land_certificate"));
    };
    const QString key = QStringLiteral("holder_personal_id");
    const DocumentExtraction ex = read({});
    ASSERT_TRUE(ex.fields.contains(key));
    EXPECT_EQ(ex.fields.value(key).value, QStringLiteral("220247597"));
    EXPECT_TRUE(ex.evidence.value(key).placedByShape);
    EXPECT_LE(ex.fields.value(key).confidence, 0.7);
    EXPECT_TRUE(readingNotes(ex).doubtful.contains(key));
    EXPECT_FALSE(ex.fields.contains(QStringLiteral("co_holder_personal_id"))); // no co-holder read

    // Two lone numbers of an id's shape: the shape cannot say which is the holder's.
    const DocumentExtraction two = read({{9, 0, s("146887295")}});
    EXPECT_FALSE(two.fields.contains(key));
}

TEST(ReadingHonesty, ARareNameBesideACommonerOneOfOtherToneMarksIsAGuess)
{
    // OCR confuses exactly the tone marks that set "Đồ" apart from "Đỗ", "Yên" from "Yến".
    EXPECT_EQ(vocab().commonerToneVariant(s("ĐỒ"), true), s("Đỗ"));
    EXPECT_EQ(vocab().commonerToneVariant(s("Yên"), false), s("yến"));
    EXPECT_TRUE(vocab().commonerToneVariant(s("Đỗ"), true).isEmpty());
    EXPECT_TRUE(vocab().commonerToneVariant(s("Yến"), false).isEmpty());
    EXPECT_TRUE(vocab().commonerToneVariant(s("Nguyễn"), true).isEmpty());
    const Correction rare = correctName(s("ĐỒ NHƯ KHUÊ"), vocab());
    EXPECT_EQ(rare.value, s("ĐỒ NHƯ KHUÊ")); // kept as read: the paper may print it
    EXPECT_GT(rare.guesses, 0);
    EXPECT_GT(correctName(s("TRIỆU YÊN NGỌC"), vocab()).guesses, 0);
    EXPECT_EQ(correctName(s("ĐỖ NHƯ KHUÊ"), vocab()).guesses, 0);
    EXPECT_EQ(correctName(s("TRIỆU YẾN NGỌC"), vocab()).guesses, 0);
}

TEST(ReadingHonesty, ValuesCutAtTheirStartOrTakenOutOfAWordAreDoubted)
{
    const records::RecordType* death = records::RecordTypeRegistry::builtin().find(QStringLiteral("death"));
    const records::RecordType* land =
        records::RecordTypeRegistry::builtin().find(QStringLiteral("land_certificate"));
    ASSERT_TRUE(death && land);
    auto read = [](const records::FieldDef* f, const QString& text) {
        records::FieldValue v;
        FieldEvidence e;
        const QList<float> conf(text.size(), 0.99f);
        EXPECT_TRUE(readFieldText(*f, text, conf, v, e)) << text.toStdString();
        return v.confidence;
    };
    // "Thôn Trung Hậu" whose first word and letter were lost.
    auto residence = [](const char* place) {
        QList<TypedLine> lines = deathHeader();
        lines +=
            {{5, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")}, {6, 0, s("Nơi cư trú cuối cùng: ") + s(place)}};
        return extractDocument({typedPage(lines)}, QStringLiteral("death"))
            .fields.value(QStringLiteral("residence"))
            .confidence;
    };
    EXPECT_LT(residence("rung Hậu, xã Trực Đạo, huyện Trực Ninh, tỉnh Nam Định"), 0.9);
    EXPECT_GE(residence("Thôn Trung Hậu, xã Trực Đạo, huyện Trực Ninh, tỉnh Nam Định"), 0.9);
    EXPECT_GE(residence("xã Trực Đạo, huyện Trực Ninh, tỉnh Nam Định"), 0.9);
    // A number cut out of a misread word, a book whose year is split.
    const records::FieldDef* number = death->field(QStringLiteral("registration_number"));
    EXPECT_LT(read(number, s("H0 Ð — —")), 0.9);
    EXPECT_GE(read(number, s("110")), 0.9);
    const records::FieldDef* book = death->field(QStringLiteral("book_number"));
    EXPECT_LT(read(book, s("01/201/2")), 0.9);
    EXPECT_GE(read(book, s("01/2012")), 0.9);
    // An authority that does not open with what it is: its first line was misread.
    const records::FieldDef* issuer = land->field(QStringLiteral("issuer"));
    EXPECT_LT(read(issuer, s("NHẮN DẪN THỊ XÃ NGHI SƠN")), 0.9);
    EXPECT_GE(read(issuer, s("ỦY BAN NHÂN DÂN THỊ XÃ NGHI SƠN")), 0.9);
}

TEST(ReadingHonesty, ALabelAfterAnItemNumberWithoutItsStopIsFoundPastAMisreadHeading)
{
    // A photo: the part's heading "III. ĐĂNG KÝ KHAI TỬ" read as "li. ĐĂNG KÝ KHAI TỪ"
    // (near enough to "Nơi đăng ký khai tử"), and item 11's full stop lost.
    QList<TypedLine> lines = deathHeader();
    lines += {{5, 0, s("Số: 76")},
              {5, 40, s("Quyển số: 02/2019")},
              {6, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {7, 0, s("Nơi cư trú cuối cùng: Thôn 2, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
              {8, 0, s("li. ĐĂNG KÝ KHAI TỪ ........")},
              {9, 0, s("11 Nơi đăng ký")},
              {9, 22, s("Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
              {10, 0, s("12. Ngày, tháng, năm đăng ký: 06/05/2019")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("death"));
    EXPECT_EQ(ex.fields.value(QStringLiteral("registration_place")).value,
              s("Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình"));
    EXPECT_FALSE(ex.blank.contains(QStringLiteral("registration_place")));
}
