// Values printed without a label of their own: set phrases, the signer's name
// under the signature block, and the other locators of the type data.
#include "core/extraction/Classifier.h"
#include "core/extraction/CoordinateTable.h"
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
                // (A number whose decimal point OCR lost, 8-10 digits, gets it back from its column;
                // one read with two marks for its point, "591340,.36", has one.)
                static const QRegularExpression coordinate(
                    QStringLiteral("^(?:[0-9]{5,7}[.,]{1,2}[0-9]{1,4}|[0-9]{8,10})$"));
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

// A personal id whose label was misread beyond finding ("CAIND so" for "CMND số") still
// has its shape: a run of 9 or 12 digits standing alone on its line. It is placed in
// the one id field left empty of a part of the form that was read (the holder's, not an
// absent co-holder's), and only when the document has exactly one such run that no
// field took: never a guess between two numbers or two fields.
void DocumentReader::placeIdsByShape()
{
    QSet<int> taken;
    for (const FieldReading& r : std::as_const(m_read)) {
        for (int ti : r.span.tokens)
            taken.insert(ti);
        for (int ti : r.words.tokens)
            taken.insert(ti);
    }
    QList<const FieldDef*> empty;
    for (const FieldDef& f : m_type.fields) {
        if (f.kind != records::ValueKind::PersonalId || m_read.value(f.key).filled)
            continue;
        bool partRead = false;
        for (const FieldDef& g : m_type.fields)
            partRead = partRead ||
                       (g.group == f.group && g.key != f.key && !m_read.value(g.key).span.tokens.isEmpty());
        if (partRead)
            empty.append(&f);
    }
    if (empty.size() != 1)
        return;
    static const QRegularExpression idShape(QStringLiteral("^(?:[0-9]{9}|[0-9]{12})$"));
    QList<int> found;
    for (const Row& row : m_doc.rows) {
        QString digits;
        bool alone = !row.tokens.isEmpty();
        for (int ti : row.tokens) {
            const Token& t = m_doc.tokens[ti];
            if (t.leader)
                continue;
            alone = alone && !taken.contains(ti) && !m_hitOfToken.contains(ti);
            for (QChar c : t.text)
                if (c.isDigit())
                    digits.append(c);
                else if (c != QLatin1Char('.'))
                    alone = false;
        }
        if (!alone || !idShape.match(digits).hasMatch())
            continue;
        if (!found.isEmpty())
            return; // two numbers of an id's shape: which one is not for the shape to say
        for (int ti : row.tokens)
            if (!m_doc.tokens[ti].leader)
                found.append(ti);
    }
    if (found.isEmpty())
        return;
    FieldReading& rd = m_read[empty.first()->key];
    rd.filled = true;
    rd.span.tokens = found;
    rd.span.lines = 1;
    rd.labelQuality = 0;
    rd.byShape = true;
}

} // namespace sohoa::extraction::detail
