#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sohoa::extraction {

class Vocabulary;

// The result of reading one value from OCR text into its SPEC §1 format.
struct ParsedValue {
    bool ok = false; // value holds a SPEC-format value read from the text
    QString value;
    double quality = 0; // 0..1: how cleanly the text had the expected form
    int repairs = 0;    // OCR confusions repaired on the way (O->0, l->1, ...)
    // Digits put right by where they stand, not by how they look: a 6, 8 or 9
    // read where only a 0 can stand (month "69", year "2921", an id starting "9").
    // The value is then a guess the clerk should check.
    int shapeRepairs = 0;
    // Spaces or dots inside one number's digits where no printed grouping puts them
    // ("0820806 6.180"): pieces of the line (a speck, a dot of the leader, a stamp's
    // edge) read into the number. Its digits are doubtful, whatever their count.
    int straySeparators = 0;
    QString crossCheck; // "agree" / "disagree" when the value is printed twice (digits and words)
    QString note;       // what was done, for the clerk ("snapped from 'Kinb'", ...)
};

struct DateParts {
    int year = 0, month = 0, day = 0;
    bool isCalendarDate() const;
    QString iso() const; // YYYY-MM-DD even for an impossible printed date (2019-02-31)
    bool operator==(const DateParts& o) const = default;
};

// Lower case, diacritics removed, đ -> d, punctuation kept ("Ngày 5/3" -> "ngay 5/3").
QString foldKeepPunctuation(QStringView text);

// Letters OCR commonly puts in place of digits, mapped back inside numeric
// tokens ("2O19" -> "2019", "l5" -> "15"); repairs counts the changes.
QString repairDigits(QStringView text, int* repairs = nullptr);

// Vietnamese number words -> value ("hai nghìn không trăm mười chín" -> 2019).
// Folded words in; -1 when the words are not a number.
qint64 numberFromWords(const QStringList& foldedWords, const Vocabulary& vocab, int* unknownWords = nullptr);
// "năm trăm sáu mươi bảy phẩy năm" -> "567.5" (empty when not a number).
// `cut` (optional) is set when words after the number that are no number
// words were left out (a misread unit: "mới vuông" for "mét vuông").
QString decimalFromWords(QStringView text, const Vocabulary& vocab, bool* cut = nullptr);

// Date printed in digits: "10/02/2011", "10-2-2011", "ngày 28 tháng 08 năm 2023".
// Dates written inside a text ("cấp ngày 14/69/2021") with the 0s their
// positions force put back (see ParsedValue::shapeRepairs); `fixes` counts them.
QString repairZerosInDates(const QString& text, int* fixes = nullptr);
bool findDateDigits(QStringView text, DateParts* out, int* repairs = nullptr, int* shapeRepairs = nullptr);
// Whether a code's letters meet its digits at a character OCR confuses with a
// digit (O/0, I/1, S/5, B/8, Z/2, G/6): "CHO8790" may be "CH08790".
bool letterDigitLookAlikeEdge(QStringView code);

// Date in words: "ngày mồng mười, tháng hai, năm hai nghìn không trăm mười một".
// yearCut: the text ends inside the year's words, on a word a unit may still
// follow ("... hai mươi" of "hai mươi lăm" cut at a line end): the year read
// may be short of its last word.
bool findDateWords(QStringView text, const Vocabulary& vocab, DateParts* out, bool* yearCut = nullptr);
// A date in words as kept in a field of its own (date_of_birth_words): every word
// a word of dates; a word one letter off exactly one of them is put right
// ("hai mươi Eư" -> "hai mươi tư", counted in *repairs). Empty when a word is
// not a word of dates or the words do not say a whole date.
QString parseDateWords(QStringView text, const Vocabulary& vocab, int* repairs = nullptr);
// "14 giờ 30 phút", "14h30", "14:30".
bool findTime(QStringView text, int* hour, int* minute, int* repairs = nullptr, int* shapeRepairs = nullptr);

ParsedValue parseDate(QStringView text, QStringView wordsText, const Vocabulary& vocab);
ParsedValue parseYear(QStringView text);
ParsedValue parseTime(QStringView text);
// 12 digits (9 for an old identity card). charConfidences: OCR confidence of each
// character of text, when known, to tell which digit of one too many is the intruder.
ParsedValue parsePersonalId(QStringView text, const QList<float>& charConfidences = {});
ParsedValue parseNumber(QStringView text); // digits as printed (parcel, map sheet)
ParsedValue parseDecimal(QStringView text, QStringView wordsText, const Vocabulary& vocab); // area
ParsedValue parseLandPurpose(QStringView text, const Vocabulary& vocab);
ParsedValue parseLandTerm(QStringView text);
// value_map: {"male": ["Nam"], "female": ["Nữ"]}
ParsedValue parseEnum(QStringView text, const QJsonObject& valueMap, const QStringList& values);
// shapes: e.g. ["AA 999999"] (A letter, 9 digit); pattern: a regular expression the value must match.
ParsedValue parseCode(QStringView text, const QStringList& shapes, const QString& pattern);

} // namespace sohoa::extraction
