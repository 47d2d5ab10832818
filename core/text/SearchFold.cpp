#include "core/text/SearchFold.h"

#include <array>

namespace sohoa::text {

namespace {

bool isMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Mark_Enclosing;
}

// The definition: decompose, drop the marks, đ -> d, letters and digits in
// lower case, anything else separates words.
QString foldSlowly(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (isMark(c))
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

// baseLetter() by its definition: the first character of the canonical
// decomposition that is not a mark, lower case; đ/Đ -> d.
QChar baseLetterSlowly(QChar c)
{
    if (c == QChar(0x0111) || c == QChar(0x0110))
        return QLatin1Char('d');
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    for (QChar x : d)
        if (!isMark(x))
            return x.toLower();
    return c.toLower();
}

// The one folding table of the tree, for every character below kTableEnd (the
// whole of Latin, Vietnamese and the usual punctuation): what foldSlowly()
// makes of the character on its own (nothing for a mark, a separator, one
// letter, or more than one letter) and its baseLetter(). Folding is per
// character (NFD only splits a character into its base and marks), so a
// string made only of such characters folds by table lookups; anything else
// takes the slow path.
constexpr char16_t kTableEnd = 0x2100;
enum class Fold : char16_t { Mark, Separator, Letter, Complex };

struct FoldEntry {
    Fold fold;
    char16_t letter; // the folded letter when fold == Letter
    char16_t base;   // baseLetter()
};

const std::array<FoldEntry, kTableEnd>& foldTable()
{
    static const std::array<FoldEntry, kTableEnd> table = [] {
        std::array<FoldEntry, kTableEnd> t{};
        for (char16_t c = 0; c < kTableEnd; ++c) {
            const QChar ch(c);
            if (ch.isSurrogate()) {
                t[c] = {Fold::Complex, c, c};
                continue;
            }
            const char16_t base = baseLetterSlowly(ch).unicode();
            const QString folded = foldSlowly(QStringView(&ch, 1));
            if (folded.isEmpty())
                t[c] = {isMark(ch) ? Fold::Mark : Fold::Separator, 0, base};
            else if (folded.size() == 1)
                t[c] = {Fold::Letter, folded[0].unicode(), base};
            else
                t[c] = {Fold::Complex, 0, base};
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
        if (u >= kTableEnd || table[u].fold == Fold::Complex)
            return foldSlowly(text);
        const FoldEntry& f = table[u];
        if (f.fold == Fold::Mark)
            continue;
        if (f.fold == Fold::Separator) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(QChar(f.letter));
    }
    return out;
}

QChar baseLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return c.toLower();
    if (u < kTableEnd)
        return QChar(foldTable()[u].base);
    return baseLetterSlowly(c);
}

} // namespace sohoa::text
