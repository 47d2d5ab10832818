// Matching a document against stored layouts and reading the values they place.
#include "core/extraction/DocumentJudgement.h"
#include "core/extraction/TextFold.h"
#include "core/layouts/Layout.h"
#include "core/layouts/LayoutRead_p.h"
#include "core/records/RecordType.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace sohoa::layouts {

using detail::Located;
using detail::Occurrence;
using detail::PageText;
using detail::PreparedDocument;

namespace detail {

namespace {

quint32 trigram(QStringView s, int i)
{
    return (quint32(s[i].unicode()) << 20) ^ (quint32(s[i + 1].unicode()) << 10) ^
           quint32(s[i + 2].unicode());
}

// How far a landmark may lie from where the layout puts it (line heights):
// values that wrap onto more lines push the print below them down.
constexpr double kSlackX = 2.0, kSlackY = 3.0;

} // namespace

PreparedDocument::PreparedDocument(const QList<ocr::OcrPage>& ocr)
    : doc(extraction::DocumentModel::build(ocr))
{
    for (int p = 0; p < ocr.size(); ++p)
        pages.append(std::make_shared<PageText>(doc, p));
    for (const extraction::Row& row : doc.rows) {
        QString key;
        for (int t : row.tokens)
            key += doc.tokens[t].key;
        for (int i = 0; i + 2 < key.size(); ++i)
            trigrams.insert(trigram(key, i));
    }
}

double printOverlap(const PreparedDocument& doc, const LayoutModel& layout)
{
    int total = 0, found = 0;
    for (const Landmark& l : layout.landmarks)
        for (int i = 0; i + 2 < l.key.size(); ++i) {
            ++total;
            found += doc.trigrams.contains(trigram(l.key, i));
        }
    return total ? double(found) / total : 0;
}

namespace {

// Blocks a copy prints in another order than the taught one (the mother's
// before the father's): a caption printed once on the page ("Họ, chữ đệm, tên
// người cha") is where the page prints it, however far from where the fit puts
// it; and a caption printed several times ("Năm sinh") is then taken below the
// once-printed caption above it in the layout, as it was taught. These do not
// count as agreeing with the fit (matching stays as strict).
void followMovedBlocks(const PreparedDocument& doc, const LayoutModel& layout, Located& out)
{
    const int n = int(layout.landmarks.size());
    QList<bool> once(n, false);
    out.moved = QList<bool>(n, false);
    for (int i = 0; i < n; ++i) {
        const Landmark& l = layout.landmarks[i];
        if (l.page >= doc.pages.size() || l.page >= out.fits.size() || l.key.size() < 6)
            continue;
        // Printed once as it was taught: one occurrence within an edit (the
        // search also finds "... người mẹ" for "... người cha", three edits off).
        std::optional<Occurrence> exact;
        int exactCount = 0;
        for (const Occurrence& o : doc.pages[l.page]->find(l.key, landmarkTolerance(int(l.key.size()))))
            if (o.distance <= 1) {
                ++exactCount;
                exact = o;
            }
        once[i] = exact.has_value() && exactCount == 1 && exact->oneRow;
        if (once[i] && exact && (!out.landmarks[i] || out.landmarks[i]->box != exact->box)) {
            out.landmarks[i] = *exact;
            out.moved[i] = true;
        }
    }
    for (int i = 0; i < n; ++i) {
        const Landmark& l = layout.landmarks[i];
        if (once[i] || l.page >= doc.pages.size() || l.page >= out.fits.size())
            continue;
        // The nearest once-printed caption above it, in its column.
        int head = -1;
        for (int j = 0; j < n; ++j) {
            const Landmark& h = layout.landmarks[j];
            if (once[j] && out.landmarks[j] && h.page == l.page && h.y0 < l.y0 &&
                std::abs(h.x0 - l.x0) < 10 && (head < 0 || h.y0 > layout.landmarks[head].y0))
                head = j;
        }
        if (head < 0)
            continue;
        const Landmark& h = layout.landmarks[head];
        const Located::Fit& fit = out.fits[l.page];
        const QRectF& at = out.landmarks[head]->box;
        if (std::abs(at.top() - (fit.sy * h.y0 + fit.ty)) < 2.0)
            continue; // its block did not move
        const double x = at.left() + fit.sx * (l.x0 - h.x0), y = at.top() + fit.sy * (l.y0 - h.y0);
        std::optional<Occurrence> best;
        double bestDistance = kSlackX + kSlackY;
        for (const Occurrence& o : doc.pages[l.page]->find(l.key, landmarkTolerance(int(l.key.size())))) {
            const double ex = std::abs(o.box.left() - x), ey = std::abs(o.box.top() - y);
            if (o.oneRow && ex < kSlackX && ey < kSlackY && ex + ey < bestDistance) {
                bestDistance = ex + ey;
                best = o;
            }
        }
        if (best && (!out.landmarks[i] || out.landmarks[i]->box != best->box)) {
            out.landmarks[i] = *best;
            out.moved[i] = true;
        }
    }
}

using Fit = Located::Fit;

// The landmarks a layout prints on one page and their occurrences on the document's page.
struct PageLandmarks {
    const LayoutModel& layout;
    QList<int> ids;
    QList<QList<Occurrence>> occ; // per landmark of ids

