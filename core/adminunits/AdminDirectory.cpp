// Loading the official lists and looking names up in them.
#include "core/adminunits/AdminUnits.h"
#include "core/text/SearchFold.h"
#include "core/text/VietnameseText.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cstdlib>
#include <deque>

namespace sohoa::adminunits {

namespace {

// RFC 4180 rows (quoted fields may hold commas).
QList<QStringList> readCsv(const QString& path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QString text = QString::fromUtf8(f.readAll());
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row.append(field);
            field.clear();
            if (!(row.size() == 1 && row[0].isEmpty()))
                rows.append(row);
            row.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    if (!rows.isEmpty())
        rows.removeFirst(); // header
    return rows;
}

// Kind words, longest first so "thành phố" is not read as a name starting "phố".
const QStringList& kindWords()
{
    static const QStringList k{
        QStringLiteral("thành phố"), QStringLiteral("thị trấn"), QStringLiteral("thị xã"),
        QStringLiteral("đặc khu"),   QStringLiteral("tỉnh"),     QStringLiteral("huyện"),
        QStringLiteral("quận"),      QStringLiteral("phường"),   QStringLiteral("xã")};
    return k;
}

void splitKind(const QString& official, QString& kind, QString& bare)
{
    const QString n = text::normalizeText(official);
    const QString lower = n.toLower();
    for (const QString& k : kindWords()) {
        if (lower.startsWith(k + QLatin1Char(' '))) {
            kind = k;
            bare = n.mid(k.size() + 1).trimmed();
            return;
        }
    }
    kind.clear();
    bare = n;
}

QString joinTokens(const QString& folded)
{
    QString out;
    for (const QString& t : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool digits = !t.isEmpty();
        for (QChar c : t)
            digits = digits && c.isDigit();
        if (digits) {
            qsizetype z = 0;
            while (z + 1 < t.size() && t[z] == QLatin1Char('0'))
                ++z;
            out += t.mid(z);
        } else {
            out += t;
        }
    }
    return out;
}

struct Alias {
    const char16_t* name;
    const char* codes; // pre-2025 province codes, space-separated
};
// Provinces that disappeared before the 2025 lists were drawn up but are still
// printed on old papers, with the pre-2025 provinces that cover their land.
constexpr Alias kProvinceAliases[] = {
    {u"Hà Tây", "01"},
    {u"Thừa Thiên Huế", "46"},
    {u"Thừa Thiên - Huế", "46"},
    {u"Hà Sơn Bình", "01 17"},
    {u"Nghệ Tĩnh", "40 42"},
    {u"Bình Trị Thiên", "44 45 46"},
    {u"Nghĩa Bình", "51 52"},
    {u"Phú Khánh", "54 56"},
    {u"Cửu Long", "84 86"},
    {u"Minh Hải", "95 96"},
    {u"Sông Bé", "70 74"},
    {u"Quảng Nam - Đà Nẵng", "48 49"},
    {u"Hà Bắc", "24 27"},
    {u"Hải Hưng", "30 33"},
    {u"Nam Hà", "35 36"},
    {u"Vĩnh Phú", "25 26"},
    {u"Bắc Thái", "06 19"},
    {u"Hoàng Liên Sơn", "10 15"},
    {u"Gia Lai - Kon Tum", "62 64"},
    {u"Thuận Hải", "58 60"},
    {u"Hà Nam Ninh", "35 36 37"},
    {u"Cao Lạng", "04 20"},
    {u"Hà Tuyên", "02 08"},
    {u"HCM", "79"},
    {u"Hồ Chí Minh", "79"},
    {u"Sài Gòn", "79"},
    {u"Bà Rịa Vũng Tàu", "77"},
};

} // namespace

struct Directory::Data {
    std::deque<Unit> units; // stable addresses
    QList<const Unit*> provinces[2];
    QList<const Unit*> districts;
    QList<const Unit*> communes[2];
    QHash<QString, const Unit*> byCode[2][3]; // [era][level]
    // name key -> units; [era][accentSensitive]
    QHash<QString, QList<const Unit*>> provinceIdx[2][2];
    QHash<QString, QList<const Unit*>> districtIdx[2];
    QHash<QString, QList<const Unit*>> communeIdx[2][2];
    QHash<const Unit*, QString> folded;                  // folded key of every unit, for fuzzy search
    QHash<QString, QList<Successor>> communeSuccessors;  // pre commune code ->
    QHash<QString, QList<Successor>> districtSuccessors; // pre district code (no communes) ->
    QHash<QString, QList<const Unit*>> provinceSucc;     // pre province code -> current provinces
    QHash<QString, QList<const Unit*>> provincePred;     // current province code -> pre provinces
    QStringList idProvinceCodes;

