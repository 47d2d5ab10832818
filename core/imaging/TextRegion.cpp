#include "core/imaging/TextRegion.h"

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
    auto clear = [&](const Mark& m) {
        BOX* b = boxCreate(m.x, m.y, m.w, m.h);
        pixClearInRect(out.get(), b);
        boxDestroy(&b);
    };
    QList<QList<int>> runs;
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
            clear(dots[k]);
        }
        runs.append(run);
    }
    // The same leader goes on under words typed over it ("Số··837/GBT··do"):
    // its few dots between those words stand on a run's level and pitch.
    const int width = pixGetWidth(src);
    for (const QList<int>& run : std::as_const(runs)) {
        QList<double> levels, steps;
        for (int k = 0; k < run.size(); ++k) {
            levels.append(dots[run[k]].cy());
            if (k)
                steps.append(dots[run[k]].cx() - dots[run[k - 1]].cx());
        }
        std::sort(levels.begin(), levels.end());
        std::sort(steps.begin(), steps.end());
        const double level = levels[levels.size() / 2];
        // The dots' pitch is the run's common step (a dot may be missing);
        // measured over the whole run, since one step's rounding would drift along
        // the line. Dots cut by the crop's side have their middle moved.
        double step = 0;
        int single = 0; // steps of one pitch (not over a missing dot), averaged: pixels round
        for (double d : steps)
            if (d <= 1.5 * steps.first()) {
                step += d;
                ++single;
            }
        step = single ? step / single : 0;
        if (step < 0.5 * steps[steps.size() / 2])
            step = steps[steps.size() / 2]; // two specks side by side are no pitch
        auto whole = [&](const Mark& m) { return m.x > 0 && m.x + m.w < width; };
        int a = 0, z = int(run.size()) - 1;
        while (a < z && !whole(dots[run[a]]))
            ++a;
        while (z > a && !whole(dots[run[z]]))
            --z;
        const double span = dots[run[z]].cx() - dots[run[a]].cx();
        const double pitch = step > 0 ? span / std::max(1.0, std::round(span / step)) : 0;
        if (pitch < 2 || span < 3 * pitch)
            continue;
        const double origin = dots[run[a]].cx();
        for (int j = 0; j < dots.size(); ++j) {
            if (used[j] || std::abs(dots[j].cy() - level) > 0.12 * letter)
                continue;
            const double phase = std::fmod(std::abs(dots[j].cx() - origin), pitch);
            if (std::min(phase, pitch - phase) > 0.25 * pitch)
                continue;
            used[j] = true;
            clear(dots[j]);
        }
    }
    return out;
}

} // namespace sohoa::imaging
