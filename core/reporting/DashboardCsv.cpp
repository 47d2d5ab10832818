#include "core/reporting/DashboardCsv.h"

namespace sohoa::reporting {

namespace {

QByteArray cell(const QString& text)
{
    QString t = text;
    // A leading = + - @ makes spreadsheets evaluate the cell; account names are typed by people.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))) {
        t.replace(QLatin1String("\""), QLatin1String("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}

void row(QByteArray& out, const QString& section, const QString& key, const QString& subkey, qint64 value)
{
    out += cell(section) + ',' + cell(key) + ',' + cell(subkey) + ',' + QByteArray::number(value) + "\r\n";
}

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QByteArray dashboardCsv(const DashboardData& d)
{
    QByteArray out = "\xEF\xBB\xBF";
    out += "section,key,subkey,value\r\n";
    row(out, QStringLiteral("period"), day(d.from), day(d.to), d.from.daysTo(d.to) + 1);
    row(out, QStringLiteral("totals"), QStringLiteral("batches"), {}, d.batches);
    row(out, QStringLiteral("totals"), QStringLiteral("documents"), {}, d.documents);
    row(out, QStringLiteral("totals"), QStringLiteral("pages"), {}, d.pages);
    row(out, QStringLiteral("totals"), QStringLiteral("records"), {}, d.records);
    for (auto s = d.recordsByStateAndType.constBegin(); s != d.recordsByStateAndType.constEnd(); ++s)
        for (auto t = s->constBegin(); t != s->constEnd(); ++t)
            row(out, QStringLiteral("records_by_state_type"), s.key(), t.key(), t.value());
    for (const DashboardData::AccountDay& a : d.perAccountDay) {
        row(out, QStringLiteral("account_day_confirmed"), day(a.day), a.account, a.confirmed);
        row(out, QStringLiteral("account_day_field_edits"), day(a.day), a.account, a.fieldEdits);
        row(out, QStringLiteral("account_day_keyed"), day(a.day), a.account, a.keyed);
        row(out, QStringLiteral("account_day_approved"), day(a.day), a.account, a.approved);
        row(out, QStringLiteral("account_day_rejected"), day(a.day), a.account, a.rejected);
    }
    for (auto p = d.pagesPerDay.constBegin(); p != d.pagesPerDay.constEnd(); ++p)
        row(out, QStringLiteral("pages_per_day"), day(p.key()), {}, p.value());
    for (auto i = d.issuesByCode.constBegin(); i != d.issuesByCode.constEnd(); ++i) {
        row(out, QStringLiteral("open_issues"), i.key(), QStringLiteral("error"), i->errors);
        row(out, QStringLiteral("open_issues"), i.key(), QStringLiteral("warning"), i->warnings);
    }
    for (auto b = d.batchesBySyncState.constBegin(); b != d.batchesBySyncState.constEnd(); ++b)
        row(out, QStringLiteral("batches_by_sync_state"), b.key(), {}, b.value());
    return out;
}

} // namespace sohoa::reporting
