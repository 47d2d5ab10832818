// A field's text -> its value and evidence: the same parsing for the generic
// reading (Extractor.cpp) and for text placed by a stored layout (readFieldText).
#include "core/adminunits/AdminUnits.h"
#include "core/extraction/Confidence.h"
#include "core/extraction/CoordinateTable.h"
#include "core/extraction/DocumentReader_p.h"
#include "core/extraction/FieldParsing_p.h"
#include "core/extraction/PostCorrection.h"
#include "core/extraction/TextFold.h"
#include "core/extraction/ValueParsers.h"
#include "core/extraction/Vocabulary.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace sohoa::extraction::detail {

using records::ValueKind;

namespace {

// Whether text opens with one of `openings` (compared folded, as whole words).
bool opensWith(const QString& text, const QStringList& openings)
{
    const QString folded = foldWords(text) + QLatin1Char(' ');
    for (const QString& o : openings)
        if (folded.startsWith(foldWords(o) + QLatin1Char(' ')))
            return true;
    return false;
}

bool opensWithPlaceWord(const QString& place)
{
    return opensWith(place, Vocabulary::builtin().placeWords());
}

} // namespace

Parsed parseField(const FieldDef& f, const QString& text, const QList<float>& charConf,
                  const QString& wordsText, const Vocabulary& vocab)
{
    Parsed out;
    ParsedValue p;
    const QString tidy = tidyValue(text);
    auto fromCorrection = [&](const Correction& c, double quality) {
        if (c.value.isEmpty())
            return;
        p.ok = true;
        p.value = c.value;
        p.quality = quality;
        p.note = c.note;
        out.ev.vocabulary = c.vocabulary;
        out.ev.vocabularyDistance = c.distance;
        out.ev.guesses = c.guesses;
    };
    switch (f.kind) {
    case ValueKind::Date:
        p = parseDate(text, wordsText, vocab);
        break;
    case ValueKind::Year:
        p = parseYear(text);
        break;
    case ValueKind::Time:
        p = parseTime(text);
        break;
    case ValueKind::PersonalId:
        p = parsePersonalId(text, charConf);
        break;
    case ValueKind::Number:
        p = parseNumber(text);
        break;
    case ValueKind::Decimal:
        p = parseDecimal(text, wordsText, vocab);
        break;
    case ValueKind::Enum:
        p = parseEnum(text, f.extraction.value(QLatin1String("value_map")).toObject(), f.enumValues);
        break;
    case ValueKind::LandPurpose:
        p = parseLandPurpose(text, vocab);
        break;
    case ValueKind::LandTerm:
        p = parseLandTerm(text);
        break;
    case ValueKind::Code:
        p = parseCode(text, strings(f.extraction.value(QLatin1String("shapes"))),
                      f.extraction.value(QLatin1String("pattern")).toString());
        out.ev.lookAlikeEdge = p.ok && letterDigitLookAlikeEdge(p.value);
        break;
    case ValueKind::Name:
        fromCorrection(correctName(text, vocab), 0.9);
        break;
    case ValueKind::Place:
        fromCorrection(correctPlace(text, vocab), 0.9);
        break;
    case ValueKind::Ethnicity:
        fromCorrection(correctEthnicity(text, vocab), 0.9);
        break;
    case ValueKind::Nationality:
        fromCorrection(correctNationality(text, vocab), 0.9);
        break;
    case ValueKind::Text:
        if (tidy.isEmpty())
            break;
        if (f.extraction.value(QLatin1String("locator")).toString() == QLatin1String("coordinate_table")) {
            // "X Y X Y ..." as located -> "X,Y;X,Y;..." with '.' decimals (CoordinateTable.h).
            // The located figures as read (tidying would part a point read twice, ",.", from its digits).
            p.value = parcelCornersFrom(
                repairDigits(text.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts), &p.quality);
            p.ok = !p.value.isEmpty();
            break;
        }
        if (f.extraction.contains(QLatin1String("words_of"))) {
            // A date in words: its words, a misread letter put right.
            p.value = parseDateWords(tidyValue(trimJunkTail(tidy)), vocab, &p.repairs);
            p.ok = !p.value.isEmpty();
            p.quality = p.repairs ? 0.6 : 0.9;
            // Ends inside its year ("... hai mươi" of "hai mươi lăm"): cut at a line end.
            bool yearCut = false;
            if (p.ok && findDateWords(p.value, vocab, nullptr, &yearCut) && yearCut)
                out.ev.openEnd = true;
        } else if (f.extraction.value(QLatin1String("correct_as")).toString() == QLatin1String("place")) {
            // An authority named after its unit ("ỦY BAN NHÂN DÂN THÀNH PHỐ X"): corrected like a
            // place, but not validated as an address.
            fromCorrection(correctPlace(trimJunkTail(tidy), vocab), 0.9);
            // An authority's name opens with what it is ("Ủy ban nhân dân", "Sở ..."): another
            // opening is its first line cut or misread ("NHẮN DẪN THỊ XÃ ...").
            const QStringList openings = strings(f.extraction.value(QLatin1String("opens_with")));
            if (p.ok && !openings.isEmpty() && !opensWith(p.value, openings))
                out.ev.openEnd = true;
        } else if (const QString list = f.extraction.value(QLatin1String("vocabulary")).toString();
                   !list.isEmpty()) {
            fromCorrection(correctPhrase(trimJunkTail(tidy), vocab, list), 0.9);
        } else {
            p.ok = true;
            p.value = tidyValue(trimJunkTail(tidy));
            p.quality = 0.9;
        }
        break;
    }
    // A book number is the book's count in its year ("02/2021"): a commune opens a
    // few books a year, so its number starts with 0, and its year is 20xx or 19xx.
    if (f.kind == ValueKind::Code && f.key.endsWith(QLatin1String("book_number")) && p.ok) {
        static const QRegularExpression book(QStringLiteral("^([0-9]{2})([/\\-])([0-9]{4})$"));
        const QRegularExpressionMatch m = book.match(p.value);
        if (m.hasMatch()) {
            QString number = m.captured(1), year = m.captured(3);
            auto zeroLike = [](QChar c) {
                return c == QLatin1Char('6') || c == QLatin1Char('8') || c == QLatin1Char('9');
            };
            if (zeroLike(number[0])) {
                number[0] = QLatin1Char('0');
                ++p.shapeRepairs;
            }
            if (year[0] == QLatin1Char('2') && zeroLike(year[1])) {
                year[1] = QLatin1Char('0');
                ++p.shapeRepairs;
            }
            p.value = number + m.captured(2) + year;
        } else {
            // Older books add a suffix ("01/2006/TP-HT"), but a year group of neither two nor
            // four digits ("01/201/2") is a year misread or split: the value is doubtful.
            static const QRegularExpression older(
                QStringLiteral("^[0-9]{1,3}[/\\-](?:[0-9]{2}|[0-9]{4})(?:[/\\-][A-Za-z].*)?$"));
            if (!older.match(p.value).hasMatch())
                p.quality = std::min(p.quality, 0.6);
        }
    }
    if (f.kind == ValueKind::Text && p.ok) {
        int zeros = 0;
        p.value = repairZerosInDates(p.value, &zeros);
        p.shapeRepairs += zeros;
    }
    out.ok = p.ok && !p.value.isEmpty();
    out.value = p.value;
    out.ev.parseQuality = p.quality;
    out.ev.repairs = p.repairs;
    out.ev.shapeRepairs = p.shapeRepairs;
    out.ev.straySeparators = p.straySeparators;
    out.ev.crossCheck = p.crossCheck;
    if (!p.note.isEmpty())
        out.ev.note = p.note;
    return out;
}

