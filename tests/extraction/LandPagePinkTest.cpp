// Land certificate pages as the real ones come: page II ("Thửa đất, nhà ở và
// tài sản khác gắn liền với đất") and the sketch page's corner-coordinate table
// alone, without the holder's page, printed on pink paper with guilloche
// security print, tilted, blurred and JPEG-compressed. Rendered here (not the
// real photos), read through the product's clean-up and Tesseract, separated
// and extracted: the page-II and corner-table rules on paper not tuned on.
#include "FieldScore.h"
#include "OcrHarness.h"
#include "QtPrinters.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/StackSeparation.h"
#include "core/records/RecordType.h"
#include "testing/render/FormRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

constexpr int kDpi = 200;

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject layout(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The page multiplied onto pink paper with a guilloche of pink waves and a
// drum-like rosette, then tilted and degraded like a phone photo.
QImage onPinkSecurityPaper(const QImage& page, double degrees)
{
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.fill(QColor(246, 218, 226));
    QPainter p(&paper);
    p.setRenderHint(QPainter::Antialiasing);
    QPen wave(QColor(232, 160, 184));
    wave.setWidthF(2.2);
    p.setPen(wave);
    for (int k = 0; k < page.height() / 14; ++k) {
        QPainterPath path;
        path.moveTo(0, k * 14);
        for (int x = 0; x <= page.width(); x += 16)
            path.lineTo(x, k * 14 + 16 * std::sin(x / 45.0 + k * 0.5));
        p.drawPath(path);
    }
    const QPointF centre(page.width() * 0.6, page.height() * 0.55);
    for (int k = 0; k < 90; ++k) {
        const double a = k * 3.14159265 / 45;
        p.drawLine(centre, centre + QPointF(std::cos(a), std::sin(a)) * page.width() * 0.35);
    }
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    p.drawImage(0, 0, page.convertToFormat(QImage::Format_RGB32));
    p.end();
    render::Degradation d;
    d.rotateDegrees = degrees;
    d.blurRadius = 1.0;
    d.noiseSigma = 5;
    d.jpegQuality = 70;
    d.seed = 11;
    return render::degrade(paper, d, true);
}

// The document as the pipeline settles it: the page classified (a
// continuation page of a land certificate), then extracted as that type.
extraction::DocumentExtraction readAlone(const ocr::OcrPage& page)
{
    const extraction::PageClass c = extraction::classifyPage(page);
    EXPECT_EQ(c.type, QStringLiteral("land_certificate"));
    return extraction::extractDocument({page}, c.type);
}

// Page II of a 2009-2024 certificate, as gcn-style pages print it.
const char* const kPageTwo = R"json({"id": "page2", "orientation": "portrait", "font_pt": 11,
  "header": "none", "title": [], "leaders": false, "body": [
  {"gap": 2},
  {"heading": "II. Thửa đất, nhà ở và tài sản khác gắn liền với đất"},
  {"line": "1. Thửa đất:", "bold": true},
  {"line": "a) Thửa đất số: {parcel_number}      , tờ bản đồ số: {map_sheet_number}", "indent": 1},
  {"line": "b) Địa chỉ: {parcel_address}", "indent": 1},
  {"line": "c) Diện tích: {area_m2|area}, (bằng chữ: {area_m2|words} mét vuông)", "indent": 1},
  {"line": "d) Hình thức sử dụng: {usage_form}", "indent": 1},
  {"line": "đ) Mục đích sử dụng: {land_use_purpose|names}", "indent": 1},
  {"line": "e) Thời hạn sử dụng: {land_use_term}", "indent": 1},
  {"line": "2. Nhà ở: -/-"},
  {"line": "3. Công trình xây dựng khác: -/-"},
  {"line": "4. Ghi chú: -/-"}]})json";

// The sketch page's corner table, its ring closed by repeating point 1.
const char* const kSketch = R"json({"id": "sketch", "orientation": "portrait", "font_pt": 11,
  "header": "none", "title": [], "leaders": false, "body": [
  {"gap": 2},
  {"heading": "III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất"},
  {"gap": 14},
  {"line": "BẢNG LIỆT KÊ TỌA ĐỘ GÓC RANH", "bold": true, "indent": 4},
  {"line": "(HỆ TỌA ĐỘ VN 2000)", "indent": 5},
  {"table": {"widths": [0.16, 0.28, 0.28, 0.16],
    "header": ["Số hiệu điểm", "X (m)", "Y (m)", "Cạnh (m)"],
    "rows": [["1", "1195433.218", "587120.406", "12.50"],
             ["2", "1195421.740", "587125.377", "20.00"],
             ["3", "1195413.795", "587107.023", "12.50"],
             ["4", "1195425.273", "587102.052", "20.00"],
             ["1", "1195433.218", "587120.406", ""]]}},
  {"gap": 3},
  {"heading": "IV. Những thay đổi sau khi cấp giấy chứng nhận"}]})json";

render::RenderOptions renderOptions()
{
    render::RenderOptions options;
    options.dpi = kDpi;
    options.color = true;
    options.fontFamily = QStringLiteral("Liberation Serif");
    return options;
}

const records::RecordType& landType()
{
    return *records::RecordTypeRegistry::builtin().find(QStringLiteral("land_certificate"));
}

} // namespace

TEST(LandPagePink, PageTwoAloneIsReadOnPinkGuilloche)
{
    const render::FormValues values{
        {QStringLiteral("parcel_number"), QStringLiteral("208")},
        {QStringLiteral("map_sheet_number"), QStringLiteral("15")},
        {QStringLiteral("parcel_address"), s("Phường Tân Định, Quận 1, Thành phố Hồ Chí Minh")},
        {QStringLiteral("area_m2"), QStringLiteral("72.5")},
        {QStringLiteral("usage_form"), QStringLiteral("rieng")},
        {QStringLiteral("land_use_purpose"), QStringLiteral("ODT")},
        {QStringLiteral("land_use_term"), QStringLiteral("long_term")},
    };
    auto rendered = render::renderFormLayout(landType(), layout(kPageTwo), values, renderOptions());
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    const ocr::OcrPage page = test::ocrImage(onPinkSecurityPaper(rendered->pages.first(), 2.5), kDpi);
    const extraction::DocumentExtraction ex = readAlone(page);
    int right = 0;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString got = ex.fields.value(it.key()).value;
        const bool same = test::sameFieldValue(it.key(), it.value(), got);
        right += same;
        if (!same)
            std::printf("%s: truth '%s', read '%s'\n", qPrintable(it.key()), qPrintable(it.value()),
                        qPrintable(got));
    }
    // The heading opens the parcel section: its address is the parcel's, never the holder's.
    EXPECT_FALSE(ex.fields.contains(QStringLiteral("holder_address")));
    EXPECT_GE(right, int(values.size()) - 1) << page.text().toStdString();
}

TEST(LandPagePink, CornerTableAloneIsReadOnPinkGuilloche)
{
    auto rendered = render::renderFormLayout(landType(), layout(kSketch), {}, renderOptions());
    ASSERT_TRUE(rendered.ok()) << rendered.error().message.toStdString();
    const ocr::OcrPage page = test::ocrImage(onPinkSecurityPaper(rendered->pages.first(), -1.5), kDpi);
    const extraction::DocumentExtraction ex = readAlone(page);
    // Four corners in printed order; the row closing the ring is not a fifth.
    EXPECT_EQ(ex.fields.value(QStringLiteral("parcel_corners")).value,
              QStringLiteral("1195433.218,587120.406;1195421.740,587125.377;1195413.795,587107.023;"
                             "1195425.273,587102.052"))
        << page.text().toStdString();
}
