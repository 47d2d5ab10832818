#include "core/extraction/PostCorrection.h"

#include "core/adminunits/AdminUnits.h"
#include "core/extraction/TextFold.h"
#include "core/extraction/ValueParsers.h"
#include "core/extraction/Vocabulary.h"

#include <QRegularExpression>

namespace sohoa::extraction {

namespace {

bool isStrayEndChar(QChar c)
{
    switch (c.unicode()) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '-':
    case '_':
    case '\'':
    case '`':
    case '"':
    case '*':
    case '+':
    case '~':
    case '=':
    case '|':
    case '!':
    case 0x2026:
    case 0x00B7:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x00AB:
    case 0x00BB:
    case 0x2022:
    case '^':
        return true;
    default:
        return c.isSpace();
    }
}

} // namespace

QString tidyValue(QStringView raw)
{
    QString t = raw.toString().normalized(QString::NormalizationForm_C);
    t.replace(QChar(0x2019), QLatin1Char('\''));
    t = t.simplified();
    // Leading punctuation (a misread ':' after the label) and trailing leader residue.
    int a = 0, b = int(t.size());
    while (a < b && isStrayEndChar(t[a]))
        ++a;
    while (b > a && isStrayEndChar(t[b - 1]))
        --b;
    t = t.mid(a, b - a);
    // An unmatched closing bracket left by a cut "(...)".
    if (t.endsWith(QLatin1Char(')')) && !t.contains(QLatin1Char('(')))
        t.chop(1);
    if (t.startsWith(QLatin1Char('(')) && !t.contains(QLatin1Char(')')))
        t.remove(0, 1);
    // A quote that opens a word is OCR noise (apostrophes in names sit inside: H'Mông, R'Lấp).
    t.replace(QRegularExpression(QStringLiteral("(^|\\s)['`](?=\\w)")), QStringLiteral("\\1"));
    t.replace(QRegularExpression(QStringLiteral("\\s+([,;])")), QStringLiteral("\\1"));
    t.replace(QRegularExpression(QStringLiteral("([,;])(?=[^\\s\\d])")), QStringLiteral("\\1 "));
    return t.simplified();
}

namespace {

// A syllable Vietnamese spelling allows: an initial consonant of the
// language (or none), a vowel group, a final of the language (or none). Names of
// minority peoples (Byă, H'Mông, Bla) fall outside, as OCR residue does.
bool vietnameseSyllable(QStringView word)
{
    static const QRegularExpression shape(
        QStringLiteral("^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?[aeiouy]{1,3}(?:"
                       "ch|ng|nh|c|m|n|p|t)?$"));
    return shape.match(foldKey(word)).hasMatch();
}

} // namespace

