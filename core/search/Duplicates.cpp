#include "core/search/Duplicates.h"

#include "core/i18n/Tr.h"
#include "core/records/DuplicateRule.h"
#include "core/records/RecordIndex.h"
#include "core/records/RecordType.h"
#include "core/store/Database.h"
#include "core/text/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace sohoa::search {

using records::NameParts;

namespace {

// Caps that keep one check fast whatever the store holds: a key shared by
// very many records (a common name on a common day) says little.
constexpr int kMaxPerKey = 300;
constexpr int kMaxCandidates = 150;

double nameSimilarity(const NameParts& a, const NameParts& b)
{
    const double full = text::jaroWinkler(a.folded, b.folded);
    const double given = text::jaroWinkler(a.given, b.given);
    return 0.5 * full + 0.5 * given;
}

// 1 equal, 0.8 one misread digit / day and month swapped / a day apart,
// 0.3 the same year, 0 otherwise; -1 when not comparable.
double dateSimilarity(const QString& va, const QString& vb, QStringList* reasons)
{
    const QDate a = QDate::fromString(va.trimmed(), Qt::ISODate);
    const QDate b = QDate::fromString(vb.trimmed(), Qt::ISODate);
    if (!a.isValid() || !b.isValid()) {
        // an impossible printed date (2019-02-31) can still be the same text
        if (!va.trimmed().isEmpty() && va.trimmed() == vb.trimmed())
            return 1.0;
        return -1;
    }
    if (a == b)
        return 1.0;
    const bool swapped = a.year() == b.year() && a.month() == b.day() && a.day() == b.month();
    if (text::editDistance(a.toString(Qt::ISODate), b.toString(Qt::ISODate)) <= 1 || swapped ||
        std::abs(a.daysTo(b)) <= 1) {
        if (reasons)
            reasons->append(QStringLiteral("date_near"));
        return 0.8;
    }
    return a.year() == b.year() ? 0.3 : 0.0;
}

QString idOf(const QString& v)
{
    QString out;
    for (QChar c : v)
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    return out;
}

} // namespace

double duplicateScore(const records::Record& a, const records::Record& b, QStringList* reasons)
{
    if (a.type != b.type)
        return 0;
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(a.type);
    if (!type)
        return 0;
    const records::DuplicateRule rule = records::DuplicateRule::of(*type);
    if (rule.isEmpty())
        return 0;

    double nameSim = 2; // min over comparable names; 2 = none comparable
    for (const QString& f : rule.names) {
        const NameParts na = NameParts::of(a.value(f));
        const NameParts nb = NameParts::of(b.value(f));
        if (na.joined.isEmpty() || nb.joined.isEmpty())
            continue;
        nameSim = std::min(nameSim, nameSimilarity(na, nb));
    }
    const bool namesComparable = nameSim <= 1;

    double dateSum = 0, dateWeight = 0;
    for (int i = 0; i < rule.dates.size(); ++i) {
        const double s = dateSimilarity(a.value(rule.dates[i]), b.value(rule.dates[i]), reasons);
        if (s < 0)
            continue;
        const double w = i == 0 ? 2.0 : 1.0; // the event's own date weighs more
        dateSum += w * s;
        dateWeight += w;
    }
    for (const QString& f : rule.years) {
        const QString ya = a.value(f).trimmed(), yb = b.value(f).trimmed();
        if (ya.size() != 4 || yb.size() != 4)
            continue;
        const int d = std::abs(ya.toInt() - yb.toInt());
        dateSum += d == 0 ? 1.0 : d == 1 ? 0.6 : 0.0;
        dateWeight += 1;
    }
    const double dateSim = dateWeight > 0 ? dateSum / dateWeight : -1;

    bool idMatch = false, idConflict = false;
    for (const QString& f : rule.ids) {
        const QString ia = idOf(a.value(f)), ib = idOf(b.value(f));
        if (ia.size() < 6 || ib.size() < 6)
            continue;
        const int d = text::editDistance(ia, ib);
        if (d <= 1)
            idMatch = true;
        else if (d >= 3 && ia.size() == ib.size())
            idConflict = true;
    }
    bool exactMatch = false;
    for (const QStringList& fields : rule.exact) {
        bool all = true;
        for (const QString& f : fields) {
            const QString va = text::comparisonKey(a.value(f)), vb = text::comparisonKey(b.value(f));
            all = all && !va.isEmpty() && va == vb;
        }
        exactMatch = exactMatch || all;
    }

    double score = 0;
    if (namesComparable) {
        score = dateSim >= 0 ? 0.55 * nameSim + 0.45 * dateSim : 0.8 * nameSim;
        if (idMatch)
            score = std::max(score, 0.5 + 0.5 * nameSim);
        if (exactMatch)
            score = std::max(score, 0.45 + 0.5 * nameSim);
    } else if (idMatch || exactMatch) {
        score = 0.9;
    }
    if (idConflict)
        score -= 0.25;
    for (const QString& f : rule.compare) {
        const NameParts ca = NameParts::of(a.value(f)), cb = NameParts::of(b.value(f));
        if (ca.joined.isEmpty() || cb.joined.isEmpty())
            continue;
        if (text::jaroWinkler(ca.folded, cb.folded) < 0.75) {
            score -= 0.15;
            if (reasons)
                reasons->append(QStringLiteral("differs:") + f);
        }
    }
    for (const QString& f : rule.also) {
        const QString va = a.value(f).trimmed(), vb = b.value(f).trimmed();
        if (!va.isEmpty() && va == vb)
            score += 0.02;
    }
    if (reasons) {
        if (namesComparable && nameSim >= 0.9)
            reasons->append(QStringLiteral("name"));
        if (dateSim >= 0.99)
            reasons->append(QStringLiteral("date"));
        if (idMatch)
            reasons->append(QStringLiteral("id"));
        if (idConflict)
            reasons->append(QStringLiteral("id_differs"));
        if (exactMatch)
            reasons->append(QStringLiteral("exact"));
    }
    return std::clamp(score, 0.0, 1.0);
}

