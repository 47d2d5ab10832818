#include "core/extraction/Extractor.h"

#include "core/adminunits/AdminUnits.h"
#include "core/extraction/BlankForm.h"
#include "core/extraction/Classifier.h"
#include "core/extraction/Confidence.h"
#include "core/extraction/CoordinateTable.h"
#include "core/extraction/LabelFinder.h"
#include "core/extraction/PageModel.h"
#include "core/extraction/PostCorrection.h"
#include "core/extraction/TextFold.h"
#include "core/extraction/ValueParsers.h"
#include "core/extraction/Vocabulary.h"
#include "core/records/RecordType.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <climits>
#include <limits>

namespace sohoa::extraction {

using records::FieldDef;
using records::RecordType;
using records::ValueKind;

namespace {

constexpr double kNoLimit = std::numeric_limits<double>::max();

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

// Columns of a form printed side by side (marriage: husband | wife), found from
// their printed headers (type extraction hint "columns": {group: [headers]}).
struct Column {
    QString group;
    double x0 = 0, x1 = kNoLimit;
};
struct Columns {
    QList<Column> cols;
    int page = -1;
    double top = 0;
    bool found() const { return cols.size() >= 2; }
    int at(double x) const
    {
        for (int i = cols.size() - 1; i > 0; --i)
            if (x >= cols[i].x0)
                return i;
        return cols.isEmpty() ? -1 : 0;
    }
};

Columns findColumns(const DocumentModel& doc, const RecordType& type, const QList<LabelSpec>& typeSpecs,
                    const QList<LabelHit>& typeHits)
{
    Columns out;
    const QJsonObject spec = type.extraction.value(QLatin1String("columns")).toObject();
    if (spec.size() < 2)
        return out;
    QList<LabelSpec> specs;
    for (auto it = spec.constBegin(); it != spec.constEnd(); ++it) {
        for (const QString& printed : strings(it.value())) {
            LabelSpec s;
            s.field = it.key();
            s.role = LabelSpec::Other;
            s.printed = printed;
            s.key = foldKey(printed);
            s.needsColon = s.key.size() <= 5;
            specs.append(s);
        }
    }
    const QList<LabelHit> hits = findLabels(doc, specs);
    // The first row (reading order) where every column's header stands.
    for (int i = 0; i < hits.size(); ++i) {
        const Row& row = doc.rows[hits[i].row];
        const double lh = doc.pages[row.page].lineHeight;
        QHash<QString, const LabelHit*> found;
        for (const LabelHit& h : hits) {
            const Row& r2 = doc.rows[h.row];
            if (r2.page != row.page || std::abs(r2.cy() - row.cy()) > 1.5 * lh)
                continue;
            const QString group = specs[h.specs.first()].field;
            if (!found.contains(group))
                found.insert(group, &h);
        }
        if (found.size() < spec.size())
            continue;
        QList<const LabelHit*> ordered = found.values();
        std::sort(ordered.begin(), ordered.end(),
                  [](const LabelHit* a, const LabelHit* b) { return a->x0 < b->x0; });
        // Column edges: a column starts where its labels start (side-by-side
        // blocks, headers centred or indented); in a table, whose labels stand in
        // their own column on the left, where its header starts.
        QList<double> edges;
        for (int k = 1; k < ordered.size(); ++k) {
            const QString group = specs[ordered[k]->specs.first()].field;
            double edge = ordered[k]->x0 - 0.6 * lh;
            for (const LabelHit& h : typeHits) {
                const Row& hr = doc.rows[h.row];
                if (hr.page != row.page || hr.y0 < row.y1)
                    continue;
                bool inGroup = false;
                for (int si : h.specs)
                    inGroup |= typeSpecs[si].section == group;
                if (inGroup && h.x0 > ordered[k - 1]->x1 && h.x0 < ordered[k]->x1)
                    edge = std::min(edge, h.x0 - 0.3 * lh);
            }
            edges.append(edge);
        }
        // The first column reaches left to its labels when they stand under its header
        // (side-by-side blocks); a table's row labels stand wholly left of it.
        double firstLeft = ordered.first()->x0;
        for (const LabelHit& h : typeHits) {
            const Row& hr = doc.rows[h.row];
            if (hr.page != row.page || hr.y0 < row.y1 || h.x0 >= firstLeft ||
                h.x1 <= ordered.first()->x0 + lh)
                continue;
            bool inGroup = false;
            for (int si : h.specs)
                inGroup |= typeSpecs[si].section == specs[ordered.first()->specs.first()].field;
            if (inGroup)
                firstLeft = h.x0;
        }
        for (int k = 0; k < ordered.size(); ++k) {
            Column c;
            c.group = specs[ordered[k]->specs.first()].field;
            c.x0 = k == 0 ? firstLeft - 0.6 * lh : edges[k - 1];
            c.x1 = k + 1 < ordered.size() ? edges[k] : kNoLimit;
            out.cols.append(c);
        }
        out.page = row.page;
        out.top = row.y1;
        return out;
    }
    return out;
}

struct Span {
    QList<int> tokens;
    int lines = 0;
    bool blank = false; // the label stands before an empty dotted line
    // The value ran to the end of its line and the next line below was not
    // read (deskewed frame of page `openPage`): its rest may be there.
    QRectF openBelow;
    int openPage = -1;
    bool shifted = false; // read from a row just off the label's line (typed-in values)
};

struct FieldReading {
    bool filled = false; // a label of this field was used (even if its line was empty)
    Span span;
    Span words; // the value printed again in words
    const LabelSpec* label = nullptr;
    double labelQuality = 0;
};

class DocumentReader {
public:
    DocumentReader(const DocumentModel& doc, const RecordType& type, const TypeEvidence& evidence)
        : m_doc(doc)
        , m_type(type)
        , m_specs(evidence.specs)
        , m_hits(evidence.hits)
    {
        for (int h = 0; h < m_hits.size(); ++h) {
            const Row& row = m_doc.rows[m_hits[h].row];
            for (int p = m_hits[h].first; p < m_hits[h].last; ++p)
                m_hitOfToken.insert(row.tokens[p], h);
        }
        // A label's wrapped second line belongs to it unless it is a label of its own.
        for (int h = 0; h < m_hits.size(); ++h)
            for (int ti : m_hits[h].wrapTokens)
                if (!m_hitOfToken.contains(ti))
                    m_hitOfToken.insert(ti, h);
        m_columns = findColumns(doc, type, m_specs, m_hits);
        QSet<QString> colGroups;
        for (const Column& c : m_columns.cols)
            colGroups.insert(c.group);
        m_columnGroups = colGroups;
    }

    void assign();
    void locate();
    QMap<QString, FieldReading> readings() const { return m_read; }

    // Text and per-character confidences of a span.
    QString spanText(const Span& s) const
    {
        QString out;
        for (int ti : s.tokens) {
            if (!out.isEmpty())
                out.append(QLatin1Char(' '));
            out.append(m_doc.tokens[ti].text);
        }
        return out;
    }

