#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sohoa::extraction {

// A vocabulary value chosen for a piece of OCR text.
struct Snap {
    QString value;       // the vocabulary spelling (printed form)
    double distance = 0; // accent-aware edit distance from the OCR text (0 = exact)
    bool exact = false;  // the OCR text was already this value (case-insensitive)
};

struct LandType {
    QString code;      // Circular 08/2024 code, e.g. "ONT"
    QString name;      // official name
    QStringList names; // name and other printed names
    QStringList oldCodes;
};

// Domain vocabularies (resources/vocabulary) for OCR post-correction and
// parsing: family names, name syllables, ethnic groups, nationalities,
// Circular 08/2024 land types, number and month words.
class Vocabulary {
public:
    static const Vocabulary& builtin(); // from :/sohoa/vocabulary, loaded once (thread-safe)
    static Vocabulary loadFromDirectory(const QString& dir);

    bool isSurname(QStringView word) const;
    bool isNameSyllable(QStringView word) const;  // any syllable of a known name (incl. surnames)
    bool isGivenSyllable(QStringView word) const; // a middle or given name syllable
    double surnameWeight(QStringView word) const;
    // Known name syllables that fold to the same letters as word (nguyen -> Nguyễn, Nguyên).
    QStringList nameSyllablesFolding(QStringView foldedWord) const;
    // A much commoner name syllable spelled with the same letters and other tone marks
    // ("Đỗ" for "Đồ", "Yến" for "Yên"), which OCR's tone-mark confusions make the likelier
    // printed one; empty when there is none. Surnames compare by weight, given syllables by
    // being among the commonest.
    QString commonerToneVariant(QStringView word, bool surname) const;
    // Closest known name syllable within maxDistance (accent-aware); empty when none or ambiguous.
    Snap closestNameSyllable(QStringView word, double maxDistance, bool surname) const;

    // A phrase list of resources/vocabulary/<name>.txt ("causes-of-death", "land-use-origins");
    // lines starting with '+' are prefixes combined with every plain line.
    QStringList phrases(const QString& name) const;
    // The phrase of that list closest to text when it is close enough and the only one that close.
    Snap snapToPhrase(QStringView text, const QString& listName) const;

    // Ethnic group / nationality spelling closest to text, if close enough.
    Snap snapEthnicity(QStringView text) const;
    Snap snapNationality(QStringView text) const;
    QStringList ethnicGroups() const { return m_ethnicCanonical; }
    QStringList nationalities() const { return m_nationalityCanonical; }

    const QList<LandType>& landTypes() const { return m_landTypes; }
    const LandType* landTypeByCode(QStringView code) const;    // current codes only
    const LandType* landTypeByOldCode(QStringView code) const; // codes replaced by Circular 08/2024

    // Number words: value of a folded word ("muoi" -> 10), role in {"digit","ten","hundred",
    // "thousand","million","zero","odd","point","filler"}; false when not a number word.
    bool numberWord(const QString& foldedWord, int* value, QString* role) const;
    // Month name in words (folded, e.g. "gieng", "muoi mot") -> 1..12, or 0.
    int monthWord(const QString& foldedWords) const;

    // Words that open a part of an address ("xã", "thị trấn", "bệnh viện"), lower case.
    const QStringList& placeWords() const { return m_placeWords; }
    // Place words another unit word may follow ("ủy ban nhân dân", "bệnh viện").
    bool placeWordChains(const QString& word) const { return m_chainingPlaceWords.contains(word); }

    const QStringList& surnames() const { return m_surnameList; }
    const QStringList& nameSyllables() const { return m_syllableList; }

private:
    Snap snapPhrase(QStringView text, const QStringList& spellings) const;

    QHash<QString, double> m_surnames; // lower-case spelling -> weight
    QStringList m_surnameList;         // printed spelling
    QSet<QString> m_syllables;         // lower-case spellings
    QSet<QString> m_given;             // middle/given syllables, lower case
    QSet<QString> m_common;            // the commonest of them
    QString m_dir;
    QHash<QString, QStringList> m_phrases;
    QStringList m_syllableList;
    QHash<QString, QStringList> m_syllablesByFold; // folded -> spellings
    QStringList m_ethnicSpellings, m_ethnicCanonical;
    QStringList m_nationalitySpellings, m_nationalityCanonical;
    QList<LandType> m_landTypes;
    struct NumberWord {
        int value;
        QString role;
    };
    QHash<QString, NumberWord> m_numberWords;
    QHash<QString, int> m_monthWords;
    QStringList m_placeWords;
    QSet<QString> m_chainingPlaceWords;
};

} // namespace sohoa::extraction
