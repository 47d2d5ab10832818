#include "core/extraction/ValueParsers.h"

#include "core/extraction/TextFold.h"
#include "core/extraction/Vocabulary.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <climits>
#include <cstdlib>

namespace sohoa::extraction {

namespace {

const QRegularExpression& re(const char* pattern)
{
    // Patterns are literals of this file; each is compiled once.
    static thread_local QHash<const char*, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromUtf8(pattern),
                                                      QRegularExpression::UseUnicodePropertiesOption));
    return *it;
}

QChar digitFor(QChar c)
{
    switch (c.unicode()) {
    case 'O':
    case 'o':
    case 'D':
    case 'Q':
    case 0x00D8:
    case 0x00F8:
        return QLatin1Char('0');
    case 'l':
    case 'I':
    case '|':
    case 'i':
    case '!':
    case ']':
    case '[':
    case 0x00CD:
    case 0x00ED:
        return QLatin1Char('1');
    case 'Z':
    case 'z':
        return QLatin1Char('2');
    case 'S':
    case 's':
    case '$':
        return QLatin1Char('5');
    case 'B':
        return QLatin1Char('8');
    case 'b':
    case 'G':
        return QLatin1Char('6');
    case 'g':
    case 'q':
        return QLatin1Char('9');
    default:
        return QChar();
    }
}

QStringList words(QStringView folded)
{
    return folded.toString().split(re("[^a-z0-9]+"), Qt::SkipEmptyParts);
}

int countAlnum(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        n += c.isLetterOrNumber();
    return n;
}

} // namespace

bool DateParts::isCalendarDate() const
{
    return QDate(year, month, day).isValid();
}

QString DateParts::iso() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

QString foldKeepPunctuation(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining)
            continue;
        out.append(baseLetter(c));
    }
    return out;
}

QString repairDigits(QStringView text, int* repairs)
{
    // A token is numeric when most of its letters/digits are digits; only then
    // are look-alike letters read as digits.
    QString out = text.toString();
    int fixes = 0;
    int i = 0;
    const int n = int(out.size());
    while (i < n) {
        if (out[i].isSpace()) {
            ++i;
            continue;
        }
        int j = i;
        while (j < n && !out[j].isSpace())
            ++j;
        int digits = 0, fixable = 0, other = 0;
        for (int k = i; k < j; ++k) {
            if (out[k].isDigit())
                ++digits;
            else if (!digitFor(out[k]).isNull())
                ++fixable;
            else if (out[k].isLetter())
                ++other;
        }
        if (digits > 0 && digits >= fixable && other == 0) {
            for (int k = i; k < j; ++k) {
                const QChar d = digitFor(out[k]);
                // '!' and '|' also stand for themselves next to punctuation; only inside digit runs.
                if (!d.isNull() && !out[k].isDigit()) {
                    const bool prevDigit = k > i && (out[k - 1].isDigit() || !digitFor(out[k - 1]).isNull());
                    const bool nextDigit =
                        k + 1 < j && (out[k + 1].isDigit() || !digitFor(out[k + 1]).isNull());
                    if (prevDigit || nextDigit) {
                        out[k] = d;
                        ++fixes;
                    }
                }
            }
        }
        i = j;
    }
    if (repairs)
        *repairs = fixes;
    return out;
}

qint64 numberFromWords(const QStringList& folded, const Vocabulary& vocab, int* unknownWords)
{
    qint64 total = 0, group = 0;
    int last = -1;
    bool any = false;
    int unknown = 0;
    for (const QString& w0 : folded) {
        const QString& w = w0;
        int value = 0;
        QString role;
        if (!vocab.numberWord(w, &value, &role)) {
            // One misread letter in a long number word ("nghin" read "nghim").
            static const char* const longWords[] = {"nghin", "khong", "tram", "muoi", "trieu", "linh", "chin",
                                                    "bon",   "sau",   "bay",  "tam",  "mot",   "hai",  "nam"};
            bool fixed = false;
            if (w.size() >= 3) {
                for (const char* lw : longWords) {
                    const QString cand = QLatin1String(lw);
                    if (cand.size() >= 4 && editDistance(w, cand, 1) <= 1 &&
                        vocab.numberWord(cand, &value, &role)) {
                        fixed = true;
                        break;
                    }
                }
            }
            if (!fixed) {
                ++unknown;
                continue;
            }
        }
        any = true;
        if (role == QLatin1String("digit") || role == QLatin1String("zero")) {
            if (last >= 0)
                group += last; // "hai ba" is not a number; keep going rather than fail
            last = value;
        } else if (role == QLatin1String("ten")) {
            if (last >= 0) {
                group += qint64(last) * 10;
                last = -1;
            } else {
                group += 10;
            }
        } else if (role == QLatin1String("hundred")) {
            group += qint64(last >= 0 ? last : 1) * 100;
            last = -1;
        } else if (role == QLatin1String("thousand") || role == QLatin1String("million")) {
            qint64 g = group + (last >= 0 ? last : 0);
            if (g == 0)
                g = 1;
            total += g * value;
            group = 0;
            last = -1;
        }
        // "odd" (linh/lẻ) and "filler" (mồng) carry no value.
    }
    if (unknownWords)
        *unknownWords = unknown;
    if (!any)
        return -1;
    return total + group + (last >= 0 ? last : 0);
}

