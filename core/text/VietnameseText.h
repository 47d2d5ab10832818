#pragma once

#include <QString>
#include <QStringView>

namespace sohoa::text {

// SPEC §1 text form: Unicode NFC, whitespace runs collapsed to one space,
// no leading/trailing space. Does not change case or tone placement.
QString normalizeText(QStringView text);

// Moves tone marks to the traditional ("old style") position in the open
// syllables where the two styles differ: hoà -> hòa, khoẻ -> khỏe, thuỵ ->
// thụy. Syllables with a final consonant (hoàng, thuyền) and "qu" + y (quý)
// are the same in both styles and are left alone. Input should be NFC.
QString canonicalTonePlacement(QStringView text);

// Key for comparing printed text as a careful reader would: NFC, spaces
// collapsed, case-insensitive, old/new tone placement equal. Accents matter.
QString comparisonKey(QStringView text);

// comparisonKey(a) == comparisonKey(b).
bool sameText(QStringView a, QStringView b);

// True when `word` (letters only) is a well-formed Vietnamese syllable:
// a known onset, a known rhyme and at most one tone mark. Case-insensitive.
// Used to tell Vietnamese text from mojibake; not a dictionary lookup.
bool isVietnameseSyllable(QStringView word);

// A cheaper, looser shape test than isVietnameseSyllable, for telling names
// from OCR residue: letters only (an apostrophe or hyphen allowed, as in
// minority names such as H'Hen), at least one vowel, no run of more than
// three consonants, at most one tone mark, at most 8 characters. Accepts
// short foreign name parts that are not Vietnamese syllables.
bool plausibleSyllable(QStringView word);

// True for letters that exist only in Vietnamese Unicode text (ă â đ ê ô ơ ư
// and every precomposed letter with a tone mark), both cases.
bool isVietnameseLetter(QChar c);

// Levenshtein distance (insert, delete, substitute; each 1).
int editDistance(QStringView a, QStringView b);

// The same, or maxDistance + 1 as soon as it is certain to exceed maxDistance.
int editDistance(QStringView a, QStringView b, int maxDistance);

// Jaro-Winkler similarity in [0, 1].
double jaroWinkler(QStringView a, QStringView b);

} // namespace sohoa::text
