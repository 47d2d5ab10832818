#pragma once

#include <QString>
#include <QStringView>

// Text helpers for matching OCR output against printed labels and vocabularies.
namespace sohoa::extraction {

// Lower case, diacritics removed, đ -> d, only letters and digits kept:
// "Họ, chữ đệm, tên:" -> "hochudemten". Labels are compared in this form so
// spacing and punctuation misreads do not matter.
QString foldKey(QStringView text);

// Lower case with diacritics removed but spaces kept between words:
// "Đất ở tại nông thôn" -> "dat o tai nong thon".
QString foldWords(QStringView text);

// NFC, whitespace collapsed, trimmed.
QString cleanText(QStringView text);

// The letter without its diacritics, lower case (ễ -> e, Đ -> d).
QChar baseLetter(QChar c);

// Levenshtein distance, or maxDistance + 1 as soon as it is certain to exceed maxDistance.
int editDistance(QStringView a, QStringView b, int maxDistance);

// Distance between two words with diacritics where a wrong or missing mark costs
// 0.5 and any other edit 1 (case-insensitive): "Nguyên" ~ "Nguyễn" = 0.5.
double accentDistance(QStringView a, QStringView b);

// Best approximate occurrence of pattern inside text (Sellers' algorithm):
// the smallest edit distance of pattern to any substring of text; end receives
// the end offset of that substring. Returns maxDistance + 1 when none is close enough.
int approximateFind(QStringView pattern, QStringView text, int maxDistance, int* end = nullptr);

// Could this word be a Vietnamese syllable (or a short foreign name part)? A
// cheap shape test to tell names from OCR residue: letters only, a vowel,
// no run of three consonants, at most one tone mark.
bool plausibleSyllable(QStringView word);

// Title case for one word as Vietnamese names are written ("NGUYỄN" -> "Nguyễn").
QString titleCaseWord(QStringView word);

// Case of `model` applied to `word` (all caps, title case or lower case).
QString matchCase(QStringView word, QStringView model);

} // namespace sohoa::extraction
