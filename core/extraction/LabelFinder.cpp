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

namespace {

// A distinct label key (a key may serve several fields) and how it may be read.
struct KeyInfo {
    QString key;
    int tol;
    bool needsColon;
};

// A label read on a row: tokens [first, last) (and wrap below), the key it reads as.
struct Cand {
    int first, last;
    int keyIndex;
    int dist;
    double score;
    bool colon;
    QList<int> wrap; // doc.tokens of the label's second line
};

// One row as findLabels() reads it.
struct RowScan {
    const DocumentModel& doc;
    const Row& row;
    int n;
    double lh;
    int below;       // the row right below, where a label wrapped in its cell goes on (-1: none)
    int firstText;   // the first token that is neither a marker nor a leader
    int afterNumber; // where the label cell's text starts after a row number in a cell of its own
    int itemNumber;  // the token after an item number whose full stop OCR lost (-1: none)
    const QList<KeyInfo>& keys;
    int maxLen;

    const Token& token(int i) const { return doc.tokens[row.tokens[i]]; }
};

// The row right below r, where a label wrapped in its cell goes on, or -1.
int rowBelow(const DocumentModel& doc, int r, double lh)
{
    const Row& row = doc.rows[r];
    for (int r2 = r + 1; r2 < doc.rows.size() && doc.rows[r2].page == row.page; ++r2) {
        const double step = doc.rows[r2].cy() - row.cy();
        if (step < 0.5 * lh)
            continue;
        if (step < 1.9 * lh)
            return r2;
        break;
    }
    return -1;
}

// A table row opening with its number in a cell of its own ("1 | Ông | ..."):
// the label cell's text starts at the index returned (-1 when the row does not).
int afterRowNumber(const DocumentModel& doc, const Row& row, int firstText, double lh)
{
    const int n = int(row.tokens.size());
    if (firstText + 1 >= n)
        return -1;
    const Token& t0 = doc.tokens[row.tokens[firstText]];
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,3}[.]?$"));
    int k = firstText + 1;
    while (k < n && doc.tokens[row.tokens[k]].leader)
        ++k;
    if (k < n && number.match(t0.text).hasMatch() && doc.tokens[row.tokens[k]].x0 - t0.x1 > 0.8 * lh)
        return k;
    return -1;
}

// An item number whose full stop OCR lost ("11 Nơi đăng ký" on a photo): the label after it
// opens the line as after a marker. The index of that label's first token, or -1.
int afterBareItemNumber(const DocumentModel& doc, const Row& row, int firstText)
{
    const int n = int(row.tokens.size());
    if (firstText + 1 >= n)
        return -1;
    static const QRegularExpression bareNumber(QStringLiteral("^[0-9]{1,2}$"));
    if (!bareNumber.match(doc.tokens[row.tokens[firstText]].text).hasMatch())
        return -1;
    int k = firstText + 1;
    while (k < n && doc.tokens[row.tokens[k]].leader)
        ++k;
    return k < n ? k : -1;
}