Result<QList<DuplicateMatch>> findDuplicates(store::Database& db, const records::Record& record,
                                             double threshold, int limit)
{
    QList<DuplicateMatch> out;
    const QStringList keys = records::blockingKeys(record);
    if (keys.isEmpty())
        return out;
    auto st = db.cached("SELECT docid FROM record_keys WHERE keys MATCH ? AND docid != ? LIMIT ?;");
    if (!st)
        return st.error();
    QHash<qint64, int> shared;
    for (const QString& k : keys) {
        st->bind(1, records::blockingKeyTerm(k)).bind(2, record.id).bind(3, qint64(kMaxPerKey));
        SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { ++shared[row.integer(0)]; }));
        st->reset();
    }
    if (shared.isEmpty())
        return out;
    QList<QPair<int, qint64>> order;
    for (auto it = shared.constBegin(); it != shared.constEnd(); ++it)
        order.append({it.value(), it.key()});
    std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second > y.second;
    });
    if (order.size() > kMaxCandidates)
        order.resize(kMaxCandidates);

    auto load = db.cached("SELECT record_type, fields FROM records WHERE id = ?;");
    if (!load)
        return load.error();
    for (const auto& [count, id] : order) {
        load->bind(1, id);
        auto has = load->next();
        if (!has)
            return has.error();
        if (!*has) {
            load->reset();
            continue;
        }
        records::Record other;
        other.id = id;
        other.type = load->text(0);
        other.fields = records::fieldsFromJson(QJsonDocument::fromJson(load->text(1).toUtf8()).object());
        load->reset();
        QStringList reasons;
        const double s = duplicateScore(record, other, &reasons);
        if (s >= threshold)
            out.append({id, s, reasons});
    }
    std::sort(out.begin(), out.end(), [](const DuplicateMatch& x, const DuplicateMatch& y) {
        return x.score != y.score ? x.score > y.score : x.recordId < y.recordId;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QList<records::Issue>> findDuplicateIssues(store::Database& db, const records::Record& record)
{
    QList<records::Issue> out;
    auto matches = findDuplicates(db, record);
    if (!matches)
        return matches.error();
    for (const DuplicateMatch& m : *matches) {
        records::Issue i;
        i.code = QStringLiteral("duplicate.suspect");
        i.severity = records::Severity::Warning;
        i.message = Tr::tr("Probably the same person and event as record %1 (%2% alike).")
                        .arg(m.recordId)
                        .arg(qRound(m.score * 100));
        i.details = {{QStringLiteral("other_record"), double(m.recordId)},
                     {QStringLiteral("score"), std::round(m.score * 100) / 100.0},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(m.reasons)}};
        out.append(i);
    }
    return out;
}

} // namespace sohoa::search
