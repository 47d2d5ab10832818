#pragma once
// What the store benchmarks share: a store with a clerk account, filled with
// synthetic birth records (bench::RecordGenerator), percentiles, and the set-up
// helpers (check, putTyped) the export, page-hash and sync benchmarks build with.

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
#include <cstdlib>
#include <memory>

namespace sohoa::bench {

inline const QByteArray kAdminPassword = "bench-admin-password";
inline const QByteArray kClerkPassword = "bench-clerk-password";

inline void say(const QString& s)
{
    std::fprintf(stderr, "%s\n", s.toUtf8().constData());
    std::fflush(stderr);
}

// A benchmark's set-up cannot go on after an error: what failed, and exit status 1.
[[noreturn]] inline void die(const QString& what, const Error& e)
{
    say(QStringLiteral("%1: %2 (%3)").arg(what, e.message, e.code));
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char* what)
{
    if (!r)
        die(QString::fromLatin1(what), r.error());
    return std::move(*r);
}

inline void check(Result<void> r, const char* what)
{
    if (!r)
        die(QString::fromLatin1(what), r.error());
}

// A field's value as a clerk typed it (confidence 1, no OCR evidence).
inline void putTyped(records::NewRecord& r, const char* key, const QString& value)
{
    records::FieldValue f;
    f.value = value;
    f.confidence = 1;
    f.source = QStringLiteral("clerk");
    r.fields.insert(QLatin1String(key), f);
}

// A birth record as a clerk typed it, numbered i (year 2000 + i % 20, personal id from i), on
// document documentId: the records the page-hash and sync benchmarks send.
inline records::NewRecord typedBirth(qint64 batchId, qint64 documentId, int i, int registrationNumber,
                                     const QString& fullName)
{
    records::NewRecord r;
    r.batchId = batchId;
    r.documentId = documentId;
    r.type = QStringLiteral("birth");
    const int year = 2000 + i % 20;
    putTyped(r, "registration_number", QString::number(registrationNumber));
    putTyped(r, "book_number", QStringLiteral("01/2015"));
    putTyped(r, "full_name", fullName);
    putTyped(r, "date_of_birth", QStringLiteral("%1-03-15").arg(year));
    putTyped(r, "sex", QStringLiteral("male"));
    putTyped(r, "ethnicity", QStringLiteral("Kinh"));
    putTyped(r, "nationality", QStringLiteral("Việt Nam"));
    putTyped(
        r, "personal_id",
        QStringLiteral("0012%1%2").arg(year % 100, 2, 10, QLatin1Char('0')).arg(i, 6, 10, QLatin1Char('0')));
    putTyped(r, "registration_place", QStringLiteral("Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội"));
    putTyped(r, "registration_date", QStringLiteral("%1-04-01").arg(year));
    return r;
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
