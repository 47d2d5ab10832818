#include "core/text/LegacyEncoding.h"

#include "core/text/VietnameseText.h"

#include <QHash>
#include <array>

namespace sohoa::text {

namespace {

constexpr char16_t kAcute = 0x0301, kGrave = 0x0300, kHook = 0x0309, kTilde = 0x0303, kDot = 0x0323;
constexpr char16_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;

// ---- byte tables ---------------------------------------------------------------------------

// TCVN 5712:1993. VN3 ("ABC", the .VnTime fonts) holds the small letters and
// the seven capitals without tone; the capitals with tones that VN1 puts in
// the 0xA0-0xFF range are included too. VN1's capitals in 0x80-0x9F and in
// control codes are not: in ABC files those bytes are quotes and dashes.
struct ByteChar {
    unsigned char byte;
    char16_t ch;
};
constexpr ByteChar kTcvn3[] = {
    {0xA1, u'Ă'}, {0xA2, u'Â'}, {0xA3, u'Ê'}, {0xA4, u'Ô'}, {0xA5, u'Ơ'}, {0xA6, u'Ư'}, {0xA7, u'Đ'},
    {0xA8, u'ă'}, {0xA9, u'â'}, {0xAA, u'ê'}, {0xAB, u'ô'}, {0xAC, u'ơ'}, {0xAD, u'ư'}, {0xAE, u'đ'},
    {0xAF, u'Ằ'}, {0xB5, u'à'}, {0xB6, u'ả'}, {0xB7, u'ã'}, {0xB8, u'á'}, {0xB9, u'ạ'}, {0xBA, u'Ẳ'},
    {0xBB, u'ằ'}, {0xBC, u'ẳ'}, {0xBD, u'ẵ'}, {0xBE, u'ắ'}, {0xBF, u'Ẵ'}, {0xC0, u'Ắ'}, {0xC1, u'Ầ'},
    {0xC2, u'Ẩ'}, {0xC3, u'Ẫ'}, {0xC4, u'Ấ'}, {0xC5, u'Ề'}, {0xC6, u'ặ'}, {0xC7, u'ầ'}, {0xC8, u'ẩ'},
    {0xC9, u'ẫ'}, {0xCA, u'ấ'}, {0xCB, u'ậ'}, {0xCC, u'è'}, {0xCD, u'Ể'}, {0xCE, u'ẻ'}, {0xCF, u'ẽ'},
    {0xD0, u'é'}, {0xD1, u'ẹ'}, {0xD2, u'ề'}, {0xD3, u'ể'}, {0xD4, u'ễ'}, {0xD5, u'ế'}, {0xD6, u'ệ'},
    {0xD7, u'ì'}, {0xD8, u'ỉ'}, {0xD9, u'Ễ'}, {0xDA, u'Ế'}, {0xDB, u'Ồ'}, {0xDC, u'ĩ'}, {0xDD, u'í'},
    {0xDE, u'ị'}, {0xDF, u'ò'}, {0xE0, u'Ổ'}, {0xE1, u'ỏ'}, {0xE2, u'õ'}, {0xE3, u'ó'}, {0xE4, u'ọ'},
    {0xE5, u'ồ'}, {0xE6, u'ổ'}, {0xE7, u'ỗ'}, {0xE8, u'ố'}, {0xE9, u'ộ'}, {0xEA, u'ờ'}, {0xEB, u'ở'},
    {0xEC, u'ỡ'}, {0xED, u'ớ'}, {0xEE, u'ợ'}, {0xEF, u'ù'}, {0xF0, u'Ỗ'}, {0xF1, u'ủ'}, {0xF2, u'ũ'},
    {0xF3, u'ú'}, {0xF4, u'ụ'}, {0xF5, u'ừ'}, {0xF6, u'ử'}, {0xF7, u'ữ'}, {0xF8, u'ứ'}, {0xF9, u'ự'},
    {0xFA, u'ỳ'}, {0xFB, u'ỷ'}, {0xFC, u'ỹ'}, {0xFD, u'ý'}, {0xFE, u'ỵ'}, {0xFF, u'Ố'},
};

// VISCII (RFC 1456): all 134 letters, six of them on control codes.
constexpr ByteChar kViscii[] = {
    {0x02, u'Ẳ'}, {0x05, u'Ẵ'}, {0x06, u'Ẫ'}, {0x14, u'Ỷ'}, {0x19, u'Ỹ'}, {0x1E, u'Ỵ'}, {0x80, u'Ạ'},
    {0x81, u'Ắ'}, {0x82, u'Ằ'}, {0x83, u'Ặ'}, {0x84, u'Ấ'}, {0x85, u'Ầ'}, {0x86, u'Ẩ'}, {0x87, u'Ậ'},
    {0x88, u'Ẽ'}, {0x89, u'Ẹ'}, {0x8A, u'Ế'}, {0x8B, u'Ề'}, {0x8C, u'Ể'}, {0x8D, u'Ễ'}, {0x8E, u'Ệ'},
    {0x8F, u'Ố'}, {0x90, u'Ồ'}, {0x91, u'Ổ'}, {0x92, u'Ỗ'}, {0x93, u'Ộ'}, {0x94, u'Ợ'}, {0x95, u'Ớ'},
    {0x96, u'Ờ'}, {0x97, u'Ở'}, {0x98, u'Ị'}, {0x99, u'Ỏ'}, {0x9A, u'Ọ'}, {0x9B, u'Ỉ'}, {0x9C, u'Ủ'},
    {0x9D, u'Ũ'}, {0x9E, u'Ụ'}, {0x9F, u'Ỳ'}, {0xA0, u'Õ'}, {0xA1, u'ắ'}, {0xA2, u'ằ'}, {0xA3, u'ặ'},
    {0xA4, u'ấ'}, {0xA5, u'ầ'}, {0xA6, u'ẩ'}, {0xA7, u'ậ'}, {0xA8, u'ẽ'}, {0xA9, u'ẹ'}, {0xAA, u'ế'},
    {0xAB, u'ề'}, {0xAC, u'ể'}, {0xAD, u'ễ'}, {0xAE, u'ệ'}, {0xAF, u'ố'}, {0xB0, u'ồ'}, {0xB1, u'ổ'},
    {0xB2, u'ỗ'}, {0xB3, u'Ỡ'}, {0xB4, u'Ơ'}, {0xB5, u'ộ'}, {0xB6, u'ờ'}, {0xB7, u'ở'}, {0xB8, u'ị'},
    {0xB9, u'Ự'}, {0xBA, u'Ứ'}, {0xBB, u'Ừ'}, {0xBC, u'Ử'}, {0xBD, u'ơ'}, {0xBE, u'ớ'}, {0xBF, u'Ư'},
    {0xC0, u'À'}, {0xC1, u'Á'}, {0xC2, u'Â'}, {0xC3, u'Ã'}, {0xC4, u'Ả'}, {0xC5, u'Ă'}, {0xC6, u'ẳ'},
    {0xC7, u'ẵ'}, {0xC8, u'È'}, {0xC9, u'É'}, {0xCA, u'Ê'}, {0xCB, u'Ẻ'}, {0xCC, u'Ì'}, {0xCD, u'Í'},
    {0xCE, u'Ĩ'}, {0xCF, u'ỳ'}, {0xD0, u'Đ'}, {0xD1, u'ứ'}, {0xD2, u'Ò'}, {0xD3, u'Ó'}, {0xD4, u'Ô'},
    {0xD5, u'ạ'}, {0xD6, u'ỷ'}, {0xD7, u'ừ'}, {0xD8, u'ử'}, {0xD9, u'Ù'}, {0xDA, u'Ú'}, {0xDB, u'ỹ'},
    {0xDC, u'ỵ'}, {0xDD, u'Ý'}, {0xDE, u'ỡ'}, {0xDF, u'ư'}, {0xE0, u'à'}, {0xE1, u'á'}, {0xE2, u'â'},
    {0xE3, u'ã'}, {0xE4, u'ả'}, {0xE5, u'ă'}, {0xE6, u'ữ'}, {0xE7, u'ẫ'}, {0xE8, u'è'}, {0xE9, u'é'},
    {0xEA, u'ê'}, {0xEB, u'ẻ'}, {0xEC, u'ì'}, {0xED, u'í'}, {0xEE, u'ĩ'}, {0xEF, u'ỉ'}, {0xF0, u'đ'},
    {0xF1, u'ự'}, {0xF2, u'ò'}, {0xF3, u'ó'}, {0xF4, u'ô'}, {0xF5, u'õ'}, {0xF6, u'ỏ'}, {0xF7, u'ọ'},
    {0xF8, u'ụ'}, {0xF9, u'ù'}, {0xFA, u'ú'}, {0xFB, u'ũ'}, {0xFC, u'ủ'}, {0xFD, u'ý'}, {0xFE, u'ợ'},
    {0xFF, u'Ữ'},
};

// Windows-1252 0x80-0x9F: how those bytes look once read as text.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The byte a character of misread legacy text stood for; -1 for characters
// that no single byte produces (real Unicode text).
int byteOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x100)
        return u;
    for (int i = 0; i < 32; ++i)
        if (kCp1252High[i] == u)
            return 0x80 + i;
    return -1;
}