    bool agreesAt(int k, const Fit& fit, const Occurrence** which) const
    {
        const Landmark& l = layout.landmarks[ids[k]];
        const double x = fit.sx * l.x0 + fit.tx, y = fit.sy * l.y0 + fit.ty;
        double best = 1e9;
        for (const Occurrence& o : occ[k]) {
            if (!o.oneRow)
                continue;
            const double ex = std::abs(o.box.left() - x), ey = std::abs(o.box.top() - y);
            if (ex < kSlackX && ey < kSlackY && ex + ey < best) {
                best = ex + ey;
                if (which)
                    *which = &o;
            }
        }
        return best < 1e9;
    }

    // Landmarks that agree with a fit, and how far off they are in all (*error).
    int count(const Fit& fit, double* error) const
    {
        int n = 0;
        *error = 0;
        for (int j = 0; j < ids.size(); ++j) {
            const Occurrence* o = nullptr;
            if (!agreesAt(j, fit, &o) || !o) // agreesAt sets o when it agrees
                continue;
            ++n;
            const Landmark& l = layout.landmarks[ids[j]];
            *error += std::abs(o->box.left() - (fit.sx * l.x0 + fit.tx)) +
                      std::abs(o->box.top() - (fit.sy * l.y0 + fit.ty));
        }
        return n;
    }
};

PageLandmarks pageLandmarks(const PageText& text, const LayoutModel& layout, int page)
{
    PageLandmarks marks{layout, {}, {}};
    for (int i = 0; i < layout.landmarks.size(); ++i) {
        const Landmark& l = layout.landmarks[i];
        if (l.page != page)
            continue;
        marks.ids.append(i);
        marks.occ.append(text.find(l.key, landmarkTolerance(int(l.key.size()))));
    }
    return marks;
}

// The best fit so far: of two fits with as many landmarks the closer one is right (a wrong
// vertical scale still finds most print within the slack).
struct BestFit {
    Fit fit;
    int count = 0;
    double error = 1e18;

