#include "extraction/TextFold.h"

#include <QHash>
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

// Fast path for the characters OCR produces: precomposed Vietnamese letters.
QChar foldChar(QChar c)
{
    if (c.unicode() < 0x80)
        return c.toLower();
    if (c == QChar(0x0111) || c == QChar(0x0110))
        return QLatin1Char('d');
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    for (QChar x : d)
        if (!isMark(x))
            return x.toLower();
    return c.toLower();
}

} // namespace

QChar baseLetter(QChar c)
{
    static thread_local QHash<ushort, QChar> cache;
    if (c.unicode() < 0x80)
        return c.toLower();
    auto it = cache.constFind(c.unicode());
    if (it != cache.constEnd())
        return *it;
    const QChar b = foldChar(c);
    cache.insert(c.unicode(), b);
    return b;
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
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (isMark(c))
            continue;
        const QChar b = baseLetter(c);
        if (b.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            space = false;
            out.append(b);
        } else {
            space = true;
        }
    }
    return out;
}

QString cleanText(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_C).simplified();
}

int editDistance(QStringView a, QStringView b, int maxDistance)
{
    const int n = int(a.size()), m = int(b.size());
    if (std::abs(n - m) > maxDistance)
        return maxDistance + 1;
    QVarLengthArray<int, 64> prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > maxDistance)
            return maxDistance + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[m], maxDistance + 1);
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
    if (word.isEmpty())
        return false;
    int vowels = 0, consonantRun = 0, maxRun = 0, tones = 0;
    for (QChar c : word) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('-'))
            continue;
        if (!c.isLetter())
            return false;
        const QString d = QString(c).normalized(QString::NormalizationForm_D);
        for (QChar m : d) {
            // grave, acute, hook above, tilde, dot below
            const ushort u = m.unicode();
            tones += u == 0x0300 || u == 0x0301 || u == 0x0309 || u == 0x0303 || u == 0x0323;
        }
        const QChar b = baseLetter(c);
        const bool vowel = QStringLiteral("aeiouy").contains(b);
        vowels += vowel;
        consonantRun = vowel ? 0 : consonantRun + 1;
        maxRun = std::max(maxRun, consonantRun);
    }
    return vowels > 0 && maxRun <= 3 && tones <= 1 && word.size() <= 8;
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