QString decimalFromWords(QStringView text, const Vocabulary& vocab, bool* cut)
{
    if (cut)
        *cut = false;
    QStringList ws = words(foldKeepPunctuation(text).toLower());
    // Units after the number ("mét vuông") are not number words.
    while (!ws.isEmpty() && (ws.last() == QLatin1String("vuong") || ws.last() == QLatin1String("met") ||
                             ws.last() == QLatin1String("m2")))
        ws.removeLast();
    // A misread unit or bracket after the number ("năm mươi hai ĐC Xưởng" on a photo): the
    // number ends at the first word that is no number word, when two or more came before it
    // (a single word could itself be the misreading).
    for (qsizetype i = 0; i < ws.size(); ++i) {
        int v = 0;
        QString role;
        if (ws[i] == QLatin1String("phay") || vocab.numberWord(ws[i], &v, &role))
            continue;
        if (i >= 2) {
            ws = ws.mid(0, i);
            if (cut)
                *cut = true;
        }
        break;
    }
    const qsizetype point = ws.indexOf(QStringLiteral("phay"));
    int unknown = 0;
    const qint64 whole = numberFromWords(point < 0 ? ws : ws.mid(0, point), vocab, &unknown);
    if (whole < 0 || unknown > 0)
        return {};
    if (point < 0)
        return QString::number(whole);
    const QStringList frac = ws.mid(point + 1);
    // Either digit by digit ("phẩy không năm" = .05) or one number ("phẩy hai mươi lăm" = .25).
    QString digits;
    bool single = true;
    for (const QString& w : frac) {
        int v = 0;
        QString role;
        if (!vocab.numberWord(w, &v, &role) ||
            (role != QLatin1String("digit") && role != QLatin1String("zero"))) {
            single = false;
            break;
        }
        digits += QString::number(v);
    }
    if (!single) {
        const qint64 f = numberFromWords(frac, vocab, &unknown);
        if (f < 0 || unknown > 0)
            return {};
        digits = QString::number(f);
    }
    if (digits.isEmpty())
        return {};
    return QString::number(whole) + QLatin1Char('.') + digits;
}

// A year read with one digit doubled ("20116" for 2016): the plausible year, or empty.
QString undoubledYear(const QString& digits)
{
    if (digits.size() != 5)
        return {};
    for (int i = 1; i < digits.size(); ++i) {
        if (digits[i] != digits[i - 1])
            continue;
        QString y = digits.left(i) + digits.mid(i + 1);
        if (y.toInt() >= 1850 && y.toInt() <= 2100)
            return y;
    }
    return {};
}

// A 0 read as 6, 8 or 9 (typewriter and monospaced printer fonts close the 0's
// counter or add a dot in it): put back where the position allows nothing else.
bool zeroLookAlike(QChar c)
{
    return c == QLatin1Char('6') || c == QLatin1Char('8') || c == QLatin1Char('9');
}

// Day, month and year as printed, with the 0s a position forces put back.
void repairDateZeros(QString& day, QString& month, QString& year, int* fixes)
{
    if (day.size() == 2 && day.toInt() > 31 && zeroLookAlike(day[0])) {
        day[0] = QLatin1Char('0');
        ++*fixes;
    }
    if (month.size() == 2 && month.toInt() > 12 && zeroLookAlike(month[0])) {
        month[0] = QLatin1Char('0');
        ++*fixes;
    }
    // Years of civil-status and land papers are 18xx-20xx: "2921" is 2021.
    if (year.size() == 4 && year[0] == QLatin1Char('2') && zeroLookAlike(year[1])) {
        year[1] = QLatin1Char('0');
        ++*fixes;
    }
}

QString repairZerosInDates(const QString& text, int* fixes)
{
    static const QRegularExpression date(
        QStringLiteral("(?<![0-9])([0-9]{1,2})([/.\\-])([0-9]{1,2})([/.\\-])([0-9]{4})(?![0-9])"));
    QString out = text;
    int n = 0;
    auto it = date.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString day = m.captured(1), month = m.captured(3), year = m.captured(5);
        int k = 0;
        repairDateZeros(day, month, year, &k);
        if (k == 0)
            continue;
        n += k;
        out.replace(m.capturedStart(0), m.capturedLength(0),
                    day + m.captured(2) + month + m.captured(4) + year); // same length
    }
    if (fixes)
        *fixes = n;
    return out;
}

bool findDateDigits(QStringView text, DateParts* out, int* repairs, int* shapeRepairs)
{
    int fixes = 0;
    QString t = repairDigits(foldKeepPunctuation(text), &fixes);
    // Years with a doubled digit are the commonest OCR slip in dates.
    static const QRegularExpression fiveDigitYear(QStringLiteral("(?<![0-9])([0-9]{5})(?![0-9])"));
    auto it = fiveDigitYear.globalMatch(t);
    QList<QRegularExpressionMatch> ms;
    while (it.hasNext())
        ms.append(it.next());
    for (int i = int(ms.size()) - 1; i >= 0; --i) {
        const QString y = undoubledYear(ms[i].captured(1));
        if (!y.isEmpty()) {
            t.replace(ms[i].capturedStart(1), 5, y);
            ++fixes;
        }
    }
    QRegularExpressionMatch m =
        re("(?<![0-9])([0-9]{1,2})\\s*[/.\\-]\\s*([0-9]{1,2})\\s*[/.\\-]\\s*([0-9]{4})(?![0-9])").match(t);
    if (!m.hasMatch())
        m = re("ngay\\W*([0-9]{1,2})\\W*thang\\W*([0-9]{1,2})\\W*nam\\W*([0-9]{4})(?![0-9])").match(t);
    if (!m.hasMatch())
        return false;
    QString day = m.captured(1), month = m.captured(2), year = m.captured(3);
    int zeros = 0;
    repairDateZeros(day, month, year, &zeros);
    if (out) {
        out->day = day.toInt();
        out->month = month.toInt();
        out->year = year.toInt();
    }
    if (repairs)
        *repairs = fixes;
    if (shapeRepairs)
        *shapeRepairs = zeros;
    return true;
}

