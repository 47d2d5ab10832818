// A ruled table read cell by cell (RegionRead::tableCells).
#include "core/imaging/PageCapture.h"
#include "core/imaging/Pix.h"
#include "core/imaging/RuledTable.h"
#include "core/ocr/OcrEngine_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

namespace sohoa::ocr::detail {

namespace {

// Median height of the marks of a small binary image (0 when it has none):
// the print of one cell, which may be smaller than the page's.
double cellTextHeight(Pix* binary)
{
    Boxa* boxes = pixConnCompBB(binary, 8);
    if (!boxes)
        return 0;
    QList<int> heights;
    for (int i = 0; i < boxaGetCount(boxes); ++i) {
        l_int32 x = 0, y = 0, w = 0, h = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if (h >= 3)
            heights.append(h);
    }
    boxaDestroy(&boxes);
    if (heights.isEmpty())
        return 0;
    std::sort(heights.begin(), heights.end());
    return heights[heights.size() / 2];
}

// A cell of the cleaned page taken from the original instead, `scale` times
// larger and smoothly interpolated, in the page's ink projection (grey): the
// small print of a table loses less than by enlarging the binary page. The
// page's curl is taken as the shift at the cell's middle (a cell is small).
imaging::PixPtr cellFromOriginal(const Pix* original, const imaging::CleanedPage& page, const QRect& cell,
                                 double scale)
{
    QPointF shift;
    if (page.curl)
        shift = page.curl->toCurled(QRectF(cell).center()) - QRectF(cell).center();
    const int width = int(std::lround(cell.width() * scale)),
              height = int(std::lround(cell.height() * scale));
    QTransform toSource = QTransform::fromScale(1 / scale, 1 / scale) *
                          QTransform::fromTranslate(cell.x() + shift.x(), cell.y() + shift.y()) *
                          page.toOriginal;
    // Only the part of the original under the cell is warped.
    const QRect under =
        toSource.mapRect(QRectF(0, 0, width, height))
            .toAlignedRect()
            .adjusted(-2, -2, 2, 2)
            .intersected(QRect(0, 0, imaging::pixWidth(original), imaging::pixHeight(original)));
    if (under.width() < 2 || under.height() < 2)
        return {};
    BOX* clipBox = boxCreate(under.x(), under.y(), under.width(), under.height());
    imaging::PixPtr part = imaging::adopt(pixClipRectangle(const_cast<Pix*>(original), clipBox, nullptr));
    boxDestroy(&clipBox);
    if (!part)
        return {};
    toSource *= QTransform::fromTranslate(-under.x(), -under.y());
    imaging::PixPtr warped = imaging::warpPage(part.get(), toSource, width, height);
    return warped ? imaging::projectInk(warped.get(), page.ink) : nullptr;
}

// A word read in a table cell, on the cleaned page, with the grid column it stands in.
struct CellWord {
    OcrWord word;
    int column = 0;
};

// Every cell of `grid` read alone, enlarged `factor` times more than its print
// needs (see RegionRead::tableCells): from the original when it is given, else
// from the cleaned page.
QList<CellWord> readCells(tesseract::TessBaseAPI& api, const imaging::CleanedPage& page, const Pix* original,
                          const imaging::RuledGrid& grid, double mark, const RegionRead& region,
                          double factor)
{
    Pix* binary = page.binary.get();
    QList<CellWord> out;
    for (int row = 0; row < grid.rowCount(); ++row) {
        for (int column = 0; column < grid.columnCount(); ++column) {
            imaging::PixPtr cell = imaging::cellForReading(binary, grid, row, column);
            if (!cell)
                continue;
            const QRect at = grid.cell(row, column);
            // Tesseract reads print about 30 px high best; a cell's few characters are cheap to enlarge.
            const double textHeight = cellTextHeight(cell.get());
            const double scale = factor * std::clamp(30.0 / (textHeight >= 4 ? textHeight : mark), 1.0, 6.0);
            imaging::PixPtr input;
            if (original)
                input = cellFromOriginal(original, page, at, scale);
            if (!input) {
                imaging::PixPtr grey = imaging::adopt(pixConvertTo8(cell.get(), 0));
                input =
                    grey ? imaging::adopt(pixScaleGrayLI(grey.get(), float(scale), float(scale))) : nullptr;
            }
            const int border = std::max(8, int(textHeight * scale / 2));
            input = input ? imaging::adopt(pixAddBorder(input.get(), border, 255)) : nullptr;
            if (!input)
                continue;
            api.SetVariable("tessedit_char_whitelist", region.allowedChars.toUtf8().constData());
            // A ruled row holds one line; a table that rules only its header holds its rows in one cell.
            api.SetPageSegMode(textHeight > 0 && at.height() < 2.5 * textHeight
                                   ? tesseract::PSM_SINGLE_LINE
                                   : tesseract::PSM_SINGLE_BLOCK);
            api.SetImage(input.get());
            api.SetSourceResolution(int(std::lround((page.dpi > 0 ? page.dpi : 300) * scale)));
            if (api.Recognize(nullptr) != 0)
                continue;
            auto toCleaned = [&](int v, int origin) {
                return int(std::lround((v - border) / scale)) + origin;
            };
            OcrPage part;
            collectWords(
                api,
                [&](int l, int t, int r, int b) {
                    return QRect(QPoint(toCleaned(l, at.x()), toCleaned(t, at.y())),
                                 QPoint(toCleaned(r, at.x()), toCleaned(b, at.y())));
                },
                part);
            for (const OcrWord& w : std::as_const(part.words))
                out.append({w, column});
        }
    }
    return out;
}

// The form of a figure: digits before and after its separator ("7.2"), and its
// first four digits (the figures of one column of a parcel's table are close).
QString figureShape(const QString& text)
{
    const qsizetype sep = text.indexOf(QRegularExpression(QStringLiteral("[.,]")));
    int before = 0, after = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i].isDigit())
            ++(sep >= 0 && i > sep ? after : before);
    return QStringLiteral("%1.%2").arg(before).arg(sep >= 0 ? after : -1);
}

