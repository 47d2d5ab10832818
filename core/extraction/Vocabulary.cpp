#include "core/extraction/Vocabulary.h"

#include "core/extraction/TextFold.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <climits>
#include <limits>

namespace sohoa::extraction {

namespace {

// Non-comment, non-empty lines of a UTF-8 text file.
QStringList dataLines(const QString& path)
{
    QStringList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QString text = QString::fromUtf8(f.readAll()).normalized(QString::NormalizationForm_C);
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
            continue;
        out.append(line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line);
    }
    return out;
}

QStringList splitList(const QString& field, QChar sep)
{
    QStringList out;
    for (const QString& s : field.split(sep)) {
        const QString t = s.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace

Vocabulary Vocabulary::loadFromDirectory(const QString& dirPath)
{
    Vocabulary v;
    const QDir dir(dirPath);
    for (const QString& line : dataLines(dir.filePath(QStringLiteral("surnames.tsv")))) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        const QString name = cols.value(0).trimmed();
        if (name.isEmpty())
            continue;
        v.m_surnames.insert(name.toLower(), cols.value(1).toDouble());
        v.m_surnameList.append(name);
        v.m_syllables.insert(name.toLower());
    }
    for (const QString& line : dataLines(dir.filePath(QStringLiteral("name-syllables.txt"))))
        for (QString w : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.endsWith(QLatin1Char('*'))) {
                w.chop(1);
                v.m_common.insert(w.toLower());
            }
            v.m_syllables.insert(w.toLower());
            v.m_given.insert(w.toLower());
        }
    for (const QString& s : std::as_const(v.m_given)) {
        v.m_syllableList.append(s);
        v.m_syllablesByFold[foldKey(s)].append(s);
    }
    v.m_syllableList.sort();
    for (const QString& line : dataLines(dir.filePath(QStringLiteral("ethnic-groups.tsv")))) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 2)
            continue;
        v.m_ethnicCanonical.append(cols[1].trimmed());
        v.m_ethnicSpellings.append(cols[1].trimmed());
        v.m_ethnicSpellings += splitList(cols.value(2), QLatin1Char(','));
    }
    for (const QString& line : dataLines(dir.filePath(QStringLiteral("nationalities.tsv")))) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        v.m_nationalityCanonical.append(cols[0].trimmed());
        v.m_nationalitySpellings.append(cols[0].trimmed());
        v.m_nationalitySpellings += splitList(cols.value(2), QLatin1Char(','));
    }
    for (const QString& line : dataLines(dir.filePath(QStringLiteral("land-types.tsv")))) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 2)
            continue;
        LandType t;
        t.code = cols[0].trimmed();
        t.name = cols[1].trimmed();
        t.names = QStringList{t.name} + splitList(cols.value(2), QLatin1Char(';'));
        t.oldCodes = splitList(cols.value(3), QLatin1Char(';'));
        v.m_landTypes.append(t);
    }
    for (const QString& line : dataLines(dir.filePath(QStringLiteral("number-words.tsv")))) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 3)
            continue;
        v.m_numberWords.insert(foldKey(cols[0]), {cols[1].toInt(), cols[2].trimmed()});
    }
    for (const QString& line : dataLines(dir.filePath(QStringLiteral("month-words.tsv")))) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 2)
            continue;
        v.m_monthWords.insert(foldWords(cols[0]), cols[1].toInt());
    }
    for (const QString& line : dataLines(dir.filePath(QStringLiteral("place-words.txt")))) {
        QString w = line.trimmed();
        if (w.endsWith(QLatin1String(" +"))) {
            w.chop(2);
            v.m_chainingPlaceWords.insert(w);
        }
        v.m_placeWords.append(w);
    }
    // Phrase lists, read now so lookups need no lock.
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QStringList lines = dataLines(dir.filePath(name));
        QStringList prefixes, plain;
        for (const QString& l : lines) {
            if (l.startsWith(QLatin1Char('+')))
                prefixes.append(l.mid(1));
            else
                plain.append(l.trimmed());
        }
        QStringList all = plain;
        for (const QString& pre : prefixes)
            for (const QString& p : plain)
                all.append(pre + p);
        v.m_phrases.insert(name.chopped(4), all);
    }
    v.m_dir = dirPath;
    return v;
}

const Vocabulary& Vocabulary::builtin()
{
    static const Vocabulary v = loadFromDirectory(QStringLiteral(":/sohoa/vocabulary"));
    return v;
}

bool Vocabulary::isSurname(QStringView word) const
{
    return m_surnames.contains(word.toString().toLower());
}

bool Vocabulary::isNameSyllable(QStringView word) const
{
    return m_syllables.contains(word.toString().toLower());
}

bool Vocabulary::isGivenSyllable(QStringView word) const
{
    return m_given.contains(word.toString().toLower());
}

QStringList Vocabulary::phrases(const QString& name) const
{
    return m_phrases.value(name);
}

