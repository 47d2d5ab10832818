// Teaching a layout: find each verified value on the page, the print beside
// or above it, and keep only print (never a value) as the layout's landmarks.
#include "core/extraction/PageModel.h"
#include "core/extraction/TextFold.h"
#include "core/i18n/Tr.h"
#include "core/layouts/Layout.h"
#include "core/layouts/LayoutPage_p.h"
#include "core/layouts/LayoutRead_p.h"
#include "core/records/RecordType.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <memory>
#include <optional>

namespace sohoa::layouts {

using detail::Occurrence;
using detail::PageText;
using extraction::foldKey;
using records::FieldDef;
using records::ValueKind;

namespace {

// The folded forms a canonical value may take on paper.
QStringList printedKeys(const FieldDef& f, const QString& value)
{
    QStringList out;
    auto dateForms = [&](const QString& iso, const QString& prefix) {
        const QStringList p = iso.split(QLatin1Char('-'));
        if (p.size() != 3)
            return;
        const QString &d = p[2], &m = p[1], &y = p[0];
        const QString d1 = QString::number(d.toInt()), m1 = QString::number(m.toInt());
        for (const QString& dd : {d, d1})
            for (const QString& mm : {m, m1}) {
                out.append(prefix + dd + mm + y);
                out.append(prefix + QStringLiteral("ngay") + dd + QStringLiteral("thang") + mm +
                           QStringLiteral("nam") + y);
            }
    };
    switch (f.kind) {
    case ValueKind::Date:
        dateForms(value, QString());
        break;
    case ValueKind::Time: {
        const QStringList p = value.split(QLatin1Char(':'));
        if (p.size() == 2) {
            out.append(p[0] + QStringLiteral("gio") + p[1] + QStringLiteral("phut"));
            out.append(p[0] + p[1]);
            out.append(p[0] + QStringLiteral("h") + p[1]);
        }
        break;
    }
    case ValueKind::Enum: {
        const QJsonObject map = f.extraction.value(QLatin1String("value_map")).toObject();
        for (const QJsonValue& v : map.value(value).toArray())
            out.append(foldKey(v.toString()));
        if (const QString label = f.choiceLabel(value); !label.isEmpty())
            out.append(foldKey(label));
        break;
    }
    case ValueKind::Decimal:
        out.append(foldKey(QString(value).replace(QLatin1Char('.'), QLatin1Char(','))));
        break;
    case ValueKind::LandTerm:
        if (value == QLatin1String("long_term"))
            out.append(QStringLiteral("laudai"));
        else
            dateForms(value, QStringLiteral("denngay"));
        break;
    case ValueKind::LandPurpose:
        for (const QString& code : value.split(QLatin1Char('+'))) {
            const QString label = f.choiceLabel(code);
            out.append(foldKey(label.isEmpty() ? code : label));
        }
        break;
    default:
        out.append(foldKey(value));
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

// Folded words of everything record types print as labels and titles: print a
// layout may keep. Other text on the page (names, places) is never kept.
const QSet<QString>& printVocabulary()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        auto add = [&](const QString& text) {
            for (const QString& word :
                 extraction::foldWords(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                w.insert(foldKey(word));
        };
        for (const records::RecordType* t : records::RecordTypeRegistry::builtin().all()) {
            for (const QString& title : t->titles)
                add(title);
            add(t->nameVi);
            for (const records::GroupDef& g : t->groups)
                add(g.labelVi);
            for (const FieldDef& f : t->fields) {
                add(f.labelVi);
                for (const QString& l : f.printedLabels)
                    add(l);
            }
        }
        for (const char* extra : {"cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc", "so",
                                  "quyen", "mau", "ghi bang chu", "thong tin", "nguoi", "ky", "trich luc",
                                  "ghi ro", "chuc vu", "dong dau", "uy ban nhan dan", "giay chung nhan"})
            add(QString::fromLatin1(extra));
        return w;
    }();
    return words;
}

struct Segment {
    int page = 0;
    QList<int> tokens;
    QString key, text;
    QRectF box;
    bool label = false; // ends at a colon or a dotted leader: a label the form prints
};

struct Placed {
    const FieldDef* field = nullptr;
    int page = 0;
    QList<int> tokens;
};

bool isItemNumber(const QString& key)
{
    // "1", "2a", "12b", "ii": item numbers and captions' numbering
    if (key.isEmpty() || key.size() > 3)
        return false;
    int digits = 0;
    for (QChar c : key)
        digits += c.isDigit();
    return digits > 0 || key == QLatin1String("i") || key == QLatin1String("ii") ||
           key == QLatin1String("iii");
}

// A value the clerk taught: its field and the folded forms it may take on paper.
struct Want {
    const FieldDef* f;
    QStringList keys;
    int length;
};

using Texts = QList<std::shared_ptr<PageText>>;

// 1a. The taught values, longest first, so that a short value ("Nam") does not take a piece of a long
//     one; valueKeys gets every folded form, to keep values out of the landmarks.
QList<Want> wantedValues(const records::RecordType& type, const QMap<QString, QString>& values,
                         QStringList* valueKeys)
{
    QList<Want> wants;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldDef* f = type.field(it.key());
        if (!f || it.value().trimmed().isEmpty())
            continue;
        const QStringList keys = printedKeys(*f, it.value().trimmed());
        if (keys.isEmpty())
            continue;
        int len = 0;
        for (const QString& k : keys)
            len = std::max(len, int(k.size()));
        wants.append({f, keys, len});
        valueKeys->append(foldKey(it.value()));
        valueKeys->append(keys);
    }
    // Equal lengths in the order the type defines its fields (the child's,
    // then the mother's, then the father's "Kinh"): with the reading order
    // below, a value printed several times goes to the fields in paper order.
    auto fieldIndex = [&](const FieldDef* f) { return int(f - type.fields.data()); };
    std::stable_sort(wants.begin(), wants.end(), [&](const Want& a, const Want& b) {
        return a.length != b.length ? a.length > b.length : fieldIndex(a.f) < fieldIndex(b.f);
    });
    return wants;
}

// 1b. How well one occurrence of a taught value's key reads as that value (lower is better), or
//     nullopt when it overlaps a value already placed or covers too little of its tokens.
std::optional<double> occurrenceScore(const extraction::DocumentModel& doc, const PageText& text,
                                      const Want& w, const QString& key, const Occurrence& o,
                                      const QSet<int>& claimed, const extraction::DocumentExtraction& generic)
{
    int covered = 0, total = 0;
    for (int t : o.tokens) {
        if (claimed.contains(t))
            return std::nullopt;
        total += doc.tokens[t].key.size();
    }
    covered = int(key.size()) - o.distance;
    const double coverage = total ? double(covered) / total : 0;
    if (coverage < 0.7)
        return std::nullopt;
    // A value stands apart: after a colon, a leader or a gap, and before one.
    const extraction::Token& first = doc.tokens[o.tokens.first()];
    const extraction::Token& last = doc.tokens[o.tokens.last()];
    const extraction::Row& firstRow = doc.rows[first.row];
    const extraction::Row& lastRow = doc.rows[last.row];
    const int fi = int(firstRow.tokens.indexOf(o.tokens.first()));
    const int li = int(lastRow.tokens.indexOf(o.tokens.last()));
    bool startsApart = fi <= 0, endsApart = li < 0 || li + 1 >= lastRow.tokens.size();
    if (fi > 0) {
        const extraction::Token& prev = doc.tokens[firstRow.tokens[fi - 1]];
        startsApart = prev.colonAfter || prev.leader || (first.x0 - prev.x1) > 1.2 * text.unit();
    }
    if (!endsApart) {
        const extraction::Token& next = doc.tokens[lastRow.tokens[li + 1]];
        endsApart = next.leader || (next.x0 - last.x1) > 1.2 * text.unit();
    }
    // Where the generic reading found the value: when it read the taught value, the occurrence it
    // read is the field's (its label said so).
    const records::FieldValue& read = generic.fields.value(w.f->key);
    bool readThere = false;
    if (!read.box.isEmpty() && read.page - 1 == text.page() && printedKeys(*w.f, read.value).contains(key))
        for (int t : o.tokens)
            readThere |= doc.tokens[t].box.intersects(read.box);
    // Ties (the same text printed twice) go to the first in reading order.
    const extraction::Token& at = doc.tokens[o.tokens.first()];
    const double order = 1e-7 * (text.page() * 1e5 + at.y0 * 10 + at.x0 / 100);
    return double(o.distance) / key.size() - 0.15 * startsApart - 0.15 * endsApart -
           0.2 * std::min(1.0, coverage) - 0.3 * readThere + order;
}

// 1c. Each taught value's best occurrence on the pages; its tokens go into claimed.
QList<Placed> placeValues(const extraction::DocumentModel& doc, const Texts& texts, const QList<Want>& wants,
                          const extraction::DocumentExtraction& generic, QSet<int>* claimed)
{
    QList<Placed> placed;
    for (const Want& w : wants) {
        double bestScore = 1e9;
        Placed best;
        for (const auto& text : texts) {
            for (const QString& key : w.keys) {
                const int tolerance = key.size() <= 3 ? 0 : std::max(1, int(key.size()) / 5);
                for (const Occurrence& o : text->find(key, tolerance)) {
                    const std::optional<double> score =
                        occurrenceScore(doc, *text, w, key, o, *claimed, generic);
                    if (score && *score < bestScore) {
                        bestScore = *score;
                        best = {w.f, text->page(), o.tokens};
                    }
                }
            }
        }
        if (!best.field)
            continue;
        for (int t : best.tokens)
            claimed->insert(t);
        placed.append(best);
    }
    return placed;
}

// 2a. The print of one row: runs of tokens between values, leaders and gaps.
void rowSegments(const extraction::DocumentModel& doc, const PageText& text, const extraction::Row& row,
                 const QSet<int>& claimed, QList<Segment>* segments)
{
    Segment cur;
    auto flush = [&] {
        if (!cur.tokens.isEmpty() && cur.key.size() >= 2) {
            cur.page = text.page();
            cur.box = text.boxOf(cur.tokens);
            segments->append(cur);
        }
        cur = Segment();
    };
    double lastX1 = -1e9;
    for (int i = 0; i < row.tokens.size(); ++i) {
        const int t = row.tokens[i];
        const extraction::Token& tok = doc.tokens[t];
        if (claimed.contains(t) || tok.leader) {
            // Text before a leader is a label only when a taught value
            // follows the leader: forms also print leaders after values,
            // and a value nobody taught (a signer's name) must not be kept.
            if (tok.leader) {
                int next = i + 1;
                while (next < row.tokens.size() && doc.tokens[row.tokens[next]].leader)
                    ++next;
                cur.label |= next < row.tokens.size() && claimed.contains(row.tokens[next]);
            }
            flush();
            lastX1 = -1e9;
            continue;
        }
        if (!cur.tokens.isEmpty() && tok.x0 - lastX1 > 1.2 * text.unit())
            flush();
        // An item number ("1a.", "5.", "II.") is not part of the print a
        // layout keeps: forms number their items differently from copy to
        // copy (a co-holder's block renumbers everything after it).
        if (cur.tokens.isEmpty() &&
            isItemNumber(tok.key.endsWith(QLatin1Char('.')) ? tok.key.chopped(1) : tok.key)) {
            lastX1 = tok.x1;
            continue;
        }
        cur.tokens.append(t);
        cur.key += tok.key;
        cur.text += (cur.text.isEmpty() ? QString() : QStringLiteral(" ")) + tok.text;
        lastX1 = tok.x1;
        if (tok.colonAfter) {
            cur.label = true;
            // A label ends at its colon; a comma (or a point a misread may
            // give) inside a caption ("Họ, chữ đệm, tên người mẹ") does not
            // end it when the caption goes on close by.
            const bool goesOn = !tok.text.endsWith(QLatin1Char(':')) && i + 1 < row.tokens.size() &&
                                !claimed.contains(row.tokens[i + 1]) &&
                                !doc.tokens[row.tokens[i + 1]].leader &&
                                doc.tokens[row.tokens[i + 1]].x0 - tok.x1 < 1.2 * text.unit();
            if (!goesOn)
                flush();
        }
    }
    flush();
}

// 2b. Only print: most words printed labels of the known forms, or a label of
//     this form (it ends at a colon or a leader); no taught value in it, no
//     long digit runs. A name or a place that is not a taught value (a
//     signer's name) ends at neither and is never kept.
QList<Segment> printOnly(const extraction::DocumentModel& doc, const QList<Segment>& segments,
                         const QStringList& valueKeys)
{
    const QSet<QString>& vocab = printVocabulary();
    QList<Segment> print;
    for (const Segment& s : segments) {
        int known = 0, digits = 0;
        for (int t : s.tokens) {
            const QString& k = doc.tokens[t].key;
            known += vocab.contains(k) || isItemNumber(k);
            for (QChar c : k)
                digits += c.isDigit();
        }
        if ((qsizetype(known) * 2 < s.tokens.size() && !s.label) || digits >= 4)
            continue;
        bool holdsValue = false;
        for (const QString& v : valueKeys) {
            if (v.size() < 5)
                continue;
            holdsValue |= extraction::approximateFind(v, s.key, int(v.size()) / 4) <= int(v.size()) / 4;
            if (s.key.size() >= 5)
                holdsValue |=
                    extraction::approximateFind(s.key, v, int(s.key.size()) / 4) <= int(s.key.size()) / 4;
            if (holdsValue)
                break;
        }
        if (!holdsValue)
            print.append(s);
    }
    return print;
}

// The model's landmarks made from print segments, each segment at most once.
class LandmarkBook {
public:
    LandmarkBook(LayoutModel& model, const QList<Segment>& print)
        : m_model(model)
        , m_print(print)
    {
    }

    int landmarkFor(int s)
    {
        if (auto it = m_landmarkOf.constFind(s); it != m_landmarkOf.constEnd())
            return it.value();
        const Segment& seg = m_print[s];
        Landmark l;
        l.text = seg.text;
        l.key = seg.key;
        l.page = seg.page;
        l.x0 = seg.box.left();
        l.y0 = seg.box.top();
        l.x1 = seg.box.right();
        l.y1 = seg.box.bottom();
        m_model.landmarks.append(l);
        m_landmarkOf.insert(s, int(m_model.landmarks.size()) - 1);
        return int(m_model.landmarks.size()) - 1;
    }
    bool contains(int s) const { return m_landmarkOf.contains(s); }

private:
    LayoutModel& m_model;
    const QList<Segment>& m_print;
    QMap<int, int> m_landmarkOf; // print index -> landmark index
};

// 3. A placed value's anchor: the print just left of it on its line, or else the caption just
//    above it; nullopt when it has neither.
std::optional<FieldPlacement> anchorValue(const extraction::DocumentModel& doc, const PageText& text,
                                          const Placed& p, const QList<Segment>& print, LandmarkBook& book,
                                          const LayoutModel& model)
{
    // First line of the value and the lines after it.
    const double firstRowY = doc.rows[doc.tokens[p.tokens.first()].row].cy();
    QList<int> firstLine, rest;
    for (int t : p.tokens)
        (std::abs(doc.tokens[t].cy() - firstRowY) < 0.6 * text.unit() ? firstLine : rest).append(t);
    const QRectF v = text.boxOf(firstLine);
    int right = -1, below = -1;
    double bestRight = -1e9, bestBelow = 1e9;
    for (int s = 0; s < print.size(); ++s) {
        const Segment& seg = print[s];
        if (seg.page != p.page)
            continue;
        const QRectF& b = seg.box;
        if (std::abs(b.center().y() - v.center().y()) < 0.8 && b.right() <= v.left() + 0.3 &&
            v.left() - b.right() < 40 && b.right() > bestRight) {
            bestRight = b.right();
            right = s;
        }
        const double gap = v.top() - b.bottom();
        if (gap > -0.3 && gap < 3.0 && b.left() < v.right() && b.right() > v.left() - 1.0) {
            const double score = gap + 0.05 * std::abs(b.left() - v.left());
            if (score < bestBelow) {
                bestBelow = score;
                below = s;
            }
        }
    }
    FieldPlacement fp;
    fp.field = p.field->key;
    if (right >= 0) {
        const QRectF& a = print[right].box;
        fp.anchor = book.landmarkFor(right);
        fp.relation = FieldPlacement::Relation::Right;
        fp.dx = v.left() - a.right();
        fp.dy = v.center().y() - a.center().y();
    } else if (below >= 0) {
        const QRectF& a = print[below].box;
        fp.anchor = book.landmarkFor(below);
        fp.relation = FieldPlacement::Relation::Below;
        fp.dx = v.left() - a.left();
        fp.dy = v.center().y() - a.center().y();
    } else {
        return std::nullopt;
    }
    fp.width = v.width();
    QSet<int> rows;
    for (int t : p.tokens)
        rows.insert(doc.tokens[t].row);
    fp.lines = std::max(1, int(rows.size()));
    if (!rest.isEmpty()) {
        const Landmark& a = model.landmarks[fp.anchor];
        fp.contDx = text.boxOf(rest).left() - a.x0;
    }
    return fp;
}

} // namespace

Result<LayoutModel> learnLayout(const QList<ocr::OcrPage>& pages, const QString& typeId,
                                const QMap<QString, QString>& values, const QString& name)
{
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(typeId);
    if (!type)
        return makeError(QStringLiteral("layout.unknown_type"),
                         Tr::tr("Unknown record type: %1").arg(typeId));
    const extraction::DocumentModel doc = extraction::DocumentModel::build(pages);
    if (doc.tokens.isEmpty())
        return makeError(QStringLiteral("layout.no_text"),
                         Tr::tr("No text was read on the page to learn from."));
    Texts texts;
    for (int p = 0; p < pages.size(); ++p)
        texts.append(std::make_shared<PageText>(doc, p));

    // 1. Find each value.
    QStringList valueKeys;
    const QList<Want> wants = wantedValues(*type, values, &valueKeys);
    const extraction::DocumentExtraction generic = extraction::extractDocument(pages, typeId);
    QSet<int> claimed;
    const QList<Placed> placed = placeValues(doc, texts, wants, generic, &claimed);

    // 2. The print: runs of tokens on a row between values, leaders and gaps.
    QList<Segment> segments;
    for (const auto& text : texts)
        for (int r : text->rows())
            rowSegments(doc, *text, doc.rows[r], claimed, &segments);
    const QList<Segment> print = printOnly(doc, segments, valueKeys);

    // 3. Each value's anchor.
    LayoutModel model;
    model.name = name;
    model.type = typeId;
    model.created = QDateTime::currentDateTimeUtc();
    model.pages = int(pages.size());
    LandmarkBook book(model, print);
    for (const Placed& p : placed)
        if (const std::optional<FieldPlacement> fp = anchorValue(doc, *texts[p.page], p, print, book, model))
            model.fields.append(*fp);
    // The rest of the print identifies the layout (the longest pieces, a few per page).
    QList<int> order;
    for (int s = 0; s < print.size(); ++s)
        if (!book.contains(s) && print[s].key.size() >= 4)
            order.append(s);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return print[a].key.size() > print[b].key.size(); });
    for (int s : order.mid(0, 40))
        book.landmarkFor(s);

    // 4. Keep only placements that read their own value back from the teaching page.
    const extraction::DocumentExtraction back = readWithLayout(pages, model);
    QList<FieldPlacement> kept;
    for (const FieldPlacement& fp : model.fields) {
        const QString taught = values.value(fp.field).trimmed();
        const QString read = back.fields.value(fp.field).value;
        if (!read.isEmpty() && (read == taught || foldKey(read) == foldKey(taught)))
            kept.append(fp);
    }
    model.fields = kept;
    if (model.fields.size() < 3)
        return makeError(
            QStringLiteral("layout.too_few_fields"),
            Tr::tr("Only %1 of the %2 values could be found on the page: too few to learn its layout. "
                   "Check that the values belong to this page.")
                .arg(model.fields.size())
                .arg(values.size()));
    return model;
}

} // namespace sohoa::layouts