namespace {

// A date word put right, written as the printed one was: in capitals, or as the first word in
// its case; else in lower case, as the words go.
QString spelledLike(const QString& spelling, const QString& printed, bool first)
{
    const bool capitals = printed == printed.toUpper() && printed != printed.toLower();
    return capitals ? spelling.toUpper() : first ? matchCase(spelling, printed) : spelling;
}

} // namespace

QString parseDateWords(QStringView text, const Vocabulary& vocab, int* repairs)
{
    // The words a date is written in (numbers, months, the frame), as printed.
    static const QStringList spellings = [] {
        QStringList out;
        for (const char* w : {"ngày", "tháng", "năm",  "mồng", "mùng",  "không", "linh",  "lẻ",  "một", "mốt",
                              "hai",  "ba",    "bốn",  "tư",   "lăm",   "nhăm",  "sáu",   "bảy", "bẩy", "tám",
                              "chín", "mười",  "mươi", "trăm", "nghìn", "ngàn",  "giêng", "chạp"})
            out.append(QString::fromUtf8(w));
        return out;
    }();
    int fixed = 0;
    QStringList words;
    for (const QString& token : cleanText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // Punctuation around a word stays as printed ("hai,").
        qsizetype a = 0, b = token.size();
        while (a < b && !token[a].isLetterOrNumber())
            ++a;
        while (b > a && !token[b - 1].isLetterOrNumber())
            --b;
        const QString core = token.mid(a, b - a);
        const QString key = foldKey(core);
        int value = 0;
        QString role;
        bool known = key.isEmpty() || vocab.numberWord(key, &value, &role) || vocab.monthWord(key) > 0;
        // The spellings with these letters: one, and not the one printed ("mông", "bõn"), is a
        // misread tone mark put right; several ("muoi": mười, mươi) leave the word as printed.
        QStringList sameLetters;
        for (const QString& w : spellings)
            if (foldKey(w) == key)
                sameLetters.append(w);
        known = known || !sameLetters.isEmpty();
        const bool printedAsSpelled =
            std::any_of(sameLetters.cbegin(), sameLetters.cend(),
                        [&](const QString& w) { return w.compare(core, Qt::CaseInsensitive) == 0; });
        if (sameLetters.size() == 1 && !printedAsSpelled) {
            ++fixed;
            words.append(token.left(a) + spelledLike(sameLetters.first(), core, words.isEmpty()) +
                         token.mid(b));
            continue;
        }
        if (known) {
            words.append(token);
            continue;
        }
        // One letter off: the closest spelling, when only one word of dates is that close.
        QString best;
        double bestAccents = 99;
        QSet<QString> keys;
        for (const QString& w : spellings) {
            if (key.size() < 2 || editDistance(key, foldKey(w), 1) > 1)
                continue;
            keys.insert(foldKey(w));
            const double ad = accentDistance(core, w);
            if (ad < bestAccents) {
                bestAccents = ad;
                best = w;
            }
        }
        if (keys.size() != 1)
            return {};
        ++fixed;
        words.append(token.left(a) + spelledLike(best, core, words.isEmpty()) + token.mid(b));
    }
    QString out = words.join(QLatin1Char(' '));
    DateParts said;
    if (out.isEmpty() || !findDateWords(out, vocab, &said))
        return {};
    if (repairs)
        *repairs += fixed;
    return out;
}

bool letterDigitLookAlikeEdge(QStringView code)
{
    static const QString lookAlikes = QStringLiteral("OoIlSsBZzGDQ");
    for (qsizetype i = 0; i + 1 < code.size(); ++i) {
        const QChar a = code[i], b = code[i + 1];
        if ((lookAlikes.contains(a) && b.isDigit() && (i == 0 || code[i - 1].isLetter())) ||
            (a.isDigit() && lookAlikes.contains(b) && (i + 2 >= code.size() || !code[i + 2].isLetter())))
            return true;
    }
    return false;
}

