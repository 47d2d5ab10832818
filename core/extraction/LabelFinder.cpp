#include "extraction/LabelFinder.h"

#include "extraction/TextFold.h"
#include "records/RecordType.h"

#include <QHash>
#include <QJsonArray>

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
        };
        QList<Cand> cands;
        int firstText = 0;
        while (firstText < n && (doc.tokens[row.tokens[firstText]].marker || doc.tokens[row.tokens[firstText]].leader))
            ++firstText;
        for (int i = 0; i < n; ++i) {
            const Token& ti = doc.tokens[row.tokens[i]];
            if (ti.leader || ti.marker || ti.key.isEmpty())
                continue;
            // What stands before the label.
            bool goodStart = i <= firstText;
            if (!goodStart) {
                const Token& prev = doc.tokens[row.tokens[i - 1]];
                goodStart = prev.leader || prev.marker || ti.x0 - prev.x1 > 1.2 * lh || endsLikeSeparator(prev.text);
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
                bool goodEnd = colon;
                if (!goodEnd && !endsWithClosingBracket(tj.text)) {
                    if (j + 1 >= n)
                        goodEnd = true;
                    else {
                        const Token& next = doc.tokens[row.tokens[j + 1]];
                        goodEnd = next.leader || next.x0 - tj.x1 > 0.8 * lh || next.text.startsWith(QLatin1Char(':'));
                    }
                }
                for (int k = 0; k < keys.size(); ++k) {
                    const KeyInfo& key = keys[k];
                    if (std::abs(int(s.size()) - int(key.key.size())) > key.tol)
                        continue;
                    if (key.needsColon && !(colon && key.key == s))
                        continue;
                    const int d = editDistance(s, key.key, key.tol);
                    if (d > key.tol)
                        continue;
                    if (!goodEnd)
                        continue;
                    // Inside running text a label needs its ':' (and some length to be believed).
                    if (!goodStart && !(strong && key.key.size() >= 6 && d == 0) && !(strong && key.key.size() >= 10))
                        continue;
                    const double score = key.key.size() - 2.0 * d + (colon ? 0.5 : 0);
                    cands.append({i, j + 1, k, d, score, colon});
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
            rowHits.append(h);
        }
        std::sort(rowHits.begin(), rowHits.end(), [](const LabelHit& a, const LabelHit& b) { return a.first < b.first; });
        out += rowHits;
    }
    return out;
}

} // namespace sohoa::extraction