    bool offer(const Fit& f, const PageLandmarks& marks)
    {
        double e = 0;
        const int n = marks.count(f, &e);
        if (!(n > count || (n == count && e < error)))
            return false;
        count = n;
        error = e;
        fit = f;
        return true;
    }
};

// Hypotheses from pairs of landmarks printed once (scale and shift).
void fitFromPairs(const PageLandmarks& marks, BestFit& best)
{
    const LayoutModel& layout = marks.layout;
    QList<int> unique;
    for (int k = 0; k < marks.ids.size(); ++k)
        if (marks.occ[k].size() == 1 && marks.occ[k].first().oneRow &&
            layout.landmarks[marks.ids[k]].key.size() >= 4)
            unique.append(k);
    for (int a = 0; a < unique.size(); ++a)
        for (int b = a + 1; b < unique.size(); ++b) {
            const Landmark& la = layout.landmarks[marks.ids[unique[a]]];
            const Landmark& lb = layout.landmarks[marks.ids[unique[b]]];
            const QRectF& fa = marks.occ[unique[a]].first().box;
            const QRectF& fb = marks.occ[unique[b]].first().box;
            if (std::abs(lb.x0 - la.x0) < 5 || std::abs(lb.y0 - la.y0) < 5)
                continue;
            Fit f;
            f.sx = (fb.left() - fa.left()) / (lb.x0 - la.x0);
            f.sy = (fb.top() - fa.top()) / (lb.y0 - la.y0);
            if (f.sx < 0.5 || f.sx > 2.0 || f.sy < 0.5 || f.sy > 2.0 || f.sx / f.sy < 0.75 ||
                f.sx / f.sy > 1.33)
                continue;
            f.tx = fa.left() - f.sx * la.x0;
            f.ty = fa.top() - f.sy * la.y0;
            best.offer(f, marks);
        }
}

// Hypotheses from single landmarks (shift only).
void fitFromSingles(const PageLandmarks& marks, BestFit& best)
{
    for (int k = 0; k < marks.ids.size(); ++k) {
        const Landmark& l = marks.layout.landmarks[marks.ids[k]];
        const int n = std::min<int>(4, int(marks.occ[k].size()));
        for (int c = 0; c < n; ++c) {
            const Occurrence& o = (marks.occ[k])[c];
            if (!o.oneRow)
                continue;
            Fit f;
            f.tx = o.box.left() - l.x0;
            f.ty = o.box.top() - l.y0;
            best.offer(f, marks);
        }
    }
}

// Refined by least squares over the landmarks that agree with it, kept
// when as many landmarks agree, closer.
void refineFit(const PageLandmarks& marks, BestFit& best)
{
    for (int round = 0; round < 2 && best.count >= 3; ++round) {
        double n = 0, sx = 0, sxx = 0, su = 0, sxu = 0, sy = 0, syy = 0, sv = 0, syv = 0;
        for (int j = 0; j < marks.ids.size(); ++j) {
            const Occurrence* o = nullptr;
            if (!marks.agreesAt(j, best.fit, &o))
                continue;
            const Landmark& l = marks.layout.landmarks[marks.ids[j]];
            n += 1;
            sx += l.x0, sxx += l.x0 * l.x0, su += o->box.left(), sxu += l.x0 * o->box.left();
            sy += l.y0, syy += l.y0 * l.y0, sv += o->box.top(), syv += l.y0 * o->box.top();
        }
        const double dx = n * sxx - sx * sx, dy = n * syy - sy * sy;
        if (n < 3 || dx < 1e-6 || dy < 1e-6)
            break;
        Fit f;
        f.sx = (n * sxu - sx * su) / dx;
        f.tx = (su - f.sx * sx) / n;
        f.sy = (n * syv - sy * sv) / dy;
        f.ty = (sv - f.sy * sy) / n;
        if (f.sx < 0.5 || f.sx > 2.0 || f.sy < 0.5 || f.sy > 2.0)
            break;
        if (!best.offer(f, marks))
            break;
    }
}

// Top to bottom: a value that wraps onto more lines than when taught
// pushes the print below it down, so each landmark is looked for where
// the fit puts it, moved by as much as the landmark found just above
// it was. A label printed twice (the mother's and the father's "Năm
// sinh") is then taken where this document has it, not a line off.
void placeLandmarks(const PageLandmarks& marks, const Fit& best, Located& out)
{
    const LayoutModel& layout = marks.layout;
    const QList<int>& ids = marks.ids;
    QList<int> byY(ids.size());
    std::iota(byY.begin(), byY.end(), 0);
    std::stable_sort(byY.begin(), byY.end(),
                     [&](int a, int b) { return layout.landmarks[ids[a]].y0 < layout.landmarks[ids[b]].y0; });
    double shift = 0;
    for (int k : byY) {
        const Landmark& l = layout.landmarks[ids[k]];
        const double x = best.sx * l.x0 + best.tx, y = best.sy * l.y0 + best.ty;
        const Occurrence* which = nullptr;
        double bestDistance = 1e9;
        for (const Occurrence& o : marks.occ[k]) {
            if (!o.oneRow)
                continue;
            // Near where the fit puts it, or where the print above it moved it
            // (a block of lines this copy has and the taught one had not).
            const double ex = std::abs(o.box.left() - x);
            const double ey = std::min(std::abs(o.box.top() - y), std::abs(o.box.top() - (y + shift)));
            if (ex >= kSlackX || ey >= kSlackY)
                continue;
            const double d = ex + std::abs(o.box.top() - (y + shift));
            if (d < bestDistance) {
                bestDistance = d;
                which = &o;
            }
        }
        if (!which) {
            out.expected[ids[k]] = QRectF(x, y + shift, best.sx * (l.x1 - l.x0), best.sy * (l.y1 - l.y0));
            continue;
        }
        out.landmarks[ids[k]] = *which;
        ++out.agreeing;
        shift = which->box.top() - y;
    }
}

// A layout that fits puts its values where this page has text that is not print:
// a form whose labels sit elsewhere (another layout with the same labels) does not.
// The number of the layout's value places that hold such text.
int filledSlots(const PreparedDocument& doc, const LayoutModel& layout, const Located& out)
{
    QSet<int> print;
    for (const Landmark& l : layout.landmarks)
        if (l.page < doc.pages.size())
            for (const Occurrence& o : doc.pages[l.page]->find(l.key, landmarkTolerance(int(l.key.size()))))
                for (int t : o.tokens)
                    print.insert(t);
    // Only anchors found on the page count here: a place computed from an
    // expected anchor says nothing about whether the form is this one.
    int slots = 0;
    for (const FieldPlacement& fp : layout.fields) {
        if (fp.anchor < 0 || fp.anchor >= out.landmarks.size() || !out.landmarks[fp.anchor])
            continue;
        const std::optional<QRectF> anchor = out.anchorBox(fp.anchor);
        if (!anchor)
            continue;
        const int page = layout.landmarks[fp.anchor].page;
        const Located::Fit& fit = out.fits.value(page);
        const QRectF a = *anchor;
        const double x =
            (fp.relation == FieldPlacement::Relation::Right ? a.right() : a.left()) + fp.dx * fit.sx;
        const double y = a.center().y() + fp.dy * fit.sy;
        const PageText& text = *doc.pages[page];
        bool filled = false;
        for (int r : text.rows()) {
            for (int t : doc.doc.rows[r].tokens) {
                if (print.contains(t) || doc.doc.tokens[t].leader)
                    continue;
                const QRectF b = text.tokenBox(t);
                if (std::abs(b.center().y() - y) < 0.75 && b.left() > x - 1.5 &&
                    b.left() < x + std::max(2.0, 0.5 * fp.width * fit.sx)) {
                    filled = true;
                    break;
                }
            }
            if (filled)
                break;
        }
        slots += filled;
    }
    return slots;
}

} // namespace

Located locate(const PreparedDocument& doc, const LayoutModel& layout)
{
    Located out;
    out.landmarks.resize(layout.landmarks.size());
    out.fits.resize(layout.pages);
    out.expected.resize(layout.landmarks.size());
    if (layout.landmarks.isEmpty())
        return out;
    for (int page = 0; page < layout.pages && page < doc.pages.size(); ++page) {
        const PageLandmarks marks = pageLandmarks(*doc.pages[page], layout, page);
        // Hypotheses from pairs of landmarks printed once, else from single landmarks.
        BestFit best;
        fitFromPairs(marks, best);
        if (best.count < 4)
            fitFromSingles(marks, best);
        refineFit(marks, best);
        out.fits[page] = best.fit;
        if (best.count == 0)
            continue;
        placeLandmarks(marks, best.fit, out);
    }
    followMovedBlocks(doc, layout, out);
    out.slots = filledSlots(doc, layout, out);
    out.score = double(out.agreeing + out.slots) / (layout.landmarks.size() + layout.fields.size());
    return out;
}

std::optional<QRectF> Located::anchorBox(int landmark) const
{
    if (landmark < 0 || landmark >= landmarks.size())
        return std::nullopt;
    if (landmarks[landmark])
        return landmarks[landmark]->box;
    if (landmark < expected.size() && !expected[landmark].isNull())
        return expected[landmark];
    return std::nullopt;
}

bool accepted(const Located& located, const LayoutModel& layout)
{
    return located.score >= kMatchThreshold && located.agreeing >= 4 &&
           located.slots >= 0.7 * double(layout.fields.size());
}

extraction::DocumentExtraction readLocated(const PreparedDocument& prepared, const LayoutModel& layout,
                                           const Located& located)
{
    extraction::DocumentExtraction out;
    out.type = layout.type;
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(layout.type);
    if (!type)
        return out;
    const extraction::DocumentModel& doc = prepared.doc;
    // Tokens that are print (found landmarks) are never part of a value.
    QSet<int> printTokens;
    for (const auto& o : located.landmarks)
        if (o)
            for (int t : o->tokens)
                printTokens.insert(t);
    // Where each placed value starts on this document.
    struct Start {
        double x = 0, y = 0;
        int page = -1;
    };
    QList<Start> starts(layout.fields.size());
    for (int i = 0; i < layout.fields.size(); ++i) {
        const FieldPlacement& fp = layout.fields[i];
        const std::optional<QRectF> anchor = located.anchorBox(fp.anchor);
        if (!anchor)
            continue;
        const QRectF a = *anchor;
        starts[i].page = layout.landmarks[fp.anchor].page;
        const Located::Fit& fit = located.fits.value(starts[i].page);
        starts[i].x =
            (fp.relation == FieldPlacement::Relation::Right ? a.right() : a.left()) + fp.dx * fit.sx;
        starts[i].y = a.center().y() + fp.dy * fit.sy;
    }
    for (int i = 0; i < layout.fields.size(); ++i) {
        const FieldPlacement& fp = layout.fields[i];
        const Start& s = starts[i];
        const records::FieldDef* f = type->field(fp.field);
        if (s.page < 0 || !f || s.page >= prepared.pages.size())
            continue;
        const PageText& text = *prepared.pages[s.page];
        const QRectF anchor = *located.anchorBox(fp.anchor);
        // Left edge: a little before where the value started when taught, never into the label.
        double left = s.x - 1.5;
        if (fp.relation == FieldPlacement::Relation::Right)
            left = std::max(left, anchor.right() - 0.3);
        // Right edge: the next value or print on the same line.
        double right = 1e9;
        for (int j = 0; j < starts.size(); ++j)
            if (j != i && starts[j].page == s.page && std::abs(starts[j].y - s.y) < 0.75 &&
                starts[j].x > s.x + 1.0)
                right = std::min(right, starts[j].x - 1.0);
        for (int l = 0; l < located.landmarks.size(); ++l) {
            const auto& o = located.landmarks[l];
            if (!o || l == fp.anchor || layout.landmarks[l].page != s.page)
                continue;
            if (std::abs(o->box.center().y() - s.y) < 0.75 && o->box.left() > s.x + 1.0)
                right = std::min(right, o->box.left() - 0.2);
        }
        // First line: the tokens in that band; then lines below while they hold no print.
        QList<QList<int>> lines;
        double lastY = s.y;
        const bool mayWrap = f->kind == records::ValueKind::Place || f->kind == records::ValueKind::Name ||
                             f->kind == records::ValueKind::Text;
        const int maxLines = fp.lines + (mayWrap ? 1 : 0);
        const double contLeft =
            fp.lines > 1 ? anchor.left() + fp.contDx - 1.5 : std::min(left, anchor.left() - 1.0);
        for (int r : text.rows()) {
            const extraction::Row& row = doc.rows[r];
            const double cy = row.cy() / text.unit();
            const bool first = lines.isEmpty();
            if (first && std::abs(cy - s.y) > 0.75)
                continue;
            if (!first && (cy <= lastY + 0.5 || cy > lastY + 2.2))
                continue;
            QList<int> line;
            bool print = false, otherValue = false;
            for (int t : row.tokens) {
                const QRectF b = text.tokenBox(t);
                const double from = first ? left : contLeft;
                if (b.center().x() < from || b.left() > right)
                    continue;
                if (printTokens.contains(t)) {
                    print = true;
                    continue;
                }
                if (doc.tokens[t].leader)
                    continue;
                line.append(t);
            }
            if (!first) {
                for (int j = 0; j < starts.size(); ++j)
                    // (Another value on that row in this value's column: a block
                    // beside this one, the wife's beside the husband's, lets it wrap.)
                    otherValue |= j != i && starts[j].page == s.page && std::abs(starts[j].y - cy) < 0.75 &&
                                  starts[j].x >= contLeft - 1.0 && starts[j].x <= right;
                if (print || otherValue || line.isEmpty())
                    break;
            }
            if (line.isEmpty())
                continue;
            lines.append(line);
            lastY = cy;
            if (lines.size() >= maxLines)
                break;
        }
        if (lines.isEmpty())
            continue;
        QString value;
        QList<float> conf;
        QRect box;
        int page = 0;
        for (const QList<int>& line : lines)
            for (int t : line) {
                const extraction::Token& tok = doc.tokens[t];
                if (!value.isEmpty()) {
                    value.append(QLatin1Char(' '));
                    conf.append(1.0f);
                }
                value.append(tok.text);
                conf.append(tok.charConf);
                while (conf.size() < value.size())
                    conf.append(float(tok.conf));
                box = box.isNull() ? tok.box : box.united(tok.box);
                page = tok.page + 1;
            }
        records::FieldValue v;
        extraction::FieldEvidence ev;
        if (!extraction::readFieldText(*f, value, conf.mid(0, value.size()), v, ev))
            continue;
        ev.label = layout.landmarks[fp.anchor].text;
        // A label found as taught vouches for the value; one only expected (not
        // found on this copy) half as much.
        ev.labelQuality = located.landmarks[fp.anchor]
                              ? 1.0 - double(located.landmarks[fp.anchor]->distance) /
                                          std::max<qsizetype>(1, layout.landmarks[fp.anchor].key.size())
                              : 0.5;
        ev.lines = int(lines.size());
        ev.layout = layout.name;
        ev.note = QStringLiteral("found by layout");
        v.box = box;
        v.page = page;
        v.layout = layout.name; // stored with the field: which way the value was found
        out.fields.insert(f->key, v);
        out.evidence.insert(f->key, ev);
        out.labelled.insert(f->key);
    }
    return out;
}

} // namespace detail