bool findDateWords(QStringView text, const Vocabulary& vocab, DateParts* out, bool* yearCut)
{
    if (yearCut)
        *yearCut = false;
    const QStringList ws = words(foldKeepPunctuation(text).toLower());
    const qsizetype thang = ws.indexOf(QStringLiteral("thang"));
    if (thang < 0)
        return false;
    qsizetype ngay = -1;
    for (qsizetype i = thang - 1; i >= 0; --i)
        if (ws[i] == QLatin1String("ngay")) {
            ngay = i;
            break;
        }
    const QStringList dayWords = ws.mid(ngay + 1, thang - ngay - 1);
    int unknown = 0;
    const qint64 day = numberFromWords(dayWords, vocab, &unknown);
    if (day <= 0 || unknown > 0)
        return false;
    // Month: one or two words, then the word "năm" and the year.
    for (int k = 2; k >= 1; --k) {
        if (thang + 1 + k >= ws.size())
            continue;
        const int month = vocab.monthWord(ws.mid(thang + 1, k).join(QLatin1Char(' ')));
        if (month == 0 || ws[thang + 1 + k] != QLatin1String("nam"))
            continue;
        const QStringList yearWords = ws.mid(thang + 2 + k);
        // Stop at the first word that is not part of a number ("mét", a label...).
        QStringList yw;
        for (const QString& w : yearWords) {
            int v = 0;
            QString role;
            if (!vocab.numberWord(w, &v, &role) && !yw.isEmpty() && w.size() > 1)
                break;
            yw.append(w);
        }
        const qint64 year = numberFromWords(yw, vocab, &unknown);
        if (year < 1000 || year > 9999 || unknown > 1)
            continue;
        if (yearCut && yw.size() == yearWords.size() && !yw.isEmpty()) {
            // Tens, hundreds or "linh" last: the units word may be on the next line.
            static const QStringList open{QStringLiteral("muoi"),  QStringLiteral("tram"),
                                          QStringLiteral("nghin"), QStringLiteral("ngan"),
                                          QStringLiteral("linh"),  QStringLiteral("le")};
            QString last = yw.last();
            while (!last.isEmpty() && !last.back().isLetterOrNumber())
                last.chop(1);
            *yearCut = open.contains(last);
        }
        if (out) {
            out->day = int(day);
            out->month = month;
            out->year = int(year);
        }
        return true;
    }
    return false;
}

bool findTime(QStringView text, int* hour, int* minute, int* repairs, int* shapeRepairs)
{
    int fixes = 0;
    const QString t = repairDigits(foldKeepPunctuation(text), &fixes);
    QRegularExpressionMatch m =
        re("(?<![0-9])([0-9]{1,2})\\s*(?:gio|g|h|:)\\s*([0-9]{1,2})(?![0-9/])").match(t);
    if (!m.hasMatch())
        return false;
    QString h = m.captured(1), min = m.captured(2);
    int zeros = 0;
    if (h.size() == 2 && h.toInt() > 23 && zeroLookAlike(h[0])) {
        h[0] = QLatin1Char('0');
        ++zeros;
    }
    if (min.size() == 2 && min.toInt() > 59 && zeroLookAlike(min[0])) {
        min[0] = QLatin1Char('0');
        ++zeros;
    }
    if (hour)
        *hour = h.toInt();
    if (minute)
        *minute = min.toInt();
    if (repairs)
        *repairs = fixes;
    if (shapeRepairs)
        *shapeRepairs = zeros;
    return true;
}

ParsedValue parseDate(QStringView text, QStringView wordsText, const Vocabulary& vocab)
{
    ParsedValue p;
    DateParts digits, inWords;
    int repairs = 0, zeros = 0;
    const bool haveDigits = findDateDigits(text, &digits, &repairs, &zeros);
    p.shapeRepairs = zeros;
    bool wordsCut = false;
    const bool haveWords = findDateWords(wordsText.isEmpty() ? text : wordsText, vocab, &inWords, &wordsCut);
    auto plausible = [](const DateParts& d) {
        return d.day >= 1 && d.day <= 31 && d.month >= 1 && d.month <= 12 && d.year >= 1800 && d.year <= 2200;
    };
    // Words cut inside their year ("năm hai nghìn không trăm hai mươi" + a
    // unit on a line not read) that agree with the digits up to the cut check
    // nothing: the digits stand alone, as when no words are printed.
    const bool cutButConsistent = haveDigits && haveWords && wordsCut && digits.day == inWords.day &&
                                  digits.month == inWords.month && digits.year > inWords.year &&
                                  digits.year - inWords.year <= 9;
    if (haveDigits && haveWords && !cutButConsistent) {
        if (digits == inWords) {
            p.crossCheck = QStringLiteral("agree");
            p.quality = 1.0;
            p.value = digits.iso();
        } else {
            p.crossCheck = QStringLiteral("disagree");
            // One of the two was misread; trust the one that is a plausible date, digits first.
            const DateParts& pick =
                (plausible(digits) || !plausible(inWords)) && repairs == 0 ? digits : inWords;
            p.value = pick.iso();
            p.quality = 0.35;
            p.note = QStringLiteral("digits %1, words %2").arg(digits.iso(), inWords.iso());
        }
        p.ok = true;
        p.repairs = repairs;
        return p;
    }
    if (haveDigits) {
        p.ok = true;
        p.value = digits.iso();
        p.repairs = repairs;
        p.quality = digits.isCalendarDate() ? (repairs ? 0.8 : 0.95) : 0.55;
        if (cutButConsistent)
            p.note = QStringLiteral("date in words cut at a line end; digits read alone");
        if (!plausible(digits))
            p.quality = 0.3;
        return p;
    }
    if (haveWords) {
        p.ok = true;
        p.value = inWords.iso();
        p.quality = inWords.isCalendarDate() ? 0.75 : 0.4;
        p.note = QStringLiteral("read from the date in words");
        return p;
    }
    return p;
}

