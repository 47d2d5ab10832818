// Reading the administrative units out of a printed place.
#include "core/adminunits/AdminUnits.h"
#include "core/text/VietnameseText.h"

#include <QSet>

namespace sohoa::adminunits {

namespace {

struct Word {
    QString text;  // as printed
    QString lower; // lower case, NFC
    qsizetype from = 0;
    qsizetype length = 0;
};

struct Keyword {
    QString kind; // full lower-case kind word
    int words = 1;
};

// First words of segments that name a street, hamlet or house rather than a unit.
const QSet<QString>& localWords()
{
    static const QSet<QString> s{
        QStringLiteral("thôn"),  QStringLiteral("xóm"),   QStringLiteral("ấp"),    QStringLiteral("bản"),
        QStringLiteral("buôn"),  QStringLiteral("làng"),  QStringLiteral("tổ"),    QStringLiteral("khu"),
        QStringLiteral("khối"),  QStringLiteral("số"),    QStringLiteral("đường"), QStringLiteral("phố"),
        QStringLiteral("ngõ"),   QStringLiteral("ngách"), QStringLiteral("hẻm"),   QStringLiteral("kiệt"),
        QStringLiteral("km"),    QStringLiteral("lô"),    QStringLiteral("căn"),   QStringLiteral("nhà"),
        QStringLiteral("tầng"),  QStringLiteral("khóm"),  QStringLiteral("sóc"),   QStringLiteral("plei"),
        QStringLiteral("đội"),   QStringLiteral("cụm"),   QStringLiteral("quốc"),  QStringLiteral("đại"),
        QStringLiteral("chung"), QStringLiteral("block"), QStringLiteral("phòng"), QStringLiteral("nghĩa"),
    };
    return s;
}

bool isAbbreviationOnly(const QString& lower, QString& kind)
{
    static const QList<QPair<QString, QString>> abbrev{
        {QStringLiteral("tp."), QStringLiteral("thành phố")},
        {QStringLiteral("tp"), QStringLiteral("thành phố")},
        {QStringLiteral("t.p."), QStringLiteral("thành phố")},
        {QStringLiteral("t.p"), QStringLiteral("thành phố")},
        {QStringLiteral("tx."), QStringLiteral("thị xã")},
        {QStringLiteral("tx"), QStringLiteral("thị xã")},
        {QStringLiteral("tt."), QStringLiteral("thị trấn")},
        {QStringLiteral("tt"), QStringLiteral("thị trấn")},
        {QStringLiteral("q."), QStringLiteral("quận")},
        {QStringLiteral("h."), QStringLiteral("huyện")},
        {QStringLiteral("p."), QStringLiteral("phường")},
        {QStringLiteral("x."), QStringLiteral("xã")},
        {QStringLiteral("t."), QStringLiteral("tỉnh")},
    };
    for (const auto& [a, k] : abbrev) {
        if (lower == a) {
            kind = k;
            return true;
        }
    }
    return false;
}

// Splits "TP.HCM", "Q.1", "P9" into an abbreviation word and the rest.
QList<Word> splitAttached(const Word& w)
{
    static const QStringList prefixes{QStringLiteral("tp."), QStringLiteral("t.p."), QStringLiteral("tx."),
                                      QStringLiteral("tt."), QStringLiteral("q."),   QStringLiteral("p."),
                                      QStringLiteral("h."),  QStringLiteral("x.")};
    for (const QString& p : prefixes) {
        if (w.lower.size() > p.size() && w.lower.startsWith(p)) {
            Word a{w.text.left(p.size()), p, w.from, p.size()};
            Word b{w.text.mid(p.size()), w.lower.mid(p.size()), w.from + p.size(), w.length - p.size()};
            return {a, b};
        }
    }
    // Q1, P12 (a number right after the letter)
    if (w.lower.size() >= 2 && (w.lower[0] == QLatin1Char('q') || w.lower[0] == QLatin1Char('p')) &&
        w.lower[1].isDigit()) {
        bool digits = true;
        for (qsizetype i = 1; i < w.lower.size(); ++i)
            digits = digits && w.lower[i].isDigit();
        if (digits) {
            Word a{w.text.left(1), w.lower.left(1) + QLatin1Char('.'), w.from, 1};
            Word b{w.text.mid(1), w.lower.mid(1), w.from + 1, w.length - 1};
            return {a, b};
        }
    }
    return {w};
}

QList<Word> wordsOf(QStringView text, qsizetype offset)
{
    QList<Word> out;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        qsizetype j = i;
        while (j < text.size() && !text[j].isSpace())
            ++j;
        if (j > i) {
            const QString t = text.mid(i, j - i).toString();
            Word w{t, text::canonicalTonePlacement(t.toLower()), offset + i, j - i};
            out += splitAttached(w);
        }
        i = j;
    }
    return out;
}

// A kind word starting at words[i], if there is one.
bool keywordAt(const QList<Word>& words, qsizetype i, Keyword& k)
{
    const QString& w = words[i].lower;
    const QString next = i + 1 < words.size() ? words[i + 1].lower : QString();
    if (next == u"lộ") // tỉnh lộ, huyện lộ: roads
        return false;
    if ((w == u"thành" && next == u"phố") || (w == u"thị" && (next == u"xã" || next == u"trấn")) ||
        (w == u"đặc" && next == QLatin1String("khu"))) {
        k = {w + QLatin1Char(' ') + next, 2};
        return true;
    }
    static const QStringList single{QStringLiteral("tỉnh"), QStringLiteral("huyện"), QStringLiteral("quận"),
                                    QStringLiteral("phường"), QStringLiteral("xã")};
    if (single.contains(w)) {
        k = {w, 1};
        return true;
    }
    QString kind;
    if (isAbbreviationOnly(w, kind)) {
        // "Q 1", "P 9" without a dot only before a number; dotted forms always.
        if (!w.endsWith(QLatin1Char('.')) && w.size() == 1 && !(next.size() && next[0].isDigit()))
            return false;
        k = {kind, 1};
        return true;
    }
    // Bare Q / P before a number.
    if ((w == QLatin1String("q") || w == QLatin1String("p")) && !next.isEmpty() && next[0].isDigit()) {
        k = {w == QLatin1String("q") ? QStringLiteral("quận") : QStringLiteral("phường"), 1};
        return true;
    }
    return false;
}

Level levelOfKind(const QString& kind)
{
    if (kind == u"tỉnh")
        return Level::Province;
    if (kind == u"huyện" || kind == u"quận" || kind == u"thị xã")
        return Level::District;
    if (kind == u"thành phố")
        return Level::Province; // decided later
    return Level::Commune;
}

bool hasLower(const QList<Word>& words)
{
    for (const Word& w : words)
        for (QChar c : w.text)
            if (c.isLower())
                return true;
    return false;
}

// Strips punctuation around a name; `offset` receives how much was cut in front.
QString trimName(const QString& s, qsizetype* offset = nullptr)
{
    qsizetype a = 0, b = s.size();
    auto junk = [](QChar c) {
        return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char(':') || c == QLatin1Char('(') ||
               c == QLatin1Char(')') || c == QLatin1Char('"');
    };
    while (a < b && junk(s[a]))
        ++a;
    while (b > a && junk(s[b - 1]))
        --b;
    if (offset)
        *offset = a;
    return s.mid(a, b - a);
}

bool resolvesToProvince(const QString& name, const QString& kind)
{
    const Directory& dir = Directory::instance();
    for (Era era : {Era::Current, Era::Pre2025})
        for (bool exact : {true, false})
            for (const Unit* p : dir.findProvinces(name, era, exact))
                if (kind.isEmpty() || p->kind == kind || p->kind.isEmpty())
                    return true;
    return false;
}

} // namespace

