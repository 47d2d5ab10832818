// Value reading on layouts other than "Label: value" lines (TypedPage): ruled
// tables whose label cells wrap their label onto a second line, values in their
// own cell whose wrapped lines go on under the value, rows packing several
// label|value pairs, values typed onto a form just off their printed line, and
// what the reading tells validation (labels found, blank lines, doubts).
#include "QtPrinters.h"
#include "TypedPage.h"
#include "core/extraction/Confidence.h"
#include "core/extraction/Extractor.h"
#include "core/records/RecordType.h"

#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::extraction;
using test::s;
using test::TypedLine;
using test::typedPage;
using test::valueOf;

namespace {

QList<TypedLine> birthHeader()
{
    return test::communeHeading("XÃ VĨNH HẢI", "GIẤY KHAI SINH");
}

// A birth extract as a ruled grid: row numbers, a narrow label column whose
// labels wrap inside their cell, values in the cell on the right.
QList<TypedLine> birthGrid()
{
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("I. NGƯỜI ĐƯỢC KHAI SINH")},
              {6, 0, s("1")},
              {6, 4, s("Họ, chữ đệm, tên")},
              {6, 30, s("HÀ CÔNG PHÁT")},
              {7, 0, s("2")},
              {7, 4, s("Ngày, tháng, năm")},
              {7, 30, s("02/08/2026")},
              {7, 48, s("Giới tính")},
              {7, 62, s("Nam")},
              {8, 4, s("sinh")},
              {9, 0, s("3")},
              {9, 4, s("Nơi sinh")},
              {9, 30, s("Phường Thịnh Đán, thành phố Thái Nguyên, tỉnh Thái")},
              {10, 30, s("Nguyên")},
              {11, 0, s("4")},
              {11, 4, s("Dân tộc")},
              {11, 30, s("Kinh")},
              {11, 48, s("Quốc tịch")},
              {11, 62, s("Việt Nam")},
              {12, 0, s("II. THÔNG TIN VỀ CHA, MẸ")},
              {13, 0, s("8")},
              {13, 4, s("Họ, chữ đệm, tên người")},
              {13, 30, s("Hà Nhật Khang")},
              {14, 4, s("cha")},
              {15, 0, s("9")},
              {15, 4, s("Năm sinh")},
              {15, 30, s("1998")},
              {16, 0, s("11")},
              {16, 4, s("Họ, chữ đệm, tên người")},
              {16, 30, s("Phạm Kim Liên")},
              {17, 4, s("mẹ")},
              {18, 0, s("12")},
              {18, 4, s("Năm sinh")},
              {18, 30, s("2000")}};
    return lines;
}

} // namespace

TEST(TableLayout, LabelWrappedInItsCellIsOneLabel)
{
    const DocumentExtraction ex = extractDocument({typedPage(birthGrid())}, QStringLiteral("birth"));
    // "Họ, chữ đệm, tên người" + "cha" is the father's label, not the mother's nor the child's.
    EXPECT_EQ(valueOf(ex, "father_name"), s("Hà Nhật Khang"));
    EXPECT_EQ(valueOf(ex, "mother_name"), s("Phạm Kim Liên"));
    EXPECT_EQ(valueOf(ex, "full_name"), s("HÀ CÔNG PHÁT"));
    // "Ngày, tháng, năm" + "sinh": the date of birth, and "sinh" is no part of its value.
    EXPECT_EQ(valueOf(ex, "date_of_birth"), QStringLiteral("2026-08-02"));
    EXPECT_EQ(valueOf(ex, "father_birth_year"), QStringLiteral("1998"));
    EXPECT_EQ(valueOf(ex, "mother_birth_year"), QStringLiteral("2000"));
}

TEST(TableLayout, ValueInItsCellWrapsUnderItself)
{
    const DocumentExtraction ex = extractDocument({typedPage(birthGrid())}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "place_of_birth"), s("Phường Thịnh Đán, thành phố Thái Nguyên, tỉnh Thái Nguyên"));
    EXPECT_EQ(ex.evidence.value(QStringLiteral("place_of_birth")).lines, 2);
}

