#include "core/text/VietnameseText.h"

#include "core/text/SearchFold.h"

#include <QSet>
#include <QStringList>
#include <QVarLengthArray>
#include <algorithm>
#include <cstdlib>
#include <vector>

namespace sohoa::text {

namespace {

bool isToneMark(char16_t u)
{
    return u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
}

bool isLetterAt(QStringView s, qsizetype i)
{
    return i >= 0 && i < s.size() && s[i].isLetter();
}

// Splits a precomposed letter into its base (keeping vowel marks such as the
// circumflex) and its tone mark (0 if none).
void splitTone(QChar c, QString& base, char16_t& tone)
{
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    QString b;
    tone = 0;
    for (QChar x : d) {
        if (isToneMark(x.unicode()))
            tone = x.unicode();
        else
            b.append(x);
    }
    base = b.normalized(QString::NormalizationForm_C);
}

// Onsets longest first, so that "ngh" wins over "ng" and "n".
const QStringList& onsets()
{
    static const QStringList list = [] {
        QStringList l{
            QStringLiteral("ngh"), QStringLiteral("ng"), QStringLiteral("nh"),     QStringLiteral("ch"),
            QStringLiteral("gh"),  QStringLiteral("gi"), QStringLiteral("kh"),     QStringLiteral("ph"),
            QStringLiteral("qu"),  QStringLiteral("th"), QStringLiteral("tr"),     QStringLiteral("b"),
            QStringLiteral("c"),   QStringLiteral("d"),  QStringLiteral("\u0111"), QStringLiteral("g"),
            QStringLiteral("h"),   QStringLiteral("k"),  QStringLiteral("l"),      QStringLiteral("m"),
            QStringLiteral("n"),   QStringLiteral("p"),  QStringLiteral("r"),      QStringLiteral("s"),
            QStringLiteral("t"),   QStringLiteral("v"),  QStringLiteral("x")};
        return l;
    }();
    return list;
}

// Rhymes (without tone) as nucleus (with medial) -> allowed finals; "" = the
// syllable may end on the vowel. Written from the rhyme table of Vietnamese
// orthography, slightly permissive; the question asked is "could this be
// Vietnamese", which is what telling mojibake from Unicode text needs.
const QSet<QString>& rhymes()
{
    static const QSet<QString> set = [] {
        struct Row {
            const char16_t* nucleus;
            const char* finals; // space-separated; "-" = open syllable allowed
        };
        static const Row rows[] = {
            {u"a", "- c ch m n ng nh p t i y o u"},
            {u"\u0103", "c m n ng p t k"},
            {u"\u00e2", "c m n ng p t u y"},
            {u"e", "- c m n ng p t o"},
            {u"\u00ea", "- ch m n nh p t u k"},
            {u"i", "- ch m n nh p t u"},
            {u"y", "-"},
            {u"o", "- c m n ng p t i"},
            {u"\u00f4", "- c m n ng p t i"},
            {u"\u01a1", "- m n p t i"},
            {u"u", "- c m n ng p t i"},
            {u"\u01b0", "- c m n ng t i u"},
            {u"oa", "- c ch m n ng nh p t i y o"},
            {u"o\u0103", "c m n ng t"},
            {u"oe", "- n t o"},
            {u"u\u00ea", "- ch n nh"},
            {u"uy", "- ch n nh t p u"},
            {u"u\u01a1", "-"},
            {u"u\u00e2", "n ng t y"},
            {u"oo", "c ng"},
            {u"i\u00ea", "c m n ng p t u"},
            {u"y\u00ea", "c m n ng p t u"},
            {u"uy\u00ea", "n t"},
            {u"u\u00f4", "c m n ng t i"},
            {u"\u01b0\u01a1", "c m n ng p t i u"},
            {u"ia", "-"},
            {u"ua", "-"},
            {u"\u01b0a", "-"},
            {u"uya", "-"},
        };
        QSet<QString> s;
        for (const Row& r : rows) {
            const QString nucleus = QString::fromUtf16(r.nucleus);
            for (const QString& f : QString::fromLatin1(r.finals).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                s.insert(f == QLatin1String("-") ? nucleus : nucleus + f);
        }
        return s;
    }();
    return set;
}

} // namespace

QString normalizeText(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_C).simplified();
}

QString canonicalTonePlacement(QStringView text)
{
    QString out = text.toString();
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        const QChar c0 = out[i];
        const char16_t l0 = c0.toLower().unicode();
        if (l0 != u'o' && l0 != u'u')
            continue;
        if (isLetterAt(out, i + 2))
            continue; // a final consonant or third vowel: both styles agree
        if (l0 == u'u' && i > 0 && out[i - 1].toLower() == QLatin1Char('q'))
            continue; // "qu" is the onset: quý keeps its tone on y
        QString base;
        char16_t tone = 0;
        splitTone(out[i + 1], base, tone);
        if (!tone || base.size() != 1)
            continue;
        const char16_t b = base[0].toLower().unicode();
        const bool pairs = (l0 == u'o' && (b == u'a' || b == u'e')) || (l0 == u'u' && b == u'y');
        if (!pairs)
            continue;
        const QString moved = QString(QString(c0) + QChar(tone)).normalized(QString::NormalizationForm_C);
        if (moved.size() != 1)
            continue;
        out[i] = moved[0];
        out[i + 1] = base[0];
    }
    return out;
}

