#include "text/SearchFold.h"

#include <array>

namespace sohoa::text {

namespace {

// The definition: decompose, drop the marks, đ -> d, letters and digits in
// lower case, anything else separates words.
QString foldSlowly(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ
            c = QLatin1Char('d');
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            pendingSpace = false;
            out.append(c.toLower());
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

// What foldSlowly() makes of each character below kTableEnd on its own (the
// whole of Latin, Vietnamese and the usual punctuation): nothing (a mark),
// a separator, or one letter. Folding is per character (NFD only splits a
// character into its base and marks), so a string made only of such
// characters folds by table lookups; anything else takes the slow path.
constexpr char16_t kTableEnd = 0x2100;
constexpr char16_t kMark = 0;
constexpr char16_t kSeparator = 1;
constexpr char16_t kComplex = 2; // folds to more than one letter: slow path

const std::array<char16_t, kTableEnd>& foldTable()
{
    static const std::array<char16_t, kTableEnd> table = [] {
        std::array<char16_t, kTableEnd> t{};
        for (char16_t c = 0; c < kTableEnd; ++c) {
            const QChar ch(c);
            if (ch.isSurrogate()) {
                t[c] = kComplex;
                continue;
            }
            const QString folded = foldSlowly(QStringView(&ch, 1));
            const auto cat = ch.category();
            const bool isMark = cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
                                cat == QChar::Mark_Enclosing;
            if (folded.isEmpty())
                t[c] = isMark ? kMark : kSeparator;
            else if (folded.size() == 1 && folded[0].unicode() > kComplex)
                t[c] = folded[0].unicode();
            else
                t[c] = kComplex;
        }
        return t;
    }();
    return table;
}

} // namespace

QString foldForSearch(QStringView text)
{
    const auto& table = foldTable();
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char16_t f = u < kTableEnd ? table[u] : kComplex;
        if (f == kComplex)
            return foldSlowly(text);
        if (f == kMark)
            continue;
        if (f == kSeparator) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(QChar(f));
    }
    return out;
}

} // namespace sohoa::text