TEST(TableLayout, RowWithSeveralPairsIsReadPairByPair)
{
    const DocumentExtraction ex = extractDocument({typedPage(birthGrid())}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "sex"), QStringLiteral("male"));
    EXPECT_EQ(valueOf(ex, "ethnicity"), QStringLiteral("Kinh"));
    EXPECT_EQ(valueOf(ex, "nationality"), s("Việt Nam"));
}

TEST(TableLayout, CaptionOverItsValueIsNoWrappedLabel)
{
    // A small caption above the value: "Họ, chữ đệm, tên" over "NGUYỄN THỊ MAI" must
    // not be joined into a longer label ("... tên người mẹ") by a loose match.
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("1. Họ, chữ đệm, tên")},
              {6, 3, s("NGUYỄN THỊ MAI")},
              {7, 0, s("2. Nơi sinh")},
              {8, 3, s("Trạm y tế xã Vĩnh Hải, thành phố Hải Phòng")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "full_name"), s("NGUYỄN THỊ MAI"));
    EXPECT_FALSE(ex.fields.contains(QStringLiteral("mother_name")));
    EXPECT_EQ(valueOf(ex, "place_of_birth"), s("Trạm y tế xã Vĩnh Hải, thành phố Hải Phòng"));
}

TEST(TableLayout, TypedValueOffItsLineIsTheLabelsValue)
{
    // A clerk's printer put the values half a line below the form's dotted lines:
    // the OCR gives them rows of their own between the printed lines.
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("Họ, chữ đệm, tên: ........................................")},
              {6, 0, s("Dân tộc: ............ Quốc tịch: .............")},
              {7, 0, s("Nơi sinh: ...............................................")}};
    ocr::OcrPage page = typedPage(lines);
    const ocr::OcrPage typed = typedPage(
        {{5, 20, s("NGUYỄN VĂN AN")}, {6, 10, s("Kinh")}, {7, 12, s("Bệnh viện Đa khoa tỉnh Lai Châu")}});
    // The typed layer 28 px (40 % of a line pitch) below the printed one, as OCR lines of its own.
    for (ocr::OcrLine l : typed.lines) {
        const int first = int(page.words.size());
        for (int w = l.firstWord; w < l.firstWord + l.wordCount; ++w) {
            ocr::OcrWord word = typed.words[w];
            word.box.translate(0, 28);
            word.line = int(page.lines.size());
            page.words.append(word);
        }
        l.firstWord = first;
        l.box.translate(0, 28);
        l.block = int(page.lines.size());
        page.lines.append(l);
    }
    const DocumentExtraction ex = extractDocument({page}, QStringLiteral("birth"));
    EXPECT_EQ(valueOf(ex, "full_name"), s("NGUYỄN VĂN AN"));
    EXPECT_EQ(valueOf(ex, "ethnicity"), QStringLiteral("Kinh"));
    EXPECT_EQ(valueOf(ex, "place_of_birth"), s("Bệnh viện Đa khoa tỉnh Lai Châu"));
    EXPECT_FALSE(ex.fields.contains(QStringLiteral("nationality"))); // its line stays blank
    EXPECT_TRUE(ex.blank.contains(QStringLiteral("nationality")));
}

