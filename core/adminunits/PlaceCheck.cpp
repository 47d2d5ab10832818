// Checking a printed place against the lists, and snapping OCR'd names to them.
#include "core/adminunits/AdminUnits.h"

#include <QSet>
#include <algorithm>

namespace sohoa::adminunits {

namespace {

const PlacePart* lastOf(const ParsedPlace& p, Level level)
{
    const PlacePart* found = nullptr;
    for (const PlacePart& part : p.parts)
        if (part.level == level)
            found = &part;
    return found;
}

QStringList codesOf(const QList<const Unit*>& units)
{
    QStringList out;
    for (const Unit* u : units)
        if (!out.contains(u->code))
            out.append(u->code);
    return out;
}

QString printed(const PlacePart& p)
{
    return p.kind.isEmpty() ? p.name : p.kind + QLatin1Char(' ') + p.name;
}

// "Xã Nghi Dương, Thành phố Hải Phòng"
QString successorName(const Successor& s)
{
    return s.commune->name + QStringLiteral(", ") + s.province->name;
}

// The unit written as in an address: "xã Nghi Dương".
QString inAddress(const Unit& u)
{
    return u.kind.isEmpty() ? u.bareName : u.kind + QLatin1Char(' ') + u.bareName;
}

QString closest(const Directory& dir, Level level, const QString& name, Era era, const QStringList& codes)
{
    const QList<FuzzyMatch> m = dir.fuzzyFind(level, name, era, codes, 2, 3);
    if (m.isEmpty())
        return {};
    if (m.size() > 1 && m[1].distance == m[0].distance && m[1].unit->bareName != m[0].unit->bareName)
        return {}; // two equally close names: no honest suggestion
    return m[0].unit->name;
}

PlaceCheck unknown(Level level, const PlacePart& part, QString suggestion)
{
    PlaceCheck c;
    c.status = PlaceCheck::Status::Unknown;
    c.level = level;
    c.printedUnit = printed(part);
    c.unknownSuggestion = std::move(suggestion);
    return c;
}

QList<Successor> distinct(const QList<Successor>& in)
{
    QList<Successor> out;
    QSet<const Unit*> seen;
    for (const Successor& s : in)
        if (s.commune && !seen.contains(s.commune)) {
            seen.insert(s.commune);
            out.append(s);
        }
    return out;
}

} // namespace

PlaceCheck checkPlace(QStringView text, const QDate& asOf)
{
    PlaceCheck result;
    const ParsedPlace parsed = parsePlace(text);
    if (parsed.isEmpty())
        return result;
    const Directory& dir = Directory::instance();
    const PlacePart* P = lastOf(parsed, Level::Province);
    const PlacePart* D = lastOf(parsed, Level::District);
    const PlacePart* C = lastOf(parsed, Level::Commune);

    // Names must match a list exactly (case, spacing and tone placement
    // aside); a name that only matches without its accents, or is a few
    // letters off, is unknown and its official spelling is suggested.
    QList<const Unit*> provsCur, provsPre;
    QStringList curCodes, preCodes;
    if (P) {
        provsCur = dir.findProvinces(P->name, Era::Current, true);
        provsPre = dir.findProvinces(P->name, Era::Pre2025, true);
        if (provsCur.isEmpty() && provsPre.isEmpty()) {
            QString s = closest(dir, Level::Province, P->name, Era::Current, {});
            if (s.isEmpty())
                s = closest(dir, Level::Province, P->name, Era::Pre2025, {});
            return unknown(Level::Province, *P, s);
        }
        curCodes = codesOf(provsCur);
        preCodes = codesOf(provsPre);
        for (const Unit* p : provsCur)
            for (const Unit* q : dir.provincePredecessors(*p))
                if (!preCodes.contains(q->code))
                    preCodes.append(q->code);
        for (const Unit* p : provsPre)
            for (const Unit* q : dir.provinceSuccessors(*p))
                if (!curCodes.contains(q->code))
                    curCodes.append(q->code);
    }

    QList<const Unit*> districts;
    if (D) {
        districts = dir.findDistricts(D->name, preCodes, true);
        if (districts.isEmpty())
            return unknown(Level::District, *D,
                           closest(dir, Level::District, D->name, Era::Pre2025, preCodes));
    }

    QList<const Unit*> cur, pre;
    if (C) {
        cur = dir.findCommunes(C->name, Era::Current, curCodes, {}, true);
        for (const Unit* d : districts)
            pre += dir.findCommunes(C->name, Era::Pre2025, preCodes, d->code, true);
        if (pre.isEmpty())
            pre = dir.findCommunes(C->name, Era::Pre2025, preCodes, {}, true);
        if (cur.isEmpty() && pre.isEmpty()) {
            const Era first = eraOn(asOf);
            const Era second = first == Era::Current ? Era::Pre2025 : Era::Current;
            QString s =
                closest(dir, Level::Commune, C->name, first, first == Era::Current ? curCodes : preCodes);
            if (s.isEmpty())
                s = closest(dir, Level::Commune, C->name, second,
                            second == Era::Current ? curCodes : preCodes);
            return unknown(Level::Commune, *C, s);
        }
    }

    result.status = PlaceCheck::Status::Known;
    if (!asOf.isValid() || asOf < reformDate())
        return result; // old names are right on old papers

    // Dated under the 2025 units: any district, or a commune/province that
    // only the pre-2025 list knows, is outdated.
    const bool provinceCurrent = !P || !provsCur.isEmpty();
    QList<Successor> succ;
    const Unit* oldUnit = nullptr;
    const PlacePart* faulty = nullptr;
    if (C) {
        if (!cur.isEmpty() && !D && provinceCurrent)
            return result;
        if (!pre.isEmpty()) {
            oldUnit = pre.first();
            for (const Unit* u : pre)
                succ += dir.successors(*u);
        } else {
            for (const Unit* u : cur) {
                const Unit* prov = dir.province(Era::Current, u->provinceCode);
                if (prov)
                    succ.append({u, prov, QStringLiteral("Giữ nguyên")});
            }
        }
        faulty = C;
    } else if (D) {
        oldUnit = districts.first();
        for (const Unit* d : districts)
            succ += dir.districtSuccessors(*d);
        faulty = D;
    } else if (P && !provinceCurrent) {
        oldUnit = provsPre.first();
        faulty = P;
    } else {
        return result;
    }
    succ = distinct(succ);

    result.status = PlaceCheck::Status::Outdated;
    result.level = faulty->level;
    result.printedUnit = printed(*faulty);
    result.successors = succ;
    QStringList oldParts;
    for (const PlacePart* p : {C, D, P})
        if (p && (p != P || !provinceCurrent))
            oldParts.append(printed(*p));
    result.oldUnit = oldParts.join(QStringLiteral(", "));
    if (!oldUnit)
        result.oldUnit = printed(*faulty);

    QStringList names;
    for (const Successor& s : succ)
        names.append(successorName(s));
    if (succ.isEmpty() && P) {
        // No commune to follow: name the province(s) it went into.
        QList<const Unit*> provs = provsCur;
        for (const Unit* p : provsPre)
            for (const Unit* q : dir.provinceSuccessors(*p))
                if (!provs.contains(q))
                    provs.append(q);
        for (const Unit* p : provs)
            names.append(p->name);
    }
    result.successorText = names.join(QStringLiteral("; "));

    if (succ.size() == 1) {
        const PlacePart* firstUnit = &parsed.parts.first();
        for (const PlacePart& p : parsed.parts)
            if (p.from < firstUnit->from)
                firstUnit = &p;
        // Keep what precedes the units (hamlet, street, institution) and write the 2025 units.
        const PlacePart* start = C ? C : firstUnit;
        QString prefix = text.left(start->from).toString();
        QString units =
            inAddress(*succ.first().commune) + QStringLiteral(", ") + inAddress(*succ.first().province);
        if (prefix.trimmed().isEmpty())
            units[0] = units[0].toUpper();
        result.rewritten = prefix + units;
    }
    return result;
}

QString snapPlaceNames(QStringView text, int maxDistance)
{
    ParsedPlace parsed = parsePlace(text);
    if (parsed.isEmpty())
        return text.toString();
    const Directory& dir = Directory::instance();
    // "..., thành phố Hiái Phòng" closing the place: the parser takes a "thành phố" it
    // cannot resolve for a provincial city; misread, it is as likely the province
    // (a centrally run city). It is taken as the province only when no provincial
    // city has that name and exactly one province is that close.
    if (!lastOf(parsed, Level::Province)) {
        PlacePart& last = parsed.parts.last();
        if (last.kind == u"thành phố" && last.level == Level::District &&
            dir.findDistricts(last.name, {}, false).isEmpty()) {
            QSet<QString> names;
            for (const FuzzyMatch& m :
                 dir.fuzzyFind(Level::Province, last.name, Era::Current, {}, maxDistance) +
                     dir.fuzzyFind(Level::Province, last.name, Era::Pre2025, {}, maxDistance))
                names.insert(m.unit->bareName);
            if (names.size() == 1)
                last.level = Level::Province;
        }
    }
    struct Fix {
        qsizetype from, length;
        QString name;
    };
    QList<Fix> fixes;

    // The official spelling when the printed one is not a known name: the
    // same name without accents, or else one best candidate at most
    // maxDistance edits away (and well under the name's length).
    auto snap = [&](const PlacePart& part, const QList<const Unit*>& exact, const QList<const Unit*>& folded,
                    const QList<FuzzyMatch>& fuzzy) -> QList<const Unit*> {
        if (!exact.isEmpty())
            return exact;
        const Unit* best = nullptr;
        bool tie = false;
        if (!folded.isEmpty()) {
            best = folded.first();
            for (const Unit* u : folded)
                tie = tie || u->bareName != best->bareName;
        } else {
            int bestDist = maxDistance + 1;
            for (const FuzzyMatch& m : fuzzy) {
                if (m.distance < bestDist) {
                    best = m.unit;
                    bestDist = m.distance;
                    tie = false;
                } else if (m.distance == bestDist && best && m.unit->bareName != best->bareName) {
                    tie = true;
                }
            }
            if (best && qsizetype(bestDist) * 3 > Directory::foldedKey(part.name).size())
                best = nullptr;
        }
        if (!best || tie)
            return folded;
        fixes.append({part.nameFrom, part.nameLength, best->bareName});
        QList<const Unit*> out;
        for (const Unit* u : folded.isEmpty() ? QList<const Unit*>{best} : folded)
            if (u->bareName == best->bareName)
                out.append(u);
        return out;
    };

    QStringList curCodes, preCodes;
    const PlacePart* P = lastOf(parsed, Level::Province);
    if (P) {
        const QList<const Unit*> provs = snap(
            *P,
            dir.findProvinces(P->name, Era::Current, true) + dir.findProvinces(P->name, Era::Pre2025, true),
            dir.findProvinces(P->name, Era::Current, false) + dir.findProvinces(P->name, Era::Pre2025, false),
            dir.fuzzyFind(Level::Province, P->name, Era::Current, {}, maxDistance) +
                dir.fuzzyFind(Level::Province, P->name, Era::Pre2025, {}, maxDistance));
        for (const Unit* p : provs) {
            (p->era == Era::Current ? curCodes : preCodes).append(p->code);
            if (p->era == Era::Current)
                for (const Unit* q : dir.provincePredecessors(*p))
                    preCodes.append(q->code);
            else
                for (const Unit* q : dir.provinceSuccessors(*p))
                    curCodes.append(q->code);
        }
        if (provs.isEmpty())
            P = nullptr;
    }
    // Without a province the whole country is too large a haystack for a safe guess.
    const PlacePart* D = lastOf(parsed, Level::District);
    if (D && P)
        snap(*D, dir.findDistricts(D->name, preCodes, true), dir.findDistricts(D->name, preCodes, false),
             dir.fuzzyFind(Level::District, D->name, Era::Pre2025, preCodes, maxDistance));
    const PlacePart* C = lastOf(parsed, Level::Commune);
    if (C && P)
        snap(*C,
             dir.findCommunes(C->name, Era::Current, curCodes, {}, true) +
                 dir.findCommunes(C->name, Era::Pre2025, preCodes, {}, true),
             dir.findCommunes(C->name, Era::Current, curCodes, {}, false) +
                 dir.findCommunes(C->name, Era::Pre2025, preCodes, {}, false),
             dir.fuzzyFind(Level::Commune, C->name, Era::Current, curCodes, maxDistance) +
                 dir.fuzzyFind(Level::Commune, C->name, Era::Pre2025, preCodes, maxDistance));
    QString out = text.toString();
    std::sort(fixes.begin(), fixes.end(), [](const Fix& a, const Fix& b) { return a.from > b.from; });
    for (const Fix& f : fixes)
        out.replace(f.from, f.length, f.name);
    return out;
}

} // namespace sohoa::adminunits
