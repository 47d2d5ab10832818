// The per-page reader: each label found -> the span of text after it that holds
// its field's value (on its line, the lines it wraps onto, a column or a cell).
#include "core/extraction/DocumentReader_p.h"
#include "core/extraction/PostCorrection.h"
#include "core/extraction/TextFold.h"
#include "core/extraction/ValueParsers.h"
#include "core/extraction/Vocabulary.h"

#include <QRegularExpression>
#include <algorithm>
#include <climits>
#include <cmath>

namespace sohoa::extraction::detail {

double DocumentReader::nextHitX(int hitIndex) const
{
    const LabelHit& h = m_hits[hitIndex];
    for (int i = hitIndex + 1; i < m_hits.size() && m_hits[i].row == h.row; ++i)
        return m_hits[i].x0;
    return kNoLimit;
}

// Where the lines of a wrapped value start: under the label, or under the item
// marker ("a)", "1.") that opens its line.
double DocumentReader::contLeftFor(const LabelHit& hit) const
{
    const Row& row = m_doc.rows[hit.row];
    const double lh = m_doc.pages[row.page].lineHeight;
    double x = hit.x0;
    bool onlyMarkers = true;
    // A caption's number beside other text on its line ("2b." of "... sinh   2b. Giới tính").
    static const QRegularExpression numbered(QStringLiteral("^[0-9]{1,2}[a-e]?\\.?$"));
    for (int p = 0; p < hit.first; ++p) {
        const Token& t = m_doc.tokens[row.tokens[p]];
        const bool number = t.colonAfter && numbered.match(t.text).hasMatch();
        if (!t.marker && !number && !t.leader && t.x1 > hit.x0 - 3 * lh)
            onlyMarkers = false;
    }
    if (onlyMarkers && hit.first > 0)
        for (int p = 0; p < hit.first; ++p)
            if (m_doc.tokens[row.tokens[p]].x1 > hit.x0 - 3 * lh)
                x = std::min(x, m_doc.tokens[row.tokens[p]].x0);
    return x - 0.6 * lh;
}

// Height of a row's printed words: the median middle of its tokens of a
// letter's height, so that specks and leader dots read as short "words" (on
// the baseline) do not pull a row down and part it from the line above.
double DocumentReader::textMiddle(const Row& row) const
{
    const double lh = m_doc.pages[row.page].lineHeight;
    QList<double> mids;
    for (int ti : row.tokens) {
        const Token& t = m_doc.tokens[ti];
        if (!t.leader && t.height() >= 0.5 * lh)
            mids.append(t.cy());
    }
    if (mids.isEmpty())
        return row.cy();
    std::sort(mids.begin(), mids.end());
    return mids[mids.size() / 2];
}

// What collect() carries from one row of a value to the next.
struct SpanCollect {
    Span span;
    int ownHit = -1;
    double lh = 0;
    QString mode;      // continuation hint: wrap, block or none
    QStringList stops; // folded words that end a value when they open a line
    bool sawLeader = false;
    bool ended = false; // the value met another label or a leader
    // The region the value's further lines are looked for in.
    double contLeft = 0, leftStop = 0, segLeft = 0, regionRight = 0, wrapRight = 0;
    double lastRight = 0, blockLeft = 0;
    bool cell = false; // the value stands in its own cell or column
};

// A value typed over a dotted line has bits of the dots between its words:
// a short leader with a word of the value right after it does not end it.
bool DocumentReader::dotsInsideValue(const Row& r, int pos, double toX, double lh) const
{
    const Token& t = m_doc.tokens[r.tokens[pos]];
    if (t.x1 - t.x0 > 1.5 * lh || pos + 1 >= r.tokens.size())
        return false;
    const int ni = r.tokens[pos + 1];
    const Token& next = m_doc.tokens[ni];
    return !next.leader && next.cx() < toX && next.x0 - t.x1 < 0.8 * lh && !m_hitOfToken.contains(ni) &&
           next.conf >= 0.75 && next.key.size() >= 2;
}

// Reads the tokens of one row between x bounds into c.span; c.ended when the value ended there.
void DocumentReader::takeRow(SpanCollect& c, const Row& r, double fromX, double toX, bool first) const
{
    Span& span = c.span;
    const double lh = c.lh;
    bool bounded = false; // stopped at toX (the next label on the line)
    for (int pos = 0; pos < r.tokens.size(); ++pos) {
        const int ti = r.tokens[pos];
        const Token& t = m_doc.tokens[ti];
        if (t.x1 <= fromX || t.x0 < fromX - 0.5 * lh)
            continue;
        if (t.cx() >= toX) {
            bounded = true;
            break;
        }
        const int h = m_hitOfToken.value(ti, -1);
        if (h >= 0 && h != c.ownHit) {
            c.ended = true;
            break;
        }
        if (h == c.ownHit)
            continue;
        if (t.leader) {
            c.sawLeader = true;
            if (!span.tokens.isEmpty() && dotsInsideValue(r, int(pos), toX, lh))
                continue;
            if (!span.tokens.isEmpty() || !first) {
                c.ended = true;
                break;
            }
            continue;
        }
        span.tokens.append(ti);
    }
    // An item marker ("b)") before the next label is not part of the value.
    if ((c.ended || (bounded && toX < kNoLimit)) && !span.tokens.isEmpty()) {
        static const QRegularExpression marker(
            QStringLiteral("^(?:[a-hA-H]|[0-9]{1,2}[a-e]?|[IVX]{1,4})[.)]$"));
        // Numbered captions read without their dot ("3b" of "3b. Quốc tịch").
        static const QRegularExpression numbered(QStringLiteral("^[0-9]{1,2}[a-e]$"));
        const Token& last = m_doc.tokens[span.tokens.last()];
        if (marker.match(last.text).hasMatch() || (last.colonAfter && numbered.match(last.text).hasMatch()))
            span.tokens.removeLast();
    }
}

// Values typed onto a printed form by another printer sit a little off
// its line (shifted, slightly turned): the OCR may give them a row of
// their own just above or below the label's. Such a row is much closer
// than the next printed line. The row the value was read from (rowIndex when none).
int DocumentReader::shiftedValueRow(SpanCollect& c, int rowIndex, double startX, double endX,
                                    double contLeft) const
{
    const Row& row = m_doc.rows[rowIndex];
    const double mid = textMiddle(row);
    for (int d : {1, -1, 2, -2}) {
        const int r = rowIndex + d;
        if (r < 0 || r >= m_doc.rows.size() || m_doc.rows[r].page != row.page)
            continue;
        const Row& near = m_doc.rows[r];
        if (std::abs(textMiddle(near) - mid) > 0.75 * c.lh)
            continue;
        bool otherLabel = false;
        for (int ti : near.tokens) {
            const Token& t = m_doc.tokens[ti];
            if (t.cx() > startX && t.cx() < endX && m_hitOfToken.value(ti, c.ownHit) != c.ownHit)
                otherLabel = true;
            // Words under the label itself: a value on the line below its caption, not one off its line.
            if (!t.leader && t.cx() >= contLeft && t.cx() <= startX && m_hitOfToken.value(ti, -1) != c.ownHit)
                otherLabel = true;
        }
        if (otherLabel)
            continue;
        const bool leaderBefore = c.sawLeader;
        takeRow(c, near, startX, endX, true);
        c.sawLeader = leaderBefore || c.sawLeader;
        if (!c.span.tokens.isEmpty()) {
            c.span.shifted = true;
            return r;
        }
    }
    return rowIndex;
}

// The next row below lastRow with text in the value's region, or -1 when the
// region ends first (a new table row, a new item, a gap, another page).
int DocumentReader::nextValueRow(const SpanCollect& c, int lastRow, int page) const
{
    const Row& prev = m_doc.rows[lastRow];
    for (int r = lastRow + 1; r < m_doc.rows.size(); ++r) {
        const Row& cand = m_doc.rows[r];
        if (cand.page != page || textMiddle(cand) - textMiddle(prev) > 2.3 * c.lh)
            return -1;
        bool inRegion = false;
        for (int ti : cand.tokens) {
            const Token& t = m_doc.tokens[ti];
            if (t.leader || m_hitOfToken.value(ti, -1) == c.ownHit)
                continue;
            if (t.x1 <= c.leftStop)
                return -1;
            if (t.cx() >= c.segLeft && t.cx() < c.regionRight)
                inRegion = true;
            else if (c.cell && t.cx() >= c.contLeft && t.cx() < c.segLeft)
                return -1; // the label column goes on: a new row of the table
        }
        if (inRegion)
            return r;
    }
    return -1;
}

// Whether seg, the tokens of row cont in the value's region, goes on with the value.
bool DocumentReader::continuesValue(const SpanCollect& c, const Row& cont, const QList<int>& seg) const
{
    const double lh = c.lh;
    const Token& first = m_doc.tokens[seg.first()];
    // A wrapped line starts a line or a column, never in the middle of other text.
    const qsizetype pos = cont.tokens.indexOf(seg.first());
    if (pos > 0 && first.x0 - m_doc.tokens[cont.tokens[pos - 1]].x1 < 1.0 * lh &&
        m_hitOfToken.value(cont.tokens[pos - 1], -1) != c.ownHit)
        return false;
    if (first.marker || m_hitOfToken.contains(seg.first()) || first.leader)
        return false;
    // An unknown label ("Người đi khai sinh:") opens its own line.
    for (int k = 0; k < seg.size() && k < 7; ++k) {
        const Token& t = m_doc.tokens[seg[k]];
        if (m_hitOfToken.contains(seg[k]))
            break;
        bool digits = false;
        for (QChar ch : t.text)
            digits |= ch.isDigit();
        if (digits)
            break;
        // "(CLN):" closes a code in brackets, not a label.
        if (t.strongColon && !t.text.startsWith(QLatin1Char('(')))
            return false;
    }
    // A stop is whole words opening the line: "Q." (acting for) stops, "QUẬN" does not.
    QString segKey;
    for (int k = 0; k < seg.size(); ++k) {
        segKey += m_doc.tokens[seg[k]].key;
        for (const QString& s : c.stops)
            if (!s.isEmpty() && segKey == s)
                return false;
    }
    if (c.mode == QLatin1String("block")) {
        // Lines of a centred block overlap the first line.
        const double x0 = first.x0, x1 = m_doc.tokens[seg.last()].x1;
        const double overlap = std::min(x1, c.lastRight) - std::max(x0, c.blockLeft);
        return !(overlap < 0.4 * std::min(x1 - x0, c.lastRight - c.blockLeft));
    }
    // A value wraps when its next word did not fit on the line.
    if (first.x0 - c.segLeft > 3.0 * lh)
        return false;
    // Typesetting may also keep words together or leave a gutter: when the next line
    // starts exactly under the value's block, a shorter line still wraps.
    const double remaining = c.wrapRight - c.lastRight;
    const double regionWidth = c.wrapRight - c.segLeft;
    const bool fits = remaining > (first.x1 - first.x0) + 1.5 * lh;
    // In a cell of its own, a line that starts right under the value and
    // shares no row with the label column's next row goes on with the value.
    const bool aligned = (first.x0 - c.segLeft < 1.6 * lh && remaining < 0.3 * regionWidth) ||
                         (c.cell && std::abs(first.x0 - c.blockLeft) < 0.8 * lh);
    return !(!c.span.tokens.isEmpty() && fits && !aligned);
}

// The value after a label: tokens to the right on its row up to the next label,
// a leader or endX; then the lines it wraps onto, in [contLeft, endX). A line
// with text left of leftStop (a new table row, a new item) ends the value.
Span DocumentReader::collect(int rowIndex, double startX, double endX, double contLeft, double leftStop,
                             const QJsonObject& hints, int ownHit) const
{
    SpanCollect c;
    Span& span = c.span;
    const Row& row = m_doc.rows[rowIndex];
    const PageGeometry& geo = m_doc.pages[row.page];
    const double lh = geo.lineHeight;
    c.lh = lh;
    c.ownHit = ownHit;
    c.mode = hints.value(QLatin1String("continuation")).toString(QStringLiteral("wrap"));
    const int maxLines =
        hints.value(QLatin1String("max_lines")).toInt(c.mode == QLatin1String("block") ? 2 : 3);
    for (const QString& s : strings(hints.value(QLatin1String("stop"))))
        c.stops.append(foldKey(s));

    takeRow(c, row, startX, endX, true);
    span.lines = 1;
    int valueRow = rowIndex;
    if (span.tokens.isEmpty())
        valueRow = shiftedValueRow(c, rowIndex, startX, endX, contLeft);
    if (span.tokens.isEmpty() && c.sawLeader) {
        span.blank = true;
        return span;
    }
    // A caption with the next caption beside it on its line ("3a. Dân tộc   3b. Quốc
    // tịch"): its value is on the line below, in its own column.
    bool caption = false;
    if (span.tokens.isEmpty() && endX < kNoLimit) {
        c.ended = false;
        caption = true;
        // The value's column ends where the next caption's number starts.
        for (int pos = 1; pos < row.tokens.size(); ++pos) {
            const Token& t = m_doc.tokens[row.tokens[pos]];
            if (t.cx() < endX)
                continue;
            const Token& before = m_doc.tokens[row.tokens[pos - 1]];
            if (before.x0 > startX && (before.marker || before.colonAfter) && before.key.size() <= 3)
                endX = std::min(endX, before.x0 - 0.3 * lh);
            break;
        }
    }
    if (c.ended || c.mode == QLatin1String("none") || maxLines <= 1)
        return span;

    c.regionRight = endX < kNoLimit ? endX : std::max(geo.textRight, row.x1);
    // Where a line of the value would have had to stop: whether the next word
    // fitted there tells a wrap, even when a line runs past it (below).
    c.wrapRight = c.regionRight;
    c.lastRight = span.tokens.isEmpty() ? startX : m_doc.tokens[span.tokens.last()].x1;
    c.blockLeft = span.tokens.isEmpty() ? startX : m_doc.tokens[span.tokens.first()].x0;
    // A value standing in its own cell or column, well right of its label (a
    // ruled table, a tab stop): its wrapped lines go on under the value, and
    // text in the label's column below is the label's, not the value's.
    c.cell = !span.tokens.isEmpty() && c.blockLeft - startX > 2.0 * lh;
    c.contLeft = contLeft;
    c.leftStop = leftStop;
    // A caption right of another on its line ("2a. Ngày sinh   2b. Giới tính") with
    // nothing after it: its value is under it, beside the other caption's value.
    if (span.tokens.isEmpty() && ownHit >= 0 && m_hits[ownHit].first > 0) {
        const Row& own = m_doc.rows[m_hits[ownHit].row];
        const double left = contLeftFor(m_hits[ownHit]);
        bool textBefore = false;
        for (int p = 0; p < m_hits[ownHit].first; ++p)
            textBefore |= m_doc.tokens[own.tokens[p]].x1 < left - 2 * lh;
        if (textBefore) {
            caption = true;
            c.leftStop = -kNoLimit;
        }
    }
    c.segLeft = c.cell ? c.blockLeft - 0.8 * lh : contLeft;
    // A value under its caption starts under the caption, not at the column's edge.
    if (caption && ownHit >= 0)
        c.segLeft = std::max(c.segLeft, contLeftFor(m_hits[ownHit]));
    int lastRow = std::max(rowIndex, valueRow);
    for (int line = 1; line < maxLines; ++line) {
        const int next = nextValueRow(c, lastRow, row.page);
        if (next < 0) {
            if (c.mode == QLatin1String("wrap") && !span.tokens.isEmpty()) {
                span.openBelow = missedLineBelow(span, lastRow, contLeft, c.regionRight);
                span.openPage = row.page;
            }
            break;
        }
        const Row& cont = m_doc.rows[next];
        // Nothing bounds the value on the right: its line may run past the text
        // edge the page's other lines give (a long address under its caption).
        if (endX >= kNoLimit)
            c.regionRight = std::max(c.regionRight, cont.x1 + 1);
        QList<int> seg;
        for (int ti : cont.tokens) {
            const Token& t = m_doc.tokens[ti];
            if (t.cx() >= c.segLeft && t.cx() < c.regionRight && m_hitOfToken.value(ti, -1) != ownHit)
                seg.append(ti);
        }
        if (seg.isEmpty() || !continuesValue(c, cont, seg))
            break;
        const int before = int(span.tokens.size());
        takeRow(c, cont, c.segLeft, c.regionRight, false);
        if (span.tokens.size() == before)
            break;
        ++span.lines;
        lastRow = next;
        c.lastRight = m_doc.tokens[span.tokens.last()].x1;
        if (c.ended)
            break;
    }
    return span;
}

// A wrapped value whose next line OCR did not return (a short word before a
// dotted leader can be taken for part of the leader): the value fills its line
// up to the edge, nothing follows it there, and the next row below stands
// about two lines down. The band where the missing line would be, or nothing.
QRectF DocumentReader::missedLineBelow(const Span& span, int lastRow, double contLeft,
                                       double regionRight) const
{
    const Row& prev = m_doc.rows[lastRow];
    const PageGeometry& geo = m_doc.pages[prev.page];
    const double lh = geo.lineHeight;
    const Token& last = m_doc.tokens[span.tokens.last()];
    if (last.row != lastRow || regionRight - last.x1 > 4.0 * lh)
        return {};
    // A value that ends with a full stop ended on its line.
    if (last.text.endsWith(QLatin1Char('.')) || last.text.endsWith(QChar(0x2026)))
        return {};
    for (int ti : prev.tokens) {
        const Token& t = m_doc.tokens[ti];
        if (t.x0 > last.x1 - 1 && t.cx() < regionRight && ti != span.tokens.last())
            return {}; // a leader or other words after it: the value stopped before the edge
    }
    const double pitch = std::max(geo.linePitch, lh);
    for (int r = lastRow + 1; r < m_doc.rows.size(); ++r) {
        const Row& cand = m_doc.rows[r];
        if (cand.page != prev.page)
            return {};
        bool inRegion = false, words = false;
        for (int ti : cand.tokens) {
            const Token& t = m_doc.tokens[ti];
            inRegion |= !t.leader && t.cx() >= contLeft && t.cx() < regionRight;
            words |= !t.leader;
        }
        // A line read beside the value's column (the other spouse's wrapped
        // address): this column is blank there, not missed.
        if (!inRegion && words)
            return {};
        if (!inRegion)
            continue;
        const double gap = textMiddle(cand) - textMiddle(prev);
        // One or two lines missing, not the space before a signature block.
        if (gap < 1.6 * pitch || gap > 3.4 * pitch)
            return {};
        return QRectF(QPointF(contLeft, prev.y1 + 0.1 * lh), QPointF(regionRight, cand.y0 - 0.1 * lh));
    }
    return {};
}

QList<const LabelSpec*> DocumentReader::choose(const QList<const LabelSpec*>& cands) const
{
    QList<const LabelSpec*> open;
    QSet<QString> seen;
    for (const LabelSpec* s : cands) {
        if (seen.contains(s->field))
            continue;
        seen.insert(s->field);
        // A label that gave nothing (a heading read like a label, "ĐĂNG KÝ KHAI TỬ"
        // for "Nơi đăng ký khai tử") leaves its field to a later label; so does a blank
        // read after it (a leader after the heading) when the later label is read better.
        const FieldReading done = m_read.value(s->field);
        const bool betterLabel = m_hitIndex >= 0 && m_hits[m_hitIndex].quality > done.labelQuality;
        if (s->role == LabelSpec::Other || !done.filled ||
            (done.span.tokens.isEmpty() && (!done.span.blank || betterLabel)))
            open.append(s);
    }
    if (open.isEmpty())
        return {};
    std::sort(open.begin(), open.end(),
              [](const LabelSpec* a, const LabelSpec* b) { return a->order < b->order; });
    // One label printed for the first field of two parts of the form in turn ("Ông:" for
    // the holder, then for a co-holder), read only once: when a field printed after the
    // first one in its part was already read, the reading is past the first one's line
    // (OCR lost it), and this label opens the next part. Not when the label is read again
    // further on (a table row pairs the two parts: each has its own).
    if (open.size() == 2 && open[0]->role == LabelSpec::Value && open[1]->role == LabelSpec::Value &&
        open[0]->section != open[1]->section && !m_columns.found() && m_hitIndex >= 0) {
        bool readAgain = false;
        for (int h = 0; h < m_hits.size() && !readAgain; ++h)
            readAgain = h != m_hitIndex && m_hits[h].key == m_hits[m_hitIndex].key;
        bool passed = false;
        for (auto it = m_read.cbegin(); it != m_read.cend() && !passed && !readAgain; ++it)
            passed = it->label && !it->span.tokens.isEmpty() && it->label->section == open[0]->section &&
                     it->label->order > open[0]->order && it->label->order < open[1]->order;
        if (passed)
            open.removeFirst();
    }
    QList<const LabelSpec*> pool;
    for (const LabelSpec* s : open)
        if (!m_section.isEmpty() && s->section == m_section)
            pool.append(s);
    if (pool.isEmpty()) {
        const QString section = open.first()->section;
        for (const LabelSpec* s : open)
            if (s->section == section)
                pool.append(s);
    }
    // One field per kind of value: "Đã chết vào lúc" gives a time and a date, "Dân tộc" one ethnicity.
    QList<const LabelSpec*> out;
    QSet<int> kinds;
    for (const LabelSpec* s : pool) {
        const FieldDef* f = def(s->field);
        const int kind = f ? int(f->kind) : -1;
        if (kinds.contains(kind))
            continue;
        kinds.insert(kind);
        out.append(s);
    }
    return out;
}

void DocumentReader::take(const QList<const LabelSpec*>& chosen, const Span& span, const LabelHit& hit)
{
    for (const LabelSpec* s : chosen) {
        if (s->role == LabelSpec::Other) {
            if (!s->section.isEmpty())
                m_section = s->section;
            continue;
        }
        FieldReading& r = m_read[s->field];
        r.filled = true;
        r.span = span;
        r.label = s;
        r.labelQuality = hit.quality;
        m_assignedOrder.append(s->field);
        m_section = s->section;
    }
}

void DocumentReader::assign()
{
    for (int hi = 0; hi < m_hits.size(); ++hi) {
        m_hitIndex = hi;
        const LabelHit& hit = m_hits[hi];
        const Row& row = m_doc.rows[hit.row];
        const double lh = m_doc.pages[row.page].lineHeight;
        QList<const LabelSpec*> values, words;
        for (int si : hit.specs) {
            const LabelSpec& s = m_specs[si];
            if (s.role == LabelSpec::Words)
                words.append(&s);
            else
                values.append(&s);
        }
        const double endX = nextHitX(hi);
        // The value printed again in words belongs to the latest field that prints one.
        if (!words.isEmpty() && values.isEmpty()) {
            for (int k = int(m_assignedOrder.size()) - 1; k >= 0; --k) {
                const QString f = m_assignedOrder[k];
                bool match = false;
                for (const LabelSpec* w : words)
                    match |= w->field == f;
                if (!match)
                    continue;
                FieldReading& r = m_read[f];
                // Words after the value on the same line ("...: 12/03/2006 ghi bằng chữ: ...")
                // wrap to where that line starts.
                const double lineLeft =
                    std::min(contLeftFor(hit), m_doc.tokens[row.tokens.first()].x0 - 0.6 * lh);
                if (r.words.tokens.isEmpty())
                    r.words = collect(hit.row, hit.x1, endX, lineLeft, lineLeft, {}, hi);
                break;
            }
            continue;
        }
        // Columns: a row label in a table gives one value per column; a label under a
        // column header belongs to that column.
        bool columnLabel = false;
        for (const LabelSpec* s : values)
            columnLabel |= m_columnGroups.contains(s->section);
        if (columnLabel && m_columns.found() && row.page == m_columns.page &&
            row.y0 >= m_columns.top - 0.5 * lh) {
            if (hit.x1 <= m_columns.cols.first().x0 + lh) {
                for (const Column& col : m_columns.cols) {
                    QList<const LabelSpec*> cands;
                    for (const LabelSpec* s : values)
                        if (s->section == col.group)
                            cands.append(s);
                    const QList<const LabelSpec*> chosen = choose(cands);
                    if (chosen.isEmpty())
                        continue;
                    const FieldDef* f = def(chosen.first()->field);
                    const Span span = collect(hit.row, col.x0, col.x1, col.x0, m_columns.cols.first().x0,
                                              f ? f->extraction : QJsonObject(), hi);
                    take(chosen, span, hit);
                }
                continue;
            }
            const int k = m_columns.at(hit.x0 + 0.5 * lh);
            if (k >= 0) {
                const Column& col = m_columns.cols[k];
                QList<const LabelSpec*> cands;
                for (const LabelSpec* s : values)
                    if (s->section == col.group || !m_columnGroups.contains(s->section))
                        cands.append(s);
                const QList<const LabelSpec*> chosen = choose(cands);
                if (chosen.isEmpty())
                    continue;
                const FieldDef* f = def(chosen.first()->field);
                const Span span = collect(hit.row, hit.x1, std::min(endX, col.x1), col.x0, -kNoLimit,
                                          f ? f->extraction : QJsonObject(), hi);
                take(chosen, span, hit);
                continue;
            }
        }
        const QList<const LabelSpec*> chosen = choose(values);
        if (chosen.isEmpty())
            continue;
        const FieldDef* f = chosen.first()->role == LabelSpec::Value ? def(chosen.first()->field) : nullptr;
        const double contLeft = contLeftFor(hit);
        const Span span =
            collect(hit.row, hit.x1, endX, contLeft, contLeft, f ? f->extraction : QJsonObject(), hi);
        take(chosen, span, hit);
    }
}

} // namespace sohoa::extraction::detail
