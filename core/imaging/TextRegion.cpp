#include "imaging/TextRegion.h"

#include <QList>
#include <algorithm>
#include <cmath>
#include <leptonica/allheaders.h>

namespace sohoa::imaging {

namespace {

struct Mark {
    int x = 0, y = 0, w = 0, h = 0;
    double cx() const { return x + w / 2.0; }
    double cy() const { return y + h / 2.0; }
};

} // namespace

PixPtr textRegionForReading(const Pix* binary, double textHeight)
{
    if (!binary || pixGetDepth(const_cast<Pix*>(binary)) != 1)
        return nullptr;
    Pix* src = const_cast<Pix*>(binary);
    PixPtr out = adopt(pixCopy(nullptr, src));
    if (!out)
        return nullptr;
    const int height = pixGetHeight(src);
    Boxa* boxes = pixConnCompBB(src, 8);
    if (!boxes)
        return out;
    QList<Mark> marks;
    for (int i = 0; i < boxaGetCount(boxes); ++i) {
        Mark m;
        boxaGetBoxGeometry(boxes, i, &m.x, &m.y, &m.w, &m.h);
        marks.append(m);
    }
    boxaDestroy(&boxes);
    if (marks.isEmpty())
        return out;

    // Pieces of neighbouring lines cut by the crop.
    for (const Mark& m : marks) {
        const bool top = m.y <= 0 && m.y + m.h < 0.4 * height;
        const bool bottom = m.y + m.h >= height && m.y > 0.6 * height;
        if (!top && !bottom)
            continue;
        BOX* b = boxCreate(m.x, m.y, m.w, m.h);
        pixClearInRect(out.get(), b);
        boxDestroy(&b);
    }

    double letter = textHeight;
    if (letter <= 0) {
        // The tall end of the marks (a leader's many dots are the short end).
        QList<int> heights;
        for (const Mark& m : marks)
            heights.append(m.h);
        std::sort(heights.begin(), heights.end());
        letter = heights[int((heights.size() - 1) * 0.9)];
    }
    if (letter < 8)
        return out; // too small to tell dots from letters
    const double small = 0.25 * letter;
    QList<Mark> dots;
    for (const Mark& m : marks)
        if (m.w <= small && m.h <= small)
            dots.append(m);
    std::sort(dots.begin(), dots.end(), [](const Mark& a, const Mark& b) { return a.x < b.x; });
    // Runs of dots on one level, each close to the last.
    QList<bool> used(dots.size(), false);
    for (int i = 0; i < dots.size(); ++i) {
        if (used[i])
            continue;
        QList<int> run{i};
        for (int j = i + 1; j < dots.size(); ++j) {
            const Mark& last = dots[run.last()];
            if (used[j] || std::abs(dots[j].cy() - last.cy()) > 0.12 * letter)
                continue;
            if (dots[j].x - (last.x + last.w) > 0.8 * letter)
                break;
            run.append(j);
        }
        if (run.size() < 5)
            continue;
        for (int k : run) {
            used[k] = true;
            BOX* b = boxCreate(dots[k].x, dots[k].y, dots[k].w, dots[k].h);
            pixClearInRect(out.get(), b);
            boxDestroy(&b);
        }
    }
    return out;
}

} // namespace sohoa::imaging