QChar charOfByte(int byte)
{
    if (byte >= 0x80 && byte < 0xA0)
        return QChar(kCp1252High[byte - 0x80]);
    return QChar(char16_t(byte));
}

struct ByteTable {
    std::array<char16_t, 256> toUnicode{};
    QHash<char16_t, unsigned char> fromUnicode;
};

template <size_t N> ByteTable makeTable(const ByteChar (&rows)[N])
{
    ByteTable t;
    for (const ByteChar& r : rows) {
        t.toUnicode[r.byte] = r.ch;
        t.fromUnicode.insert(r.ch, r.byte);
    }
    return t;
}

const ByteTable& tcvn3Table()
{
    static const ByteTable t = makeTable(kTcvn3);
    return t;
}

const ByteTable& visciiTable()
{
    static const ByteTable t = makeTable(kViscii);
    return t;
}

// ---- letters as base + marks -------------------------------------------------------------

struct Letter {
    QChar base;          // ASCII letter (a, e, ..., d)
    char16_t shape = 0;  // kCircumflex, kBreve, kHorn, or 0
    char16_t tone = 0;   // one of the five tone marks, or 0
    bool stroke = false; // đ
};

bool toLetter(QChar c, Letter& out)
{
    if (c == QChar(0x0111) || c == QChar(0x0110)) {
        out = Letter{c == QChar(0x0111) ? QLatin1Char('d') : QLatin1Char('D'), 0, 0, true};
        return true;
    }
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    if (d.isEmpty() || d[0].unicode() >= 0x80 || !d[0].isLetter())
        return false;
    out = Letter{d[0]};
    for (qsizetype i = 1; i < d.size(); ++i) {
        const char16_t m = d[i].unicode();
        if (m == kCircumflex || m == kBreve || m == kHorn)
            out.shape = m;
        else if (m == kAcute || m == kGrave || m == kHook || m == kTilde || m == kDot)
            out.tone = m;
        else
            return false;
    }
    return true;
}

