#include "core/extraction/LabelFinder.h"

#include "core/extraction/TextFold.h"
#include "core/records/RecordType.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace sohoa::extraction {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

bool endsWithClosingBracket(const QString& t)
{
    return t.endsWith(QLatin1Char(')')) || t.endsWith(QLatin1Char(']'));
}

bool endsLikeSeparator(const QString& t)
{
    if (t.isEmpty())
        return false;
    const QChar c = t.back();
    return c == QLatin1Char('.') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char(')') ||
           c == QLatin1Char(',');
}

// The words that open row `below` under a label standing at [x0, x1]: the
// label's own second line when it wrapped inside a table cell. At most three
// words, close together, starting under the label's start.
QList<int> labelWrapBelow(const DocumentModel& doc, int below, double x0, double x1, double lh)
{
    QList<int> out;
    const Row& row = doc.rows[below];
    for (int ti : row.tokens) {
        const Token& t = doc.tokens[ti];
        if (t.x1 < x0 - 0.6 * lh)
            continue; // a row number or a cell to the left
        if (out.isEmpty()) {
            if (t.leader || t.marker || t.key.isEmpty() || t.x0 > x0 + 1.5 * lh || t.x0 < x0 - 0.6 * lh)
                return {};
        } else {
            const Token& prev = doc.tokens[out.last()];
            if (t.leader || t.key.isEmpty() || t.x0 - prev.x1 > 1.0 * lh || t.x1 > x1 + 2 * lh)
                break;
        }
        out.append(ti);
        if (t.colonAfter || out.size() == 3)
            break;
    }
    return out;
}

} // namespace

int labelTolerance(int length)
{
    if (length <= 4)
        return 0;
    if (length <= 9)
        return 1;
    if (length <= 15)
        return 2;
    if (length <= 24)
        return 3;
    return 4;
}

QList<LabelSpec> labelSpecsFor(const records::RecordType& type)
{
    QList<LabelSpec> out;
    int order = 0;
    for (const records::FieldDef& f : type.fields) {
        const QString section = f.extraction.value(QLatin1String("section")).toString(f.group);
        const QJsonValue needs = f.extraction.value(QLatin1String("label_needs_colon"));
        for (const QString& printed : f.printedLabels) {
            LabelSpec s;
            s.field = f.key;
            s.section = section;
            s.printed = printed;
            s.key = foldKey(printed);
            s.needsColon = needs.isBool() ? needs.toBool() : s.key.size() <= 5;
            s.order = order;
            if (!s.key.isEmpty())
                out.append(s);
        }
        for (const QString& printed : strings(f.extraction.value(QLatin1String("words_labels")))) {
            LabelSpec s;
            s.field = f.key;
            s.role = LabelSpec::Words;
            s.section = section;
            s.printed = printed;
            s.key = foldKey(printed);
            s.needsColon = s.key.size() <= 5;
            s.order = order;
            if (!s.key.isEmpty())
                out.append(s);
        }
        ++order;
    }
    for (const QJsonValue& v : type.extraction.value(QLatin1String("other_labels")).toArray()) {
        const QJsonObject o = v.toObject();
        for (const QString& printed : strings(o.value(QLatin1String("printed")))) {
            LabelSpec s;
            s.field = o.value(QLatin1String("id")).toString();
            s.role = LabelSpec::Other;
            s.section = o.value(QLatin1String("section")).toString();
            s.printed = printed;
            s.key = foldKey(printed);
            s.needsColon = o.value(QLatin1String("label_needs_colon")).toBool(s.key.size() <= 5);
            s.order = order;
            if (!s.key.isEmpty())
                out.append(s);
        }
        ++order;
    }
    return out;
}

