#pragma once
// What the store benchmarks share: a store with a clerk account, filled with
// synthetic birth records (bench::RecordGenerator), and percentiles.

#include "RecordGenerator.h"
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/Session.h"
#include "core/accounts/StoreSetup.h"
#include "core/batches/BatchRepository.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QList>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace sohoa::bench {

inline const QByteArray kAdminPassword = "bench-admin-password";
inline const QByteArray kClerkPassword = "bench-clerk-password";

inline void say(const QString& s)
{
    std::fprintf(stderr, "%s\n", s.toUtf8().constData());
    std::fflush(stderr);
}

inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v[i];
}

inline std::unique_ptr<accounts::Session> openStore(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        auto code = accounts::createStore(
            {path, QStringLiteral("admin"), kAdminPassword, crypto::KdfParams::interactive()});
        if (!code) {
            say(QStringLiteral("createStore: ") + code.error().message);
            return nullptr;
        }
        auto admin = accounts::Session::signIn(path, QStringLiteral("admin"), kAdminPassword);
        if (!admin)
            return nullptr;
        auto added = accounts::addAccount(**admin, QStringLiteral("clerk"), accounts::Role::Clerk,
                                          kClerkPassword, crypto::KdfParams::interactive());
        if (!added) {
            say(QStringLiteral("addAccount: ") + added.error().message);
            return nullptr;
        }
    }
    auto s = accounts::Session::signIn(path, QStringLiteral("clerk"), kClerkPassword);
    if (!s) {
        say(QStringLiteral("signIn: ") + s.error().message);
        return nullptr;
    }
    return std::move(*s);
}

inline bool fill(accounts::Session& s, qint64 target)
{
    auto existing = records::countRecords(s.db(), {});
    if (!existing)
        return false;
    if (*existing >= target)
        return true;
    auto batch = batches::findOrCreateBatch(s, QStringLiteral("bench"));
    if (!batch)
        return false;
    // Building the synthetic store is not what is measured: a large page cache
    // and no fsync per transaction make it minutes instead of an hour. The
    // queries run on a fresh connection with the store's normal settings.
    if (!s.db().exec("PRAGMA cache_size = -1000000; PRAGMA synchronous = OFF;"))
        return false;
    RecordGenerator gen(quint32(1000 + *existing));
    QElapsedTimer t;
    t.start();
    qint64 n = *existing;
    say(QStringLiteral("generating %1 records...").arg(target - n));
    while (n < target) {
        QList<records::NewRecord> chunk;
        for (int i = 0; i < 20000 && n < target; ++i, ++n)
            chunk.append(gen.birth(batch->id));
        auto tx = store::Transaction::begin(s.db());
        if (!tx)
            return false;
        if (auto ids = records::insertRecords(s.db(), chunk, QStringLiteral("clerk")); !ids) {
            say(ids.error().message);
            return false;
        }
        if (!tx->commit())
            return false;
        if (n % 100000 == 0 || n == target)
            say(QStringLiteral("  %1 records, %2 records/s")
                    .arg(n)
                    .arg(double(n - *existing) * 1000.0 / double(t.elapsed()), 0, 'f', 0));
    }
    return true;
}

} // namespace sohoa::bench
