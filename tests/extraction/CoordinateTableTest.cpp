// A parcel sketch's corner-coordinate table (page III/V of a land-use
// certificate) read into SPEC §1's parcel_corners, as real tables print it:
// the ring closed by repeating the first point, a decimal point lost by OCR.
#include "core/extraction/CoordinateTable.h"

#include "QtPrinters.h"
#include "TypedPage.h"
#include "core/extraction/Extractor.h"

#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::extraction;
using test::s;
using test::TypedLine;
using test::typedPage;

namespace {

QStringList split(const char* numbers)
{
    return QString::fromLatin1(numbers).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST(CoordinateTable, PointsInPrintedOrderWithCommaDecimals)
{
    double q = 0;
    EXPECT_EQ(
        parcelCornersFrom(split("1200219,175 598479,124 1200215.351 598480.298 1200211.314 598467.938"), &q),
        QStringLiteral("1200219.175,598479.124;1200215.351,598480.298;1200211.314,598467.938"));
    EXPECT_DOUBLE_EQ(q, 0.8);
}

TEST(CoordinateTable, ClosingRowRepeatingTheFirstPointIsDropped)
{
    EXPECT_EQ(parcelCornersFrom(split("10.5 20.5 11.5 21.5 12.5 20.5 13.5 19.5 10.5 20.5")),
              QStringLiteral("10.5,20.5;11.5,21.5;12.5,20.5;13.5,19.5"));
    // A triangle closed is three corners and the repeat; fewer than four points are left alone.
    EXPECT_EQ(parcelCornersFrom(split("10.5 20.5 11.5 21.5 10.5 20.5")),
              QStringLiteral("10.5,20.5;11.5,21.5;10.5,20.5"));
}

TEST(CoordinateTable, LostDecimalPointComesBackFromItsColumn)
{
    double q = 0;
    EXPECT_EQ(parcelCornersFrom(split("121114476 591309.05 1211131.57 591288.63 1211125.76 59127922"), &q),
              QStringLiteral("1211144.76,591309.05;1211131.57,591288.63;1211125.76,591279.22"));
    EXPECT_LE(q, 0.6);
    // A column with no point anywhere is left as printed.
    EXPECT_EQ(parcelCornersFrom(split("12111447 5913090 12111315 5912886")),
              QStringLiteral("12111447,5913090;12111315,5912886"));
}

TEST(CoordinateTable, NumbersThatDoNotPairAreNoValue)
{
    EXPECT_TRUE(parcelCornersFrom(split("1200219.175 598479.124 1200215.351")).isEmpty());
    EXPECT_TRUE(parcelCornersFrom({}).isEmpty());
}

TEST(CoordinateTable, SketchPageTableIsReadIntoParcelCorners)
{
    // Page III alone: the sketch's heading, the table's header, five rows (the
    // last closes the ring), one X whose point OCR lost, edge lengths beside.
    const ocr::OcrPage page = typedPage(QList<TypedLine>{
        {0, 4, s("III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất")},
        {14, 14, s("BẢNG LIỆT KÊ TỌA ĐỘ GÓC RANH")},
        {15, 18, s("(HỆ TỌA ĐỘ VN 2000)")},
        {16, 6, s("Số hiệu điểm   X (m)        Y (m)       Cạnh (m)")},
        {17, 8, s("1   1200219.175 | 598479.124 | 4.00")},
        {18, 8, s("2   1200215.351 | 598480.298 | 13.00")},
        {19, 8, s("3   1200211314  | 598467.938 | 4.00")},
        {20, 8, s("4   1200215.138 | 598466.765 | 13.00")},
        {21, 8, s("1   1200219.175 | 598479.124")},
        {23, 4, s("IV. Những thay đổi sau khi cấp giấy chứng nhận")},
    });
    const DocumentExtraction ex = extractDocument({page}, QStringLiteral("land_certificate"));
    ASSERT_TRUE(ex.fields.contains(QStringLiteral("parcel_corners")));
    EXPECT_EQ(ex.fields.value(QStringLiteral("parcel_corners")).value,
              QStringLiteral("1200219.175,598479.124;1200215.351,598480.298;1200211.314,598467.938;"
                             "1200215.138,598466.765"));
}

TEST(CoordinateTable, PointReadTwiceIsOnePoint)
{
    double q = 0;
    EXPECT_EQ(parcelCornersFrom(split("1211176.94 591340,.36 1211168.44 591345.63"), &q),
              QStringLiteral("1211176.94,591340.36;1211168.44,591345.63"));
    EXPECT_LE(q, 0.6);
}

TEST(CoordinateTable, DigitMisreadKilometresAwayFromTheParcelIsPutRight)
{
    double q = 0;
    // 1201131.57 lies 10 km from the other corners: its third digit is the column's.
    EXPECT_EQ(parcelCornersFrom(split("1211144.76 591309.05 1201131.57 591288.63 1211125.76 591279.22 "
                                      "1211135.72 591278.41"),
                                &q),
              QStringLiteral("1211144.76,591309.05;1211131.57,591288.63;1211125.76,591279.22;"
                             "1211135.72,591278.41"));
    EXPECT_LE(q, 0.6);
    // Corners on both sides of a kilometre (5913xx and 5912xx) are near: left as read.
    EXPECT_EQ(parcelCornersFrom(split("1211144.76 591309.05 1211131.57 591288.63 1211125.76 591279.22 "
                                      "1211176.94 591340.36"),
                                &q),
              QStringLiteral("1211144.76,591309.05;1211131.57,591288.63;1211125.76,591279.22;"
                             "1211176.94,591340.36"));
    EXPECT_DOUBLE_EQ(q, 0.8);
    // Two digits away, or too few corners to say where the parcel is: left as read.
    EXPECT_EQ(parcelCornersFrom(split("1211144.76 591309.05 1299131.57 591288.63 1211125.76 591279.22 "
                                      "1211135.72 591278.41")),
              QStringLiteral("1211144.76,591309.05;1299131.57,591288.63;1211125.76,591279.22;"
                             "1211135.72,591278.41"));
    EXPECT_EQ(parcelCornersFrom(split("1211144.76 591309.05 1201131.57 591288.63 1211125.76 591279.22")),
              QStringLiteral("1211144.76,591309.05;1201131.57,591288.63;1211125.76,591279.22"));
}