// Structural doubts about a value kept as read (text, names, places), which
// character confidences do not show:
//  - it ends on a word no value ends with ("... do Bệnh viện X cấp", "..., tỉnh",
//    "NGUYỄN THỊ"): the rest was cut or not joined (openEnd);
//  - words gluing digits to small letters as no printed word does ("4â"):
//    print, dots or a stamp read into the text (oddCharacters);
//  - fewer than three letters where a text or place was expected ("an"): too
//    little to be the value (not in its form).
void judgeShape(const QString& value, ValueKind kind, FieldEvidence& ev)
{
    if (kind != ValueKind::Text && kind != ValueKind::Place && kind != ValueKind::Name)
        return;
    const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    // Compared with their marks: "Văn" ends no name, "Vân" does.
    static const QSet<QString> danglingText{
        QStringLiteral("cấp"),   QStringLiteral("do"),     QStringLiteral("tại"), QStringLiteral("ngày"),
        QStringLiteral("tháng"), QStringLiteral("của"),    QStringLiteral("và"),  QStringLiteral("tỉnh"),
        QStringLiteral("huyện"), QStringLiteral("phường"), QStringLiteral("số"),  QStringLiteral("thôn"),
        QStringLiteral("phố"),   QStringLiteral("thị")};
    static const QSet<QString> danglingName{QStringLiteral("thị"), QStringLiteral("văn")};
    QString last = words.last().toLower().normalized(QString::NormalizationForm_C);
    while (!last.isEmpty() && !last.back().isLetterOrNumber())
        last.chop(1);
    if ((kind == ValueKind::Name ? danglingName : danglingText).contains(last) && words.size() > 1)
        ev.openEnd = true;
    // A place opens with a unit word ("xã ...", "Thôn 3, ...") or a capitalised name; a
    // small word there ("rung Hậu, xã ..." of "Thôn Trung Hậu") is the rest of a word cut
    // off before it: the value is cut at its start.
    if (kind == ValueKind::Place && words.first().front().isLower() && !opensWithPlaceWord(value))
        ev.openEnd = true;
    for (const QString& w : words) {
        bool mixed = false;
        for (qsizetype i = 0; i < w.size(); ++i)
            if (w[i].isDigit() && ((i > 0 && w[i - 1].isLower()) || (i + 1 < w.size() && w[i + 1].isLower())))
                mixed = true; // "4â", "Ch5i"
        ev.oddCharacters += mixed;
    }
    int letters = 0;
    for (QChar c : value)
        letters += c.isLetter();
    if (kind != ValueKind::Name && letters < 3)
        ev.parseQuality = std::min(ev.parseQuality, 0.5);
}