    const DocumentModel& doc() const { return m_doc; }
    QMap<QString, QString> locatedText; // located fields: text that holds the value
    QMap<QString, QList<int>> locatedTokens;

private:
    Span collect(int row, double startX, double endX, double contLeft, double leftStop,
                 const QJsonObject& hints, int ownHit) const;
    QRectF missedLineBelow(const Span& span, int lastRow, double contLeft, double regionRight) const;
    // Values of the national standard an extract prints without a label of their own.
    Span phraseSpan(const FieldDef& f) const;
    Span signerSpan(const FieldDef& f, const QString& titles, Span* title) const;
    double contLeftFor(const LabelHit& hit) const;
    double textMiddle(const Row& row) const;
    double nextHitX(int hitIndex) const;
    QList<const LabelSpec*> choose(const QList<const LabelSpec*>& cands) const;
    void take(const QList<const LabelSpec*>& chosen, const Span& span, const LabelHit& hit);
    const FieldDef* def(const QString& key) const { return m_type.field(key); }

    const DocumentModel& m_doc;
    const RecordType& m_type;
    const QList<LabelSpec>& m_specs;
    const QList<LabelHit>& m_hits;
    QHash<int, int> m_hitOfToken;
    Columns m_columns;
    QSet<QString> m_columnGroups;
    QMap<QString, FieldReading> m_read;
    QString m_section;
    QStringList m_assignedOrder; // fields in the order their labels were read
};

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

// The value after a label: tokens to the right on its row up to the next label,
// a leader or endX; then the lines it wraps onto, in [contLeft, endX). A line
// with text left of leftStop (a new table row, a new item) ends the value.
Span DocumentReader::collect(int rowIndex, double startX, double endX, double contLeft, double leftStop,
                             const QJsonObject& hints, int ownHit) const
{
    Span span;
    const Row& row = m_doc.rows[rowIndex];
    const PageGeometry& geo = m_doc.pages[row.page];
    const double lh = geo.lineHeight;
    const QString mode = hints.value(QLatin1String("continuation")).toString(QStringLiteral("wrap"));
    const int maxLines =
        hints.value(QLatin1String("max_lines")).toInt(mode == QLatin1String("block") ? 2 : 3);
    QStringList stops;
    for (const QString& s : strings(hints.value(QLatin1String("stop"))))
        stops.append(foldKey(s));

    bool sawLeader = false;
    bool ended = false;
    // Reads the tokens of one row between x bounds; false when the value ended there.
    // A value typed over a dotted line has bits of the dots between its words:
    // a short leader with a word of the value right after it does not end it.
    auto dotsInsideValue = [&](const Row& r, int pos, double toX) {
        const Token& t = m_doc.tokens[r.tokens[pos]];
        if (t.x1 - t.x0 > 1.5 * lh || pos + 1 >= r.tokens.size())
            return false;
        const int ni = r.tokens[pos + 1];
        const Token& next = m_doc.tokens[ni];
        return !next.leader && next.cx() < toX && next.x0 - t.x1 < 0.8 * lh && !m_hitOfToken.contains(ni) &&
               next.conf >= 0.75 && next.key.size() >= 2;
    };
    auto takeRow = [&](const Row& r, double fromX, double toX, bool first) {
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
            if (h >= 0 && h != ownHit) {
                ended = true;
                break;
            }
            if (h == ownHit)
                continue;
            if (t.leader) {
                sawLeader = true;
                if (!span.tokens.isEmpty() && dotsInsideValue(r, int(pos), toX))
                    continue;
                if (!span.tokens.isEmpty() || !first) {
                    ended = true;
                    break;
                }
                continue;
            }
            span.tokens.append(ti);
        }
        // An item marker ("b)") before the next label is not part of the value.
        if ((ended || (bounded && toX < kNoLimit)) && !span.tokens.isEmpty()) {
            static const QRegularExpression marker(
                QStringLiteral("^(?:[a-hA-H]|[0-9]{1,2}[a-e]?|[IVX]{1,4})[.)]$"));
            // Numbered captions read without their dot ("3b" of "3b. Quốc tịch").
            static const QRegularExpression numbered(QStringLiteral("^[0-9]{1,2}[a-e]$"));
            const Token& last = m_doc.tokens[span.tokens.last()];
            if (marker.match(last.text).hasMatch() ||
                (last.colonAfter && numbered.match(last.text).hasMatch()))
                span.tokens.removeLast();
        }
    };
    takeRow(row, startX, endX, true);
    span.lines = 1;
    int valueRow = rowIndex;
    if (span.tokens.isEmpty()) {
        // Values typed onto a printed form by another printer sit a little off
        // its line (shifted, slightly turned): the OCR may give them a row of
        // their own just above or below the label's. Such a row is much closer
        // than the next printed line.
        const double mid = textMiddle(row);
        for (int d : {1, -1, 2, -2}) {
            const int r = rowIndex + d;
            if (r < 0 || r >= m_doc.rows.size() || m_doc.rows[r].page != row.page)
                continue;
            const Row& near = m_doc.rows[r];
            if (std::abs(textMiddle(near) - mid) > 0.75 * lh)
                continue;
            bool otherLabel = false;
            for (int ti : near.tokens) {
                const Token& t = m_doc.tokens[ti];
                if (t.cx() > startX && t.cx() < endX && m_hitOfToken.value(ti, ownHit) != ownHit)
                    otherLabel = true;
                // Words under the label itself: a value on the line below its caption, not one off its line.
                if (!t.leader && t.cx() >= contLeft && t.cx() <= startX &&
                    m_hitOfToken.value(ti, -1) != ownHit)
                    otherLabel = true;
            }
            if (otherLabel)
                continue;
            const bool leaderBefore = sawLeader;
            takeRow(near, startX, endX, true);
            sawLeader = leaderBefore || sawLeader;
            if (!span.tokens.isEmpty()) {
                valueRow = r;
                span.shifted = true;
                break;
            }
        }
    }
    if (span.tokens.isEmpty() && sawLeader) {
        span.blank = true;
        return span;
    }
    // A caption with the next caption beside it on its line ("3a. Dân tộc   3b. Quốc
    // tịch"): its value is on the line below, in its own column.
    bool caption = false;
    if (span.tokens.isEmpty() && endX < kNoLimit) {
        ended = false;
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
    if (ended || mode == QLatin1String("none") || maxLines <= 1)
        return span;

    double regionRight = endX < kNoLimit ? endX : std::max(geo.textRight, row.x1);
    // Where a line of the value would have had to stop: whether the next word
    // fitted there tells a wrap, even when a line runs past it (below).
    const double wrapRight = regionRight;
    double lastRight = span.tokens.isEmpty() ? startX : m_doc.tokens[span.tokens.last()].x1;
    double blockLeft = span.tokens.isEmpty() ? startX : m_doc.tokens[span.tokens.first()].x0;
    // A value standing in its own cell or column, well right of its label (a
    // ruled table, a tab stop): its wrapped lines go on under the value, and
    // text in the label's column below is the label's, not the value's.
    const bool cell = !span.tokens.isEmpty() && blockLeft - startX > 2.0 * lh;
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
            leftStop = -kNoLimit;
        }
    }
    double segLeft = cell ? blockLeft - 0.8 * lh : contLeft;
    // A value under its caption starts under the caption, not at the column's edge.
    if (caption && ownHit >= 0)
        segLeft = std::max(segLeft, contLeftFor(m_hits[ownHit]));
    int lastRow = std::max(rowIndex, valueRow);
    for (int line = 1; line < maxLines; ++line) {
        const Row& prev = m_doc.rows[lastRow];
        int next = -1;
        bool blocked = false;
        for (int r = lastRow + 1; r < m_doc.rows.size() && !blocked; ++r) {
            const Row& cand = m_doc.rows[r];
            if (cand.page != row.page || textMiddle(cand) - textMiddle(prev) > 2.3 * lh)
                break;
            bool inRegion = false;
            for (int ti : cand.tokens) {
                const Token& t = m_doc.tokens[ti];
                if (t.leader || m_hitOfToken.value(ti, -1) == ownHit)
                    continue;
                if (t.x1 <= leftStop) {
                    blocked = true;
                    break;
                }
                if (t.cx() >= segLeft && t.cx() < regionRight)
                    inRegion = true;
                else if (cell && t.cx() >= contLeft && t.cx() < segLeft) {
                    blocked = true; // the label column goes on: a new row of the table
                    break;
                }
            }
            if (inRegion && !blocked) {
                next = r;
                break;
            }
        }
        if (next < 0) {
            if (mode == QLatin1String("wrap") && !span.tokens.isEmpty()) {
                span.openBelow = missedLineBelow(span, lastRow, contLeft, regionRight);
                span.openPage = row.page;
            }
            break;
        }
        const Row& cont = m_doc.rows[next];
        // Nothing bounds the value on the right: its line may run past the text
        // edge the page's other lines give (a long address under its caption).
        if (endX >= kNoLimit)
            regionRight = std::max(regionRight, cont.x1 + 1);
        QList<int> seg;
        for (int ti : cont.tokens) {
            const Token& t = m_doc.tokens[ti];
            if (t.cx() >= segLeft && t.cx() < regionRight && m_hitOfToken.value(ti, -1) != ownHit)
                seg.append(ti);
        }
        if (seg.isEmpty())
            break;
        const Token& first = m_doc.tokens[seg.first()];
        // A wrapped line starts a line or a column, never in the middle of other text.
        const qsizetype pos = cont.tokens.indexOf(seg.first());
        if (pos > 0 && first.x0 - m_doc.tokens[cont.tokens[pos - 1]].x1 < 1.0 * lh &&
            m_hitOfToken.value(cont.tokens[pos - 1], -1) != ownHit)
            break;
        if (first.marker || m_hitOfToken.contains(seg.first()) || first.leader)
            break;
        // An unknown label ("Người đi khai sinh:") opens its own line.
        bool labelLike = false;
        for (int k = 0; k < seg.size() && k < 7; ++k) {
            const Token& t = m_doc.tokens[seg[k]];
            if (m_hitOfToken.contains(seg[k]))
                break;
            bool digits = false;
            for (QChar c : t.text)
                digits |= c.isDigit();
            if (digits)
                break;
            // "(CLN):" closes a code in brackets, not a label.
            if (t.strongColon && !t.text.startsWith(QLatin1Char('('))) {
                labelLike = true;
                break;
            }
        }
        if (labelLike)
            break;
        // A stop is whole words opening the line: "Q." (acting for) stops, "QUẬN" does not.
        bool stop = false;
        QString segKey;
        for (int k = 0; k < seg.size() && !stop; ++k) {
            segKey += m_doc.tokens[seg[k]].key;
            for (const QString& s : stops)
                stop |= !s.isEmpty() && segKey == s;
        }
        if (stop)
            break;
        if (mode == QLatin1String("block")) {
            // Lines of a centred block overlap the first line.
            const double x0 = first.x0, x1 = m_doc.tokens[seg.last()].x1;
            const double overlap = std::min(x1, lastRight) - std::max(x0, blockLeft);
            if (overlap < 0.4 * std::min(x1 - x0, lastRight - blockLeft))
                break;
        } else {
            // A value wraps when its next word did not fit on the line.
            if (first.x0 - segLeft > 3.0 * lh)
                break;
            // Typesetting may also keep words together or leave a gutter: when the next line
            // starts exactly under the value's block, a shorter line still wraps.
            const double remaining = wrapRight - lastRight;
            const double regionWidth = wrapRight - segLeft;
            const bool fits = remaining > (first.x1 - first.x0) + 1.5 * lh;
            // In a cell of its own, a line that starts right under the value and
            // shares no row with the label column's next row goes on with the value.
            const bool aligned = (first.x0 - segLeft < 1.6 * lh && remaining < 0.3 * regionWidth) ||
                                 (cell && std::abs(first.x0 - blockLeft) < 0.8 * lh);
            if (!span.tokens.isEmpty() && fits && !aligned)
                break;
        }
        const int before = int(span.tokens.size());
        takeRow(cont, segLeft, regionRight, false);
        if (span.tokens.size() == before)
            break;
        ++span.lines;
        lastRow = next;
        lastRight = m_doc.tokens[span.tokens.last()].x1;
        if (ended)
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
        // for "Nơi đăng ký khai tử") leaves its field to a later label.
        const FieldReading done = m_read.value(s->field);
        if (s->role == LabelSpec::Other || !done.filled || (done.span.tokens.isEmpty() && !done.span.blank))
            open.append(s);
    }
    if (open.isEmpty())
        return {};
    std::sort(open.begin(), open.end(),
              [](const LabelSpec* a, const LabelSpec* b) { return a->order < b->order; });
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

// Values printed without a label of their own (type data says how to find them).
void DocumentReader::locate()
{
    QSet<int> labelledRows;
    for (const LabelHit& h : m_hits)
        labelledRows.insert(h.row);
    for (const FieldDef& f : m_type.fields) {
        if (m_read.value(f.key).filled)
            continue;
        const QString locator = f.extraction.value(QLatin1String("locator")).toString();
        if (locator.isEmpty())
            continue;
        if (locator == QLatin1String("phrase") || locator == QLatin1String("signer") ||
            locator == QLatin1String("signer_title")) {
            Span span;
            if (locator == QLatin1String("phrase")) {
                span = phraseSpan(f);
            } else {
                // The signer's name under the signature block, the title beside it.
                const FieldDef* name = nullptr;
                const FieldDef* title = nullptr;
                for (const FieldDef& g : m_type.fields) {
                    const QString l = g.extraction.value(QLatin1String("locator")).toString();
                    name = l == QLatin1String("signer") ? &g : name;
                    title = l == QLatin1String("signer_title") ? &g : title;
                }
                const QString titles =
                    title ? title->extraction.value(QLatin1String("vocabulary")).toString() : QString();
                Span titleSpan;
                const Span nameSpan = name ? signerSpan(*name, titles, &titleSpan) : Span();
                span = locator == QLatin1String("signer") ? nameSpan : titleSpan;
            }
            if (!span.tokens.isEmpty()) {
                FieldReading& rd = m_read[f.key];
                rd.filled = true;
                rd.span = span;
                rd.labelQuality = 0;
            }
            continue;
        }
        const int maxTokens = f.extraction.value(QLatin1String("max_row_tokens")).toInt(4);
        for (int r = 0; r < m_doc.rows.size(); ++r) {
            if (labelledRows.contains(r))
                continue;
            const Row& row = m_doc.rows[r];
            QList<int> toks;
            for (int ti : row.tokens)
                if (!m_doc.tokens[ti].leader)
                    toks.append(ti);
            if (toks.isEmpty())
                continue;
            Span span;
            span.tokens = toks;
            span.lines = 1;
            const QString text = spanText(span);
            bool hit = false;
            if (locator == QLatin1String("dateline")) {
                // "<place>, ngày D tháng M năm YYYY": the date line of an administrative paper.
                static const QRegularExpression rx(
                    QStringLiteral("^\\W*([^\\d,]{2,60}?)\\s*[,.]?\\s*ngay\\W*([0-9]{1,2})\\W*thang\\W*([0-9]"
                                   "{1,2})\\W*nam\\W*([0-9]{4})"));
                hit = rx.match(repairDigits(foldKeepPunctuation(text).toLower())).hasMatch();
            } else if (locator == QLatin1String("coordinate_table")) {
                // A parcel sketch's table of corner points: rows holding a point number
                // and two plane coordinates (VN-2000 metres: X of 6-7 digits, Y of 5-6,
                // with decimals). Every such row of the document, in printed order.
                // (A number whose decimal point OCR lost, 8-10 digits, gets it back from its column.)
                static const QRegularExpression coordinate(
                    QStringLiteral("^(?:[0-9]{5,7}[.,][0-9]{1,4}|[0-9]{8,10})$"));
                QList<int> found;
                int rows = 0;
                for (int r2 = r; r2 < m_doc.rows.size(); ++r2) {
                    QList<int> pair;
                    for (int ti : m_doc.rows[r2].tokens)
                        if (coordinate.match(repairDigits(m_doc.tokens[ti].text)).hasMatch())
                            pair.append(ti);
                    if (pair.size() == 2) {
                        found += pair;
                        ++rows;
                    }
                }
                if (rows >= 3) {
                    span.tokens = found;
                    span.lines = rows;
                    hit = true;
                }
            } else if (locator == QLatin1String("shape")) {
                if (toks.size() > maxTokens)
                    continue;
                hit = parseCode(text, strings(f.extraction.value(QLatin1String("shapes"))), QString()).ok;
            }
            if (hit) {
                FieldReading& rd = m_read[f.key];
                rd.filled = true;
                rd.span = span;
                rd.labelQuality = 0;
                break;
            }
            if (locator == QLatin1String("coordinate_table"))
                break; // the whole document was searched from its first free row
        }
    }
}

// A set phrase printed anywhere on the page, e.g. "(Đăng ký lại)" under the
// title of a re-registration extract: the tokens spelling one of the field's
// "value_map" phrases (one misread letter allowed in longer ones), the first
// such run of the document. Labels of other fields are not taken.
Span DocumentReader::phraseSpan(const FieldDef& f) const
{
    QStringList phrases;
    const QJsonObject map = f.extraction.value(QLatin1String("value_map")).toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        for (const QString& ph : strings(it.value()))
            if (const QString k = foldKey(ph); k.size() >= 6)
                phrases.append(k);
    Span out;
    if (phrases.isEmpty())
        return out;
    for (const Row& row : m_doc.rows) {
        QList<int> toks;
        for (int ti : row.tokens)
            if (!m_doc.tokens[ti].leader)
                toks.append(ti);
        for (int a = 0; a < toks.size(); ++a) {
            if (m_hitOfToken.contains(toks[a]))
                continue;
            QString run;
            for (int b = a; b < toks.size() && !m_hitOfToken.contains(toks[b]); ++b) {
                run += m_doc.tokens[toks[b]].key;
                for (const QString& ph : phrases) {
                    const int maxD = ph.size() >= 10 ? 1 : 0;
                    if (std::abs(int(run.size()) - int(ph.size())) <= maxD &&
                        editDistance(run, ph, maxD) <= maxD) {
                        out.tokens = toks.mid(a, b - a + 1);
                        out.lines = 1;
                        return out;
                    }
                }
                if (run.size() > 40)
                    break;
            }
        }
    }
    return out;
}

// The signer's name: the signature block is found by its printed words (the
// field's "anchors": "(Ký, ghi rõ họ, chữ đệm, tên, chức vụ, đóng dấu)",
// "TM. Ủy ban nhân dân", or a title of the `titles` phrase list) in the lower
// part of the document's last page; the name is the first line below it, in
// the block's column, made of two to six capitalised syllables. The title is
// the title line just under the name, else the nearest one above it.
Span DocumentReader::signerSpan(const FieldDef& f, const QString& titles, Span* title) const
{
    Span name;
    *title = Span();
    if (m_doc.rows.isEmpty())
        return name;
    const Vocabulary& vocab = Vocabulary::builtin();
    QStringList anchors;
    for (const QString& a : strings(f.extraction.value(QLatin1String("anchors"))))
        if (const QString k = foldKey(a); !k.isEmpty())
            anchors.append(k);
    const int page = m_doc.rows.last().page;
    const PageGeometry& geo = m_doc.pages[page];
    const double lh = geo.lineHeight;
    double pageTop = kNoLimit, pageBottom = 0;
    for (const Row& row : m_doc.rows)
        if (row.page == page) {
            pageTop = std::min(pageTop, row.y0);
            pageBottom = std::max(pageBottom, row.y1);
        }
    // Tokens of a row within [x0, x1] (not leaders), and their text.
    auto within = [&](const Row& row, double x0, double x1, QString* text) {
        QList<int> toks;
        QStringList words;
        for (int ti : row.tokens) {
            const Token& t = m_doc.tokens[ti];
            if (!t.leader && t.cx() >= x0 && t.cx() <= x1) {
                toks.append(ti);
                words.append(t.text);
            }
        }
        *text = words.join(QLatin1Char(' '));
        return toks;
    };
    auto isTitle = [&](const QString& text) {
        return !titles.isEmpty() && !vocab.snapToPhrase(text, titles).value.isEmpty();
    };
    auto isAnchor = [&](const QString& text) {
        const QString key = foldKey(text);
        for (const QString& a : anchors)
            if (key.contains(a))
                return true;
        return isTitle(text);
    };
    // The block: the first anchor line in the lower part of the page.
    int anchorRow = -1;
    double blockX0 = 0, blockX1 = 0;
    for (int r = 0; r < m_doc.rows.size(); ++r) {
        const Row& row = m_doc.rows[r];
        if (row.page != page || row.cy() < pageTop + 0.4 * (pageBottom - pageTop))
            continue;
        // The block stands on the right (side signatures of the declarants are on the left).
        const double mid = (geo.textLeft + geo.textRight) / 2;
        QString text;
        const QList<int> toks = within(row, mid - 2 * lh, kNoLimit, &text);
        if (toks.isEmpty())
            continue;
        if (!isAnchor(text))
            continue;
        anchorRow = r;
        blockX0 = m_doc.tokens[toks.first()].x0;
        blockX1 = m_doc.tokens[toks.last()].x1;
        break;
    }
    if (anchorRow < 0)
        return name;
    const double centre = (blockX0 + blockX1) / 2;
    const double half = std::max((blockX1 - blockX0) / 2, 8 * lh) + 2 * lh;
    int nameRow = -1;
    int lastTitleAbove = -1;
    QList<int> lastTitleTokens;
    for (int r = anchorRow; r < m_doc.rows.size() && nameRow < 0; ++r) {
        const Row& row = m_doc.rows[r];
        if (row.page != page || row.y0 > m_doc.rows[anchorRow].y1 + 10 * geo.linePitch)
            break;
        QString text;
        const QList<int> toks = within(row, centre - half, centre + half, &text);
        if (toks.isEmpty())
            continue;
        if (isTitle(text)) {
            lastTitleAbove = r;
            lastTitleTokens = toks;
            continue;
        }
        if (r == anchorRow || toks.size() < 2 || toks.size() > 6 || isAnchor(text))
            continue;
        bool looksLikeName = true;
        for (int ti : toks) {
            const QString w = m_doc.tokens[ti].text;
            looksLikeName =
                looksLikeName && plausibleSyllable(w) && w.at(0).isUpper() && !m_hitOfToken.contains(ti);
        }
        // A name opens with a family name (one misread mark allowed): the block's
        // own headings ("NGƯỜI KÝ GIẤY CHỨNG NHẬN KẾT HÔN" misread) do not.
        if (!looksLikeName ||
            vocab.closestNameSyllable(m_doc.tokens[toks.first()].text, 1.0, true).value.isEmpty())
            continue;
        nameRow = r;
        name.tokens = toks;
        name.lines = 1;
    }
    if (nameRow < 0)
        return name;
    // The title under the name (a line or two), else the nearest above.
    for (int r = nameRow + 1; r < m_doc.rows.size() && r <= nameRow + 2; ++r) {
        const Row& row = m_doc.rows[r];
        if (row.page != page || row.y0 > m_doc.rows[nameRow].y1 + 2 * geo.linePitch)
            break;
        QString text;
        const QList<int> toks = within(row, centre - half, centre + half, &text);
        if (!toks.isEmpty() && isTitle(text)) {
            title->tokens = toks;
            title->lines = 1;
            return name;
        }
    }
    if (lastTitleAbove >= 0) {
        title->tokens = lastTitleTokens;
        title->lines = 1;
    }
    return name;
}

struct Parsed {
    bool ok = false;
    QString value;
    FieldEvidence ev;
};

Parsed parseField(const FieldDef& f, const QString& text, const QList<float>& charConf,
                  const QString& wordsText, const Vocabulary& vocab)
{
    Parsed out;
    ParsedValue p;
    const QString tidy = tidyValue(text);
    auto fromCorrection = [&](const Correction& c, double quality) {
        if (c.value.isEmpty())
            return;
        p.ok = true;
        p.value = c.value;
        p.quality = quality;
        p.note = c.note;
        out.ev.vocabulary = c.vocabulary;
        out.ev.vocabularyDistance = c.distance;
        out.ev.guesses = c.guesses;
    };
    switch (f.kind) {
    case ValueKind::Date:
        p = parseDate(text, wordsText, vocab);
        break;
    case ValueKind::Year:
        p = parseYear(text);
        break;
    case ValueKind::Time:
        p = parseTime(text);
        break;
    case ValueKind::PersonalId:
        p = parsePersonalId(text, charConf);
        break;
    case ValueKind::Number:
        p = parseNumber(text);
        break;
    case ValueKind::Decimal:
        p = parseDecimal(text, wordsText, vocab);
        break;
    case ValueKind::Enum:
        p = parseEnum(text, f.extraction.value(QLatin1String("value_map")).toObject(), f.enumValues);
        break;
    case ValueKind::LandPurpose:
        p = parseLandPurpose(text, vocab);
        break;
    case ValueKind::LandTerm:
        p = parseLandTerm(text);
        break;
    case ValueKind::Code:
        p = parseCode(text, strings(f.extraction.value(QLatin1String("shapes"))),
                      f.extraction.value(QLatin1String("pattern")).toString());
        out.ev.lookAlikeEdge = p.ok && letterDigitLookAlikeEdge(p.value);
        break;
    case ValueKind::Name:
        fromCorrection(correctName(text, vocab), 0.9);
        break;
    case ValueKind::Place:
        fromCorrection(correctPlace(text, vocab), 0.9);
        break;
    case ValueKind::Ethnicity:
        fromCorrection(correctEthnicity(text, vocab), 0.9);
        break;
    case ValueKind::Nationality:
        fromCorrection(correctNationality(text, vocab), 0.9);
        break;
    case ValueKind::Text:
        if (tidy.isEmpty())
            break;
        if (f.extraction.value(QLatin1String("locator")).toString() == QLatin1String("coordinate_table")) {
            // "X Y X Y ..." as located -> "X,Y;X,Y;..." with '.' decimals (CoordinateTable.h).
            p.value =
                parcelCornersFrom(repairDigits(tidy).split(QLatin1Char(' '), Qt::SkipEmptyParts), &p.quality);
            p.ok = !p.value.isEmpty();
            break;
        }
        if (f.extraction.contains(QLatin1String("words_of"))) {
            // A date in words: its words, a misread letter put right.
            p.value = parseDateWords(tidyValue(trimJunkTail(tidy)), vocab, &p.repairs);
            p.ok = !p.value.isEmpty();
            p.quality = p.repairs ? 0.6 : 0.9;
            // Ends inside its year ("... hai mươi" of "hai mươi lăm"): cut at a line end.
            bool yearCut = false;
            if (p.ok && findDateWords(p.value, vocab, nullptr, &yearCut) && yearCut)
                out.ev.openEnd = true;
        } else if (f.extraction.value(QLatin1String("correct_as")).toString() == QLatin1String("place")) {
            // An authority named after its unit ("ỦY BAN NHÂN DÂN THÀNH PHỐ X"): corrected like a
            // place, but not validated as an address.
            fromCorrection(correctPlace(trimJunkTail(tidy), vocab), 0.9);
        } else if (const QString list = f.extraction.value(QLatin1String("vocabulary")).toString();
                   !list.isEmpty()) {
            fromCorrection(correctPhrase(trimJunkTail(tidy), vocab, list), 0.9);
        } else {
            p.ok = true;
            p.value = tidyValue(trimJunkTail(tidy));
            p.quality = 0.9;
        }
        break;
    }
    // A book number is the book's count in its year ("02/2021"): a commune opens a
    // few books a year, so its number starts with 0, and its year is 20xx or 19xx.
    if (f.kind == ValueKind::Code && f.key.endsWith(QLatin1String("book_number")) && p.ok) {
        static const QRegularExpression book(QStringLiteral("^([0-9]{2})([/\\-])([0-9]{4})$"));
        const QRegularExpressionMatch m = book.match(p.value);
        if (m.hasMatch()) {
            QString number = m.captured(1), year = m.captured(3);
            auto zeroLike = [](QChar c) {
                return c == QLatin1Char('6') || c == QLatin1Char('8') || c == QLatin1Char('9');
            };
            if (zeroLike(number[0])) {
                number[0] = QLatin1Char('0');
                ++p.shapeRepairs;
            }
            if (year[0] == QLatin1Char('2') && zeroLike(year[1])) {
                year[1] = QLatin1Char('0');
                ++p.shapeRepairs;
            }
            p.value = number + m.captured(2) + year;
        }
    }
    if (f.kind == ValueKind::Text && p.ok) {
        int zeros = 0;
        p.value = repairZerosInDates(p.value, &zeros);
        p.shapeRepairs += zeros;
    }
    out.ok = p.ok && !p.value.isEmpty();
    out.value = p.value;
    out.ev.parseQuality = p.quality;
    out.ev.repairs = p.repairs;
    out.ev.shapeRepairs = p.shapeRepairs;
    out.ev.crossCheck = p.crossCheck;
    if (!p.note.isEmpty())
        out.ev.note = p.note;
    return out;
}

// Structural doubts about a value kept as read (text, names, places), which
// character confidences do not show:
//  - it ends on a word no value ends with ("... do Bệnh viện X cấp", "..., tỉnh",
//    "NGUYỄN THỊ"): the rest was cut or not joined (openEnd);
//  - words gluing digits to small letters as no printed word does ("4â"):
//    print, dots or a stamp read into the text (oddCharacters);
//  - fewer than three letters where a text or place was expected ("an"): too
//    little to be the value (not in its form).
void judgeShape(const QString& value, ValueKind kind, FieldEvidence& ev)
{
    if (kind != ValueKind::Text && kind != ValueKind::Place && kind != ValueKind::Name)
        return;
    const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    // Compared with their marks: "Văn" ends no name, "Vân" does.
    static const QSet<QString> danglingText{
        QStringLiteral("cấp"),   QStringLiteral("do"),     QStringLiteral("tại"), QStringLiteral("ngày"),
        QStringLiteral("tháng"), QStringLiteral("của"),    QStringLiteral("và"),  QStringLiteral("tỉnh"),
        QStringLiteral("huyện"), QStringLiteral("phường"), QStringLiteral("số"),  QStringLiteral("thôn"),
        QStringLiteral("phố"),   QStringLiteral("thị")};
    static const QSet<QString> danglingName{QStringLiteral("thị"), QStringLiteral("văn")};
    QString last = words.last().toLower().normalized(QString::NormalizationForm_C);
    while (!last.isEmpty() && !last.back().isLetterOrNumber())
        last.chop(1);
    if ((kind == ValueKind::Name ? danglingName : danglingText).contains(last) && words.size() > 1)
        ev.openEnd = true;
    for (const QString& w : words) {
        bool mixed = false;
        for (qsizetype i = 0; i < w.size(); ++i)
            if (w[i].isDigit() && ((i > 0 && w[i - 1].isLower()) || (i + 1 < w.size() && w[i + 1].isLower())))
                mixed = true; // "4â", "Ch5i"
        ev.oddCharacters += mixed;
    }
    int letters = 0;
    for (QChar c : value)
        letters += c.isLetter();
    if (kind != ValueKind::Name && letters < 3)
        ev.parseQuality = std::min(ev.parseQuality, 0.5);
}

// Whether a place reads as a whole address: its units all exist in the lists
// (either era) and it ends with its province. A place cut at a line wrap
// ("..., tỉnh Bắc"), misread in a unit name, or naming no unit at all fails.
QString placeCompleteness(const QString& place)
{
    const adminunits::PlaceCheck check = adminunits::checkPlace(place, QDate());
    if (check.status == adminunits::PlaceCheck::Status::NoUnits)
        return QStringLiteral("incomplete"); // "Thôn", "Xóm 4": the rest was not read
    if (check.status == adminunits::PlaceCheck::Status::Unknown)
        return QStringLiteral("unknown");
    const adminunits::ParsedPlace parsed = adminunits::parsePlace(place);
    if (parsed.isEmpty() || parsed.parts.last().level != adminunits::Level::Province)
        return QStringLiteral("incomplete");
    return QStringLiteral("known");
}

} // namespace

