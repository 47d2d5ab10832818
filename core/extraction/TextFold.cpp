#include "core/extraction/TextFold.h"

#include "core/text/SearchFold.h"
#include "core/text/VietnameseText.h"

#include <QVarLengthArray>
#include <algorithm>

namespace sohoa::extraction {

namespace {

bool isMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Mark_Enclosing;
}

} // namespace

// The folding table and the Vietnamese text rules live in core/text; these
// names stay for the extraction code that reads them.
QChar baseLetter(QChar c)
{
    return text::baseLetter(c);
}

QString foldKey(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isMark(c))
            continue;
        const QChar b = baseLetter(c);
        if (b.isLetterOrNumber())
            out.append(b);
    }
    return out;
}

QString foldWords(QStringView text)
{
    return text::foldForSearch(text);
}

QString cleanText(QStringView text)
{
    return text::normalizeText(text);
}

int editDistance(QStringView a, QStringView b, int maxDistance)
{
    return text::editDistance(a, b, maxDistance);
}

double accentDistance(QStringView a, QStringView b)
{
    const int n = int(a.size()), m = int(b.size());
    QVarLengthArray<double, 32> prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        const QChar ca = a[i - 1].toLower();
        for (int j = 1; j <= m; ++j) {
            const QChar cb = b[j - 1].toLower();
            double cost = 0;
            if (ca != cb)
                cost = baseLetter(ca) == baseLetter(cb) ? 0.5 : 1.0;
            cur[j] = std::min({prev[j - 1] + cost, prev[j] + 1.0, cur[j - 1] + 1.0});
        }
        std::swap(prev, cur);
    }
    return prev[m];
}

int approximateFind(QStringView pattern, QStringView text, int maxDistance, int* end)
{
    const int n = int(pattern.size()), m = int(text.size());
    if (n == 0)
        return 0;
    // D[i][j]: distance of pattern[0..i) to the best substring of text ending at j.
    QVarLengthArray<int, 64> col(n + 1);
    for (int i = 0; i <= n; ++i)
        col[i] = i;
    int best = col[n], bestEnd = 0;
    for (int j = 1; j <= m; ++j) {
        int diag = col[0]; // D[0][j-1]
        col[0] = 0;
        for (int i = 1; i <= n; ++i) {
            const int up = col[i]; // D[i][j-1]
            const int v = std::min({diag + (pattern[i - 1] == text[j - 1] ? 0 : 1), up + 1, col[i - 1] + 1});
            diag = up;
            col[i] = v;
        }
        if (col[n] < best) {
            best = col[n];
            bestEnd = j;
        }
    }
    if (end)
        *end = bestEnd;
    return best <= maxDistance ? best : maxDistance + 1;
}

bool plausibleSyllable(QStringView word)
{
    return text::plausibleSyllable(word);
}

QString titleCaseWord(QStringView word)
{
    QString out = word.toString().toLower();
    for (int i = 0; i < out.size(); ++i) {
        if (out[i].isLetter()) {
            out[i] = out[i].toUpper();
            break;
        }
    }
    return out;
}

QString matchCase(QStringView word, QStringView model)
{
    bool anyLower = false, anyUpper = false;
    for (QChar c : model) {
        anyLower |= c.isLower();
        anyUpper |= c.isUpper();
    }
    if (anyUpper && !anyLower && model.size() > 1)
        return word.toString().toUpper();
    if (!anyUpper)
        return word.toString().toLower();
    if (model.size() == 1 && anyUpper && word.size() > 1)
        return titleCaseWord(word);
    return titleCaseWord(word);
}

} // namespace sohoa::extraction