namespace {

// A generic value that is the form's own print (a caption beside an empty or
// unreadable value, "Năm sinh cha" taken for the father's name): the layout
// knows that text as print, so it is no value. Fields the layout placed stay.
void dropPrintReadAsValues(const LayoutModel& layout, const QSet<QString>& placed,
                           extraction::DocumentExtraction& extraction)
{
    for (auto it = extraction.fields.begin(); it != extraction.fields.end();) {
        const QString key = extraction::foldKey(it->value);
        bool print = false;
        if (!placed.contains(it.key()) && key.size() >= 4)
            for (const Landmark& l : layout.landmarks) {
                const int tolerance = int(key.size()) / 5;
                // Most of the piece of print: "Việt Nam" is no print because the
                // national motto ends with it.
                if (l.key.size() >= key.size() && 5 * key.size() >= 3 * l.key.size() &&
                    extraction::approximateFind(key, l.key, tolerance) <= tolerance) {
                    print = true;
                    break;
                }
            }
        if (!print) {
            ++it;
            continue;
        }
        extraction.evidence.remove(it.key());
        it = extraction.fields.erase(it);
    }
}

} // namespace

LayoutMatch matchLayout(const QList<ocr::OcrPage>& pages, const QList<LayoutModel>& layouts)
{
    LayoutMatch best;
    if (layouts.isEmpty())
        return best;
    const PreparedDocument doc(pages);
    for (int i = 0; i < layouts.size(); ++i) {
        if (detail::printOverlap(doc, layouts[i]) < kMatchThreshold)
            continue;
        const Located l = detail::locate(doc, layouts[i]);
        if (detail::accepted(l, layouts[i]) && l.score > best.score) {
            best.layout = i;
            best.score = l.score;
        }
    }
    return best;
}