TEST(TableLayout, PlaceCutAtAWrapIsDoubted)
{
    // The line that carries "Giang" was not read: the place ends at the margin with
    // a province that exists in no list.
    QList<TypedLine> lines = birthHeader();
    lines += {{5, 0, s("Họ, chữ đệm, tên: NGUYỄN VĂN AN")},
              {6, 0, s("Nơi sinh: Trạm y tế xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc")},
              {7, 0, s("Quê quán: Xã Tân Dĩnh, huyện Lạng Giang, tỉnh Bắc Giang")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("birth"));
    const FieldEvidence cut = ex.evidence.value(QStringLiteral("place_of_birth"));
    const FieldEvidence whole = ex.evidence.value(QStringLiteral("hometown"));
    EXPECT_EQ(cut.placeCheck, QStringLiteral("unknown"));
    EXPECT_EQ(whole.placeCheck, QStringLiteral("known"));
    EXPECT_TRUE(doubtfulReading(cut));
    EXPECT_FALSE(doubtfulReading(whole));
    EXPECT_LT(ex.fields.value(QStringLiteral("place_of_birth")).confidence, 0.5);
    EXPECT_GT(ex.fields.value(QStringLiteral("hometown")).confidence, 0.9);
    EXPECT_TRUE(readingNotes(ex).doubtful.contains(QStringLiteral("place_of_birth")));
}

TEST(TableLayout, ShortLabelInACellOfItsOwnNeedsNoColon)
{
    // A land certificate as a ruled grid: "Ông" alone in its label cell, no colon.
    const QList<TypedLine> lines{
        {0, 20, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {2, 25, s("GIẤY CHỨNG NHẬN")},
        {3, 5, s("QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT")},
        {5, 0, s("1")},
        {5, 3, s("Ông")},
        {5, 20, s("NGUYỄN TUẤN")},
        {5, 40, s("Năm sinh")},
        {5, 55, s("1961")},
        {6, 20, s("LỤC")},
        {7, 0, s("6")},
        {7, 3, s("Thửa đất số")},
        {7, 20, s("1245")},
        {7, 40, s("Tờ bản đồ số")},
        {7, 55, s("37")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("land_certificate"));
    EXPECT_EQ(valueOf(ex, "holder_name"), s("NGUYỄN TUẤN LỤC"));
    EXPECT_EQ(valueOf(ex, "holder_birth_year"), QStringLiteral("1961"));
    EXPECT_EQ(valueOf(ex, "parcel_number"), QStringLiteral("1245"));
    EXPECT_EQ(valueOf(ex, "map_sheet_number"), QStringLiteral("37"));
}

TEST(TableLayout, ParcelCornersFromTheCoordinateTable)
{
    const QList<TypedLine> lines{{0, 25, s("SƠ ĐỒ THỬA ĐẤT")},
                                 {10, 5, s("Số hiệu điểm")},
                                 {10, 20, s("X (m)")},
                                 {10, 35, s("Y (m)")},
                                 {11, 8, s("1")},
                                 {11, 20, s("1200219.175")},
                                 {11, 35, s("598479.124")},
                                 {12, 8, s("2")},
                                 {12, 20, s("1200215.351")},
                                 {12, 35, s("598480.298")},
                                 {13, 8, s("3")},
                                 {13, 20, s("1200211,314")},
                                 {13, 35, s("598467,938")},
                                 {14, 8, s("4")},
                                 {14, 20, s("12OO215.138")},
                                 {14, 35, s("598466.765")},
                                 {16, 5, s("Diện tích: 125,5 m²")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("land_certificate"));
    EXPECT_EQ(valueOf(ex, "parcel_corners"),
              QStringLiteral("1200219.175,598479.124;1200215.351,598480.298;1200211.314,598467.938;"
                             "1200215.138,598466.765"));
}

TEST(TableLayout, NoCornersWithoutATable)
{
    // Two numbers of a coordinate's shape on one line are no table.
    const QList<TypedLine> lines{{0, 25, s("GIẤY CHỨNG NHẬN")},
                                 {2, 0, s("Thửa đất số: 1005     Tờ bản đồ số: 43")},
                                 {3, 0, s("Ghi chú: 1200219.175 598479.124")}};
    const DocumentExtraction ex = extractDocument({typedPage(lines)}, QStringLiteral("land_certificate"));
    EXPECT_FALSE(ex.fields.contains(QStringLiteral("parcel_corners")));
}