QList<LabelHit> findLabels(const DocumentModel& doc, const QList<LabelSpec>& specs)
{
    // Distinct keys; a key may serve several fields.
    QHash<QString, QList<int>> byKey;
    int maxLen = 0;
    for (int i = 0; i < specs.size(); ++i) {
        byKey[specs[i].key].append(i);
        maxLen = std::max(maxLen, int(specs[i].key.size()));
    }
    struct KeyInfo {
        QString key;
        int tol;
        bool needsColon;
    };
    QList<KeyInfo> keys;
    for (auto it = byKey.constBegin(); it != byKey.constEnd(); ++it) {
        bool needs = false;
        for (int i : it.value())
            needs |= specs[i].needsColon;
        keys.append({it.key(), labelTolerance(int(it.key().size())), needs});
    }

    QList<LabelHit> out;
    for (int r = 0; r < doc.rows.size(); ++r) {
        const Row& row = doc.rows[r];
        const PageGeometry& geo = doc.pages[row.page];
        const double lh = geo.lineHeight;
        const int n = int(row.tokens.size());
        struct Cand {
            int first, last;
            int keyIndex;
            int dist;
            double score;
            bool colon;
            QList<int> wrap; // doc.tokens of the label's second line
        };
        // The row right below, where a label wrapped in its cell goes on.
        int below = -1;
        for (int r2 = r + 1; r2 < doc.rows.size() && doc.rows[r2].page == row.page; ++r2) {
            const double step = doc.rows[r2].cy() - row.cy();
            if (step < 0.5 * lh)
                continue;
            if (step < 1.9 * lh)
                below = r2;
            break;
        }
        QList<Cand> cands;
        int firstText = 0;
        while (firstText < n &&
               (doc.tokens[row.tokens[firstText]].marker || doc.tokens[row.tokens[firstText]].leader))
            ++firstText;
        // A table row opening with its number in a cell of its own ("1 | Ông | ..."):
        // the label cell's text starts at `afterNumber`.
        int afterNumber = -1, itemNumber = -1;
        if (firstText + 1 < n) {
            const Token& t0 = doc.tokens[row.tokens[firstText]];
            static const QRegularExpression number(QStringLiteral("^[0-9]{1,3}[.]?$"));
            int k = firstText + 1;
            while (k < n && doc.tokens[row.tokens[k]].leader)
                ++k;
            if (k < n && number.match(t0.text).hasMatch() && doc.tokens[row.tokens[k]].x0 - t0.x1 > 0.8 * lh)
                afterNumber = k;
            // An item number whose full stop OCR lost ("11 Nơi đăng ký" on a photo): the
            // label after it opens the line as after a marker.
            static const QRegularExpression bareNumber(QStringLiteral("^[0-9]{1,2}$"));
            if (k < n && bareNumber.match(t0.text).hasMatch())
                itemNumber = k;
        }
        for (int i = 0; i < n; ++i) {
            const Token& ti = doc.tokens[row.tokens[i]];
            if (ti.leader || ti.marker || ti.key.isEmpty())
                continue;
            // What stands before the label.
            bool goodStart = i <= firstText;
            if (!goodStart) {
                const Token& prev = doc.tokens[row.tokens[i - 1]];
                goodStart = prev.leader || prev.marker || ti.x0 - prev.x1 > 1.2 * lh ||
                            endsLikeSeparator(prev.text) || i == afterNumber || i == itemNumber;
            }
            QString s;
            for (int j = i; j < n; ++j) {
                const Token& tj = doc.tokens[row.tokens[j]];
                if (tj.leader)
                    break;
                if (j > i && tj.x0 - doc.tokens[row.tokens[j - 1]].x1 > 1.5 * lh)
                    break;
                s += tj.key;
                if (s.size() > maxLen + 4)
                    break;
                const bool colon = tj.colonAfter;
                const bool strong = tj.strongColon;
                const bool cellLabel = (i <= firstText || i == afterNumber) && j + 1 < n &&
                                       doc.tokens[row.tokens[j + 1]].x0 - tj.x1 > 2.5 * lh &&
                                       !doc.tokens[row.tokens[j + 1]].leader;
                bool goodEnd = colon;
                if (!goodEnd && !endsWithClosingBracket(tj.text)) {
                    if (j + 1 >= n)
                        goodEnd = true;
                    else {
                        const Token& next = doc.tokens[row.tokens[j + 1]];
                        goodEnd = next.leader || next.x0 - tj.x1 > 0.8 * lh ||
                                  next.text.startsWith(QLatin1Char(':'));
                    }
                }
                for (int k = 0; k < keys.size(); ++k) {
                    const KeyInfo& key = keys[k];
                    if (std::abs(int(s.size()) - int(key.key.size())) > key.tol)
                        continue;
                    // A short label needs its ':' - or a cell of its own: first on its line
                    // (after a row number) with a wide gap before the value (ruled tables).
                    if (key.needsColon && !(colon && key.key == s) && !(cellLabel && key.key == s))
                        continue;
                    const int d = editDistance(s, key.key, key.tol);
                    if (d > key.tol)
                        continue;
                    if (!goodEnd)
                        continue;
                    // Inside running text a label needs its ':' (and some length to be believed).
                    if (!goodStart && !(strong && key.key.size() >= 6 && d == 0) &&
                        !(strong && key.key.size() >= 10))
                        continue;
                    const double score = key.key.size() - 2.0 * d + (colon ? 0.5 : 0);
                    cands.append({i, j + 1, k, d, score, colon, {}});
                }
                // A label that ends its line or cell may go on under itself on the next line.
                if (goodEnd && !colon && below >= 0 && !endsWithClosingBracket(tj.text)) {
                    const QList<int> wrap = labelWrapBelow(doc, below, ti.x0, tj.x1, lh);
                    QString s2 = s;
                    for (int w = 0; w < wrap.size(); ++w) {
                        s2 += doc.tokens[wrap[w]].key;
                        for (int k = 0; k < keys.size(); ++k) {
                            const KeyInfo& key = keys[k];
                            if (key.needsColon || key.key.size() <= s.size() ||
                                std::abs(int(s2.size()) - int(key.key.size())) > 1)
                                continue;
                            // The second line must complete the label nearly exactly: a caption over its
                            // value ("Họ, chữ đệm, tên" over "NGUYỄN") is no wrapped label.
                            const int d = editDistance(s2, key.key, 1);
                            if (d > 1 || (!goodStart && !(strong && d == 0)))
                                continue;
                            const double score = key.key.size() - 2.0 * d;
                            cands.append({i, j + 1, k, d, score, false, wrap.mid(0, w + 1)});
                        }
                    }
                }
                if (tj.strongColon)
                    break; // a label never runs past its ':'
            }
        }
        std::sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) { return a.score > b.score; });
        QList<bool> used(n, false);
        QList<LabelHit> rowHits;
        for (const Cand& c : cands) {
            bool free = true;
            for (int i = c.first; i < c.last; ++i)
                free &= !used[i];
            if (!free)
                continue;
            for (int i = c.first; i < c.last; ++i)
                used[i] = true;
            LabelHit h;
            h.row = r;
            h.first = c.first;
            h.last = c.last;
            h.key = keys[c.keyIndex].key;
            h.specs = byKey.value(h.key);
            h.quality = 1.0 - double(c.dist) / std::max<qsizetype>(1, h.key.size());
            h.colon = c.colon;
            h.x0 = doc.tokens[row.tokens[c.first]].x0;
            h.x1 = doc.tokens[row.tokens[c.last - 1]].x1;
            h.wrapTokens = c.wrap;
            rowHits.append(h);
        }
        std::sort(rowHits.begin(), rowHits.end(),
                  [](const LabelHit& a, const LabelHit& b) { return a.first < b.first; });
        out += rowHits;
    }
    return out;
}

} // namespace sohoa::extraction
