#include "core/imaging/RuledTable.h"

#include <algorithm>
#include <cmath>
#include <leptonica/allheaders.h>

namespace sohoa::imaging {

namespace {

// One rule: its extent along and its position across (the middle of its run).
struct Rule {
    int from = 0, to = 0; // along the rule
    int at = 0;           // across it (the middle of its run, on average)
    int atEnd = 0;        // across it at its far end (a tilted rule drifts)
    int thickness = 1;
    int length() const { return to - from; }
};

// The long straight runs of a binary image, along x (horizontal) or y. The
// image is first thickened across the runs by two pixels, so that a rule the
// photo left a pixel off straight over its length stays one run, and breaks
// up to `gap` long along them are closed; then an
// opening with a line `length` long keeps the rules and drops letters (no
// letter, nor a word with gaps between its letters, holds such a run).
QList<Rule> longRuns(Pix* binary, bool horizontal, int length, int gap)
{
    QList<Rule> out;
    PixPtr thick =
        adopt(horizontal ? pixDilateBrick(nullptr, binary, 1, 3) : pixDilateBrick(nullptr, binary, 3, 1));
    // Small breaks in a rule (faint print, a speck of paper) bridged.
    if (thick && gap > 1)
        thick = adopt(horizontal ? pixCloseBrick(nullptr, thick.get(), gap, 1)
                                 : pixCloseBrick(nullptr, thick.get(), 1, gap));
    if (!thick)
        return out;
    PixPtr open = adopt(horizontal ? pixOpenBrick(nullptr, thick.get(), length, 1)
                                   : pixOpenBrick(nullptr, thick.get(), 1, length));
    if (!open)
        return out;
    Boxa* boxes = pixConnCompBB(open.get(), 8);
    if (!boxes)
        return out;
    for (int i = 0; i < boxaGetCount(boxes); ++i) {
        l_int32 x = 0, y = 0, w = 0, h = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        Rule r;
        r.from = horizontal ? x : y;
        r.to = horizontal ? x + w : y + h;
        r.at = horizontal ? y + h / 2 : x + w / 2;
        r.atEnd = r.at;
        r.thickness = std::max(1, (horizontal ? h : w) - 2);
        out.append(r);
    }
    boxaDestroy(&boxes);
    return out;
}

// Pieces of one rule (broken by a faint stretch or a stamp, or cut by the
// opening where a tilted rule steps by a pixel) joined: a run that starts
// within `gap` of where another ends, on that one's level there.
QList<Rule> joinPieces(QList<Rule> runs, int level, int gap)
{
    std::sort(runs.begin(), runs.end(), [](const Rule& a, const Rule& b) { return a.from < b.from; });
    QList<Rule> out;
    for (const Rule& r : runs) {
        bool joined = false;
        for (Rule& o : out) {
            if (std::abs(o.atEnd - r.at) <= level && r.from <= o.to + gap && r.to > o.to) {
                const int oldLength = o.length();
                o.to = r.to;
                o.at = (o.at * oldLength + r.at * r.length()) / std::max(1, oldLength + r.length());
                o.atEnd = r.atEnd;
                o.thickness = std::max(o.thickness, r.thickness);
                joined = true;
                break;
            }
        }
        if (!joined)
            out.append(r);
    }
    return out;
}

int overlap(const Rule& a, const Rule& b)
{
    return std::min(a.to, b.to) - std::max(a.from, b.from);
}

// The largest set of vertical rules that stand over the same rows: each
// overlaps the set's longest rule by most of the shorter one's length.
QList<Rule> standingTogether(const QList<Rule>& verticals)
{
    QList<Rule> best;
    for (const Rule& seed : verticals) {
        QList<Rule> group;
        for (const Rule& v : verticals)
            if (overlap(seed, v) >= 0.7 * std::min(seed.length(), v.length()) &&
                std::min(seed.length(), v.length()) >= 0.5 * std::max(seed.length(), v.length()))
                group.append(v);
        if (group.size() > best.size())
            best = group;
    }
    std::sort(best.begin(), best.end(), [](const Rule& a, const Rule& b) { return a.at < b.at; });
    // One rule per position (a doubled frame line is one rule).
    QList<Rule> out;
    for (const Rule& v : best)
        if (out.isEmpty() || v.at - out.last().at > 3 * std::max(v.thickness, out.last().thickness))
            out.append(v);
    return out;
}

int median(QList<int> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

QRect RuledGrid::cell(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    const int inset = thickness / 2 + 2;
    return QRect(QPoint(columns[column] + inset, rules[row] + inset),
                 QPoint(columns[column + 1] - inset, rules[row + 1] - inset));
}

std::optional<RuledGrid> findRuledGrid(const Pix* page, const QRect& area, double markHeight)
{
    quietLeptonica();
    Pix* binary = const_cast<Pix*>(page);
    if (!binary || pixGetDepth(binary) != 1 || markHeight <= 0)
        return std::nullopt;
    const QRect whole(0, 0, pixGetWidth(binary), pixGetHeight(binary));
    const QRect box = area.isEmpty() ? whole : area.intersected(whole);
    if (box.width() < 8 * markHeight || box.height() < 4 * markHeight)
        return std::nullopt;
    BOX* clipBox = boxCreate(box.x(), box.y(), box.width(), box.height());
    PixPtr clip = adopt(pixClipRectangle(binary, clipBox, nullptr));
    boxDestroy(&clipBox);
    if (!clip)
        return std::nullopt;
    const int mark = int(std::lround(markHeight));
    // Rules longer than any letter: across the table at least eight letters
    // high, down it four (a table of two rows is more than that).
    QList<Rule> verticals = joinPieces(longRuns(clip.get(), false, 4 * mark, mark / 3), mark / 3 + 2, mark);
    verticals = standingTogether(verticals);

    if (verticals.size() < 3)
        return std::nullopt;
    QList<int> tops, bottoms;
    for (const Rule& v : verticals) {
        tops.append(v.from);
        bottoms.append(v.to);
    }
    const int top = median(tops), bottom = median(bottoms);
    const int left = verticals.first().at, right = verticals.last().at;
    QList<Rule> horizontals = joinPieces(longRuns(clip.get(), true, 8 * mark, mark / 3), mark / 3 + 2, mark);
    RuledGrid grid;
    QList<int> thickness;
    for (const Rule& v : verticals) {
        grid.columns.append(v.at + box.x());
        thickness.append(v.thickness);
    }
    std::sort(horizontals.begin(), horizontals.end(),
              [](const Rule& a, const Rule& b) { return a.at < b.at; });
    for (const Rule& h : horizontals) {
        if (h.at < top - mark || h.at > bottom + mark)
            continue;
        if (std::min(h.to, right) - std::max(h.from, left) < 0.8 * (right - left))
            continue; // a rule of another part of the page, or an underline
        if (!grid.rules.isEmpty() && h.at + box.y() - grid.rules.last() <= mark)
            continue; // a doubled line
        grid.rules.append(h.at + box.y());
        thickness.append(h.thickness);
    }
    // The frame's top or bottom rule lost (faint, cut by the crop): the
    // vertical rules still say where the table ends.
    if (grid.rules.isEmpty() || grid.rules.first() - box.y() > top + mark)
        grid.rules.prepend(top + box.y());
    if (grid.rules.last() - box.y() < bottom - mark)
        grid.rules.append(bottom + box.y());
    if (grid.rules.size() < 2)
        return std::nullopt;
    grid.thickness = std::max(1, median(thickness));
    return grid;
}

PixPtr cellForReading(const Pix* page, const RuledGrid& grid, int row, int column)
{
    quietLeptonica();
    Pix* binary = const_cast<Pix*>(page);
    const QRect cell =
        grid.cell(row, column).intersected(QRect(0, 0, pixGetWidth(binary), pixGetHeight(binary)));
    if (cell.width() < 4 || cell.height() < 4)
        return {};
    BOX* clipBox = boxCreate(cell.x(), cell.y(), cell.width(), cell.height());
    PixPtr clip = adopt(pixClipRectangle(binary, clipBox, nullptr));
    boxDestroy(&clipBox);
    if (!clip)
        return {};
    // What is left of the rules at the cell's edges (a rule not quite
    // straight enters the cell): runs along most of the cell, and thin marks
    // touching its edge.
    for (const bool horizontal : {true, false}) {
        const int length = int(0.6 * (horizontal ? cell.width() : cell.height()));
        if (length < 8)
            continue;
        PixPtr runs = adopt(horizontal ? pixOpenBrick(nullptr, clip.get(), length, 1)
                                       : pixOpenBrick(nullptr, clip.get(), 1, length));
        if (runs)
            pixSubtract(clip.get(), clip.get(), runs.get());
    }
    Boxa* boxes = nullptr;
    Pixa* parts = nullptr;
    boxes = pixConnComp(clip.get(), &parts, 8);
    if (!boxes || !parts) {
        boxaDestroy(&boxes);
        pixaDestroy(&parts);
        return {};
    }
    const int w = cell.width(), h = cell.height();
    const int thin = grid.thickness + 2;
    for (int i = 0; i < boxaGetCount(boxes); ++i) {
        l_int32 x = 0, y = 0, bw = 0, bh = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &bw, &bh);
        const bool touches = x <= 1 || y <= 1 || x + bw >= w - 1 || y + bh >= h - 1;
        if (touches && (bw <= thin || bh <= thin)) {
            Pix* piece = pixaGetPix(parts, i, L_CLONE);
            pixRasterop(clip.get(), x, y, bw, bh, PIX_SRC ^ PIX_DST, piece, 0, 0);
            pixDestroy(&piece);
        }
    }
    boxaDestroy(&boxes);
    pixaDestroy(&parts);
    l_int32 empty = 1;
    pixZero(clip.get(), &empty);
    return empty ? PixPtr() : std::move(clip);
}

} // namespace sohoa::imaging
