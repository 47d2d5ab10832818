#include "core/search/Search.h"

#include "core/records/DuplicateRule.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordType.h"
#include "core/store/Database.h"
#include "core/text/SearchFold.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

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

// The filters of a query on the records table, for a statement that joins it.
QByteArray filterClause(const SearchQuery& q)
{
    QByteArray sql;
    if (!q.type.isEmpty())
        sql += " AND records.record_type = ?2";
    if (q.state)
        sql += " AND records.state = ?3";
    if (q.batchId)
        sql += " AND records.batch_id = ?4";
    return sql;
}

bool filtered(const SearchQuery& q)
{
    return !q.type.isEmpty() || q.state || q.batchId;
}

// Runs a candidate query (?1, ?6, ?7: what the phase binds; ?2-?4 the
// filters; ?5 the limit) and appends the ids not seen yet.
Result<void> collect(store::Database& db, const SearchQuery& q, const QByteArray& sql,
                     const std::function<void(store::Statement&)>& bindPhase, int tier, int limit,
                     QList<Candidate>& out, QSet<qint64>& seen)
{
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindPhase(*st);
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

// Full-text candidates, newest first (the index keeps doclists newest first).
Result<void> runPhase(store::Database& db, const SearchQuery& q, const QString& match, int tier, int limit,
                      QList<Candidate>& out, QSet<qint64>& seen)
{
    QByteArray sql = "SELECT records_fts.docid FROM records_fts";
    if (filtered(q))
        sql += " JOIN records ON records.id = records_fts.docid";
    sql += " WHERE records_fts MATCH ?1" + filterClause(q) + " ORDER BY records_fts.docid DESC LIMIT ?5;";
    return collect(
        db, q, sql, [&](store::Statement& st) { st.bind(1, match); }, tier, limit, out, seen);
}

enum class NameRange {
    Exact,  // the name is the phrase
    Longer, // the name starts with the phrase and goes on with another word
    Prefix, // the name starts with the phrase, the last word unfinished
};

// Names from the record_names B-tree: a range scan in index order that stops
// at the limit, whatever the number of records sharing a common surname.
Result<void> runNamePhase(store::Database& db, const SearchQuery& q, const QString& phrase, NameRange range,
                          int tier, int limit, QList<Candidate>& out, QSet<qint64>& seen)
{
    // CROSS JOIN keeps record_names the outer loop, read in index order.
    QByteArray sql = "SELECT record_names.record_id FROM record_names";
    if (filtered(q))
        sql += " CROSS JOIN records ON records.id = record_names.record_id";
    QString low, high;
    switch (range) {
    case NameRange::Exact:
        sql += " WHERE record_names.name = ?6" + filterClause(q) +
               " ORDER BY record_names.record_id DESC LIMIT ?5;";
        return collect(
            db, q, sql, [&](store::Statement& st) { st.bind(6, phrase); }, tier, limit, out, seen);
    case NameRange::Longer:
        low = phrase + QLatin1Char(' ');
        high = phrase + QLatin1Char('!'); // the character after the space
        break;
    case NameRange::Prefix:
        low = phrase;
        high = phrase + QChar(0xFFFF); // above any folded letter
        break;
    }
    sql += " WHERE record_names.name >= ?6 AND record_names.name < ?7" + filterClause(q) +
           " ORDER BY record_names.name, record_names.record_id LIMIT ?5;";
    return collect(
        db, q, sql, [&](store::Statement& st) { st.bind(6, low).bind(7, high); }, tier, limit, out, seen);
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
            const QDate d(m.captured(isYmd ? 1 : 3).toInt(), m.captured(2).toInt(),
                          m.captured(isYmd ? 3 : 1).toInt());
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
        // A name as written starts with the surname: the typed words are the
        // start of a full name. Names that hold them further in are found by
        // the full-text phase below.
        SOHOA_TRY(runNamePhase(db, q, phrase, NameRange::Exact, TierNamePhrase, want, candidates, seen));
        if (candidates.size() < want)
            SOHOA_TRY(runNamePhase(db, q, phrase, NameRange::Longer, TierNamePhrase, want, candidates, seen));
        if (prefixed && candidates.size() < want)
            SOHOA_TRY(runNamePhase(db, q, phrase, NameRange::Prefix, TierNamePrefix, want, candidates, seen));
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

    // Rank on the folded text the index keeps (no JSON to parse, nothing to
    // fold again): whole name equal to the query first, the people the record
    // is about before parents, exact words before prefixes.
    const QString foldedQuery = terms.join(QLatin1Char(' '));
    auto text = db.cached("SELECT records_fts.names, records_fts.body, records.record_type FROM records_fts "
                          "JOIN records ON records.id = records_fts.docid WHERE records_fts.docid = ?;");
    if (!text)
        return text.error();
    QHash<QString, int> mainCount; // type -> how many leading name segments are the record's people
    struct Ranked {
        qint64 id;
        double score;
    };
    QList<Ranked> ranked;
    for (const Candidate& c : candidates) {
        text->bind(1, c.id);
        auto has = text->next();
        if (!has)
            return has.error();
        if (!*has) {
            text->reset();
            continue;
        }
        const QStringList segments = text->text(0).split(QStringLiteral(" | "));
        const QStringList body = text->text(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString type = text->text(2);
        text->reset();
        if (!mainCount.contains(type)) {
            const records::RecordType* t = records::RecordTypeRegistry::builtin().find(type);
            mainCount.insert(type, t ? int(records::DuplicateRule::of(*t).names.size()) : 1);
        }
        double score = c.tier * 1000.0;
        for (int i = 0; i < segments.size(); ++i) {
            const QStringList tokens = segments[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const FieldMatch m = matchValue(tokens, terms, lastIsPrefix);
            if (!m.any)
                continue;
            const bool main = i < mainCount.value(type);
            score += (main ? 100.0 : 30.0) * m.exactTokens;
            if (segments[i] == foldedQuery)
                score += main ? 500 : 100;
        }
        for (const QString& t : terms)
            if (body.contains(t))
                score += isNumber(t) ? 50 : 10;
        ranked.append({c.id, score});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return a.score != b.score ? a.score > b.score : a.id > b.id;
    });
    if (ranked.size() > q.limit)
        ranked.resize(q.limit);

    // What the result list shows, for the hits only.
    auto load = db.cached("SELECT record_type, state, batch_id, fields FROM records WHERE id = ?;");
    if (!load)
        return load.error();
    for (const Ranked& r : ranked) {
        load->bind(1, r.id);
        auto has = load->next();
        if (!has)
            return has.error();
        if (!*has) {
            load->reset();
            continue;
        }
        SearchHit h;
        h.recordId = r.id;
        h.score = r.score;
        h.type = load->text(0);
        records::stateFromName(load->text(1), h.state);
        h.batchId = load->integer(2);
        const auto fields = records::fieldsFromJson(QJsonDocument::fromJson(load->text(3).toUtf8()).object());
        load->reset();
        const records::RecordType* type = records::RecordTypeRegistry::builtin().find(h.type);
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (it->value.isEmpty())
                continue;
            const records::FieldDef* f = type ? type->field(it.key()) : nullptr;
            if (matchValue(foldedTokens(f ? f->kind : records::ValueKind::Text, it->value), terms,
                           lastIsPrefix)
                    .any) {
                h.matchedFields.append(it.key());
                h.snippet.insert(it.key(), it->value);
            }
        }
        QStringList title;
        if (type)
            for (const QString& key : records::DuplicateRule::of(*type).names)
                if (!fields.value(key).value.isEmpty())
                    title.append(fields.value(key).value);
        h.title = title.join(QStringLiteral(" – "));
        hits.append(h);
    }
    return hits;
}

} // namespace sohoa::search