// A label that ends its line or cell may go on under itself on the next line: tokens [i, j] read s,
// and the row below completes a key.
void wrappedCandidates(const RowScan& scan, int i, int j, const QString& s, bool goodStart, bool strong,
                       QList<Cand>& cands)
{
    const DocumentModel& doc = scan.doc;
    const QList<int> wrap = labelWrapBelow(doc, scan.below, scan.token(i).x0, scan.token(j).x1, scan.lh);
    QString s2 = s;
    for (int w = 0; w < wrap.size(); ++w) {
        s2 += doc.tokens[wrap[w]].key;
        for (int k = 0; k < scan.keys.size(); ++k) {
            const KeyInfo& key = scan.keys[k];
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

// The labels that start at token i of the row: the runs of tokens from i that read as a key.
void candidatesAt(const RowScan& scan, int i, QList<Cand>& cands)
{
    const int n = scan.n;
    const double lh = scan.lh;
    const Token& ti = scan.token(i);
    if (ti.leader || ti.marker || ti.key.isEmpty())
        return;
    // What stands before the label.
    bool goodStart = i <= scan.firstText;
    if (!goodStart) {
        const Token& prev = scan.token(i - 1);
        goodStart = prev.leader || prev.marker || ti.x0 - prev.x1 > 1.2 * lh ||
                    endsLikeSeparator(prev.text) || i == scan.afterNumber || i == scan.itemNumber;
    }
    QString s;
    for (int j = i; j < n; ++j) {
        const Token& tj = scan.token(j);
        if (tj.leader)
            break;
        if (j > i && tj.x0 - scan.token(j - 1).x1 > 1.5 * lh)
            break;
        s += tj.key;
        if (s.size() > scan.maxLen + 4)
            break;
        const bool colon = tj.colonAfter;
        const bool strong = tj.strongColon;
        const bool cellLabel = (i <= scan.firstText || i == scan.afterNumber) && j + 1 < n &&
                               scan.token(j + 1).x0 - tj.x1 > 2.5 * lh && !scan.token(j + 1).leader;
        bool goodEnd = colon;
        if (!goodEnd && !endsWithClosingBracket(tj.text)) {
            if (j + 1 >= n) {
                goodEnd = true;
            } else {
                const Token& next = scan.token(j + 1);
                goodEnd = next.leader || next.x0 - tj.x1 > 0.8 * lh || next.text.startsWith(QLatin1Char(':'));
            }
        }
        for (int k = 0; k < scan.keys.size(); ++k) {
            const KeyInfo& key = scan.keys[k];
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
            if (!goodStart && !(strong && key.key.size() >= 6 && d == 0) && !(strong && key.key.size() >= 10))
                continue;
            const double score = key.key.size() - 2.0 * d + (colon ? 0.5 : 0);
            cands.append({i, j + 1, k, d, score, colon, {}});
        }
        // A label that ends its line or cell may go on under itself on the next line.
        if (goodEnd && !colon && scan.below >= 0 && !endsWithClosingBracket(tj.text))
            wrappedCandidates(scan, i, j, s, goodStart, strong, cands);
        if (tj.strongColon)
            break; // a label never runs past its ':'
    }
}

// The best candidates of row r that share no token, left to right.
QList<LabelHit> rowHits(const RowScan& scan, int r, QList<Cand>& cands,
                        const QHash<QString, QList<int>>& byKey)
{
    std::sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) { return a.score > b.score; });
    QList<bool> used(scan.n, false);
    QList<LabelHit> hits;
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
        h.key = scan.keys[c.keyIndex].key;
        h.specs = byKey.value(h.key);
        h.quality = 1.0 - double(c.dist) / std::max<qsizetype>(1, h.key.size());
        h.colon = c.colon;
        h.x0 = scan.token(c.first).x0;
        h.x1 = scan.token(c.last - 1).x1;
        h.wrapTokens = c.wrap;
        hits.append(h);
    }
    std::sort(hits.begin(), hits.end(),
              [](const LabelHit& a, const LabelHit& b) { return a.first < b.first; });
    return hits;
}

} // namespace

QList<LabelHit> findLabels(const DocumentModel& doc, const QList<LabelSpec>& specs)
{
    // Distinct keys; a key may serve several fields.
    QHash<QString, QList<int>> byKey;
    int maxLen = 0;
    for (int i = 0; i < specs.size(); ++i) {
        byKey[specs[i].key].append(i);
        maxLen = std::max(maxLen, int(specs[i].key.size()));
    }
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
        const double lh = doc.pages[row.page].lineHeight;
        const int n = int(row.tokens.size());
        int firstText = 0;
        while (firstText < n &&
               (doc.tokens[row.tokens[firstText]].marker || doc.tokens[row.tokens[firstText]].leader))
            ++firstText;
        const RowScan scan{doc,
                           row,
                           n,
                           lh,
                           rowBelow(doc, r, lh),
                           firstText,
                           afterRowNumber(doc, row, firstText, lh),
                           afterBareItemNumber(doc, row, firstText),
                           keys,
                           maxLen};
        QList<Cand> cands;
        for (int i = 0; i < n; ++i)
            candidatesAt(scan, i, cands);
        out += rowHits(scan, r, cands, byKey);
    }
    return out;
}

} // namespace sohoa::extraction
