#include "search/Search.h"

#include "records/RecordRepository.h"
#include "records/RecordType.h"
#include "search/DuplicateRule.h"
#include "store/Database.h"
#include "text/SearchFold.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sohoa::search {

namespace {

enum Tier { TierAnywhere = 1, TierNamePrefix = 2, TierNamePhrase = 3 };

bool isNumber(const QString& t)
{
    for (QChar c : t)
        if (!c.isDigit())
            return false;
    return !t.isEmpty();
}

struct Candidate {
    qint64 id = 0;
    int tier = 0;
};

QByteArray filteredSql(const SearchQuery& q)
{
    QByteArray sql = "SELECT records_fts.docid FROM records_fts";
    const bool filtered = !q.type.isEmpty() || q.state || q.batchId;
    if (filtered)
        sql += " JOIN records ON records.id = records_fts.docid";
    sql += " WHERE records_fts MATCH ?1";
    if (!q.type.isEmpty())
        sql += " AND records.record_type = ?2";
    if (q.state)
        sql += " AND records.state = ?3";
    if (q.batchId)
        sql += " AND records.batch_id = ?4";
    sql += " ORDER BY records_fts.docid DESC LIMIT ?5;";
    return sql;
}

Result<void> runPhase(store::Database& db, const SearchQuery& q, const QString& match, int tier, int limit,
                      QList<Candidate>& out, QSet<qint64>& seen)
{
    const QByteArray sql = filteredSql(q);
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, match);
    if (!q.type.isEmpty())
        st->bind(2, q.type);
    if (q.state)
        st->bind(3, records::stateName(*q.state));
    if (q.batchId)
        st->bind(4, q.batchId);
    st->bind(5, qint64(limit + seen.size()));
    for (;;) {
        auto has = st->next();
        if (!has)
            return has.error();
        if (!*has)
            break;
        const qint64 id = st->integer(0);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out.append({id, tier});
        if (int(out.size()) >= limit)
            break;
    }
    return {};
}

struct FieldMatch {
    bool any = false;
    int exactTokens = 0;
};

// Which query terms a folded value holds (whole tokens, or the last term as a prefix).
FieldMatch matchValue(const QStringList& valueTokens, const QStringList& terms, bool lastIsPrefix)
{
    FieldMatch m;
    for (int i = 0; i < terms.size(); ++i) {
        const QString& t = terms[i];
        const bool prefix = lastIsPrefix && i == terms.size() - 1;
        for (const QString& v : valueTokens) {
            if (v == t) {
                m.any = true;
                ++m.exactTokens;
                break;
            }
            if (prefix && v.startsWith(t)) {
                m.any = true;
                break;
            }
        }
    }
    return m;
}

QStringList foldedTokens(records::ValueKind kind, const QString& value)
{
    if (kind == records::ValueKind::Date) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            return {d.toString(QStringLiteral("yyyyMMdd")), QString::number(d.year())};
    }
    return text::foldForSearch(value).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QStringList queryTerms(const QString& input)
{
    QString text = input;
    // Dates as the index holds them: 13/05/1990, 13-5-1990, 13.05.1990, 1990-05-13 -> 19900513.
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})\\b"));
    static const QRegularExpression ymd(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    for (const auto* re : {&dmy, &ymd}) {
        QString out;
        qsizetype last = 0;
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const bool isYmd = re == &ymd;
            const QDate d(m.captured(isYmd ? 1 : 3).toInt(), m.captured(2).toInt(), m.captured(isYmd ? 3 : 1).toInt());
            out += text.mid(last, m.capturedStart() - last);
            out += d.isValid() ? QLatin1Char(' ') + d.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char(' ')
                               : m.captured(0);
            last = m.capturedEnd();
        }
        out += text.mid(last);
        text = out;
    }
    return text::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Result<QList<SearchHit>> searchRecords(store::Database& db, const QString& text, int limit)
{
    SearchQuery q;
    q.text = text;
    q.limit = limit;
    return searchRecords(db, q);
}