Correction correctName(QStringView raw, const Vocabulary& vocab)
{
    Correction c;
    QString t;
    for (QChar ch : raw.toString().normalized(QString::NormalizationForm_C)) {
        if (ch == QChar(0x2019) || ch == QChar(0x2018) || ch == QLatin1Char('`'))
            ch = QLatin1Char('\'');
        if (ch.isLetter() || ch == QLatin1Char('\'') || ch == QLatin1Char('-'))
            t.append(ch);
        else
            t.append(QLatin1Char(' '));
    }
    QStringList words = t.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Stray one-letter words around the name are OCR noise, except the
    // minority name prefixes that are real words (Y, H').
    while (!words.isEmpty() && words.last().size() == 1 && words.size() > 2)
        words.removeLast();
    if (words.isEmpty())
        return c;
    int upper = 0, lower = 0;
    for (const QString& w : words)
        for (QChar ch : w) {
            upper += ch.isUpper();
            lower += ch.isLower();
        }
    const bool allCaps = upper > 2 * lower;
    int snapped = 0, unknown = 0;
    double dist = 0;
    QStringList notes;
    for (int i = 0; i < words.size(); ++i) {
        QString w = words[i];
        while (w.endsWith(QLatin1Char('\'')) || w.endsWith(QLatin1Char('-')))
            w.chop(1);
        if (w.isEmpty())
            continue;
        const bool surnamePos = i == 0 && words.size() >= 2;
        // A letter read twice ("NGUYYỆTT").
        if (!(surnamePos ? vocab.isSurname(w) : vocab.isGivenSyllable(w))) {
            QString single;
            for (QChar ch : w)
                if (single.isEmpty() || single.back().toLower() != ch.toLower())
                    single.append(ch);
            if (single != w && (surnamePos ? vocab.isSurname(single) : vocab.isGivenSyllable(single))) {
                notes.append(QStringLiteral("%1 -> %2").arg(w, single));
                w = single;
                ++snapped;
                dist += 0.5;
            }
        }
        bool known = surnamePos ? vocab.isSurname(w) : vocab.isGivenSyllable(w);
        if (!known && surnamePos && vocab.isNameSyllable(w)) {
            // A given-name syllable in the family-name place: a misread family name is likelier
            // when one differs only by its accents ("Nguyên" -> "Nguyễn").
            const Snap s = vocab.closestNameSyllable(w, 0.5, true);
            if (!s.value.isEmpty() && vocab.surnameWeight(s.value) >= 5) {
                notes.append(QStringLiteral("%1 -> %2").arg(w, s.value));
                w = s.value;
                ++snapped;
                dist += s.distance;
            }
            known = true;
        }
        if (!known) {
            Snap s = vocab.closestNameSyllable(w, w.size() <= 2 ? 0.5 : 1.0, surnamePos);
            if (s.value.isEmpty() && surnamePos)
                s = vocab.closestNameSyllable(w, w.size() <= 2 ? 0.5 : 1.0, false);
            // Given names are not a closed list: a well-formed syllable read as such
            // ("CHÀN", "MẨY") is kept rather than turned into another letter's name;
            // a snap that only moves marks is still one of two readings (a guess).
            const bool wellFormed = !surnamePos && vietnameseSyllable(w);
            if (!s.value.isEmpty() && wellFormed && foldKey(s.value) != foldKey(w)) {
                ++unknown;
                words[i] = allCaps ? w.toUpper() : titleCaseWord(w);
                continue;
            }
            if (!s.value.isEmpty() && wellFormed)
                ++c.guesses;
            if (!s.value.isEmpty()) {
                notes.append(QStringLiteral("%1 -> %2").arg(w, s.value));
                w = s.value;
                ++snapped;
                dist += s.distance;
            } else {
                ++unknown;
            }
        }
        // A rare name read where a much commoner one differs only by its tone marks
        // ("ĐỒ" beside "ĐỖ", "YÊN" beside "YẾN"): OCR confuses exactly these marks, and the
        // characters' confidences do not show it. Kept as read, but one of two readings.
        if (!vocab.commonerToneVariant(w, surnamePos).isEmpty())
            ++c.guesses;
        words[i] = allCaps ? w.toUpper() : titleCaseWord(w);
    }
    // OCR residue of an empty line is not a name: most words must be names or at least syllables.
    int plausible = 0;
    for (const QString& w : words)
        plausible += vocab.isNameSyllable(w) || plausibleSyllable(w);
    if (qsizetype(plausible) * 2 <= words.size())
        return {};
    c.value = words.join(QLatin1Char(' '));
    c.vocabulary = unknown   ? QStringLiteral("unknown")
                   : snapped ? QStringLiteral("snapped")
                             : QStringLiteral("exact");
    c.distance = dist + unknown;
    c.note = notes.join(QStringLiteral("; "));
    return c;
}

QString trimJunkTail(const QString& text)
{
    QStringList ws = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto junk = [](const QString& w) {
        int letters = 0, digits = 0, vowels = 0;
        for (QChar c : w) {
            if (c.isDigit())
                ++digits;
            else if (c.isLetter()) {
                ++letters;
                vowels += QStringLiteral("aeiouy").contains(baseLetter(c));
            }
        }
        if (letters && digits)
            return true; // "T111", "S14"
        if (letters && !vowels)
            return true;                    // "TH", "Ñx": every Vietnamese syllable has a vowel
        return letters == 0 && digits == 0; // punctuation only
    };
    while (ws.size() > 1 && junk(ws.last()))
        ws.removeLast();
    return ws.join(QLatin1Char(' '));
}