    const Unit* add(Unit u)
    {
        units.push_back(std::move(u));
        const Unit* p = &units.back();
        const int e = p->era == Era::Current ? 1 : 0;
        byCode[e][int(p->level)].insert(p->code, p);
        const QString exact = Directory::exactKey(p->bareName);
        const QString fold = Directory::foldedKey(p->bareName);
        folded.insert(p, fold);
        switch (p->level) {
        case Level::Province:
            provinces[e].append(p);
            provinceIdx[e][1][exact].append(p);
            provinceIdx[e][0][fold].append(p);
            break;
        case Level::District:
            districts.append(p);
            districtIdx[1][exact].append(p);
            districtIdx[0][fold].append(p);
            break;
        case Level::Commune:
            communes[e].append(p);
            communeIdx[e][1][exact].append(p);
            communeIdx[e][0][fold].append(p);
            break;
        }
        return p;
    }

    const Unit* find(Era era, Level level, const QString& code) const
    {
        return byCode[era == Era::Current ? 1 : 0][int(level)].value(code);
    }

    void load()
    {
        const QString dir = QStringLiteral(":/sohoa/admin-units/");
        for (const QStringList& r : readCsv(dir + QStringLiteral("units-2025.csv"))) {
            if (r.size() < 5)
                continue;
            if (!find(Era::Current, Level::Province, r[0]))
                addUnit(Era::Current, Level::Province, r[0], r[1], {}, {});
            addUnit(Era::Current, Level::Commune, r[2], r[3], r[0], {});
        }
        for (const QStringList& r : readCsv(dir + QStringLiteral("units-pre2025.csv"))) {
            if (r.size() < 7)
                continue;
            if (!find(Era::Pre2025, Level::Province, r[0]))
                addUnit(Era::Pre2025, Level::Province, r[0], r[1], {}, {});
            if (!find(Era::Pre2025, Level::District, r[2]))
                addUnit(Era::Pre2025, Level::District, r[2], r[3], r[0], {});
            addUnit(Era::Pre2025, Level::Commune, r[4], r[5], r[0], r[2]);
        }
        for (const QStringList& r : readCsv(dir + QStringLiteral("mapping-2025.csv"))) {
            if (r.size() < 11)
                continue;
            const Unit* newProvince = find(Era::Current, Level::Province, r[6]);
            const Unit* newCommune = find(Era::Current, Level::Commune, r[8]);
            const Unit* oldProvince = find(Era::Pre2025, Level::Province, r[0]);
            if (!newProvince || !newCommune)
                continue;
            if (oldProvince) {
                auto& succ = provinceSucc[oldProvince->code];
                if (!succ.contains(newProvince))
                    succ.append(newProvince);
                auto& pred = provincePred[newProvince->code];
                if (!pred.contains(oldProvince))
                    pred.append(oldProvince);
            }
            const Successor s{newCommune, newProvince, r[10].trimmed()};
            if (r[5].trimmed().isEmpty()) {
                // A district without communes (islands); it may be missing from units-pre2025.
                if (!find(Era::Pre2025, Level::District, r[2]) && oldProvince)
                    addUnit(Era::Pre2025, Level::District, r[2], r[3], r[0], {});
                districtSuccessors[r[2]].append(s);
            } else {
                communeSuccessors[r[4]].append(s);
            }
        }
        for (const Alias& a : kProvinceAliases) {
            const QString name = QString::fromUtf16(a.name);
            for (const QString& code : QString::fromLatin1(a.codes).split(QLatin1Char(' '))) {
                const Unit* p = find(Era::Pre2025, Level::Province, code);
                if (!p)
                    continue;
                auto& exact = provinceIdx[0][1][Directory::exactKey(name)];
                if (!exact.contains(p))
                    exact.append(p);
                auto& fold = provinceIdx[0][0][Directory::foldedKey(name)];
                if (!fold.contains(p))
                    fold.append(p);
            }
        }
        for (const Unit* p : provinces[0])
            idProvinceCodes.append(p->code.rightJustified(3, QLatin1Char('0')));
        idProvinceCodes.sort();
    }