QString comparisonKey(QStringView text)
{
    return canonicalTonePlacement(normalizeText(text).toLower());
}

bool sameText(QStringView a, QStringView b)
{
    return comparisonKey(a) == comparisonKey(b);
}

bool isVietnameseLetter(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x0102 || u == 0x0103 || u == 0x0110 || u == 0x0111 || u == 0x0128 || u == 0x0129 ||
           u == 0x0168 || u == 0x0169 || u == 0x01A0 || u == 0x01A1 || u == 0x01AF || u == 0x01B0 ||
           (u >= 0x1EA0 && u <= 0x1EF9);
}

bool isVietnameseSyllable(QStringView word)
{
    if (word.isEmpty() || word.size() > 8)
        return false;
    const QString d = word.toString().toLower().normalized(QString::NormalizationForm_D);
    QString plain;
    int tones = 0;
    for (QChar x : d) {
        if (isToneMark(x.unicode()))
            ++tones;
        else
            plain.append(x);
    }
    if (tones > 1)
        return false;
    const QString s = plain.normalized(QString::NormalizationForm_C);
    for (QChar c : s)
        if (!c.isLetter())
            return false;
    QString rest = s;
    for (const QString& o : onsets()) {
        if (s.startsWith(o) && s.size() > o.size()) {
            rest = s.mid(o.size());
            break;
        }
    }
    if (rhymes().contains(rest))
        return true;
    // "gi" before a consonant-only rest (gìn, giữ) reads i as the nucleus.
    if (s.startsWith(QLatin1String("gi")) && rhymes().contains(s.mid(1)))
        return true;
    return rhymes().contains(s); // vowel-initial syllables (an, ông, ướt)
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
        for (QChar m : QString(c).normalized(QString::NormalizationForm_D))
            tones += isToneMark(m.unicode());
        const QChar b = baseLetter(c);
        const bool vowel = QStringLiteral("aeiouy").contains(b);
        vowels += vowel;
        consonantRun = vowel ? 0 : consonantRun + 1;
        maxRun = std::max(maxRun, consonantRun);
    }
    return vowels > 0 && maxRun <= 3 && tones <= 1 && word.size() <= 8;
}

int editDistance(QStringView a, QStringView b)
{
    // No bound: the distance never exceeds the longer length.
    return editDistance(a, b, int(std::max(a.size(), b.size())));
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

double jaroWinkler(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 && m == 0)
        return 1.0;
    if (n == 0 || m == 0)
        return 0.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(n, m) / 2 - 1);
    std::vector<bool> matchedA(size_t(n), false), matchedB(size_t(m), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(m - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB[size_t(j)] && a[i] == b[j]) {
                matchedA[size_t(i)] = matchedB[size_t(j)] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!matchedA[size_t(i)])
            continue;
        while (!matchedB[size_t(k)])
            ++k;
        if (a[i] != b[k])
            ++transpositions;
        ++k;
    }
    const double md = double(matches);
    const double jaro = (md / double(n) + md / double(m) + (md - double(transpositions) / 2.0) / md) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < n && prefix < m && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

} // namespace sohoa::text
