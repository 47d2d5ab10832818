// Ruled tables (imaging/RuledTable.h): the grid of a table drawn here with a
// known geometry is found from its rules, tilted as a rectified photo leaves
// it and with its rules broken; text without rules has no grid; a cell cut
// out for reading keeps its digits and loses its rules.
#include "core/imaging/RuledTable.h"

#include "core/imaging/PageCleanup.h"
#include "core/imaging/Pix.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTransform>
#include <cmath>
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

using namespace sohoa;
using namespace sohoa::imaging;

namespace {

constexpr int kLeft = 120, kTop = 300, kRowHeight = 56;
const int kColumnX[] = {120, 260, 560, 860, 1000}; // four columns

struct Drawn {
    PixPtr binary;
    double markHeight = 0;
};

// A corner table as a sketch page prints it: a header row and five rows of
// point number, X, Y and edge, with a heading and a paragraph of text above.
// `breaks`: every rule interrupted here and there (a faint print, a fold).
Drawn drawTable(double degrees, bool breaks, bool rules = true)
{
    QImage page(1240, 1100, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(page.width() / 2.0, page.height() / 2.0);
    p.rotate(degrees);
    p.translate(-page.width() / 2.0, -page.height() / 2.0);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(28);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QPointF(kLeft, 120), QStringLiteral("BANG LIET KE TOA DO GOC RANH (VN-2000)"));
    p.drawText(QPointF(kLeft, 180), QStringLiteral("Thua dat so 615, to ban do so 11, dien tich 52 m2"));
    const char* const cells[6][4] = {
        {"So hieu", "X (m)", "Y (m)", "Canh"},       {"1", "1200219.175", "598479.124", "4.00"},
        {"2", "1200215.351", "598480.298", "13.00"}, {"3", "1200211.314", "598467.938", "4.00"},
        {"4", "1200215.138", "598466.765", "13.00"}, {"1", "1200219.175", "598479.124", ""}};
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < 4; ++c)
            p.drawText(QRectF(kColumnX[c], kTop + r * kRowHeight, kColumnX[c + 1] - kColumnX[c], kRowHeight),
                       Qt::AlignCenter, QString::fromLatin1(cells[r][c]));
    if (rules) {
        QPen pen(Qt::black);
        pen.setWidth(3);
        p.setPen(pen);
        const int bottom = kTop + 6 * kRowHeight;
        auto line = [&](QPointF a, QPointF b) {
            if (!breaks) {
                p.drawLine(a, b);
                return;
            }
            // Gaps of 6 px every 90 px.
            const double length = QLineF(a, b).length();
            for (double s = 0; s < length; s += 90) {
                const double e = std::min(length, s + 84);
                p.drawLine(a + (b - a) * (s / length), a + (b - a) * (e / length));
            }
        };
        for (int c = 0; c < 5; ++c)
            line(QPointF(kColumnX[c], kTop), QPointF(kColumnX[c], bottom));
        for (int r = 0; r <= 6; ++r)
            line(QPointF(kColumnX[0], kTop + r * kRowHeight), QPointF(kColumnX[4], kTop + r * kRowHeight));
    }
    p.end();
    Drawn out;
    PixPtr colour = pixFromQImage(page);
    PixPtr grey = toGrey(colour.get());
    out.binary = adopt(pixThresholdToBinary(grey.get(), 160));
    out.markHeight = 22; // the letters' height at 28 px type
    return out;
}

} // namespace

TEST(RuledTable, GridOfAStraightTableIsFound)
{
    const Drawn d = drawTable(0, false);
    const auto grid = findRuledGrid(d.binary.get(), {}, d.markHeight);
    ASSERT_TRUE(grid.has_value());
    ASSERT_EQ(grid->columnCount(), 4);
    ASSERT_EQ(grid->rowCount(), 6);
    for (int c = 0; c < 5; ++c)
        EXPECT_NEAR(grid->columns[c], kColumnX[c], 3);
    for (int r = 0; r <= 6; ++r)
        EXPECT_NEAR(grid->rules[r], kTop + r * kRowHeight, 3);
    // A cell is inside its rules.
    const QRect cell = grid->cell(2, 1);
    EXPECT_GT(cell.left(), kColumnX[1]);
    EXPECT_LT(cell.right(), kColumnX[2]);
    EXPECT_GT(cell.top(), kTop + 2 * kRowHeight);
    EXPECT_LT(cell.bottom(), kTop + 3 * kRowHeight);
}

TEST(RuledTable, TiltedAndBrokenRulesStillMakeTheGrid)
{
    const Drawn d = drawTable(0.4, true);
    const auto grid = findRuledGrid(d.binary.get(), {}, d.markHeight);
    ASSERT_TRUE(grid.has_value());
    EXPECT_EQ(grid->columnCount(), 4);
    EXPECT_EQ(grid->rowCount(), 6);
}

TEST(RuledTable, AreaLimitsTheSearch)
{
    const Drawn d = drawTable(0, false);
    // Above the table: only the heading's text.
    EXPECT_FALSE(findRuledGrid(d.binary.get(), QRect(0, 0, 1240, 260), d.markHeight).has_value());
    EXPECT_TRUE(findRuledGrid(d.binary.get(), QRect(0, 250, 1240, 500), d.markHeight).has_value());
}

TEST(RuledTable, TextWithoutRulesHasNoGrid)
{
    const Drawn d = drawTable(0, false, false);
    EXPECT_FALSE(findRuledGrid(d.binary.get(), {}, d.markHeight).has_value());
}

TEST(RuledTable, CellForReadingKeepsItsDigitsAndLosesTheRules)
{
    const Drawn d = drawTable(0.3, false);
    const auto grid = findRuledGrid(d.binary.get(), {}, d.markHeight);
    ASSERT_TRUE(grid.has_value());
    PixPtr cell = cellForReading(d.binary.get(), *grid, 1, 1);
    ASSERT_TRUE(cell);
    // The digits are there: "1200219.175" is eleven marks at least (the point is one).
    Boxa* boxes = pixConnCompBB(cell.get(), 8);
    ASSERT_NE(boxes, nullptr);
    const int marks = boxaGetCount(boxes);
    int tallest = 0, widest = 0;
    for (int i = 0; i < marks; ++i) {
        l_int32 x = 0, y = 0, w = 0, h = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        tallest = std::max(tallest, h);
        widest = std::max(widest, w);
    }
    boxaDestroy(&boxes);
    EXPECT_GE(marks, 11);
    // No rule is left: nothing as wide as the cell or as tall as the row.
    EXPECT_LT(widest, pixGetWidth(cell.get()) / 3);
    EXPECT_LT(tallest, kRowHeight - 10);
    // An empty cell (the ring's closing row has no edge) is nothing to read.
    EXPECT_FALSE(cellForReading(d.binary.get(), *grid, 5, 3));
}