QChar compose(QChar base, char16_t shape, char16_t tone)
{
    QString s(base);
    if (shape)
        s.append(QChar(shape));
    if (tone)
        s.append(QChar(tone));
    s = s.normalized(QString::NormalizationForm_C);
    return s.size() == 1 ? s[0] : base;
}

bool isAsciiVowel(QChar c)
{
    switch (c.toLower().unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
        return true;
    default:
        return false;
    }
}

// TCVN3 (ABC) has no capitals with tone marks: capitals were typed with the
// small-letter codes in an all-capitals font (.VnTimeH). A decoded small
// letter becomes a capital when its word is in capitals (two capitals and no
// small letter, or a word of Vietnamese letters only between capital words),
// and at the start of a word that begins the text or sits in a Title Case run.
// `decoded[i]` says whether converted[i] came from the table as a small letter;
// `capital[i]` whether it is a capital (typed or from the table).
QString fixCapitals(const QString& converted, const QList<bool>& decoded)
{
    struct WordInfo {
        qsizetype from, to;
        int capitals = 0, smallTyped = 0, smallDecoded = 0;
        bool title = false; // first letter a capital, no other capital typed
    };
    QList<WordInfo> words;
    qsizetype i = 0;
    while (i < converted.size()) {
        if (!converted[i].isLetter()) {
            ++i;
            continue;
        }
        WordInfo w{i, i};
        while (i < converted.size() && converted[i].isLetter()) {
            const QChar c = converted[i];
            if (c.isUpper())
                ++w.capitals;
            else if (decoded[i])
                ++w.smallDecoded;
            else
                ++w.smallTyped;
            ++i;
        }
        w.to = i;
        w.title = converted[w.from].isUpper();
        words.append(w);
    }
    auto allCaps = [](const WordInfo& w) { return w.smallTyped == 0 && w.capitals >= 2; };
    QString out = converted;
    for (int k = 0; k < words.size(); ++k) {
        const WordInfo& w = words[k];
        if (w.smallDecoded == 0)
            continue;
        const bool prevCaps = k > 0 && allCaps(words[k - 1]);
        const bool nextCaps = k + 1 < words.size() && allCaps(words[k + 1]);
        if (w.smallTyped == 0 && (w.capitals >= 2 || (w.capitals <= 1 && (prevCaps || nextCaps)))) {
            for (qsizetype j = w.from; j < w.to; ++j)
                out[j] = out[j].toUpper();
            continue;
        }
        if (!w.title && decoded[w.from]) {
            const bool prevTitle = k > 0 && words[k - 1].title;
            const bool nextTitleOrEnd = k + 1 >= words.size() || words[k + 1].title;
            if (k == 0 || (prevTitle && nextTitleOrEnd))
                out[w.from] = out[w.from].toUpper();
        }
    }
    return out;
}