Snap Vocabulary::snapToPhrase(QStringView text, const QString& listName) const
{
    const QString key = foldKey(text);
    if (key.isEmpty())
        return {};
    const QStringList list = m_phrases.value(listName);
    Snap best;
    int bestD = INT_MAX, second = INT_MAX;
    const int maxD = std::max(1, int(key.size() * 12 / 100));
    for (const QString& ph : list) {
        const int d = editDistance(key, foldKey(ph), maxD);
        if (d > maxD)
            continue;
        if (d < bestD) {
            second = bestD;
            bestD = d;
            best.value = ph;
        } else if (d < second) {
            second = d;
        }
    }
    if (best.value.isEmpty() || second == bestD)
        return {};
    const QString cleaned = cleanText(text);
    best.exact = cleaned.compare(best.value, Qt::CaseInsensitive) == 0;
    best.distance = best.exact ? 0 : std::max(0.5, double(bestD));
    return best;
}

double Vocabulary::surnameWeight(QStringView word) const
{
    return m_surnames.value(word.toString().toLower(), 0.0);
}

QString Vocabulary::commonerToneVariant(QStringView word, bool surname) const
{
    const QString lower = word.toString().toLower();
    const QString folded = foldKey(lower);
    if (surname) {
        const double own = surnameWeight(lower);
        for (const QString& other : m_surnameList) {
            const double w = surnameWeight(other);
            if (other.toLower() != lower && foldKey(other) == folded && w >= 5 && w >= 5 * std::max(own, 1.0))
                return other;
        }
        return {};
    }
    if (!m_given.contains(lower) || m_common.contains(lower))
        return {};
    for (const QString& other : m_syllablesByFold.value(folded))
        if (other != lower && m_common.contains(other))
            return other;
    return {};
}

QStringList Vocabulary::nameSyllablesFolding(QStringView foldedWord) const
{
    return m_syllablesByFold.value(foldedWord.toString());
}

Snap Vocabulary::closestNameSyllable(QStringView word, double maxDistance, bool surname) const
{
    const QString lower = word.toString().toLower();
    Snap best;
    best.distance = std::numeric_limits<double>::max();
    double second = best.distance;
    double bestWeight = 0, secondWeight = 0;
    auto consider = [&](const QString& cand) {
        const double d = accentDistance(lower, cand);
        const double w = surname ? surnameWeight(cand) : m_common.contains(cand) ? 1 : 0;
        if (d < best.distance - 1e-9 || (std::abs(d - best.distance) < 1e-9 && w > bestWeight)) {
            second = best.distance;
            secondWeight = bestWeight;
            best.value = cand;
            best.distance = d;
            bestWeight = w;
        } else if (d < second - 1e-9 || (std::abs(d - second) < 1e-9 && w > secondWeight)) {
            second = d;
            secondWeight = w;
        }
    };
    if (surname) {
        for (auto it = m_surnames.constBegin(); it != m_surnames.constEnd(); ++it)
            consider(it.key());
    } else {
        // Same letters first (diacritic misreads are the common error), then the whole list.
        const QStringList same = nameSyllablesFolding(foldKey(lower));
        for (const QString& c : same)
            consider(c);
        if (same.isEmpty() || best.distance > 0.5)
            for (const QString& c : m_syllableList)
                consider(c);
    }
    if (best.value.isEmpty() || best.distance > maxDistance)
        return {};
    // Ambiguous: another candidate just as close (and, for surnames, no frequency to choose by).
    if (second <= best.distance + 1e-9 && !(bestWeight > 0 && secondWeight < bestWeight))
        return {};
    best.exact = best.distance == 0;
    return best;
}

Snap Vocabulary::snapPhrase(QStringView text, const QStringList& spellings) const
{
    const QString key = foldKey(text);
    if (key.isEmpty())
        return {};
    Snap best;
    int bestFold = std::numeric_limits<int>::max();
    best.distance = std::numeric_limits<double>::max();
    const QString cleaned = cleanText(text);
    for (const QString& s : spellings) {
        const QString sk = foldKey(s);
        const int maxD = sk.size() <= 3 ? 1 : sk.size() <= 6 ? 1 : 2;
        const int d = editDistance(key, sk, maxD);
        if (d > maxD)
            continue;
        const double ad = accentDistance(cleaned, s);
        if (d < bestFold || (d == bestFold && ad < best.distance)) {
            bestFold = d;
            best.value = s;
            best.distance = ad;
        }
    }
    if (best.value.isEmpty())
        return {};
    best.exact = cleaned.compare(best.value, Qt::CaseInsensitive) == 0;
    if (best.exact)
        best.distance = 0;
    return best;
}

Snap Vocabulary::snapEthnicity(QStringView text) const
{
    return snapPhrase(text, m_ethnicSpellings);
}

Snap Vocabulary::snapNationality(QStringView text) const
{
    return snapPhrase(text, m_nationalitySpellings);
}

const LandType* Vocabulary::landTypeByCode(QStringView code) const
{
    for (const LandType& t : m_landTypes)
        if (t.code.compare(code, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

const LandType* Vocabulary::landTypeByOldCode(QStringView code) const
{
    for (const LandType& t : m_landTypes)
        for (const QString& c : t.oldCodes)
            if (c.compare(code, Qt::CaseInsensitive) == 0)
                return &t;
    return nullptr;
}

bool Vocabulary::numberWord(const QString& foldedWord, int* value, QString* role) const
{
    auto it = m_numberWords.constFind(foldedWord);
    if (it == m_numberWords.constEnd())
        return false;
    if (value)
        *value = it->value;
    if (role)
        *role = it->role;
    return true;
}

int Vocabulary::monthWord(const QString& foldedWords) const
{
    return m_monthWords.value(foldedWords, 0);
}

} // namespace sohoa::extraction
