#include "core/reporting/Dashboard.h"

#include "core/batches/BatchRepository.h"
#include "core/records/Record.h"
#include "core/store/Database.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace sohoa::reporting {

namespace {

// Timestamps are stored in UTC; a clerk's day is a Viet Nam day (UTC+7, no DST).
constexpr int kVietnamOffsetSeconds = 7 * 3600;

QString utcBound(QDate day)
{
    const QDateTime local(day, QTime(0, 0), QTimeZone(kVietnamOffsetSeconds));
    return local.toUTC().toString(Qt::ISODateWithMs);
}

QDate vietnamDay(const QString& isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return {};
    return t.toOffsetFromUtc(kVietnamOffsetSeconds).date();
}

Result<void> forEachRow(store::Database& db, const char* sql,
                        const std::function<void(store::Statement&)>& bind,
                        const std::function<void(const store::Statement&)>& row)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (bind)
        bind(*st);
    return st->forEachRow(row);
}

} // namespace

Result<DashboardData> loadDashboard(store::Database& db, QDate from, QDate to)
{
    DashboardData d;
    d.from = from;
    d.to = to;
    const QString lo = utcBound(from);
    const QString hi = utcBound(to.addDays(1));

    SOHOA_TRY(forEachRow(db, "SELECT state, record_type, count(*) FROM records GROUP BY state, record_type;",
                         {}, [&](const store::Statement& st) {
                             d.recordsByStateAndType[st.text(0)][st.text(1)] = int(st.integer(2));
                             d.records += st.integer(2);
                         }));

    QMap<QPair<QDate, QString>, DashboardData::AccountDay> days;
    SOHOA_TRY(forEachRow(
        db,
        "SELECT at, actor, action FROM audit WHERE at >= ? AND at < ? AND action IN ('record.confirmed', "
        "'record.field_edit', 'record.created_manually', 'record.approved', 'record.rejected');",
        [&](store::Statement& st) { st.bind(1, lo).bind(2, hi); },
        [&](const store::Statement& st) {
            const QDate day = vietnamDay(st.text(0));
            DashboardData::AccountDay& a = days[{day, st.text(1)}];
            a.day = day;
            a.account = st.text(1);
            const QString action = st.text(2);
            if (action == QLatin1String("record.confirmed"))
                ++a.confirmed;
            else if (action == QLatin1String("record.field_edit"))
                ++a.fieldEdits;
            else if (action == QLatin1String("record.created_manually"))
                ++a.keyed;
            else if (action == QLatin1String("record.approved"))
                ++a.approved;
            else
                ++a.rejected;
        }));
    d.perAccountDay = days.values();

    SOHOA_TRY(forEachRow(
        db, "SELECT imported_at, page_count FROM documents WHERE imported_at >= ? AND imported_at < ?;",
        [&](store::Statement& st) { st.bind(1, lo).bind(2, hi); },
        [&](const store::Statement& st) { d.pagesPerDay[vietnamDay(st.text(0))] += int(st.integer(1)); }));

    SOHOA_TRY(forEachRow(db, "SELECT issues FROM records WHERE state != 'approved' AND issues != '[]';", {},
                         [&](const store::Statement& st) {
                             const auto issues = records::issuesFromJson(
                                 QJsonDocument::fromJson(st.text(0).toUtf8()).array());
                             for (const records::Issue& i : issues) {
                                 auto& c = d.issuesByCode[i.code];
                                 (i.isError() ? c.errors : c.warnings) += 1;
                             }
                         }));

    auto batches = batches::listBatches(db);
    if (!batches)
        return batches.error();
    d.batches = int(batches->size());
    for (const batches::BatchSummary& b : std::as_const(*batches)) {
        d.documents += b.documents;
        d.pages += b.pages;
        QString state;
        if (b.counts.value(QStringLiteral("sync_failed")))
            state = QStringLiteral("sync_failed");
        else if (b.counts.value(QStringLiteral("synced")))
            state = QStringLiteral("synced");
        else if (b.counts.value(QStringLiteral("exported")))
            state = QStringLiteral("exported");
        else {
            int records = 0;
            for (const QString& s : {QStringLiteral("to_verify"), QStringLiteral("verified"),
                                     QStringLiteral("approved"), QStringLiteral("rejected")})
                records += b.counts.value(s);
            const bool allApproved = records > 0 && b.counts.value(QStringLiteral("approved")) == records;
            state = allApproved ? QStringLiteral("ready") : QStringLiteral("not_ready");
        }
        d.batchesBySyncState[state] += 1;
    }
    return d;
}

} // namespace sohoa::reporting