// ---- TCVN3 / VISCII ----------------------------------------------------------------------

QString decodeByteTable(const ByteTable& table, QStringView text, QList<bool>* decodedSmall = nullptr)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const int b = byteOf(c);
        const bool mapped = b >= 0 && table.toUnicode[size_t(b)];
        const QChar u = mapped ? QChar(table.toUnicode[size_t(b)]) : c;
        out.append(u);
        if (decodedSmall)
            decodedSmall->append(mapped && u.isLower());
    }
    return out;
}

QString encodeByteTable(const ByteTable& table, QStringView text, bool lowerForMissingCapitals)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        auto it = table.fromUnicode.constFind(c.unicode());
        if (it != table.fromUnicode.constEnd()) {
            out.append(charOfByte(*it));
            continue;
        }
        if (lowerForMissingCapitals && c.isUpper()) {
            auto lower = table.fromUnicode.constFind(c.toLower().unicode());
            if (lower != table.fromUnicode.constEnd()) {
                out.append(charOfByte(*lower));
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

// ---- VNI ---------------------------------------------------------------------------------

// The mark characters VNI types after a vowel (lower-case forms; capitals use
// the capital forms of the same Latin-1 letters).
struct VniMark {
    char16_t ch;
    char16_t shape;
    char16_t tone;
};
constexpr VniMark kVniMarks[] = {
    // tone only
    {u'ù', 0, kAcute},
    {u'ø', 0, kGrave},
    {u'û', 0, kHook},
    {u'õ', 0, kTilde},
    {u'ï', 0, kDot},
    // circumflex (a, e, o) with tone
    {u'â', kCircumflex, 0},
    {u'á', kCircumflex, kAcute},
    {u'à', kCircumflex, kGrave},
    {u'å', kCircumflex, kHook},
    {u'ã', kCircumflex, kTilde},
    {u'ä', kCircumflex, kDot},
    // breve (a) with tone
    {u'ê', kBreve, 0},
    {u'é', kBreve, kAcute},
    {u'è', kBreve, kGrave},
    {u'ú', kBreve, kHook},
    {u'ü', kBreve, kTilde},
    {u'ë', kBreve, kDot},
};

// Letters VNI types as one character.
struct VniSingle {
    char16_t ch;   // lower case; the capital is the capital Latin-1 letter
    char16_t base; // lower-case ASCII base
    char16_t shape;
    char16_t tone;
    bool stroke;
};
constexpr VniSingle kVniSingles[] = {
    {u'ñ', u'd', 0, 0, true},       {u'ô', u'o', kHorn, 0, false},  {u'ö', u'u', kHorn, 0, false},
    {u'ì', u'i', 0, kGrave, false}, {u'í', u'i', 0, kAcute, false}, {u'æ', u'i', 0, kHook, false},
    {u'ó', u'i', 0, kTilde, false}, {u'ò', u'i', 0, kDot, false},   {u'î', u'y', 0, kDot, false},
};

const VniMark* vniMark(QChar c)
{
    const char16_t l = c.toLower().unicode();
    for (const VniMark& m : kVniMarks)
        if (m.ch == l)
            return &m;
    return nullptr;
}

const VniSingle* vniSingle(QChar c)
{
    const char16_t l = c.toLower().unicode();
    for (const VniSingle& s : kVniSingles)
        if (s.ch == l)
            return &s;
    return nullptr;
}

QString decodeVni(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        QChar base;
        char16_t shape = 0;
        if (c.unicode() < 0x80 && isAsciiVowel(c) && c.toLower() != QLatin1Char('i')) {
            base = c;
        } else if (const VniSingle* s = vniSingle(c)) {
            const QChar b = c.isUpper() ? QChar(s->base).toUpper() : QChar(s->base);
            if (s->stroke) {
                out.append(c.isUpper() ? QChar(0x0110) : QChar(0x0111));
                continue;
            }
            if (s->shape != kHorn) { // i and y with tone: complete letters
                out.append(compose(b, s->shape, s->tone));
                continue;
            }
            base = b;
            shape = kHorn; // ơ, ư may still take a tone mark
        } else {
            out.append(c);
            continue;
        }
        char16_t tone = 0;
        if (i + 1 < text.size()) {
            if (const VniMark* m = vniMark(text[i + 1])) {
                const char16_t b = base.toLower().unicode();
                const bool fits =
                    m->shape == 0 ||
                    (m->shape == kCircumflex && shape == 0 && (b == u'a' || b == u'e' || b == u'o')) ||
                    (m->shape == kBreve && shape == 0 && b == u'a');
                if (fits) {
                    if (m->shape)
                        shape = m->shape;
                    tone = m->tone;
                    ++i;
                }
            }
        }
        out.append(compose(base, shape, tone));
    }
    return out;
}

QString encodeVni(QStringView text)
{
    QString out;
    for (QChar c : text) {
        Letter l;
        if (!toLetter(c, l) || (!l.shape && !l.tone && !l.stroke)) {
            out.append(c);
            continue;
        }
        const bool upper = l.base.isUpper();
        auto cased = [upper](char16_t ch) { return upper ? QChar(ch).toUpper() : QChar(ch); };
        const char16_t b = l.base.toLower().unicode();
        if (l.stroke) {
            out.append(cased(u'ñ'));
            continue;
        }
        bool single = false;
        for (const VniSingle& s : kVniSingles) {
            if (s.base == b && s.shape == l.shape && s.tone == l.tone && !s.stroke && s.shape != kHorn) {
                out.append(cased(s.ch));
                single = true;
                break;
            }
        }
        if (single)
            continue;
        char16_t shape = l.shape;
        if (shape == kHorn) {
            out.append(cased(b == u'o' ? u'ô' : u'ö'));
            shape = 0;
        } else {
            out.append(l.base);
        }
        if (!shape && !l.tone)
            continue;
        for (const VniMark& m : kVniMarks) {
            if (m.shape == shape && m.tone == l.tone) {
                out.append(cased(m.ch));
                break;
            }
        }
    }
    return out;
}

// ---- VIQR --------------------------------------------------------------------------------

char16_t viqrTone(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
        return kAcute;
    case u'`':
        return kGrave;
    case u'?':
        return kHook;
    case u'~':
        return kTilde;
    case u'.':
        return kDot;
    default:
        return 0;
    }
}

