// A ruled table read cell by cell (RegionRead::tableCells): a parcel's corner
// table as sketch pages print it (the header ruled off, the data rows not,
// print smaller than the page's text), on pink guilloche paper photographed at
// a phone's resolution and JPEG-compressed. Drawn here, read with real
// Tesseract: each coordinate must come back whole, rows in printed order.
#include "core/imaging/PageCleanup.h"
#include "core/imaging/Pix.h"
#include "core/ocr/OcrEngine.h"
#include "testing/render/FormRenderer.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

const char* const kRows[5][4] = {{"1", "1211144.76", "591309.05", "24.31"},
                                 {"2", "1211131.57", "591288.63", "11.06"},
                                 {"3", "1211125.76", "591279.22", "10.00"},
                                 {"4", "1211135.72", "591278.41", "74.41"},
                                 {"1", "1211144.76", "591309.05", ""}};

// A sketch page 900 px wide (a phone photo's page): a heading and a line of
// text in print 14 px high, and the table's digits at 11 px.
QImage sketchPage()
{
    QImage page(900, 1200, QImage::Format_RGB32);
    page.fill(QColor(246, 220, 228));
    QPainter p(&page);
    p.setRenderHint(QPainter::Antialiasing);
    QPen wave(QColor(230, 165, 188));
    wave.setWidthF(1.6);
    p.setPen(wave);
    for (int k = 0; k < page.height() / 12; ++k) {
        QPainterPath path;
        path.moveTo(0, k * 12);
        for (int x = 0; x <= page.width(); x += 12)
            path.lineTo(x, k * 12 + 10 * std::sin(x / 40.0 + k * 0.6));
        p.drawPath(path);
    }
    QFont text(QStringLiteral("DejaVu Serif"));
    text.setPixelSize(18);
    p.setFont(text);
    p.setPen(QColor(30, 30, 40));
    p.drawText(QPointF(80, 120),
               QString::fromUtf8("III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất"));
    p.drawText(QPointF(420, 560), QString::fromUtf8("BẢNG LIỆT KÊ TỌA ĐỘ GÓC RANH"));
    const int left = 400, top = 600, header = 40, rowHeight = 17;
    const int columns[] = {left, 470, 590, 710, 780};
    const int bottom = top + header + 5 * rowHeight + 8;
    p.drawText(QRectF(columns[0], top, 70, header), Qt::AlignCenter, QString::fromUtf8("Điểm"));
    p.drawText(QRectF(columns[1], top, 120, header), Qt::AlignCenter, QStringLiteral("X (m)"));
    p.drawText(QRectF(columns[2], top, 120, header), Qt::AlignCenter, QStringLiteral("Y (m)"));
    p.drawText(QRectF(columns[3], top, 70, header), Qt::AlignCenter, QStringLiteral("Canh"));
    QFont digits(QStringLiteral("DejaVu Sans"));
    digits.setPixelSize(13);
    p.setFont(digits);
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 4; ++c)
            p.drawText(
                QRectF(columns[c], top + header + 4 + r * rowHeight, columns[c + 1] - columns[c], rowHeight),
                Qt::AlignCenter, QString::fromLatin1(kRows[r][c]));
    QPen rule(QColor(40, 40, 50));
    rule.setWidthF(1.5);
    p.setPen(rule);
    for (int x : columns)
        p.drawLine(x, top, x, bottom);
    for (int y : {top, top + header, bottom})
        p.drawLine(columns[0], y, columns[4], y);
    p.end();
    render::Degradation d;
    d.rotateDegrees = 0.8;
    d.blurRadius = 0.8;
    d.noiseSigma = 4;
    d.jpegQuality = 75;
    d.seed = 5;
    return render::degrade(page, d, true);
}

ocr::OcrEngine& engine()
{
    static std::unique_ptr<ocr::OcrEngine> e = [] {
        auto created = ocr::OcrEngine::create();
        EXPECT_TRUE(created.ok());
        return created ? std::move(*created) : nullptr;
    }();
    return *e;
}

// The words read, as one text per line.
QStringList linesOf(const QList<ocr::OcrWord>& words)
{
    QStringList out;
    int line = -1;
    for (const ocr::OcrWord& w : words) {
        if (w.line != line) {
            out.append(QString());
            line = w.line;
        }
        out.last() += (out.last().isEmpty() ? QString() : QStringLiteral(" ")) + w.text;
    }
    return out;
}

} // namespace

TEST(TableCells, SmallCornerTableOnPinkPaperIsReadCellByCell)
{
    const QImage photo = sketchPage();
    imaging::PixPtr original = imaging::pixFromQImage(photo);
    auto cleaned = imaging::cleanPage(original.get(), 110);
    ASSERT_TRUE(cleaned.ok());
    ocr::RegionRead table;
    table.area = QPolygonF(QRectF(0, 500, 900, 400));
    table.tableCells = true;
    table.allowedChars = QStringLiteral("0123456789.,");
    auto read = engine().readRegions(*cleaned, {table}, {}, original.get());
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 1);
    const QStringList lines = linesOf(read->first());
    int right = 0;
    for (const auto& row : kRows) {
        const QString coordinates =
            QString::fromLatin1(row[1]) + QLatin1Char(' ') + QString::fromLatin1(row[2]);
        for (const QString& l : lines)
            if (l.contains(coordinates)) {
                ++right;
                break;
            }
    }
    for (const QString& l : lines)
        std::printf("  %s\n", qPrintable(l));
    EXPECT_GE(right, 4) << "of 5 rows";
    for (const ocr::OcrWord& w : read->first())
        EXPECT_TRUE(w.reread);
    // Above the table there is no ruled grid: nothing is read there.
    ocr::RegionRead heading = table;
    heading.area = QPolygonF(QRectF(0, 0, 900, 400));
    auto none = engine().readRegions(*cleaned, {heading}, {}, original.get());
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->first().isEmpty());
}