ParsedValue parseYear(QStringView text)
{
    ParsedValue p;
    int repairs = 0;
    const QString t = repairDigits(text, &repairs);
    const QRegularExpressionMatch m = re("(?<![0-9])([0-9]{4})(?![0-9])").match(t);
    if (!m.hasMatch())
        return p;
    p.ok = true;
    p.value = m.captured(1);
    if (p.value[0] == QLatin1Char('2') && zeroLookAlike(p.value[1])) {
        p.value[1] = QLatin1Char('0');
        p.shapeRepairs = 1;
    }
    p.repairs = repairs;
    const int y = p.value.toInt();
    p.quality = (y >= 1850 && y <= 2100) ? (repairs ? 0.8 : 0.95) : 0.3;
    const int extra = countAlnum(t) - 4;
    if (extra > 2)
        p.quality *= 0.8;
    return p;
}

ParsedValue parseTime(QStringView text)
{
    ParsedValue p;
    int h = 0, m = 0, repairs = 0, zeros = 0;
    if (!findTime(text, &h, &m, &repairs, &zeros))
        return p;
    p.shapeRepairs = zeros;
    p.ok = true;
    p.value = QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    p.repairs = repairs;
    p.quality = (h <= 23 && m <= 59) ? (repairs ? 0.8 : 0.95) : 0.3;
    return p;
}

namespace {

// Separators in a run of digits that no printed grouping explains. An id is
// printed whole or in groups of three or four from its start ("079 323 881 948",
// "0793 2388 1948"); a separator elsewhere, or one in a run whose length is no
// id's, is something else on the line read into the number.
int straySeparators(const QList<int>& gapAfter, int digits)
{
    if (gapAfter.isEmpty())
        return 0;
    const bool idLength = digits == 12 || digits == 9;
    for (int group : {3, 4}) {
        bool regular = idLength;
        for (int at : gapAfter)
            regular = regular && at % group == 0;
        if (regular)
            return 0;
    }
    return int(gapAfter.size());
}

} // namespace

ParsedValue parsePersonalId(QStringView text, const QList<float>& charConfidences)
{
    ParsedValue p;
    int repairs = 0;
    const QString t = repairDigits(text, &repairs); // same length as text: look-alikes replaced in place
    // Runs of digits; groups may be printed or read with spaces or dots between them.
    struct Run {
        QString digits;
        QList<int> at; // position of each digit in t
        int gaps = 0;
        QList<int> gapAfter; // digits before each gap
    };
    QList<Run> runs;
    Run cur;
    for (int i = 0; i <= t.size(); ++i) {
        const QChar c = i < t.size() ? t[i] : QChar(QLatin1Char('#'));
        if (c.isDigit()) {
            cur.digits.append(c);
            cur.at.append(i);
        } else if ((c == QLatin1Char(' ') || c == QLatin1Char('.')) && !cur.digits.isEmpty() &&
                   i + 1 < t.size() && t[i + 1].isDigit()) {
            ++cur.gaps;
            cur.gapAfter.append(int(cur.digits.size()));
        } else {
            if (!cur.digits.isEmpty())
                runs.append(cur);
            cur = Run();
        }
    }
    // The id is the run of an id's length (12, or 9 for an old identity card):
    // leader dots read as digits may follow it ("079323881948 t* 919910 11111").
    const Run* best = nullptr;
    for (int len : {12, 9})
        for (const Run& r : runs)
            if (!best && r.digits.size() == len)
                best = &r;
    for (const Run& r : runs)
        if (!best ||
            (best->digits.size() != 12 && best->digits.size() != 9 && r.digits.size() > best->digits.size()))
            best = &r;
    if (!best || best->digits.size() < 6)
        return p;
    QString value = best->digits;
    double quality = (value.size() == 12 || value.size() == 9) ? (repairs ? 0.8 : 0.95) : 0.6;
    // One digit too many: a speck or a doubled stroke read as a digit. When one
    // digit was read much less surely than the others, it is the intruder; the
    // value stays doubtful (the clerk checks it) but can be a valid id.
    if (value.size() == 13 && charConfidences.size() == t.size()) {
        int weakest = -1;
        float low = 2, next = 2;
        for (int k = 0; k < best->at.size(); ++k) {
            const float c = charConfidences[best->at[k]];
            if (c < low) {
                next = low;
                low = c;
                weakest = k;
            } else if (c < next) {
                next = c;
            }
        }
        if (weakest >= 0 && next - low >= 0.08f) {
            value.remove(weakest, 1);
            quality = 0.6;
            p.note = QStringLiteral("dropped the digit read least surely from %1").arg(best->digits);
            ++repairs;
        }
    }
    // Digits a long way from any id's length are not an id misread by one
    // stroke but something else read as digits (leaders, boxes): no value.
    if (std::abs(int(value.size()) - 12) > 1 && std::abs(int(value.size()) - 9) > 1)
        return p;
    // A 12-digit id opens with its province code, 001 to 096: its first digit is 0.
    if (value.size() == 12 && zeroLookAlike(value[0])) {
        value[0] = QLatin1Char('0');
        p.shapeRepairs = 1;
    }
    p.ok = true;
    p.value = value;
    p.repairs = repairs;
    p.quality = quality;
    if (best->gaps > 0)
        p.quality *= 0.9;
    p.straySeparators = straySeparators(best->gapAfter, int(best->digits.size()));
    return p;
}