QChar viqrToneChar(char16_t tone)
{
    switch (tone) {
    case kAcute:
        return QLatin1Char('\'');
    case kGrave:
        return QLatin1Char('`');
    case kHook:
        return QLatin1Char('?');
    case kTilde:
        return QLatin1Char('~');
    case kDot:
        return QLatin1Char('.');
    default:
        return {};
    }
}

// RFC 1456: a mark character after a vowel is a mark unless escaped with a
// backslash. Text typed by hand rarely escapes the full stop that ends it,
// so '.' and '?' closing the whole text stay punctuation, unless the vowel
// already carries a VIQR shape mark (thuo+? is thuở).
bool viqrToneHere(QStringView text, qsizetype i, bool afterShape = false)
{
    const QChar c = text[i];
    if (c != QLatin1Char('.') && c != QLatin1Char('?'))
        return true;
    if (afterShape)
        return true;
    qsizetype j = i + 1;
    while (j < text.size() &&
           (text[j].isSpace() || text[j] == QLatin1Char('"') || text[j] == QLatin1Char(')')))
        ++j;
    return j < text.size();
}

bool isViqrMark(QChar c)
{
    switch (c.unicode()) {
    case u'^':
    case u'(':
    case u'+':
    case u'*':
    case u'\'':
    case u'`':
    case u'?':
    case u'~':
    case u'.':
        return true;
    default:
        return false;
    }
}