Result<QList<SearchHit>> searchRecords(store::Database& db, const SearchQuery& q)
{
    QList<SearchHit> hits;
    QStringList terms = queryTerms(q.text);
    if (terms.isEmpty() || q.limit <= 0)
        return hits;
    if (terms.size() > 12)
        terms = terms.mid(0, 12);
    // As the user types, the last word is unfinished. A single letter as a
    // prefix would match most of the store: it narrows nothing until the next
    // keystroke, so it only ranks.
    bool lastIsPrefix = q.asYouType && !q.text.endsWith(QLatin1Char(' '));
    QStringList matchTerms = terms;
    if (lastIsPrefix && terms.last().size() < 2 && !isNumber(terms.last())) {
        if (terms.size() > 1)
            matchTerms.removeLast();
        lastIsPrefix = false;
    }
    const bool prefixed = lastIsPrefix && matchTerms.size() == terms.size();
    bool allWords = true;
    for (const QString& t : matchTerms)
        allWords = allWords && !isNumber(t);

    const int want = std::max(q.limit * 3, 30);
    QList<Candidate> candidates;
    QSet<qint64> seen;
    const QString phrase = matchTerms.join(QLatin1Char(' '));
    if (allWords) {
        SOHOA_TRY(runPhase(db, q, QStringLiteral("names:\"%1\"").arg(phrase), TierNamePhrase, want, candidates, seen));
        if (prefixed && candidates.size() < want)
            SOHOA_TRY(runPhase(db, q, QStringLiteral("names:\"%1*\"").arg(phrase), TierNamePrefix, want,
                               candidates, seen));
    }
    if (candidates.size() < want) {
        QStringList anywhere = matchTerms;
        if (prefixed)
            anywhere.last().append(QLatin1Char('*'));
        SOHOA_TRY(runPhase(db, q, anywhere.join(QLatin1Char(' ')), TierAnywhere, want, candidates, seen));
    }
    if (candidates.isEmpty() && q.asYouType) {
        // Nothing yet: every word may be the start of one ("nguy van a").
        QStringList starts;
        for (const QString& t : matchTerms)
            if (t.size() >= 2 || isNumber(t))
                starts.append(t + QLatin1Char('*'));
        if (!starts.isEmpty())
            SOHOA_TRY(runPhase(db, q, starts.join(QLatin1Char(' ')), TierAnywhere, want, candidates, seen));
    }
    if (candidates.isEmpty())
        return hits;

    // Rank the candidates on their field values.
    const QString foldedQuery = terms.join(QLatin1Char(' '));
    auto load = db.cached("SELECT record_type, state, batch_id, fields FROM records WHERE id = ?;");
    if (!load)
        return load.error();
    for (const Candidate& c : candidates) {
        load->bind(1, c.id);
        auto has = load->next();
        if (!has)
            return has.error();
        if (!*has) {
            load->reset();
            continue;
        }
        SearchHit h;
        h.recordId = c.id;
        h.type = load->text(0);
        records::stateFromName(load->text(1), h.state);
        h.batchId = load->integer(2);
        const auto fields = records::fieldsFromJson(QJsonDocument::fromJson(load->text(3).toUtf8()).object());
        load->reset();
        const records::RecordType* type = records::RecordTypeRegistry::builtin().find(h.type);
        double score = c.tier * 1000.0;
        QStringList names;
        const QStringList mainNames = type ? DuplicateRule::of(*type).names : QStringList();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (it->value.isEmpty())
                continue;
            const records::FieldDef* f = type ? type->field(it.key()) : nullptr;
            const records::ValueKind kind = f ? f->kind : records::ValueKind::Text;
            const QStringList tokens = foldedTokens(kind, it->value);
            const FieldMatch m = matchValue(tokens, terms, lastIsPrefix);
            if (kind == records::ValueKind::Name && f && f->group != QLatin1String("declarant"))
                names.append(it->value);
            if (!m.any)
                continue;
            h.matchedFields.append(it.key());
            h.snippet.insert(it.key(), it->value);
            switch (kind) {
            case records::ValueKind::Name: {
                // the people the record is about before parents and declarants
                const bool main = mainNames.contains(it.key());
                score += (main ? 100.0 : 30.0) * m.exactTokens;
                if (tokens.join(QLatin1Char(' ')) == foldedQuery)
                    score += main ? 500 : 100;
                break;
            }
            case records::ValueKind::PersonalId:
            case records::ValueKind::Number:
            case records::ValueKind::Code:
            case records::ValueKind::Date:
                score += 50.0 * m.exactTokens;
                break;
            case records::ValueKind::Place:
                score += 10.0 * m.exactTokens;
                break;
            default:
                score += 5.0 * m.exactTokens;
                break;
            }
        }
        // The people the record is about: the names its duplicate rule compares
        // (child, deceased, husband and wife, holder).
        if (type) {
            QStringList main;
            for (const QString& key : mainNames)
                if (!fields.value(key).value.isEmpty())
                    main.append(fields.value(key).value);
            if (!main.isEmpty())
                names = main;
        }
        h.title = names.join(QStringLiteral(" – "));
        h.score = score;
        hits.append(h);
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        return a.score != b.score ? a.score > b.score : a.recordId > b.recordId;
    });
    if (hits.size() > q.limit)
        hits.resize(q.limit);
    return hits;
}

} // namespace sohoa::search