extraction::DocumentExtraction readWithLayout(const QList<ocr::OcrPage>& pages, const LayoutModel& layout)
{
    const PreparedDocument doc(pages);
    Located located = detail::locate(doc, layout);
    // Landmarks only expected (not found) place values on a form the layout
    // matches; forced onto another form, the layout reads only where it finds its print.
    if (!detail::accepted(located, layout)) {
        located.expected.clear();
        for (int i = 0; i < located.moved.size(); ++i)
            if (located.moved[i])
                located.landmarks[i].reset();
    }
    return detail::readLocated(doc, layout, located);
}

QString applyLayouts(const QList<ocr::OcrPage>& pages, const QList<LayoutModel>& layouts,
                     extraction::DocumentExtraction& extraction)
{
    if (layouts.isEmpty() || pages.isEmpty())
        return {};
    const PreparedDocument doc(pages);
    int bestIndex = -1;
    double bestScore = 0;
    Located bestLocated;
    // A layout of another record type than the one the classifier is sure of
    // is not tried: forms of one family share most of their print (the death
    // and birth extracts of form A), and reading a birth as a death loses it.
    // A form the classifier does not know (unsure, or unknown) is the layout's to read.
    const bool typeSure = extraction.type != QLatin1String("unknown") && extraction.typeConfidence >= 0.8;
    for (int i = 0; i < layouts.size(); ++i) {
        if (typeSure && layouts[i].type != extraction.type)
            continue;
        if (detail::printOverlap(doc, layouts[i]) < kMatchThreshold)
            continue;
        Located l = detail::locate(doc, layouts[i]);
        if (detail::accepted(l, layouts[i]) && l.score > bestScore) {
            bestIndex = i;
            bestScore = l.score;
            bestLocated = std::move(l);
        }
    }
    if (bestIndex < 0)
        return {};
    const LayoutModel& layout = layouts[bestIndex];
    if (extraction.type != layout.type) {
        // The layout knows the form better than the classifier: read it as the layout's type.
        const QMap<QString, double> scores = extraction.typeScores;
        extraction = extraction::extractDocument(pages, layout.type);
        extraction.typeScores = scores;
    }
    extraction.typeConfidence = std::max(extraction.typeConfidence, bestScore);
    const extraction::DocumentExtraction byLayout = detail::readLocated(doc, layout, bestLocated);
    // Blocks this copy prints in another order than the taught one (the
    // father's before the mother's): the layout then reads one field's value
    // where the generic reading, by its label, found another field's. Neither
    // field is taken from the layout.
    auto swapped = [&](const QString& field, const QString& value) {
        for (auto g = extraction.fields.constBegin(); g != extraction.fields.constEnd(); ++g) {
            if (g.key() == field || g->value != value || !extraction.labelled.contains(g.key()))
                continue;
            const auto other = byLayout.fields.constFind(g.key());
            if (other != byLayout.fields.constEnd() && other->value != g->value)
                return true;
        }
        return false;
    };
    QSet<QString> taken;
    for (auto it = byLayout.fields.constBegin(); it != byLayout.fields.constEnd(); ++it) {
        if (extraction.fields.value(it.key()).value != it->value && swapped(it.key(), it->value))
            continue;
        // The generic reading stays when it is clearly surer, or when the
        // layout's value is the generic one with more text after it (a line
        // of print this copy has below the value, read as a continuation).
        const records::FieldValue generic = extraction.fields.value(it.key());
        if (!generic.value.isEmpty() && generic.value != it->value) {
            const bool surer = generic.confidence >= it->confidence + 0.1;
            // (or before it: the end of a longer label this copy prints, "khai tử").
            const bool overRead = generic.confidence >= 0.95 && it->value.size() > generic.value.size() &&
                                  (it->value.startsWith(generic.value + QLatin1Char(' ')) ||
                                   it->value.endsWith(QLatin1Char(' ') + generic.value));
            if (surer || overRead)
                continue;
        }
        taken.insert(it.key());
        extraction.fields.insert(it.key(), it.value());
        extraction.evidence.insert(it.key(), byLayout.evidence.value(it.key()));
        extraction.labelled.insert(it.key());
        extraction.blank.remove(it.key());
    }
    // Doubtful readings of values the layout replaced are not read again.
    extraction.rereads.erase(
        std::remove_if(extraction.rereads.begin(), extraction.rereads.end(),
                       [&](const extraction::RereadRequest& r) { return taken.contains(r.field); }),
        extraction.rereads.end());
    QSet<QString> placed;
    for (auto it = byLayout.fields.constBegin(); it != byLayout.fields.constEnd(); ++it)
        placed.insert(it.key());
    dropPrintReadAsValues(layout, placed, extraction);
    // The layout's values judged with the document, as the generic reading's are.
    if (!taken.isEmpty())
        extraction::judgeDocumentAgain(extraction);
    return layout.name;
}

} // namespace sohoa::layouts