ParsedValue parseNumber(QStringView text)
{
    ParsedValue p;
    int repairs = 0;
    const QString t = repairDigits(text, &repairs);
    const QRegularExpressionMatch m = re("(?<![0-9])([0-9]+)(?![0-9])").match(t);
    if (!m.hasMatch())
        return p;
    p.ok = true;
    p.value = m.captured(1);
    p.repairs = repairs;
    const int extra = countAlnum(t) - int(p.value.size());
    p.quality = (repairs ? 0.8 : 0.95) * (extra > 2 ? 0.8 : 1.0);
    // A letter glued to the digits that no repair made one ("H0" for 110): the
    // number was misread, and what is left of it is not the number.
    const qsizetype from = m.capturedStart(1), to = m.capturedEnd(1);
    if ((from > 0 && t[from - 1].isLetter()) || (to < t.size() && t[to].isLetter()))
        p.quality = std::min(p.quality, 0.5);
    return p;
}

ParsedValue parseDecimal(QStringView text, QStringView wordsText, const Vocabulary& vocab)
{
    ParsedValue p;
    int repairs = 0;
    QString t = repairDigits(text, &repairs);
    // A speck read as a stroke between digits ("5⁄43"): not part of the number.
    static const QRegularExpression stray(QStringLiteral("(?<=[0-9])[\\x{2044}/|'`\\x{2019}](?=[0-9])"));
    if (t.contains(stray)) {
        t.remove(stray);
        ++repairs;
    }
    // Areas are printed "1.234,5": a point groups thousands, a comma starts the decimals. A point
    // followed by one or two digits ("474.1") groups nothing: it is the comma misread, and dropping
    // what follows it would be a confident wrong value, so it is taken as the comma and counted as
    // a repair.
    const QRegularExpressionMatch m = re("(?<![0-9.,])([0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)"     // whole
                                         "(?:\\s?(,|\\.(?=[0-9]{1,2}(?![0-9])))\\s?([0-9]+))?" // decimals
                                         "(?![0-9])")
                                          .match(t);
    QString digits;
    if (m.hasMatch()) {
        if (m.captured(2) == QLatin1String("."))
            ++repairs;
        QString whole = m.captured(1);
        whole.remove(QLatin1Char('.'));
        digits = whole.toLongLong() == 0 && whole.size() > 1 ? QStringLiteral("0")
                                                             : QString::number(whole.toLongLong());
        if (!m.captured(3).isEmpty()) {
            QString frac = m.captured(3);
            while (frac.endsWith(QLatin1Char('0')) && frac.size() > 1)
                frac.chop(1);
            if (frac != QLatin1String("0"))
                digits += QLatin1Char('.') + frac;
        }
    }
    bool wordsCut = false;
    const QString fromWords = wordsText.isEmpty() ? QString() : decimalFromWords(wordsText, vocab, &wordsCut);
    if (!digits.isEmpty()) {
        p.ok = true;
        p.value = digits;
        p.repairs = repairs;
        p.quality = repairs ? 0.8 : 0.95;
        if (!fromWords.isEmpty()) {
            if (fromWords.toDouble() == digits.toDouble()) {
                p.crossCheck = QStringLiteral("agree");
                p.quality = 1.0;
            } else if (repairs && !wordsCut) {
                // Digits that needed letters turned into digits against words read whole:
                // the words, still to be checked by the clerk.
                p.crossCheck = QStringLiteral("disagree");
                p.value = fromWords;
                p.quality = 0.5;
                p.note = QStringLiteral("digits %1 repaired, words %2").arg(digits, fromWords);
            } else {
                p.crossCheck = QStringLiteral("disagree");
                p.quality = 0.35;
                p.note = QStringLiteral("digits %1, words %2").arg(digits, fromWords);
            }
        }
        return p;
    }
    if (!fromWords.isEmpty()) {
        p.ok = true;
        p.value = fromWords;
        p.quality = wordsCut ? 0.5 : 0.7;
        p.note = QStringLiteral("read from the area in words");
    }
    return p;
}

