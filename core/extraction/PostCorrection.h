#pragma once

#include <QString>
#include <QStringView>

namespace sohoa::extraction {

class Vocabulary;

// A value after OCR post-correction, with what was done.
struct Correction {
    QString value;
    QString vocabulary;  // "exact" / "snapped" / "unknown" / "" (nothing to compare with)
    double distance = 0; // total accent-aware distance of the snaps
    QString note;
    int guesses = 0; // words put right though what was read is itself a well-formed word of its
                     // kind (a given name "THẬT" snapped to "THẤT"): one of two readings, not a fix
};

// Text of a value without dotted-leader residue, stray punctuation at the ends
// and doubled spaces; NFC.
QString tidyValue(QStringView raw);

// Trailing words that cannot end a place or a phrase (letters without a vowel,
// letters mixed with digits): residue of leaders, stamps and specks.
QString trimJunkTail(const QString& text);

// A person's name: only letters, spaces, apostrophes and hyphens; the case the
// paper uses (all capitals or title case) applied to every word; each syllable
// that is not a known name syllable but is close to exactly one is snapped.
Correction correctName(QStringView raw, const Vocabulary& vocab);

// A place: spacing after commas, misread accents on the words that open a part
// ("tính" -> "tỉnh"), administrative unit names snapped to the official lists.
Correction correctPlace(QStringView raw, const Vocabulary& vocab);

Correction correctEthnicity(QStringView raw, const Vocabulary& vocab);
// Free text that is usually one of a list of set phrases (Vocabulary::phrases).
Correction correctPhrase(QStringView raw, const Vocabulary& vocab, const QString& list);
Correction correctNationality(QStringView raw, const Vocabulary& vocab);

} // namespace sohoa::extraction