QString figurePrefix(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits.size() >= 6 ? digits.left(4) : QString();
}

QString mostCommon(const QHash<QString, int>& counts)
{
    QString best;
    int bestCount = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        if (!it.key().isEmpty() && it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    return best;
}

// Readings of the same cells made one (a word of one reading with the words
// of the others on it): where they differ, the text most readings give wins, a tie going to the one
// in the form its column's figures mostly have (digits before and after the
// point, first digits); its characters are then no surer than the least sure
// reading (a disagreement is a doubt).
QList<OcrWord> reconcile(const QList<QList<CellWord>>& readings)
{
    if (readings.isEmpty())
        return {};
    QHash<int, QHash<QString, int>> shapes, prefixes;
    for (const QList<CellWord>& reading : readings)
        for (const CellWord& w : reading) {
            ++shapes[w.column][figureShape(w.word.text)];
            ++prefixes[w.column][figurePrefix(w.word.text)];
        }
    QList<OcrWord> out;
    QSet<const CellWord*> used;
    for (qsizetype first = 0; first < readings.size(); ++first)
        for (const CellWord& a : readings[first]) {
            if (used.contains(&a))
                continue;
            QList<const CellWord*> alike{&a};
            for (qsizetype k = first + 1; k < readings.size(); ++k)
                for (const CellWord& b : readings[k]) {
                    const QRect common = a.word.box.intersected(b.word.box);
                    if (!used.contains(&b) && b.column == a.column && !common.isEmpty() &&
                        common.height() * 2 > std::min(a.word.box.height(), b.word.box.height())) {
                        alike.append(&b);
                        used.insert(&b);
                        break;
                    }
                }
            QHash<QString, int> votes;
            float doubt = 1.f;
            for (const CellWord* c : alike) {
                ++votes[c->word.text];
                doubt = std::min(doubt, c->word.confidence);
            }
            if (votes.size() == 1) {
                out.append(a.word);
                continue;
            }
            const QString shape = mostCommon(shapes.value(a.column));
            const QString prefix = mostCommon(prefixes.value(a.column));
            auto score = [&](const QString& text) {
                return 10 * votes.value(text) + 2 * int(figureShape(text) == shape) +
                       int(!prefix.isEmpty() && figurePrefix(text) == prefix);
            };
            const CellWord* best = alike.first();
            for (const CellWord* c : alike)
                if (score(c->word.text) > score(best->word.text))
                    best = c;
            OcrWord w = best->word;
            w.confidence = std::min(w.confidence, doubt);
            for (float& c : w.charConfidences)
                c = std::min(c, doubt);
            out.append(w);
        }
    return out;
}

} // namespace

// The cells of the ruled table inside `box` of the cleaned page (see
// RegionRead::tableCells), read at three enlargements and reconciled.
// Words in the original's pixels, put in lines by their height: a row of
// cells is a line.
QList<OcrWord> readTableCells(tesseract::TessBaseAPI& api, const imaging::CleanedPage& page,
                              const Pix* original, const QRect& box, const RegionRead& region)
{
    Pix* binary = page.binary.get();
    double mark = page.markHeight * page.enlargement;
    if (mark <= 0)
        mark = imaging::medianMarkHeight(binary);
    const std::optional<imaging::RuledGrid> grid = imaging::findRuledGrid(binary, box, mark);
    if (!grid)
        return {};
    // Boxes on the cleaned page until the end.
    QList<QList<CellWord>> readings;
    for (const double factor : {1.0, 1.4, 0.8})
        readings.append(readCells(api, page, original, *grid, mark, region, factor));
    QList<OcrWord> words = reconcile(readings);
    if (words.isEmpty())
        return words;
    // Lines by height: a word joins the line whose middle is within half its print's height.
    QList<int> heights;
    for (const OcrWord& w : std::as_const(words))
        heights.append(w.box.height());
    std::sort(heights.begin(), heights.end());
    const double lineHeight = heights[heights.size() / 2];
    std::sort(words.begin(), words.end(),
              [](const OcrWord& a, const OcrWord& b) { return a.box.center().y() < b.box.center().y(); });
    double lineMiddle = -1e9;
    int line = -1;
    for (OcrWord& w : words) {
        const double cy = w.box.center().y();
        if (cy - lineMiddle > 0.5 * lineHeight) {
            lineMiddle = cy;
            ++line;
        }
        w.line = line;
    }
    std::stable_sort(words.begin(), words.end(), [](const OcrWord& a, const OcrWord& b) {
        return a.line != b.line ? a.line < b.line : a.box.left() < b.box.left();
    });
    for (OcrWord& w : words)
        w.box = mapBox(page, w.box.left(), w.box.top(), w.box.right(), w.box.bottom());
    return words;
}

} // namespace sohoa::ocr::detail
