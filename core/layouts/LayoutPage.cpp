#include "core/layouts/LayoutPage_p.h"

#include <algorithm>
#include <vector>

namespace sohoa::layouts::detail {

namespace {
constexpr QChar kRowBreak = QChar(0x1);
}

int landmarkTolerance(int keyLength)
{
    if (keyLength <= 3)
        return 0;
    if (keyLength <= 6)
        return 1;
    return keyLength / 5;
}

PageText::PageText(const extraction::DocumentModel& doc, int page)
    : m_doc(&doc)
    , m_page(page)
{
    if (page >= 0 && page < doc.pages.size())
        m_unit = std::max(4.0, doc.pages[page].lineHeight);
    for (int r = 0; r < doc.rows.size(); ++r) {
        const extraction::Row& row = doc.rows[r];
        if (row.page != page)
            continue;
        m_rows.append(r);
        if (!m_text.isEmpty()) {
            m_text.append(kRowBreak);
            m_charToken.append(-1);
        }
        for (int t : row.tokens) {
            const QString& key = doc.tokens[t].key;
            m_text.append(key);
            for (int k = 0; k < key.size(); ++k)
                m_charToken.append(t);
        }
    }
}

QRectF PageText::tokenBox(int token) const
{
    const extraction::Token& t = m_doc->tokens[token];
    return QRectF(QPointF(t.x0 / m_unit, t.y0 / m_unit), QPointF(t.x1 / m_unit, t.y1 / m_unit));
}

QRectF PageText::boxOf(const QList<int>& tokens) const
{
    QRectF box;
    for (int t : tokens)
        box = box.isNull() ? tokenBox(t) : box.united(tokenBox(t));
    return box;
}

// Sellers' algorithm (the pattern may start anywhere in the text) with the
// start of each match carried along; a row break is skipped at no cost.
QList<Occurrence> PageText::find(const QString& key, int maxDistance) const
{
    const QString cacheKey = key + QLatin1Char('#') + QString::number(maxDistance);
    if (auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd())
        return it.value();
    QList<Occurrence>& out = m_cache[cacheKey];
    const int m = int(key.size()), n = int(m_text.size());
    if (m == 0 || n == 0)
        return out;
    std::vector<int> prev(m + 1), cur(m + 1), prevStart(m + 1), curStart(m + 1);
    for (int i = 0; i <= m; ++i) {
        prev[i] = i;
        prevStart[i] = 0;
    }
    struct Hit {
        int start, end, dist;
    };
    std::vector<Hit> hits;
    for (int j = 1; j <= n; ++j) {
        const QChar c = m_text[j - 1];
        if (c == kRowBreak) {
            // Free to skip; a match may also start after it.
            prev[0] = 0;
            prevStart[0] = j;
            continue;
        }
        cur[0] = 0;
        curStart[0] = j;
        for (int i = 1; i <= m; ++i) {
            int best = prev[i - 1] + (key[i - 1] == c ? 0 : 1);
            int start = prevStart[i - 1];
            if (cur[i - 1] + 1 < best) {
                best = cur[i - 1] + 1;
                start = curStart[i - 1];
            }
            if (prev[i] + 1 < best) {
                best = prev[i] + 1;
                start = prevStart[i];
            }
            cur[i] = best;
            curStart[i] = start;
        }
        if (cur[m] <= maxDistance)
            hits.push_back({curStart[m], j, cur[m]});
        std::swap(prev, cur);
        std::swap(prevStart, curStart);
    }
    // Best first; drop hits overlapping a better one.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.dist != b.dist)
            return a.dist < b.dist;
        return (a.end - a.start) > (b.end - b.start);
    });
    std::vector<std::pair<int, int>> taken;
    for (const Hit& h : hits) {
        bool overlaps = false;
        for (const auto& [s, e] : taken)
            overlaps |= h.start < e && s < h.end;
        if (overlaps)
            continue;
        taken.push_back({h.start, h.end});
        Occurrence o;
        o.distance = h.dist;
        int lastRow = -1;
        for (int k = h.start; k < h.end; ++k) {
            const int t = m_charToken[k];
            if (t < 0 || (!o.tokens.isEmpty() && o.tokens.last() == t))
                continue;
            o.tokens.append(t);
            const int row = m_doc->tokens[t].row;
            if (lastRow >= 0 && row != lastRow)
                o.oneRow = false;
            lastRow = row;
        }
        if (o.tokens.isEmpty())
            continue;
        o.box = boxOf(o.tokens);
        out.append(o);
    }
    return out;
}

} // namespace sohoa::layouts::detail