ParsedValue parseLandPurpose(QStringView text, const Vocabulary& vocab)
{
    ParsedValue p;
    const QString clean = cleanText(text);
    // 1. Codes printed in parentheses: "(ONT)".
    struct Found {
        int pos;
        QString code;
        double q;
    };
    QList<Found> codes;
    QRegularExpressionMatchIterator it = re("[(\\[{]\\s*([A-Za-z0-9ĐÐ]{2,4})\\s*[)\\]}]").globalMatch(clean);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString c = m.captured(1).toUpper();
        // Digits read for letters inside a code.
        for (QChar& ch : c) {
            if (ch == QLatin1Char('0'))
                ch = QLatin1Char('O');
            else if (ch == QLatin1Char('1'))
                ch = QLatin1Char('I');
            else if (ch == QLatin1Char('5'))
                ch = QLatin1Char('S');
            else if (ch == QLatin1Char('8'))
                ch = QLatin1Char('B');
            else if (ch == QChar(0x0110) || ch == QChar(0x00D0))
                ch = QLatin1Char('D');
        }
        codes.append({int(m.capturedStart()), c, 1.0});
    }
    // 2. Land-type names, longest first, without overlaps.
    const QString folded = foldWords(clean);
    QList<Found> names;
    QList<QPair<int, int>> used;
    struct Cand {
        QString key;
        QString code;
    };
    QList<Cand> cands;
    for (const LandType& t : vocab.landTypes())
        for (const QString& n : t.names)
            cands.append({foldWords(n), t.code});
    std::sort(cands.begin(), cands.end(),
              [](const Cand& a, const Cand& b) { return a.key.size() > b.key.size(); });
    for (const Cand& c : cands) {
        int from = 0;
        while (from < folded.size()) {
            const int maxD = c.key.size() >= 20 ? 2 : c.key.size() >= 10 ? 1 : 0;
            int end = 0;
            const QString rest = folded.mid(from);
            const int d = approximateFind(c.key, rest, maxD, &end);
            if (d > maxD)
                break;
            const int e = from + end;
            const int s = std::max(from, e - int(c.key.size()) - d);
            bool overlap = false;
            for (const auto& u : used)
                if (s < u.second && e > u.first)
                    overlap = true;
            // A name must end at a word boundary (not "... lâu năm" inside a longer word).
            const bool boundary = e >= folded.size() || !folded[e].isLetterOrNumber();
            if (!overlap && boundary) {
                used.append({s, e});
                names.append({s, c.code, 1.0 - double(d) / c.key.size()});
            }
            from = e;
        }
    }
    // 3. No name within that tolerance: what follows this label is a land type's
    // name, misread on a photo ("Đài ở tại đỒ tạ" for "Đất ở tại đô thị"). The
    // nearest name is taken when it is within a quarter of its length and every
    // name of another type is at least two edits further, at a confidence that
    // asks the clerk to check it.
    if (codes.isEmpty() && names.isEmpty()) {
        int best = INT_MAX, runnerUp = INT_MAX;
        QString bestCode;
        for (const Cand& c : cands) {
            if (c.key.size() < 8)
                continue;
            const int maxD = int(c.key.size()) / 4;
            const int d = approximateFind(c.key, folded, maxD);
            if (d > maxD)
                continue;
            if (d < best) {
                if (c.code != bestCode)
                    runnerUp = best;
                best = d;
                bestCode = c.code;
            } else if (c.code != bestCode) {
                runnerUp = std::min(runnerUp, d);
            }
        }
        if (!bestCode.isEmpty() && runnerUp >= best + 2)
            names.append({0, bestCode, 0.0}); // quality 0.6 at most: a second reading is asked for
    }
    std::sort(names.begin(), names.end(), [](const Found& a, const Found& b) { return a.pos < b.pos; });
    QStringList out;
    double q = 0.95;
    if (!codes.isEmpty()) {
        for (int i = 0; i < codes.size(); ++i) {
            QString c = codes[i].code;
            const LandType* cur = vocab.landTypeByCode(c);
            if (!cur && !vocab.landTypeByOldCode(c)) {
                // Unknown code: a misread known one when the printed name says so.
                const QString nameCode = i < names.size() ? names[i].code : QString();
                if (!nameCode.isEmpty() && editDistance(c, nameCode, 1) <= 1) {
                    c = nameCode;
                    q = std::min(q, 0.7);
                    ++p.repairs;
                } else {
                    q = std::min(q, 0.8);
                }
            } else if (i < names.size() && names[i].code != c &&
                       !(vocab.landTypeByOldCode(c) && vocab.landTypeByOldCode(c)->code == names[i].code)) {
                q = std::min(q, 0.6); // name and code disagree
                p.crossCheck = QStringLiteral("disagree");
            } else if (i < names.size()) {
                p.crossCheck = QStringLiteral("agree");
                q = 1.0;
            }
            if (!out.contains(c))
                out.append(c);
        }
    } else {
        for (const Found& f : names) {
            if (!out.contains(f.code))
                out.append(f.code);
            q = std::min(q, 0.6 + 0.35 * f.q);
        }
    }
    if (out.isEmpty())
        return p;
    p.ok = true;
    p.value = out.join(QLatin1Char('+'));
    p.quality = q;
    return p;
}

ParsedValue parseLandTerm(QStringView text)
{
    ParsedValue p;
    const QString key = foldKey(text);
    int end = 0;
    const int d = approximateFind(QStringLiteral("laudai"), key, 1, &end);
    if (d <= 1 && key.size() <= 12) {
        p.ok = true;
        p.value = QStringLiteral("long_term");
        p.quality = d == 0 ? 0.95 : 0.75;
        return p;
    }
    DateParts date;
    int repairs = 0, zeros = 0;
    if (findDateDigits(text, &date, &repairs, &zeros)) {
        p.ok = true;
        p.shapeRepairs = zeros;
        p.value = date.iso();
        p.repairs = repairs;
        p.quality = date.isCalendarDate() ? (repairs ? 0.8 : 0.95) : 0.4;
        return p;
    }
    return p;
}