    void addUnit(Era era, Level level, const QString& code, const QString& name, const QString& province,
                 const QString& district)
    {
        Unit u;
        u.era = era;
        u.level = level;
        u.code = code.trimmed();
        u.name = text::normalizeText(name);
        splitKind(u.name, u.kind, u.bareName);
        u.provinceCode = province;
        u.districtCode = district;
        add(std::move(u));
    }
};

QDate reformDate()
{
    return QDate(2025, 7, 1);
}

Era eraOn(const QDate& date)
{
    return date.isValid() && date < reformDate() ? Era::Pre2025 : Era::Current;
}

QString Directory::exactKey(QStringView name)
{
    QString lower = text::canonicalTonePlacement(text::normalizeText(name).toLower());
    for (QChar& c : lower)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    // Both spellings are official (Đắk Lắk, Đăk Đoa); papers mix them.
    lower.replace(QStringLiteral("đăk"), QStringLiteral("đắk"));
    return joinTokens(lower);
}

QString Directory::foldedKey(QStringView name)
{
    return joinTokens(text::foldForSearch(name));
}

const Directory& Directory::instance()
{
    static const Directory dir; // C++ guarantees one thread-safe initialisation
    return dir;
}

Directory::Directory()
    : d(std::make_unique<Data>())
{
    d->load();
}

Directory::~Directory() = default;

QList<const Unit*> Directory::provinces(Era era) const
{
    return d->provinces[era == Era::Current ? 1 : 0];
}

const Unit* Directory::province(Era era, const QString& code) const
{
    return d->find(era, Level::Province, code);
}

const Unit* Directory::district(const QString& code) const
{
    return d->find(Era::Pre2025, Level::District, code);
}

const Unit* Directory::commune(Era era, const QString& code) const
{
    return d->find(era, Level::Commune, code);
}

namespace {

QString stripKind(QStringView name)
{
    QString kind, bare;
    splitKind(name.toString(), kind, bare);
    return bare;
}

} // namespace

QList<const Unit*> Directory::findProvinces(QStringView name, Era era, bool accentSensitive) const
{
    const QString bare = stripKind(name);
    const QString key = accentSensitive ? exactKey(bare) : foldedKey(bare);
    return d->provinceIdx[era == Era::Current ? 1 : 0][accentSensitive ? 1 : 0].value(key);
}

QList<const Unit*> Directory::findDistricts(QStringView name, const QStringList& provinceCodes,
                                            bool accentSensitive) const
{
    const QString bare = stripKind(name);
    const QString key = accentSensitive ? exactKey(bare) : foldedKey(bare);
    QList<const Unit*> out;
    for (const Unit* u : d->districtIdx[accentSensitive ? 1 : 0].value(key))
        if (provinceCodes.isEmpty() || provinceCodes.contains(u->provinceCode))
            out.append(u);
    return out;
}

QList<const Unit*> Directory::findCommunes(QStringView name, Era era, const QStringList& provinceCodes,
                                           const QString& districtCode, bool accentSensitive) const
{
    const QString bare = stripKind(name);
    const QString key = accentSensitive ? exactKey(bare) : foldedKey(bare);
    QList<const Unit*> out;
    for (const Unit* u : d->communeIdx[era == Era::Current ? 1 : 0][accentSensitive ? 1 : 0].value(key)) {
        if (!provinceCodes.isEmpty() && !provinceCodes.contains(u->provinceCode))
            continue;
        if (!districtCode.isEmpty() && u->districtCode != districtCode)
            continue;
        out.append(u);
    }
    return out;
}

QList<FuzzyMatch> Directory::fuzzyFind(Level level, QStringView name, Era era,
                                       const QStringList& provinceCodes, int maxDistance, int limit) const
{
    const QString key = foldedKey(stripKind(name));
    QList<FuzzyMatch> out;
    if (key.isEmpty())
        return out;
    const int e = era == Era::Current ? 1 : 0;
    const QList<const Unit*>* pool = nullptr;
    switch (level) {
    case Level::Province:
        pool = &d->provinces[e];
        break;
    case Level::District:
        pool = &d->districts;
        break;
    case Level::Commune:
        pool = &d->communes[e];
        break;
    }
    for (const Unit* u : *pool) {
        if (level != Level::Province && !provinceCodes.isEmpty() && !provinceCodes.contains(u->provinceCode))
            continue;
        const QString& k = d->folded[u];
        if (std::abs(int(k.size() - key.size())) > maxDistance)
            continue;
        const int dist = text::editDistance(key, k);
        if (dist <= maxDistance)
            out.append({u, dist});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FuzzyMatch& a, const FuzzyMatch& b) { return a.distance < b.distance; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QList<Successor> Directory::successors(const Unit& preCommune) const
{
    return d->communeSuccessors.value(preCommune.code);
}

QList<Successor> Directory::districtSuccessors(const Unit& preDistrict) const
{
    return d->districtSuccessors.value(preDistrict.code);
}

QList<const Unit*> Directory::provinceSuccessors(const Unit& preProvince) const
{
    return d->provinceSucc.value(preProvince.code);
}

QList<const Unit*> Directory::provincePredecessors(const Unit& currentProvince) const
{
    return d->provincePred.value(currentProvince.code);
}

QStringList Directory::personalIdProvinceCodes() const
{
    return d->idProvinceCodes;
}

} // namespace sohoa::adminunits