QString decodeViqr(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size() && !text[i + 1].isLetterOrNumber()) {
            out.append(text[++i]); // escaped mark character
            continue;
        }
        const bool wordStart = i == 0 || !text[i - 1].isLetter();
        if ((c == QLatin1Char('d') || c == QLatin1Char('D')) && wordStart && i + 1 < text.size() &&
            text[i + 1].toLower() == QLatin1Char('d')) {
            out.append(c == QLatin1Char('d') ? QChar(0x0111) : QChar(0x0110));
            ++i;
            continue;
        }
        if (!(c.unicode() < 0x80 && isAsciiVowel(c))) {
            out.append(c);
            continue;
        }
        char16_t shape = 0, tone = 0;
        qsizetype j = i + 1;
        if (j < text.size()) {
            const char16_t b = c.toLower().unicode();
            const QChar m = text[j];
            if (m == QLatin1Char('^') && (b == u'a' || b == u'e' || b == u'o'))
                shape = kCircumflex;
            else if (m == QLatin1Char('(') && b == u'a')
                shape = kBreve;
            else if ((m == QLatin1Char('+') || m == QLatin1Char('*')) && (b == u'o' || b == u'u'))
                shape = kHorn;
            if (shape)
                ++j;
        }
        if (j < text.size()) {
            const char16_t t = viqrTone(text[j]);
            if (t && viqrToneHere(text, j, shape != 0)) {
                tone = t;
                ++j;
            }
        }
        out.append(compose(c, shape, tone));
        i = j - 1;
    }
    return out;
}

QString encodeViqr(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        Letter l;
        if (!toLetter(c, l)) {
            // a literal mark character right after a vowel would read as a mark
            if (!out.isEmpty() && isAsciiVowel(out.back()) &&
                (viqrTone(c) || c == QLatin1Char('^') || c == QLatin1Char('(') || c == QLatin1Char('+')))
                out.append(QLatin1Char('\\'));
            out.append(c);
            continue;
        }
        if (l.stroke) {
            out.append(l.base.isUpper() ? QStringLiteral("DD") : QStringLiteral("dd"));
            continue;
        }
        out.append(l.base);
        if (l.shape == kCircumflex)
            out.append(QLatin1Char('^'));
        else if (l.shape == kBreve)
            out.append(QLatin1Char('('));
        else if (l.shape == kHorn)
            out.append(QLatin1Char('+'));
        if (l.tone)
            out.append(viqrToneChar(l.tone));
    }
    return out;
}

// ---- detection ---------------------------------------------------------------------------

// How Vietnamese a text looks: +1 per well-formed syllable, -1 per word that
// is not one. With `viqrMarks`, VIQR mark characters inside or at the end of
// a word belong to it (so "Nguye^~n" is one malformed word, not two).
int syllableScore(QStringView text, bool viqrMarks = false)
{
    auto inWord = [&](qsizetype k) {
        if (text[k].isLetter())
            return true;
        return viqrMarks && isViqrMark(text[k]) && k > 0 &&
               (text[k - 1].isLetter() || isViqrMark(text[k - 1]));
    };
    int score = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && inWord(j))
            ++j;
        // a full stop or question mark ending a word is punctuation, not part of it
        qsizetype end = j;
        while (end > i + 1 && (text[end - 1] == QLatin1Char('.') || text[end - 1] == QLatin1Char('?')))
            --end;
        bool stillMarked = false;
        for (qsizetype k = i; k < end; ++k)
            stillMarked = stillMarked || !text[k].isLetter();
        score += !stillMarked && isVietnameseSyllable(text.mid(i, end - i)) ? 1 : -1;
        i = j;
    }
    return score;
}

bool hasVietnameseMarks(QStringView text)
{
    for (QChar c : text) {
        if (isVietnameseLetter(c))
            return true;
        Letter l;
        if (toLetter(c, l) && (l.tone || l.shape || l.stroke))
            return true;
    }
    return false;
}