ParsedValue parseEnum(QStringView text, const QJsonObject& valueMap, const QStringList& values)
{
    ParsedValue p;
    const QString key = foldKey(text);
    if (key.isEmpty())
        return p;
    QString best;
    double bestQ = 0;
    int bestD = 99;
    auto consider = [&](const QString& value, const QString& printed) {
        const QString pk = foldKey(printed);
        if (pk.isEmpty())
            return;
        const int maxD = pk.size() <= 2 ? 1 : pk.size() <= 5 ? 1 : 2;
        int d = editDistance(key, pk, maxD);
        if (d > maxD) {
            // The value followed by other words on the line ("Nam Dân tộc" when a label was missed).
            const QString first =
                foldKey(cleanText(text).section(QLatin1Char(' '), 0, pk.count(QLatin1Char(' '))));
            d = editDistance(first, pk, maxD);
            if (d > maxD)
                return;
            d += 1;
        }
        // Exact accents count: "Nữ" read "Nư" is still female, but less sure.
        const double ad = accentDistance(cleanText(text), printed);
        const double q = 1.0 - 0.25 * d - 0.1 * std::min(ad, 2.0);
        if (d < bestD || (d == bestD && q > bestQ)) {
            if (d == bestD && !best.isEmpty() && best != value && std::abs(q - bestQ) < 1e-9)
                best.clear(); // a tie between two values: do not guess
            else
                best = value;
            bestD = d;
            bestQ = q;
        }
    };
    for (auto it = valueMap.constBegin(); it != valueMap.constEnd(); ++it)
        for (const QJsonValue& v : it.value().toArray())
            consider(it.key(), v.toString());
    for (const QString& v : values)
        consider(v, v);
    if (best.isEmpty())
        return p;
    p.ok = true;
    p.value = best;
    p.quality = std::max(0.2, bestQ);
    return p;
}

ParsedValue parseCode(QStringView text, const QStringList& shapes, const QString& pattern)
{
    ParsedValue p;
    const QString clean = cleanText(text);
    if (clean.isEmpty())
        return p;
    for (const QString& shape : shapes) {
        // Slide the shape over the text without its spaces; coerce look-alikes.
        QString compact;
        for (QChar c : clean)
            if (!c.isSpace())
                compact.append(c);
        QString shapeCompact = shape;
        shapeCompact.remove(QLatin1Char(' '));
        const int n = int(shapeCompact.size());
        for (int start = 0; start + n <= compact.size(); ++start) {
            QString v;
            int fixes = 0;
            bool fits = true;
            for (int i = 0; i < n && fits; ++i) {
                const QChar s = shapeCompact[i];
                QChar c = compact[start + i];
                if (s == QLatin1Char('9')) {
                    if (!c.isDigit()) {
                        const QChar d = digitFor(c);
                        fits = !d.isNull();
                        c = d;
                        ++fixes;
                    }
                } else if (s == QLatin1Char('A')) {
                    if (!(c.unicode() < 128 && c.isLetter())) {
                        if (c == QLatin1Char('0'))
                            c = QLatin1Char('O');
                        else if (c == QLatin1Char('1'))
                            c = QLatin1Char('I');
                        else if (c == QLatin1Char('5'))
                            c = QLatin1Char('S');
                        else if (c == QLatin1Char('8'))
                            c = QLatin1Char('B');
                        else if (baseLetter(c).unicode() < 128 && baseLetter(c).isLetter())
                            c = baseLetter(c);
                        else
                            fits = false;
                        ++fixes;
                    }
                    c = c.toUpper();
                } else if (c != s) {
                    fits = false;
                }
                v.append(c);
            }
            if (!fits)
                continue;
            // Must not be the middle of a longer run of digits/letters.
            const bool leftOk = start == 0 || !compact[start - 1].isLetterOrNumber();
            const bool rightOk = start + n == compact.size() || !compact[start + n].isDigit();
            if (!leftOk || !rightOk || fixes > 2)
                continue;
            // Put the shape's spaces back.
            QString out;
            int k = 0;
            for (QChar s : shape)
                out.append(s == QLatin1Char(' ') ? QChar(QLatin1Char(' ')) : v[k++]);
            p.ok = true;
            p.value = out;
            p.repairs = fixes;
            p.quality = fixes ? 0.75 : 0.95;
            return p;
        }
    }
    if (!shapes.isEmpty() && pattern.isEmpty())
        return p; // a value of a fixed shape, and none fits
    if (!pattern.isEmpty()) {
        const QRegularExpression rx(pattern, QRegularExpression::UseUnicodePropertiesOption);
        int repairs = 0;
        for (const QString& candidate : {clean, repairDigits(clean, &repairs)}) {
            const QRegularExpressionMatch m = rx.match(candidate);
            if (m.hasMatch()) {
                const int group = m.lastCapturedIndex() >= 1 ? 1 : 0;
                p.ok = true;
                p.value = m.captured(group);
                p.repairs = candidate == clean ? 0 : repairs;
                p.quality = p.repairs ? 0.75 : 0.95;
                // Taken out of a word ("H0" of "H0 Ð — —"): the characters around it were
                // misread, and so may be the value's own.
                const qsizetype at = m.capturedStart(group);
                if (at > 0 && candidate[at - 1].isLetterOrNumber())
                    p.quality = 0.6;
                return p;
            }
        }
        return p;
    }
    // No shape: the first token as printed.
    p.ok = true;
    p.value = clean.section(QLatin1Char(' '), 0, 0);
    p.quality = 0.85;
    return p;
}

} // namespace sohoa::extraction