validation::ReadingNotes readingNotes(const DocumentExtraction& extraction)
{
    validation::ReadingNotes notes;
    notes.labelled = extraction.labelled;
    notes.blank = extraction.blank;
    for (auto it = extraction.evidence.constBegin(); it != extraction.evidence.constEnd(); ++it)
        if (doubtfulReading(it.value()))
            notes.doubtful.insert(it.key());
    // Not found, where a line was not read: the label may be on it.
    notes.doubtful.unite(extraction.unread);
    return notes;
}

DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint)
{
    return extractDocument(pages, typeHint, records::RecordTypeRegistry::builtin());
}

DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint,
                                   const records::RecordTypeRegistry& registry)
{
    DocumentExtraction out;
    QStringList texts;
    for (const ocr::OcrPage& p : pages)
        texts.append(p.text());
    out.text = texts.join(QStringLiteral("\n\f"));
    const DocumentModel doc = DocumentModel::build(pages);

    const bool autoType = typeHint.isEmpty() || typeHint == QLatin1String("auto");
    TypeEvidence evidence;
    const RecordType* type = nullptr;
    if (autoType) {
        Classification c = classifyDocument(doc, registry);
        out.typeScores = c.scores;
        out.type = c.type;
        out.typeConfidence = c.confidence;
        type = registry.find(c.type);
        if (type)
            evidence = c.evidence.value(c.type);
    } else {
        out.type = typeHint;
        out.typeConfidence = 1.0;
        type = registry.find(typeHint);
        if (type)
            evidence = evidenceFor(doc, *type, registry);
    }
    if (!type || doc.tokens.isEmpty())
        return out;

    DocumentReader reader(doc, *type, evidence);
    reader.assign();
    reader.locate();
    const Vocabulary& vocab = Vocabulary::builtin();
    QMap<QString, FieldReading> readings = reader.readings();
    // A field holding another's value as printed in words ("words_of": the date
    // of birth "ghi bằng chữ"): the words read beside that value.
    for (const FieldDef& f : type->fields) {
        const QString of = f.extraction.value(QLatin1String("words_of")).toString();
        if (of.isEmpty() || readings.value(f.key).filled)
            continue;
        const FieldReading source = readings.value(of);
        if (source.words.tokens.isEmpty())
            continue;
        // Only words that read as a whole date: a line cut at a wrap or a word
        // misread beyond repair would make it say another date.
        const FieldDef* sourceDef = type->field(of);
        if (sourceDef && sourceDef->kind == ValueKind::Date &&
            parseDateWords(tidyValue(trimJunkTail(tidyValue(reader.spanText(source.words)))), vocab)
                .isEmpty())
            continue;
        FieldReading& r = readings[f.key];
        r.filled = true;
        r.span = source.words;
        r.labelQuality = source.labelQuality;
    }
    // A number whose digits OCR took for a dotted leader ("52m²," on a photo), printed
    // again in words ("bằng chữ: năm mươi hai mét vuông"): read from the words.
    for (auto it = readings.begin(); it != readings.end(); ++it) {
        const FieldDef* f = type->field(it.key());
        if (f && f->kind == ValueKind::Decimal && it->filled && it->span.tokens.isEmpty() &&
            !it->words.tokens.isEmpty())
            it->span = it->words;
    }
    for (auto it = readings.constBegin(); it != readings.constEnd(); ++it) {
        const FieldDef* f = type->field(it.key());
        const FieldReading& r = it.value();
        if (f && r.filled && r.label)
            out.labelled.insert(f->key);
        if (f && r.filled && r.label && r.span.tokens.isEmpty())
            out.blank.insert(f->key);
        if (!f || r.span.tokens.isEmpty())
            continue;
        const QString text = reader.spanText(r.span);
        const QString wordsText = reader.spanText(r.words);
        // Characters and confidences of what was read.
        records::FieldValue v;
        v.raw = text;
        QRect box;
        double sum = 0, minConf = 1;
        int n = 0;
        for (int k = 0; k < r.span.tokens.size(); ++k) {
            const Token& t = doc.tokens[r.span.tokens[k]];
            if (k)
                v.charConfidences.append(1.0f);
            for (float c : t.charConf) {
                v.charConfidences.append(c);
                sum += c;
                minConf = std::min<double>(minConf, c);
                ++n;
            }
            box = box.isNull() ? t.box : box.united(t.box);
            if (v.page == 0)
                v.page = t.page + 1;
        }
        v.box = box;
        Parsed parsed = parseField(*f, text, v.charConfidences, wordsText, vocab);
        FieldEvidence& ev = parsed.ev;
        ev.label = r.label ? r.label->printed : QString();
        ev.labelQuality = r.labelQuality;
        ev.ocrConfidence = n ? sum / n : 0;
        ev.ocrMinimum = n ? minConf : 0;
        ev.lines = r.span.lines;
        // Characters no value of a civil-status form holds ("§ố", "£ế", "Nga¿"): the
        // reading mixed dots, specks or print under the text into the value. Only
        // for values kept as read (names, places, text); parsed kinds take their
        // value out of the text.
        if (f->kind == ValueKind::Text || f->kind == ValueKind::Name || f->kind == ValueKind::Place)
            for (QChar c : text)
                ev.oddCharacters +=
                    !(c.isLetterOrNumber() || c.isSpace() || QStringLiteral(",./-()':;+²").contains(c));
        ev.openEnd = ev.openEnd || r.span.openBelow.isValid();
        ev.shifted = r.span.shifted;
        for (int ti : r.span.tokens)
            ev.reread |= doc.tokens[ti].reread;
        // Doubtful readings worth a second look at the image; never twice.
        if (!ev.reread) {
            const int page = doc.tokens[r.span.tokens.first()].page;
            const PageGeometry& geo = doc.pages[page];
            if (f->kind == ValueKind::PersonalId) {
                QString digits;
                for (QChar c : repairDigits(text))
                    if (c.isDigit())
                        digits.append(c);
                const bool usualLength = parsed.ok && (parsed.value.size() == 12 || parsed.value.size() == 9);
                const bool lengthRepaired = parsed.ok && digits.size() != parsed.value.size();
                if ((!usualLength || lengthRepaired) && digits.size() >= 8 && digits.size() <= 16) {
                    RereadRequest q;
                    q.kind = RereadRequest::Digits;
                    q.field = f->key;
                    q.page = page;
                    q.reading = digits;
                    q.lineHeight = geo.lineHeight;
                    // The value's own tokens, in the deskewed frame (an OCR word may also hold
                    // the leader after it, and its box grows with the skew): a line's height
                    // above and below their middle, a little room to the sides.
                    const double lh = geo.lineHeight;
                    double x0 = kNoLimit, x1 = -kNoLimit, cy = 0;
                    int onPage = 0;
                    for (int ti : r.span.tokens) {
                        const Token& t = doc.tokens[ti];
                        if (t.page != page)
                            continue;
                        if (!q.words.contains(t.word))
                            q.words.append(t.word);
                        x0 = std::min(x0, t.x0);
                        x1 = std::max(x1, t.x1);
                        cy += t.cy();
                        ++onPage;
                    }
                    cy /= std::max(1, onPage);
                    q.area = geo.toPage(QRectF(QPointF(x0 - 0.2 * lh, cy - 0.75 * lh),
                                               QPointF(x1 + 0.4 * lh, cy + 0.75 * lh)));
                    out.rereads.append(q);
                }
            }
            if (r.span.openPage >= 0 && r.span.openBelow.isValid()) {
                RereadRequest q;
                q.kind = RereadRequest::MissedLine;
                q.field = f->key;
                q.page = r.span.openPage;
                q.area = doc.pages[r.span.openPage].toPage(r.span.openBelow);
                q.lineHeight = doc.pages[r.span.openPage].lineHeight;
                out.rereads.append(q);
            }
        }
        // A value read with characters no value holds, faintly or not in its form (typed
        // over a dotted leader whose dots OCR mixed into the words): each of its lines is
        // worth reading again without the leader (ingest/Reread.h). Only lines whose OCR
        // words hold nothing but the value, so that a second reading can replace them whole.
        auto askGarbled = [&](const Span& span, const QString& reading) {
            QMap<int, QList<int>> byRow; // row -> span tokens
            for (int ti : span.tokens)
                byRow[doc.tokens[ti].row].append(ti);
            QSet<int> spanTokens(span.tokens.cbegin(), span.tokens.cend());
            for (auto row = byRow.constBegin(); row != byRow.constEnd(); ++row) {
                const QList<int>& tokens = row.value();
                const int page = doc.tokens[tokens.first()].page;
                const PageGeometry& geo = doc.pages[page];
                const double lh = geo.lineHeight;
                RereadRequest q;
                q.kind = RereadRequest::Garbled;
                q.field = f->key;
                q.page = page;
                q.lineHeight = lh;
                q.reading = reading;
                double x0 = kNoLimit, x1 = -kNoLimit, cy = 0;
                for (int ti : tokens) {
                    const Token& t = doc.tokens[ti];
                    if (!q.words.contains(t.word))
                        q.words.append(t.word);
                    x0 = std::min(x0, t.x0);
                    x1 = std::max(x1, t.x1);
                    cy += t.cy();
                }
                cy /= tokens.size();
                // The leader after the value shows its dots' level and pitch (TextRegion.h):
                // up to four line heights of it, not into the next word on the row.
                double right = x1 + 4.0 * lh;
                bool shared = false;
                for (int ti = 0; ti < doc.tokens.size(); ++ti) {
                    const Token& t = doc.tokens[ti];
                    if (t.page != page || spanTokens.contains(ti))
                        continue;
                    if (q.words.contains(t.word) && !t.leader && t.x1 <= x1)
                        shared = true; // a label or another value in the same OCR word
                    else if (t.row == row.key() && !t.leader && t.x0 >= x1)
                        right = std::min(right, t.x0 - 0.2 * lh);
                }
                if (shared || q.words.contains(-1))
                    continue;
                q.area =
                    geo.toPage(QRectF(QPointF(x0 - 0.3 * lh, cy - 0.8 * lh), QPointF(right, cy + 0.8 * lh)));
                out.rereads.append(q);
            }
        };
        if (!parsed.ok) {
            // Not in the expected form. Keep what is printed when it was read
            // clearly (an area of "abc" is a finding for validation), never a guess.
            const QString tidy = tidyValue(text);
            if (f->kind != ValueKind::Decimal || tidy.isEmpty() || ev.ocrConfidence < 0.8 ||
                foldKey(tidy).isEmpty()) {
                // Nothing readable after the label: specks and dots of an empty line
                // read as letters ("cc ST 21 T111") leave the line blank.
                bool specks = true;
                for (int ti : r.span.tokens)
                    specks &= doc.tokens[ti].key.size() <= 4;
                if (r.label && (ev.ocrConfidence < 0.7 || (specks && ev.ocrConfidence < 0.85)))
                    out.blank.insert(f->key);
                if (!ev.reread && !specks)
                    askGarbled(r.span, QString());
                continue;
            }
            parsed.value = tidy;
            ev.parseQuality = 0;
            ev.note = QStringLiteral("not in the expected form");
        }
        v.value = parsed.value.normalized(QString::NormalizationForm_C);
        judgeShape(v.value, f->kind, ev);
        // A day of a 30-day month is 31 on paper now and then (a finding); a month
        // of 41 or a year 3019 is a misreading (the parsers rate those below 0.5).
        if ((f->kind == ValueKind::Date || f->kind == ValueKind::Year || f->kind == ValueKind::Time) &&
            parsed.ok && ev.parseQuality < 0.5 && ev.crossCheck.isEmpty())
            ev.implausible = true;
        if (f->kind == ValueKind::Place)
            ev.placeCheck = placeCompleteness(v.value);
        v.confidence = fieldConfidence(ev, valueKindName(f->kind));
        const bool textKind = f->kind == ValueKind::Text || f->kind == ValueKind::Name ||
                              f->kind == ValueKind::Place || f->kind == ValueKind::Ethnicity ||
                              f->kind == ValueKind::Nationality;
        // (A value cut at a line OCR missed has that line read: above. An id of an odd
        // length is also read as digits; its whole line read without the leader's
        // dots may give its digits as well.)
        bool asked = false;
        for (const RereadRequest& q : std::as_const(out.rereads))
            asked |= q.field == f->key && q.kind == RereadRequest::MissedLine;
        if (!ev.reread && !asked &&
            (ev.parseQuality < 0.7 ||
             (textKind &&
              (ev.oddCharacters > 0 || ev.ocrConfidence < 0.85 || ev.placeCheck == QLatin1String("unknown") ||
               ev.placeCheck == QLatin1String("incomplete") || ev.vocabulary == QLatin1String("unknown")))))
            askGarbled(r.span, v.value);
        out.fields.insert(f->key, v);
        out.evidence.insert(f->key, ev);
    }
    // A line OCR skipped among the labels (a gap of several lines between two rows
    // of a form's labelled part): a required field whose label was not found may
    // stand on it, so its absence is no sign that the paper lacks it.
    for (int page = 0; page < doc.pages.size(); ++page) {
        QList<const Row*> rows;
        int first = -1, last = -1;
        for (const Row& row : doc.rows) {
            if (row.page != page)
                continue;
            bool labelled = false;
            for (int ti : row.tokens)
                labelled |= doc.tokens[ti].strongColon;
            if (labelled) {
                if (first < 0)
                    first = int(rows.size());
                last = int(rows.size());
            }
            rows.append(&row);
        }
        bool skipped = false;
        for (int k = std::max(first, 0); k < last && !skipped; ++k)
            skipped = rows[k + 1]->cy() - rows[k]->cy() > 2.5 * doc.pages[page].linePitch;
        if (!skipped)
            continue;
        for (const records::FieldDef& f : type->fields)
            if (f.required && !out.fields.contains(f.key) && !out.labelled.contains(f.key))
                out.unread.insert(f.key);
    }
    // A 0 read as 6, 8 or 9 somewhere on the paper (a date's month "69") shows a font
    // whose zeros OCR confuses: every other 6, 8 or 9 it read may be a 0 too, however
    // sure the characters looked ("284" for 264, an id's "966" for 906).
    bool zerosMisread = false;
    for (const FieldEvidence& ev : std::as_const(out.evidence))
        zerosMisread |= ev.shapeRepairs > 0;
    if (zerosMisread) {
        static const QRegularExpression lookAlike(QStringLiteral("[689]"));
        for (auto it = out.fields.begin(); it != out.fields.end(); ++it) {
            FieldEvidence& ev = out.evidence[it.key()];
            if (ev.shapeRepairs > 0 || !it->value.contains(lookAlike))
                continue;
            ev.zeroDoubt = true;
            it->confidence = fieldConfidence(ev, QString());
        }
    }
    // The same unit printed in two places of the document: a place cut after
    // its commune or district ("Xóm 4, xã Đông Thành" at a line end) takes the
    // units that follow that same unit in a place read whole ("Ủy ban nhân dân
    // xã Đông Thành, tỉnh Thanh Hóa"). Only when the completed place reads as a
    // whole address; still a value the clerk should look at.
    for (auto it = out.fields.begin(); it != out.fields.end(); ++it) {
        FieldEvidence& ev = out.evidence[it.key()];
        if (ev.placeCheck != QLatin1String("incomplete"))
            continue;
        const adminunits::ParsedPlace cut = adminunits::parsePlace(it->value);
        if (cut.isEmpty() || cut.parts.last().kind.isEmpty() ||
            cut.parts.last().level == adminunits::Level::Province ||
            cut.parts.last().from + cut.parts.last().length < it->value.trimmed().size())
            continue;
        const adminunits::PlacePart& tail = cut.parts.last();
        for (auto other = out.fields.constBegin(); other != out.fields.constEnd(); ++other) {
            if (other.key() == it.key() ||
                out.evidence.value(other.key()).placeCheck != QLatin1String("known"))
                continue;
            const adminunits::ParsedPlace whole = adminunits::parsePlace(other->value);
            QString rest;
            for (const adminunits::PlacePart& part : whole.parts)
                if (part.level == tail.level && part.kind == tail.kind &&
                    foldWords(part.name) == foldWords(tail.name)) {
                    rest = other->value.mid(part.from + part.length);
                    break;
                }
            if (!rest.startsWith(QLatin1Char(',')))
                continue;
            const QString completed = it->value.trimmed() + rest;
            if (placeCompleteness(completed) != QLatin1String("known"))
                continue;
            it->value = completed;
            ev.placeCheck = QStringLiteral("known");
            ev.completedFrom = other.key();
            ev.note = QStringLiteral("completed from %1").arg(other.key());
            it->confidence = fieldConfidence(ev, QString());
            break;
        }
    }
    // A blank form first: its leader noise is not a reading, and its empty lines
    // are not values lost by a poor page.
    dropLeaderNoiseOfBlankForm(out);
    // A page read poorly as a whole: three in ten of what its form was read for
    // (values found, and labels found with nothing readable after them though the
    // paper does not leave them blank) are doubtful readings. What the
    // characters say about the rest is worth less there: a faded, speckled or
    // strangely printed page misreads digits and letters it looks sure of.
    int formFields = 0, poor = 0;
    for (const records::FieldDef& f : type->fields) {
        const auto it = out.fields.constFind(f.key);
        if (it == out.fields.constEnd()) {
            const bool unreadable = out.labelled.contains(f.key) && !out.blank.contains(f.key);
            formFields += unreadable;
            poor += unreadable;
            continue;
        }
        ++formFields;
        poor += it->confidence < 0.7 || doubtfulReading(out.evidence.value(f.key));
    }
    if (formFields >= 6 && 10 * poor >= 3 * formFields) {
        for (auto it = out.fields.begin(); it != out.fields.end(); ++it) {
            FieldEvidence& ev = out.evidence[it.key()];
            ev.poorPage = true;
            it->confidence = std::min(it->confidence, fieldConfidence(ev, QString()));
        }
    }
    return out;
}

bool readFieldText(const records::FieldDef& field, const QString& text, const QList<float>& charConfidences,
                   records::FieldValue& value, FieldEvidence& evidence)
{
    Parsed parsed = parseField(field, text, charConfidences, text, Vocabulary::builtin());
    if (!parsed.ok)
        return false;
    evidence = parsed.ev;
    double sum = 0, minConf = 1;
    for (float c : charConfidences) {
        sum += c;
        minConf = std::min<double>(minConf, c);
    }
    evidence.ocrConfidence = charConfidences.isEmpty() ? 0 : sum / charConfidences.size();
    evidence.ocrMinimum = charConfidences.isEmpty() ? 0 : minConf;
    value.raw = text;
    value.charConfidences = charConfidences;
    value.value = parsed.value.normalized(QString::NormalizationForm_C);
    if (field.kind == ValueKind::Place)
        evidence.placeCheck = placeCompleteness(value.value);
    value.confidence = fieldConfidence(evidence, valueKindName(field.kind));
    return true;
}

} // namespace sohoa::extraction