// Whether a place reads as a whole address: its units all exist in the lists
// (either era) and it ends with its province. A place cut at a line wrap
// ("..., tỉnh Bắc"), misread in a unit name, or naming no unit at all fails.
QString placeCompleteness(const QString& place)
{
    const adminunits::PlaceCheck check = adminunits::checkPlace(place, QDate());
    if (check.status == adminunits::PlaceCheck::Status::NoUnits)
        return QStringLiteral("incomplete"); // "Thôn", "Xóm 4": the rest was not read
    if (check.status == adminunits::PlaceCheck::Status::Unknown)
        return QStringLiteral("unknown");
    const adminunits::ParsedPlace parsed = adminunits::parsePlace(place);
    if (parsed.isEmpty() || parsed.parts.last().level != adminunits::Level::Province)
        return QStringLiteral("incomplete");
    return QStringLiteral("known");
}

void judgeReading(const FieldDef& f, const QString& text, const QString& value, bool parsedOk,
                  FieldEvidence& ev)
{
    // Characters no value of a civil-status form holds ("§ố", "£ế", "Nga¿"): the
    // reading mixed dots, specks or print under the text into the value. Only
    // for values kept as read (names, places, text); parsed kinds take their
    // value out of the text.
    if (f.kind == ValueKind::Text || f.kind == ValueKind::Name || f.kind == ValueKind::Place)
        for (QChar c : text)
            ev.oddCharacters +=
                !(c.isLetterOrNumber() || c.isSpace() || QStringLiteral(",./-()':;+²").contains(c));
    judgeShape(value, f.kind, ev);
    // A day of a 30-day month is 31 on paper now and then (a finding); a month
    // of 41 or a year 3019 is a misreading (the parsers rate those below 0.5).
    if ((f.kind == ValueKind::Date || f.kind == ValueKind::Year || f.kind == ValueKind::Time) && parsedOk &&
        ev.parseQuality < 0.5 && ev.crossCheck.isEmpty())
        ev.implausible = true;
    if (f.kind == ValueKind::Place)
        ev.placeCheck = placeCompleteness(value);
    // An ethnicity or a nationality in none of its list is not in its form: a
    // misreading beyond putting right, or another field's value (a layout's
    // place on a copy printed otherwise).
    if ((f.kind == ValueKind::Ethnicity || f.kind == ValueKind::Nationality) &&
        ev.vocabulary == QLatin1String("unknown"))
        ev.parseQuality = std::min(ev.parseQuality, 0.6);
}

} // namespace sohoa::extraction::detail

namespace sohoa::extraction {

using detail::judgeReading;
using detail::Parsed;
using detail::parseField;

bool readFieldText(const records::FieldDef& field, const QString& text, const QList<float>& charConfidences,
                   records::FieldValue& value, FieldEvidence& evidence)
{
    Parsed parsed = parseField(field, text, charConfidences, text, Vocabulary::builtin());
    if (!parsed.ok)
        return false;
    evidence = parsed.ev;
    double sum = 0, minConf = 1;
    for (float c : charConfidences) {
        sum += c;
        minConf = std::min<double>(minConf, c);
    }
    evidence.ocrConfidence = charConfidences.isEmpty() ? 0 : sum / charConfidences.size();
    evidence.ocrMinimum = charConfidences.isEmpty() ? 0 : minConf;
    value.raw = text;
    value.charConfidences = charConfidences;
    value.value = parsed.value.normalized(QString::NormalizationForm_C);
    judgeReading(field, text, value.value, true, evidence);
    value.confidence = fieldConfidence(evidence, valueKindName(field.kind));
    return true;
}

} // namespace sohoa::extraction
