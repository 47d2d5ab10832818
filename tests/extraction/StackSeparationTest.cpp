// Page classification and document separation of a stack on typed pages (no
// OCR): where documents start, what joins the document before, and what
// stays a document of its own.
#include "core/extraction/StackSeparation.h"

#include "QtPrinters.h"
#include "TypedPage.h"

#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::extraction;
using test::s;
using test::TypedLine;
using test::typedPage;

namespace {

ocr::OcrPage birthPage(const char* name)
{
    QList<TypedLine> lines = test::communeHeading("XÃ TÂN PHÚ", "GIẤY KHAI SINH", 27, 60);
    lines += {{5, 0, s("Số: 125")},
              {5, 50, s("Quyển số: 01/2019")},
              {6, 0, s("Họ, chữ đệm, tên: ") + s(name)},
              {7, 0, s("Ngày, tháng, năm sinh: 02/01/2019")},
              {8, 0, s("Giới tính: Nam      Dân tộc: Kinh      Quốc tịch: Việt Nam")},
              {9, 0, s("Nơi sinh: Trạm y tế xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp")},
              {10, 0, s("Quê quán: xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp")},
              {11, 0, s("Họ, chữ đệm, tên người mẹ: LÊ THỊ HOA")},
              {12, 0, s("Họ, chữ đệm, tên người cha: NGUYỄN VĂN BÌNH")}};
    return typedPage(lines);
}

ocr::OcrPage deathPage()
{
    QList<TypedLine> lines = test::communeHeading("", "TRÍCH LỤC KHAI TỬ", 28, 60);
    lines += test::deathExtractBody();
    return typedPage(lines);
}

ocr::OcrPage landFirstPage()
{
    return typedPage(QList<TypedLine>{
        {0, 20, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 25, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 10, s("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT"), 0.95f, 60},
        {5, 0, s("I. Người sử dụng đất")},
        {6, 0, s("Ông: NGUYỄN VĂN AN      Năm sinh: 1970")},
        {7, 0, s("CCCD số: 087070001234")},
        {8, 0, s("Địa chỉ thường trú: ấp 3, xã Tân Phú, tỉnh Đồng Tháp")},
        {10, 0, s("Thửa đất số: 125      Tờ bản đồ số: 12")},
        {11, 0, s("Diện tích: 300 m²")},
        {12, 0, s("Hình thức sử dụng: Sử dụng riêng")},
        {13, 0, s("Mục đích sử dụng: Đất ở tại nông thôn")},
    });
}

ocr::OcrPage landSketchPage()
{
    return typedPage(QList<TypedLine>{
        {0, 20, s("III. Sơ đồ thửa đất")},
        {2, 0, s("Bảng tọa độ")},
        {3, 0, s("Điểm      X              Y")},
        {4, 0, s("1      1200219.175     598479.124")},
        {5, 0, s("2      1200215.351     598480.298")},
        {8, 0, s("IV. Những thay đổi sau khi cấp giấy chứng nhận")},
        {9, 0, s("Nội dung thay đổi và cơ sở pháp lý")},
    });
}

ocr::OcrPage letterPage()
{
    return typedPage(QList<TypedLine>{
        {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")},
        {1, 47, s("Độc lập - Tự do - Hạnh phúc")},
        {3, 28, s("ĐƠN XIN NGHỈ PHÉP"), 0.95f, 60},
        {5, 0, s("Kính gửi: Ban Giám đốc Công ty TNHH Thương mại Sao Mai")},
        {6, 0, s("Tôi tên là Nguyễn Thị Mai, nhân viên phòng kế toán, xin được nghỉ phép")},
        {7, 0, s("từ ngày 12/04/2024 đến hết ngày 20/04/2024 để về quê chăm sóc mẹ ốm.")},
        {8, 0, s("Trong thời gian nghỉ, công việc được bàn giao cho chị Trần Thị Lan.")},
    });
}

ocr::OcrPage blankPage()
{
    ocr::OcrPage p = typedPage(QStringList{});
    p.blank = true;
    return p;
}

// A back side with only a page number and a speck read as a letter.
ocr::OcrPage nearlyBlankPage()
{
    return typedPage(QList<TypedLine>{{40, 35, s("- 2 -")}, {45, 3, s("i")}});
}

QString shape(const QList<ocr::OcrPage>& pages)
{
    QList<PageClass> classes;
    for (const ocr::OcrPage& p : pages)
        classes.append(classifyPage(p));
    QStringList out;
    for (const SeparatedDocument& d : separatePages(classes))
        out.append(QStringLiteral("%1:%2+%3").arg(d.type).arg(d.firstPage + 1).arg(d.pages));
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST(PageClassification, RolesOfThePages)
{
    PageClass c = classifyPage(birthPage("NGUYỄN VĂN AN"));
    EXPECT_EQ(c.role, PageRole::First);
    EXPECT_EQ(c.type, QStringLiteral("birth"));
    c = classifyPage(landFirstPage());
    EXPECT_EQ(c.role, PageRole::First);
    EXPECT_EQ(c.type, QStringLiteral("land_certificate"));
    c = classifyPage(landSketchPage());
    EXPECT_EQ(c.role, PageRole::Continuation);
    EXPECT_EQ(c.type, QStringLiteral("land_certificate"));
    EXPECT_EQ(classifyPage(letterPage()).role, PageRole::Unknown);
    EXPECT_EQ(classifyPage(blankPage()).role, PageRole::Blank);
    EXPECT_EQ(classifyPage(nearlyBlankPage()).role, PageRole::Blank);
}

TEST(StackSeparation, CutsWhereAFirstPageStarts)
{
    EXPECT_EQ(shape({birthPage("NGUYỄN VĂN AN"), deathPage(), birthPage("LÊ THỊ BÍCH")}),
              QStringLiteral("birth:1+1 death:2+1 birth:3+1"));
}

TEST(StackSeparation, AContinuationJoinsTheCertificateBeforeIt)
{
    EXPECT_EQ(shape({birthPage("NGUYỄN VĂN AN"), landFirstPage(), landSketchPage(), landFirstPage(),
                     landSketchPage(), deathPage()}),
              QStringLiteral("birth:1+1 land_certificate:2+2 land_certificate:4+2 death:6+1"));
}

TEST(StackSeparation, AContinuationAloneIsACertificateOfItsOwn)
{
    // Page III of a certificate scanned without its first page, after a birth.
    EXPECT_EQ(shape({birthPage("NGUYỄN VĂN AN"), landSketchPage()}),
              QStringLiteral("birth:1+1 land_certificate:2+1"));
    EXPECT_EQ(shape({landSketchPage()}), QStringLiteral("land_certificate:1+1"));
}

TEST(StackSeparation, BlankBackSidesJoinTheirFront)
{
    EXPECT_EQ(shape({birthPage("NGUYỄN VĂN AN"), blankPage(), deathPage(), nearlyBlankPage()}),
              QStringLiteral("birth:1+2 death:3+2"));
    // Leading blank sheets join the first document rather than being lost.
    EXPECT_EQ(shape({blankPage(), birthPage("NGUYỄN VĂN AN")}), QStringLiteral("birth:1+2"));
}

TEST(StackSeparation, UnknownPagesAreKept)
{
    // An unknown page that follows nothing is a document of its own; one that
    // follows a document joins it (a back side with notes, an annex)...
    EXPECT_EQ(shape({letterPage(), birthPage("NGUYỄN VĂN AN"), letterPage()}),
              QStringLiteral("unknown:1+1 birth:2+2"));
    // ...unless a blank separator sheet came between them.
    EXPECT_EQ(shape({birthPage("NGUYỄN VĂN AN"), blankPage(), letterPage(), letterPage()}),
              QStringLiteral("birth:1+2 unknown:3+2"));
}
