#include "extraction/PostCorrection.h"

#include "extraction/TextFold.h"
#include "extraction/Vocabulary.h"

#include <QRegularExpression>

namespace sohoa::extraction {

namespace {

bool isStrayEndChar(QChar c)
{
    switch (c.unicode()) {
    case '.': case ',': case ';': case ':': case '-': case '_': case '\'': case '`': case '"': case '*': case '+':
    case '~': case '=': case '|': case '!': case 0x2026: case 0x00B7: case 0x2013: case 0x2014: case 0x2018:
    case 0x2019: case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: case 0x2022: case '^':
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
    t.replace(QRegularExpression(QStringLiteral("\\s+([,;])")), QStringLiteral("\\1"));
    t.replace(QRegularExpression(QStringLiteral("([,;])(?=[^\\s\\d])")), QStringLiteral("\\1 "));
    return t.simplified();
}

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
        const bool surnamePos = i == 0 && words.size() >= 2;
        bool known = surnamePos ? vocab.isSurname(w) : vocab.isNameSyllable(w);
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
            if (!s.value.isEmpty()) {
                notes.append(QStringLiteral("%1 -> %2").arg(w, s.value));
                w = s.value;
                ++snapped;
                dist += s.distance;
            } else {
                ++unknown;
            }
        }
        words[i] = allCaps ? w.toUpper() : titleCaseWord(w);
    }
    c.value = words.join(QLatin1Char(' '));
    c.vocabulary = unknown ? QStringLiteral("unknown") : snapped ? QStringLiteral("snapped") : QStringLiteral("exact");
    c.distance = dist + unknown;
    c.note = notes.join(QStringLiteral("; "));
    return c;
}

Correction correctPlace(QStringView raw, const Vocabulary& vocab)
{
    Correction c;
    QString t = tidyValue(raw);
    // Each comma-separated part may open with a unit word; fix its accents.
    QStringList parts = t.split(QLatin1Char(','));
    QStringList notes;
    for (QString& part : parts) {
        const QString p = part.trimmed();
        const QStringList ws = p.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& pw : vocab.placeWords()) {
            const int n = int(pw.count(QLatin1Char(' '))) + 1;
            if (ws.size() <= n)
                continue;
            const QString head = ws.mid(0, n).join(QLatin1Char(' '));
            if (head.compare(pw, Qt::CaseInsensitive) == 0)
                break;
            if (foldWords(head) == foldWords(pw) && ws[n].front().isUpper()) {
                const QString fixed = matchCase(pw, head);
                notes.append(QStringLiteral("%1 -> %2").arg(head, fixed));
                part = (part.startsWith(QLatin1Char(' ')) ? QStringLiteral(" ") : QString()) + fixed + QLatin1Char(' ') +
                       ws.mid(n).join(QLatin1Char(' '));
                break;
            }
        }
    }
    t = parts.join(QLatin1Char(','));
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

Correction correctEthnicity(QStringView raw, const Vocabulary& vocab)
{
    return snapTo(raw, vocab.snapEthnicity(tidyValue(raw)));
}

Correction correctNationality(QStringView raw, const Vocabulary& vocab)
{
    return snapTo(raw, vocab.snapNationality(tidyValue(raw)));
}

} // namespace sohoa::extraction