Correction correctPlace(QStringView raw, const Vocabulary& vocab)
{
    Correction c;
    QString t = tidyValue(trimJunkTail(tidyValue(raw)));
    // A comma read as a full stop before the next unit ("xã Đồng Ích. huyện Lập Thạch"):
    // addresses separate their units with commas.
    static const QRegularExpression stopBeforeUnit(
        QStringLiteral("\\.\\s+(?=(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\\s)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    t.replace(stopBeforeUnit, QStringLiteral(", "));
    // Each comma-separated part may open with a unit word; fix its accents.
    QStringList parts = t.split(QLatin1Char(','));
    QStringList notes;
    for (QString& part : parts) {
        const bool lead = part.startsWith(QLatin1Char(' '));
        QStringList ws = part.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Place words open the part and may follow one another ("Ủy ban nhân dân thị trấn X").
        int at = 0;
        bool again = true;
        while (again && at < ws.size()) {
            again = false;
            for (const QString& pw : vocab.placeWords()) {
                const int n = int(pw.count(QLatin1Char(' '))) + 1;
                if (ws.size() <= at + n)
                    continue;
                const QString head = ws.mid(at, n).join(QLatin1Char(' '));
                if (foldWords(head) != foldWords(pw))
                    continue;
                // Fix accents only where a unit word is expected: before a name (capitalised) or a number.
                const QChar nextFirst = ws[at + n].front();
                if (head.compare(pw, Qt::CaseInsensitive) != 0 &&
                    !(nextFirst.isUpper() || nextFirst.isDigit()) && !vocab.placeWordChains(pw))
                    continue;
                if (head.compare(pw, Qt::CaseInsensitive) != 0) {
                    const QString fixed = matchCase(pw, head);
                    notes.append(QStringLiteral("%1 -> %2").arg(head, fixed));
                    const QStringList fw = fixed.split(QLatin1Char(' '));
                    for (int k = 0; k < n; ++k)
                        ws[at + k] = fw[k];
                }
                at += n;
                again = vocab.placeWordChains(pw);
                break;
            }
        }
        part = (lead ? QStringLiteral(" ") : QString()) + ws.join(QLatin1Char(' '));
    }
    t = parts.join(QLatin1Char(','));
    // House, hamlet and street numbers with a digit read as a letter ("Xóm I2").
    QStringList words = t.split(QLatin1Char(' '));
    for (QString& w : words) {
        bool digit = false;
        for (QChar ch : w)
            digit |= ch.isDigit();
        // "12B", "5G": a house number's letter, not a misread digit.
        static const QRegularExpression suffixed(QStringLiteral("^[0-9]+[A-HJ-NP-Za-hj-km-z][,.;]?$"));
        if (!digit || suffixed.match(w).hasMatch())
            continue;
        int fixes = 0;
        const QString fixed = repairDigits(w, &fixes);
        if (fixes > 0) {
            notes.append(QStringLiteral("%1 -> %2").arg(w, fixed));
            w = fixed;
        }
    }
    t = words.join(QLatin1Char(' '));
    // Administrative unit names against the official lists (pre-2025 and 2025).
    const QString snappedUnits = adminunits::snapPlaceNames(t);
    if (snappedUnits != t) {
        notes.append(QStringLiteral("%1 -> %2").arg(t, snappedUnits));
        t = snappedUnits;
    }
    c.value = t;
    c.note = notes.join(QStringLiteral("; "));
    c.vocabulary = notes.isEmpty() ? QString() : QStringLiteral("snapped");
    c.distance = 0.5 * notes.size();
    return c;
}

namespace {

Correction snapTo(QStringView raw, const Snap& s)
{
    Correction c;
    const QString t = tidyValue(raw);
    if (s.value.isEmpty()) {
        c.value = t;
        c.vocabulary = QStringLiteral("unknown");
        c.distance = 2;
        return c;
    }
    c.value = s.value;
    c.vocabulary = s.exact ? QStringLiteral("exact") : QStringLiteral("snapped");
    c.distance = s.distance;
    if (!s.exact)
        c.note = QStringLiteral("%1 -> %2").arg(t, s.value);
    return c;
}

} // namespace

Correction correctPhrase(QStringView raw, const Vocabulary& vocab, const QString& list)
{
    const Snap s = vocab.snapToPhrase(tidyValue(raw), list);
    if (s.value.isEmpty()) {
        Correction c;
        c.value = tidyValue(raw);
        c.vocabulary = QStringLiteral("unknown");
        c.distance = 1;
        return c;
    }
    return snapTo(raw, s);
}

Correction correctEthnicity(QStringView raw, const Vocabulary& vocab)
{
    return snapTo(raw, vocab.snapEthnicity(tidyValue(raw)));
}

Correction correctNationality(QStringView raw, const Vocabulary& vocab)
{
    return snapTo(raw, vocab.snapNationality(tidyValue(raw)));
}

} // namespace sohoa::extraction
