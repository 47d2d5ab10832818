#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>

namespace sohoa::adminunits {

// Viet Nam's administrative units before and after the reform of 1 July 2025
// (resources/admin-units: units-2025.csv, units-pre2025.csv, mapping-2025.csv).

enum class Era {
    Pre2025, // 63 provinces, districts, ~10,000 communes (until 30 June 2025)
    Current, // 34 provinces, 3,321 communes, no districts (since 1 July 2025)
};
enum class Level { Province, District, Commune };

// The day the two-level local government took effect.
QDate reformDate();
// The era whose units a paper dated `date` prints (Current for an invalid date).
Era eraOn(const QDate& date);

struct Unit {
    Era era = Era::Current;
    Level level = Level::Commune;
    QString code; // government code: 2 digits province, 3 district, 5 commune
    QString name; // official full name, e.g. "Xã Thu Lũm", "Tỉnh Lai Châu"
    QString kind; // lower case: "xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành
                  // phố", "tỉnh"
    QString bareName;     // the name without its kind: "Thu Lũm"
    QString provinceCode; // for districts and communes
    QString districtCode; // for pre-2025 communes
};

// Where a pre-2025 commune (or an island district without communes) went on 1 July 2025.
struct Successor {
    const Unit* commune = nullptr;  // 2025 commune
    const Unit* province = nullptr; // its 2025 province
    QString change; // as in the decision: "Nhập toàn bộ", "Nhập một phần", "Giữ nguyên", ...
};

struct FuzzyMatch {
    const Unit* unit = nullptr;
    int distance = 0; // edit distance between folded names
};

// The three official lists, loaded once (lazily, thread-safe) from the
// program's resources. Lookups compare names case-insensitively, with old and
// new tone placement equal (Hoà = Hòa), and ignore spaces (EaBia = Ea Bia) and
// leading zeros (Phường 09 = Phường 9); `accentSensitive = false` also ignores
// every diacritic (for text that lost them).
class Directory {
public:
    static const Directory& instance();
    ~Directory();

    QList<const Unit*> provinces(Era era) const;
    const Unit* province(Era era, const QString& code) const;
    const Unit* district(const QString& code) const; // pre-2025 only
    const Unit* commune(Era era, const QString& code) const;

    // By name without its kind ("Thái Bình" or "Tỉnh Thái Bình" both work).
    // Historical names that left the lists before 2025 (Hà Tây, Thừa Thiên Huế)
    // resolve to the province that took them over.
    QList<const Unit*> findProvinces(QStringView name, Era era, bool accentSensitive = true) const;
    // Pre-2025 districts; provinceCodes empty = anywhere.
    QList<const Unit*> findDistricts(QStringView name, const QStringList& provinceCodes = {},
                                     bool accentSensitive = true) const;
    // Communes of an era; provinceCodes empty = anywhere; districtCode narrows pre-2025 communes.
    QList<const Unit*> findCommunes(QStringView name, Era era, const QStringList& provinceCodes = {},
                                    const QString& districtCode = {}, bool accentSensitive = true) const;

    // Closest names by edit distance on folded names (no diacritics), best
    // first, for snapping OCR text to a real unit. provinceCodes narrows the
    // search for districts and communes.
    QList<FuzzyMatch> fuzzyFind(Level level, QStringView name, Era era, const QStringList& provinceCodes = {},
                                int maxDistance = 2, int limit = 5) const;

    // 2025 communes a pre-2025 commune went into (several when it was split).
    QList<Successor> successors(const Unit& preCommune) const;
    // For a pre-2025 district that had no communes (island districts became special zones).
    QList<Successor> districtSuccessors(const Unit& preDistrict) const;
    // 2025 provinces a pre-2025 province's communes went into, and the reverse.
    QList<const Unit*> provinceSuccessors(const Unit& preProvince) const;
    QList<const Unit*> provincePredecessors(const Unit& currentProvince) const;

    // Three-digit province codes of personal identification numbers: the
    // pre-2025 province codes zero-padded ("001" Hà Nội ... "096" Cà Mau).
    QStringList personalIdProvinceCodes() const;

    // Name keys as the lookups use them (exposed for tests and other indexes).
    static QString exactKey(QStringView name);
    static QString foldedKey(QStringView name);

    struct Data;

private:
    Directory();
    std::unique_ptr<Data> d;
};

// Splits "Ủy ban nhân dân xã Thụy Dân, huyện Thái Thụy, tỉnh Thái Bình" into
// its units. Parts are in printed order; street, hamlet and institution words
// are skipped. Abbreviations (TP., Q., H., P., TX., TT.) are understood.
struct PlacePart {
    Level level = Level::Commune;
    QString kind; // lower-case full kind word as understood: "xã", "thành phố", ... ("" when printed bare)
    QString name;                           // as printed, without the kind: "Thụy Dân"
    qsizetype from = 0;                     // where the part (kind word included) starts in the text
    qsizetype length = 0;                   // and its length
    qsizetype nameFrom = 0, nameLength = 0; // where the name alone is
    bool cityOrProvince = false;            // "thành phố" / bare name: the level was decided by lookup
};
struct ParsedPlace {
    QList<PlacePart> parts;
    const PlacePart* find(Level level) const;
    bool isEmpty() const { return parts.isEmpty(); }
};
ParsedPlace parsePlace(QStringView text);

// What a printed place says about the units it names, for the paper's date.
struct PlaceCheck {
    enum class Status {
        NoUnits,  // nothing recognisable as an administrative unit (a hospital name, a street)
        Known,    // every unit exists in the lists (in the era of the date, or in either list without a date)
        Unknown,  // a province, district or commune exists in no list
        Outdated, // dated on/after 1 July 2025 but names a pre-2025 unit
    };
    Status status = Status::NoUnits;
    Level level = Level::Commune; // the unit at fault (Unknown/Outdated)
    QString printedUnit;          // that unit as printed, e.g. "xã Ngũ Phúc"
    QString unknownSuggestion;    // Unknown: the closest real name, when one is close
    // Outdated: what the old unit is now. `successorText` names it for a
    // message ("Xã Nghi Dương, Thành phố Hải Phòng"; several when split) and
    // `rewritten` is the whole place with the 2025 units (empty when split).
    QString oldUnit;
    QString successorText;
    QString rewritten;
    QList<Successor> successors;
};
PlaceCheck checkPlace(QStringView text, const QDate& asOf);

// OCR post-correction: each unit name in the place that is not a known name
// but is within `maxDistance` edits (folded) of exactly one best candidate in
// context is replaced by the official spelling. Returns the corrected text
// (unchanged when nothing was safe to correct).
QString snapPlaceNames(QStringView text, int maxDistance = 2);

} // namespace sohoa::adminunits