bool hasHighBytes(QStringView text)
{
    for (QChar c : text) {
        const int b = byteOf(c);
        if (b >= 0x80 || (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r'))
            return true;
    }
    return false;
}

// Marks that only VIQR produces: a shape mark after a vowel, a tone mark
// inside a word, or "dd" starting a word. A full stop or apostrophe after a
// word is ordinary punctuation and proves nothing.
bool hasViqrMarks(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == QLatin1Char('d') || c == QLatin1Char('D')) && (i == 0 || !text[i - 1].isLetter()) &&
            text[i + 1].toLower() == QLatin1Char('d') && i + 2 < text.size() && isAsciiVowel(text[i + 2]))
            return true;
        if (!(c.unicode() < 0x80 && isAsciiVowel(c)))
            continue;
        const QChar m = text[i + 1];
        if (m == QLatin1Char('^') || m == QLatin1Char('(') || m == QLatin1Char('+') ||
            m == QLatin1Char('`') || m == QLatin1Char('~'))
            return true;
        if ((m == QLatin1Char('.') || m == QLatin1Char('?') || m == QLatin1Char('\'')) &&
            i + 2 < text.size() && text[i + 2].isLetter())
            return true;
    }
    return false;
}

} // namespace

QString legacyEncodingName(LegacyEncoding e)
{
    switch (e) {
    case LegacyEncoding::Tcvn3:
        return QStringLiteral("TCVN3");
    case LegacyEncoding::Vni:
        return QStringLiteral("VNI");
    case LegacyEncoding::Viqr:
        return QStringLiteral("VIQR");
    case LegacyEncoding::Viscii:
        return QStringLiteral("VISCII");
    }
    return {};
}

QString decodeLegacy(LegacyEncoding encoding, QStringView text)
{
    QString out;
    switch (encoding) {
    case LegacyEncoding::Tcvn3: {
        QList<bool> decoded;
        const QString plain = decodeByteTable(tcvn3Table(), text, &decoded);
        out = fixCapitals(plain, decoded);
        break;
    }
    case LegacyEncoding::Viscii:
        out = decodeByteTable(visciiTable(), text);
        break;
    case LegacyEncoding::Vni:
        out = decodeVni(text);
        break;
    case LegacyEncoding::Viqr:
        out = decodeViqr(text);
        break;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString encodeLegacy(LegacyEncoding encoding, QStringView text)
{
    QString nfc = text.toString().normalized(QString::NormalizationForm_C);
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return encodeByteTable(tcvn3Table(), nfc, true);
    case LegacyEncoding::Viscii:
        return encodeByteTable(visciiTable(), nfc, false);
    case LegacyEncoding::Vni:
        return encodeVni(nfc);
    case LegacyEncoding::Viqr:
        return encodeViqr(nfc);
    }
    return nfc;
}

QString decodeLegacyBytes(LegacyEncoding encoding, const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char b : bytes)
        text.append(charOfByte(static_cast<unsigned char>(b)));
    return decodeLegacy(encoding, text);
}

EncodingFinding detectEncodingProblem(QStringView text)
{
    EncodingFinding f;
    if (text.isEmpty())
        return f;
    const QString nfc = text.toString().normalized(QString::NormalizationForm_C);
    bool unicodeVietnamese = false;
    for (QChar c : nfc)
        if (isVietnameseLetter(c))
            unicodeVietnamese = true;
    if (!unicodeVietnamese) {
        QList<LegacyEncoding> candidates;
        if (hasHighBytes(nfc))
            candidates << LegacyEncoding::Tcvn3 << LegacyEncoding::Vni << LegacyEncoding::Viscii;
        if (hasViqrMarks(nfc))
            candidates << LegacyEncoding::Viqr;
        const int original = syllableScore(nfc);
        const int originalViqr = syllableScore(nfc, true);
        int bestGain = 0;
        for (LegacyEncoding e : candidates) {
            const QString converted = decodeLegacy(e, nfc);
            if (converted == nfc || !hasVietnameseMarks(converted))
                continue;
            // VIQR needs a clear gain: its marks are also punctuation.
            const int gain = syllableScore(converted) - (e == LegacyEncoding::Viqr ? originalViqr : original);
            if (gain > bestGain && (e != LegacyEncoding::Viqr || gain >= 2)) {
                bestGain = gain;
                f.kind = EncodingFinding::Kind::Legacy;
                f.encoding = e;
                f.converted = converted;
            }
        }
        if (f.found())
            return f;
    }
    if (nfc != text) {
        f.kind = EncodingFinding::Kind::NotNfc;
        f.converted = nfc;
    }
    return f;
}

} // namespace sohoa::text
