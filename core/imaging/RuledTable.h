#pragma once

#include "core/imaging/Pix.h"

#include <QList>
#include <QRect>
#include <optional>

namespace sohoa::imaging {

// The ruled grid of a table printed on a binary page: long straight rules
// found by morphology (an opening with a line a few letters long keeps rules
// and drops letters), vertical rules that run together over the same rows,
// and the horizontal rules that cross them. A table whose data rows are not
// ruled apart has only its outer and header rules: a cell then holds several
// lines of text.
struct RuledGrid {
    QList<int> rules;   // y of the horizontal rules, top to bottom, in the page's pixels
    QList<int> columns; // x of the vertical rules, left to right
    int thickness = 1;  // of the rules, in pixels

    int rowCount() const { return rules.size() > 1 ? int(rules.size()) - 1 : 0; }
    int columnCount() const { return columns.size() > 1 ? int(columns.size()) - 1 : 0; }
    // The inside of a cell, the rules around it left out.
    QRect cell(int row, int column) const;
};

// The grid of the largest ruled table inside `area` of a 1 bpp page (the whole
// page when `area` is empty), or nothing: at least three vertical rules (two
// columns) standing over the same rows and two horizontal rules reaching
// across them. `markHeight`: the height of the page's letters in pixels (the
// rules must be longer than a few letters).
std::optional<RuledGrid> findRuledGrid(const Pix* binary, const QRect& area, double markHeight);

// A cell of a 1 bpp page cut out for reading on its own: the rules (and what
// is left of them at its edges) removed, null when the cell holds no marks.
PixPtr cellForReading(const Pix* binary, const RuledGrid& grid, int row, int column);

} // namespace sohoa::imaging