const PlacePart* ParsedPlace::find(Level level) const
{
    for (const PlacePart& p : parts)
        if (p.level == level)
            return &p;
    return nullptr;
}

ParsedPlace parsePlace(QStringView input)
{
    ParsedPlace out;
    // Segments: commas, semicolons and spaced dashes separate them.
    QList<QPair<qsizetype, qsizetype>> segments;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= input.size(); ++i) {
        const bool end = i == input.size();
        bool sep = !end && (input[i] == QLatin1Char(',') || input[i] == QLatin1Char(';'));
        if (!end && !sep && (input[i] == QLatin1Char('-') || input[i] == QChar(0x2013)) && i > 0 &&
            i + 1 < input.size() && input[i - 1].isSpace() && input[i + 1].isSpace())
            sep = true;
        if (end || sep) {
            if (i > start)
                segments.append({start, i - start});
            start = i + 1;
        }
    }
    for (int s = 0; s < segments.size(); ++s) {
        const QList<Word> words =
            wordsOf(input.mid(segments[s].first, segments[s].second), segments[s].first);
        if (words.isEmpty())
            continue;
        const bool local = localWords().contains(words[0].lower);
        const bool allCaps = !hasLower(words);
        // Kind words that start a unit: at the segment start in any case; later
        // in the segment only in small letters ("Ủy ban nhân dân xã An Phú",
        // not "đường Xã Đàn"), or anywhere in an all-capitals institution line.
        QList<QPair<qsizetype, Keyword>> marks;
        for (qsizetype i = 0; i < words.size(); ++i) {
            Keyword k;
            if (!keywordAt(words, i, k))
                continue;
            const bool dotted = words[i].lower.contains(QLatin1Char('.'));
            const bool small = words[i].text[0].isLower();
            if (i == 0 || small || dotted || (allCaps && !local)) {
                marks.append({i, k});
                i += k.words - 1;
            }
        }
        for (int m = 0; m < marks.size(); ++m) {
            const qsizetype first = marks[m].first + marks[m].second.words;
            const qsizetype last = m + 1 < marks.size() ? marks[m + 1].first : words.size();
            if (first >= last)
                continue;
            const Word& kw = words[marks[m].first];
            const Word& lw = words[last - 1];
            const qsizetype rawFrom = words[first].from;
            qsizetype cut = 0;
            const QString name = trimName(input.mid(rawFrom, lw.from + lw.length - rawFrom).toString(), &cut);
            if (name.isEmpty())
                continue;
            PlacePart p;
            p.kind = marks[m].second.kind;
            p.level = levelOfKind(p.kind);
            p.cityOrProvince = p.kind == u"thành phố";
            p.name = text::normalizeText(name);
            p.from = kw.from;
            p.length = lw.from + lw.length - kw.from;
            p.nameFrom = rawFrom + cut;
            p.nameLength = name.size();
            out.parts.append(p);
        }
        // A bare province name closing the place ("..., Hà Nội").
        if (marks.isEmpty() && s == segments.size() - 1 && !local && segments.size() > 1) {
            qsizetype cut = 0;
            const QString name = trimName(input.mid(segments[s].first, segments[s].second).toString(), &cut);
            if (!name.isEmpty() && resolvesToProvince(name, {})) {
                PlacePart p;
                p.level = Level::Province;
                p.name = text::normalizeText(name);
                p.from = words.first().from;
                p.length = words.last().from + words.last().length - p.from;
                p.nameFrom = segments[s].first + cut;
                p.nameLength = name.size();
                p.cityOrProvince = true;
                out.parts.append(p);
            }
        }
    }
    // "thành phố X": the province when it closes the place and X is a province
    // of that kind (Hà Nội, Huế); otherwise a provincial city (a district).
    for (int i = 0; i < out.parts.size(); ++i) {
        PlacePart& p = out.parts[i];
        if (p.kind != u"thành phố")
            continue;
        bool laterUnit = false;
        for (int j = i + 1; j < out.parts.size(); ++j)
            laterUnit = laterUnit || out.parts[j].level != Level::Commune;
        if (laterUnit) {
            p.level = Level::District;
            continue;
        }
        if (resolvesToProvince(p.name, p.kind)) {
            p.level = Level::Province;
        } else if (!Directory::instance()
                        .findDistricts(QString(QStringLiteral("Thành phố ") + p.name))
                        .isEmpty()) {
            p.level = Level::District;
        } else {
            p.level = resolvesToProvince(p.name, {}) ? Level::Province : Level::District;
        }
    }
    return out;
}

} // namespace sohoa::adminunits
