// The national-standard fields an extract prints without a label of its own
// or beside another value (issue 23): the registration type under the title,
// the page of the book, the date of birth in words, the signer and title
// under the signature block. Exact layouts (TypedPage), no OCR.
#include "QtPrinters.h"
#include "TypedPage.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/ValueParsers.h"
#include "core/extraction/Vocabulary.h"
#include "core/records/RecordType.h"
#include "core/validation/Validator.h"

#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::extraction;
using test::s;
using test::TypedLine;
using test::typedPage;
using test::valueOf;

namespace {

QList<TypedLine> header(const char* title, const char* subtitle)
{
    QList<TypedLine> lines = test::communeHeading("XÃ THỤY DÂN");
    lines +=
        {{2, 0, s("Số: 35")}, {3, 0, s("Quyển số: 02/2011")}, {4, 0, s("Trang số: 12")}, {5, 30, s(title)}};
    if (*subtitle)
        lines.append({6, 33, s(subtitle)});
    return lines;
}

QList<TypedLine> deathBody()
{
    return {{8, 0, s("Họ, chữ đệm, tên: TRẦN VĂN BÌNH")},
            {9, 0, s("Ngày, tháng, năm sinh: 02/01/1940")},
            {10, 0, s("Giới tính: Nam")},
            {11, 0, s("Đã chết vào lúc: 08 giờ 30 phút, ngày 12/02/2011")},
            {12, 0, s("Nơi chết: Thôn Đông, xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
            {13, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
            {14, 0, s("Ngày, tháng, năm đăng ký: 20/02/2011")}};
}

} // namespace

TEST(NationalFields, AReRegisteredDeathGivesTypePageSignerAndTitle)
{
    QList<TypedLine> lines = header("TRÍCH LỤC KHAI TỬ", "(Đăng ký lại khai tử)");
    lines += deathBody();
    // The signature block: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" above the name.
    lines += {{16, 52, s("Thụy Dân, ngày 20 tháng 02 năm 2011")},
              {17, 56, s("TM. ỦY BAN NHÂN DÂN")},
              {18, 58, s("KT. CHỦ TỊCH")},
              {19, 57, s("PHÓ CHỦ TỊCH")},
              {20, 53, s("(Ký, ghi rõ họ, chữ đệm, tên, đóng dấu)")},
              {24, 58, s("Lê Văn Dũng")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("death"));
    EXPECT_EQ(valueOf(ex, "registration_type"), QStringLiteral("2"));
    EXPECT_EQ(valueOf(ex, "page_number"), QStringLiteral("12"));
    EXPECT_EQ(valueOf(ex, "registration_number"), QStringLiteral("35")); // "Trang số" is not "Số"
    EXPECT_EQ(valueOf(ex, "book_number"), QStringLiteral("02/2011"));
    EXPECT_EQ(valueOf(ex, "signer_name"), s("Lê Văn Dũng"));
    EXPECT_EQ(valueOf(ex, "signer_title"), s("Phó Chủ tịch"));
    EXPECT_EQ(valueOf(ex, "full_name"), s("TRẦN VĂN BÌNH"));
}

TEST(NationalFields, ALateBirthRegistrationWithTheTitleUnderTheName)
{
    QList<TypedLine> lines = header("GIẤY KHAI SINH", "Đăng ký khai sinh quá hạn");
    lines += {{8, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {9, 0, s("Ngày, tháng, năm sinh: 15/03/2019 ghi bằng chữ: Ngày mười lăm, tháng ba,")},
              {10, 0, s("năm hai nghìn không trăm mười chín")},
              {11, 0, s("Giới tính: Nam")},
              {12, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
              {14, 55, s("NGƯỜI KÝ GIẤY KHAI SINH")},
              {15, 50, s("(Ký, ghi rõ họ, chữ đệm, tên, chức vụ, đóng dấu)")},
              {19, 58, s("Phạm Thị Hoa")},
              {20, 59, s("Chủ tịch")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "registration_type"), QStringLiteral("4"));
    EXPECT_EQ(valueOf(ex, "signer_name"), s("Phạm Thị Hoa"));
    EXPECT_EQ(valueOf(ex, "signer_title"), s("Chủ tịch"));
    // The words wrap to the start of the next line and are read whole.
    EXPECT_EQ(valueOf(ex, "date_of_birth_words"),
              s("Ngày mười lăm, tháng ba, năm hai nghìn không trăm mười chín"));
    EXPECT_EQ(valueOf(ex, "date_of_birth"), QStringLiteral("2019-03-15"));
    records::Record r;
    r.type = QStringLiteral("birth");
    r.fields = ex.fields;
    for (const records::Issue& i : validation::validateRecord(r, validation::ValidationContext::standalone()))
        EXPECT_FALSE(i.code == QLatin1String("date.words_mismatch") ||
                     i.code == QLatin1String("code.unknown") || i.code == QLatin1String("number.format"))
            << i.code.toStdString() << " " << i.field.toStdString();
}

TEST(NationalFields, AnOrdinaryExtractGuessesNothing)
{
    // No registration type printed ("Nơi đăng ký", "năm đăng ký" are not one), no
    // page, no signature block; the words cut short at a label are not kept.
    QList<TypedLine> lines{
        {0, 0, s("ỦY BAN NHÂN DÂN")},
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 1, s("XÃ THỤY DÂN")},
        {2, 0, s("Số: 35")},
        {3, 30, s("TRÍCH LỤC KHAI SINH")},
        {5, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
        {6, 0, s("Ngày, tháng, năm sinh: 15/03/2019 ghi bằng chữ: Ngày mười lăm, tháng ba,")},
        {7, 0, s("Giới tính: Nam")},
        {8, 0, s("Nơi đăng ký: Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình")},
        {9, 0, s("Ngày, tháng, năm đăng ký: 20/03/2019")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "date_of_birth"), QStringLiteral("2019-03-15"));
    for (const char* key :
         {"registration_type", "page_number", "signer_name", "signer_title", "date_of_birth_words"})
        EXPECT_FALSE(ex.fields.contains(QLatin1String(key)))
            << key << " = " << valueOf(ex, key).toStdString();
}

TEST(NationalFields, DateWordsArePutRightOnlyWhenOneWordOfDatesIsThatClose)
{
    const Vocabulary& vocab = Vocabulary::builtin();
    int repairs = 0;
    EXPECT_EQ(parseDateWords(s("Ngày mồng hai, tháng mười một, năm hai nghìn không trăm hai mươi Eư"), vocab,
                             &repairs),
              s("Ngày mồng hai, tháng mười một, năm hai nghìn không trăm hai mươi tư"));
    EXPECT_EQ(repairs, 1);
    repairs = 0;
    EXPECT_EQ(
        parseDateWords(s("Ngày mười lăm, tháng ba, năm hai nghìn không trăm mười chín"), vocab, &repairs),
        s("Ngày mười lăm, tháng ba, năm hai nghìn không trăm mười chín"));
    EXPECT_EQ(repairs, 0);
    // A tone mark misread on a word only one date word has those letters for is put right; a word
    // two date words share the letters of ("muoi") stays as printed.
    repairs = 0;
    EXPECT_EQ(
        parseDateWords(s("Ngày mông bõn, tháng chín, năm hai nghìn không trăm mười lẫm"), vocab, &repairs),
        s("Ngày mồng bốn, tháng chín, năm hai nghìn không trăm mười lăm"));
    EXPECT_EQ(repairs, 3);
    repairs = 0;
    EXPECT_EQ(parseDateWords(s("NGÀY MÔNG BA, THÁNG MƯỜI, NĂM HAI NGHÌN"), vocab, &repairs),
              s("NGÀY MỒNG BA, THÁNG MƯỜI, NĂM HAI NGHÌN"));
    EXPECT_EQ(repairs, 1);
    // Not words of a date, or not a whole date: nothing.
    EXPECT_TRUE(parseDateWords(s("Ngày mồng ba, tháng hai, năm hai nghìn Hà Nội"), vocab).isEmpty());
    EXPECT_TRUE(parseDateWords(s("Ngày mồng hai, tháng"), vocab).isEmpty());
    EXPECT_TRUE(parseDateWords(s("Nguyễn Văn An"), vocab).isEmpty());
}
