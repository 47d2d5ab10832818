// Search over a large encrypted store, as a clerk types.
//
//   search_bench [--records N] [--store DIR] [--queries N]
//
// Builds (or reuses, with --store) a store of N synthetic birth records
// (default 1,000,000: several minutes the first time), then times
// search::searchRecords for varied queries: whole names with and without
// accents, every keystroke of a name being typed, personal IDs and their
// starts, dates with a name, commune names. Prints p50/p95/p99 per kind and
// overall. The target (issue 5) is p95 < 50 ms at 1,000,000 records.
#include "BenchStore.h"
#include "RecordGenerator.h"
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/Session.h"
#include "core/accounts/StoreSetup.h"
#include "core/batches/BatchRepository.h"
#include "core/records/RecordRepository.h"
#include "core/search/Search.h"
#include "core/store/Database.h"
#include "core/text/SearchFold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace sohoa;

using bench::fill;
using bench::openStore;
using bench::percentile;
using bench::say;

namespace {

struct Query {
    QString kind;
    search::SearchQuery q;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("records"), QStringLiteral("Records in the store."), QStringLiteral("N"),
                 QStringLiteral("1000000")});
    p.addOption(
        {QStringLiteral("store"), QStringLiteral("Store folder to build or reuse."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("queries"),
                 QStringLiteral("Names to query with (each also typed keystroke by keystroke)."),
                 QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("fts-only"), QStringLiteral("Also time the bare index query of each name.")});
    p.addHelpOption();
    p.process(app);
    const qint64 target = p.value(QStringLiteral("records")).toLongLong();
    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store"))
                                                          : tmp.path() + QStringLiteral("/store");
    auto session = openStore(path);
    if (!session || !fill(*session, target))
        return 1;
    session.reset();
    session = openStore(path); // the store's own settings for the measurement
    if (!session)
        return 1;
    store::Database& db = session->db();
    auto total = records::countRecords(db, {});
    say(QStringLiteral("store: %1 records").arg(total ? *total : 0));

    // Queries from records that are in the store.
    QRandomGenerator rng(7);
    QList<Query> queries;
    const int names = p.value(QStringLiteral("queries")).toInt();
    for (int i = 0; i < names; ++i) {
        auto r = records::loadRecord(db, 1 + qint64(rng.bounded(quint64(*total))));
        if (!r)
            continue;
        const QString name = r->value(QStringLiteral("full_name"));
        const QString folded = text::foldForSearch(name);
        auto add = [&](const QString& kind, const QString& text, bool typing = true) {
            Query q{kind, {}};
            q.q.text = text;
            q.q.limit = 20;
            q.q.asYouType = typing;
            queries.append(q);
        };
        add(QStringLiteral("name (accents)"), name, false);
        add(QStringLiteral("name (folded)"), folded, false);
        add(QStringLiteral("name (CAPS, no accents)"), folded.toUpper(), false);
        for (int k = 2; k <= folded.size(); ++k)
            add(QStringLiteral("typing a name"), folded.left(k));
        const QString id = r->value(QStringLiteral("personal_id"));
        add(QStringLiteral("personal id"), id, false);
        add(QStringLiteral("personal id start"), id.left(7));
        const QDate dob = QDate::fromString(r->value(QStringLiteral("date_of_birth")), Qt::ISODate);
        add(QStringLiteral("date + surname"),
            dob.toString(QStringLiteral("dd/MM/yyyy")) + QLatin1Char(' ') +
                folded.section(QLatin1Char(' '), 0, 0),
            false);
        const QString home = r->value(QStringLiteral("hometown")).section(QLatin1Char(','), 0, 0);
        add(QStringLiteral("commune"), text::foldForSearch(home), false);
    }
    // warm the cache as a session in use would be
    for (int i = 0; i < 20 && i < queries.size(); ++i)
        (void)search::searchRecords(db, queries[i].q);

    QMap<QString, QList<double>> byKind;
    QList<double> all;
    qint64 hits = 0;
    for (const Query& q : queries) {
        QElapsedTimer t;
        t.start();
        auto r = search::searchRecords(db, q.q);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!r) {
            say(QStringLiteral("query failed: ") + r.error().message);
            return 1;
        }
        hits += r->size();
        byKind[q.kind].append(ms);
        all.append(ms);
    }
    // The index alone: the phrase query of each name, without ranking.
    if (p.isSet(QStringLiteral("fts-only"))) {
        QList<double> fts;
        for (const Query& q : queries) {
            if (!q.kind.startsWith(QLatin1String("name (folded")))
                continue;
            auto st =
                db.prepare("SELECT docid FROM records_fts WHERE names MATCH ? ORDER BY docid DESC LIMIT 60;");
            if (!st) {
                say(st.error().message);
                break;
            }
            QElapsedTimer t;
            t.start();
            st->bind(1, QStringLiteral("\"%1\"").arg(q.q.text));
            int n = 0;
            for (;;) {
                auto has = st->next();
                if (!has) {
                    say(has.error().message);
                    break;
                }
                if (!*has)
                    break;
                ++n;
            }
            fts.append(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("fts phrase only: n=%lld p50 %.2f ms p95 %.2f ms\n", qlonglong(fts.size()),
                    percentile(fts, 0.5), percentile(fts, 0.95));
    }
    std::printf("search over %lld records, %lld queries (%lld hits)\n", qlonglong(*total),
                qlonglong(all.size()), qlonglong(hits));
    std::printf("%-26s %7s %9s %9s %9s %9s\n", "kind", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
    for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it)
        std::printf("%-26s %7lld %9.2f %9.2f %9.2f %9.2f\n", it.key().toUtf8().constData(),
                    qlonglong(it->size()), percentile(*it, 0.5), percentile(*it, 0.95), percentile(*it, 0.99),
                    percentile(*it, 1.0));
    std::printf("%-26s %7lld %9.2f %9.2f %9.2f %9.2f\n", "ALL", qlonglong(all.size()), percentile(all, 0.5),
                percentile(all, 0.95), percentile(all, 0.99), percentile(all, 1.0));
    return 0;
}
