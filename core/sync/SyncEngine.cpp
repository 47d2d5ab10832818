#include "sync/SyncEngine.h"

#include "audit/AuditChain.h"
#include "common/Clock.h"
#include "common/Json.h"
#include "store/Database.h"
#include "sync/Device.h"
#include "sync/OutboxJournal.h"
#include "sync/Protocol.h"
#include "sync/RegistryClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace sohoa::sync {

// Where a run spends its time (QT_LOGGING_RULES="sohoa.sync.info=true").
Q_LOGGING_CATEGORY(lcSync, "sohoa.sync", QtWarningMsg)

namespace {

struct PhaseClock {
    QElapsedTimer t;
    qint64& sum;
    explicit PhaseClock(qint64& s) : sum(s) { t.start(); }
    ~PhaseClock() { sum += t.nsecsElapsed(); }
};

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::sync::SyncEngine", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("sohoa::sync::SyncEngine", text, disambiguation, n);
}

bool isDeviceRefusal(const QString& code)
{
    return code == QLatin1String("auth.unknown_device") || code == QLatin1String("auth.device_revoked")
        || code == QLatin1String("auth.bad_signature") || code == QLatin1String("auth.missing_signature")
        || code == QLatin1String("sync.tls");
}

bool isClockProblem(const QString& code)
{
    return code == QLatin1String("auth.clock_skew") || code == QLatin1String("auth.stale_request");
}

QString advice(const QString& code)
{
    if (code == QLatin1String("auth.unknown_device") || code == QLatin1String("auth.device_revoked"))
        return tr("The registry does not accept this device any more: ask the registry for a new enrolment code "
                  "and enrol again, then retry.");
    if (code == QLatin1String("sync.tls"))
        return tr("Check that the registry address is right; if the registry changed its certificate, enrol again "
                  "with the new one.");
    if (code == QLatin1String("auth.bad_signature"))
        return tr("This device's key does not match the registry's record of it: enrol again.");
    return tr("Report this to the registry's support with the code shown.");
}

} // namespace

QJsonObject SyncSummary::toJson() const
{
    QJsonArray list;
    for (const OutboxRecord& r : records)
        list.append(r.toJson());
    return {{QStringLiteral("server"), serverUrl},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("failed_will_retry"), failedWillRetry},
            {QStringLiteral("needs_attention"), needsAttention},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("bytes_uploaded"), double(bytesUploaded)},
            {QStringLiteral("stopped"), stoppedCode.isEmpty() ? QJsonValue()
                                                              : QJsonValue(QJsonObject{{QStringLiteral("code"), stoppedCode},
                                                                                       {QStringLiteral("message"),
                                                                                        stoppedMessage}})},
            {QStringLiteral("records"), list}};
}

struct SyncEngine::Impl {
    store::Database& db;
    QString actor;
    SyncOptions opt;
    RegistrySettings settings;
    DeviceKeys keys;
    std::unique_ptr<RegistryClient> client;
    SyncProgress progress;
    SyncSummary summary;
    QSet<qint64> touched;
    QDateTime notBefore;
    int clockCorrections = 0;
    Error fatal;
    bool hasFatal = false;
    std::function<void()> report;
    const std::atomic_bool* cancel = nullptr;
    struct {
        qint64 enqueue = 0, resolve = 0, prepare = 0, readPages = 0, upload = 0, submit = 0, apply = 0;
    } phase;

    Impl(store::Database& d, QString a, SyncOptions o) : db(d), actor(std::move(a)), opt(std::move(o)) {}

    bool cancelled() const { return cancel && cancel->load(); }

    void say(const QString& message)
    {
        progress.message = message;
        if (report)
            report();
    }

    QList<HttpResponse> send(const QList<HttpRequest>& requests)
    {
        summary.requests += int(requests.size());
        return client->callAll(requests);
    }

    HttpRequest jsonRequest(const QString& path, QJsonObject body)
    {
        body.insert(QStringLiteral("schema"), QLatin1String(protocol::kSchema));
        HttpRequest r;
        r.path = path;
        r.body = canonicalJson(body);
        return r;
    }

    qint64 backoffMs(int attempts)
    {
        const int exponent = qBound(0, attempts - 1, 20);
        const double full = qMin<double>(opt.backoffCapMs, double(opt.backoffBaseMs) * double(1 << exponent));
        // Equal jitter: half fixed, half random, so offices that lost the network
        // together do not all come back in the same second.
        return qint64(full / 2 + QRandomGenerator::global()->bounded(full / 2 + 1));
    }

    // Sleeps (processing events) until `when`, or until cancelled; false when cancelled.
    bool waitUntil(const QDateTime& when)
    {
        while (!cancelled()) {
            const qint64 left = nowUtc().msecsTo(when);
            if (left <= 0)
                return true;
            QEventLoop loop;
            QTimer::singleShot(int(qMin<qint64>(left, 100)), &loop, &QEventLoop::quit);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        return false;
    }

    void learnClock(const HttpResponse& r)
    {
        const QDateTime server = parseIsoTimestamp(r.errorDetails().value(QLatin1String("server_time")).toString());
        if (server.isValid() && clockCorrections < opt.maxClockCorrections) {
            ++clockCorrections;
            client->setClockOffset(nowUtc().secsTo(server));
        }
    }

    // Records one failed attempt for these records, the way the failure deserves.
    Result<void> fail(const QList<qint64>& ids, const HttpResponse& r, int attempts, bool submission)
    {
        if (ids.isEmpty())
            return {};
        const QString code = r.errorCode();
        const QString message = r.errorMessage();
        progress.failed += int(ids.size());
        if (isDeviceRefusal(code)) {
            hasFatal = true;
            fatal = makeError(code, message + QLatin1Char(' ') + advice(code));
            return journal::markFailed(db, ids, SyncState::NeedsAttention, code, fatal.message, {}, false);
        }
        if (isClockProblem(code)) {
            learnClock(r);
            if (clockCorrections < opt.maxClockCorrections)
                return journal::markFailed(db, ids, SyncState::FailedWillRetry, code,
                                           tr("%1 The clock difference was corrected; sending again.").arg(message),
                                           nowUtc(), false);
            return journal::markFailed(db, ids, SyncState::NeedsAttention, code,
                                       tr("%1 Set this computer's date and time right.").arg(message), {}, false);
        }
        if (code == QLatin1String("sync.cancelled"))
            return journal::markFailed(db, ids, SyncState::FailedWillRetry, code,
                                       tr("The sync was stopped before the registry answered."), {},
                                       submission && r.answered == false);
        const bool retryable = !r.answered || r.status == 429 || r.status >= 500
            || code == QLatin1String("upload.hash_mismatch") || code == QLatin1String("upload.missing");
        if (!retryable)
            return journal::markFailed(db, ids, SyncState::NeedsAttention, code,
                                       tr("The registry refused the request: %1 %2").arg(message, advice(code)), {},
                                       false);
        qint64 delay = backoffMs(attempts);
        if (r.retryAfterSeconds >= 0) {
            delay = qMax<qint64>(delay, qint64(r.retryAfterSeconds) * 1000);
            const QDateTime gate = nowUtc().addSecs(r.retryAfterSeconds);
            if (!notBefore.isValid() || gate > notBefore)
                notBefore = gate;
        }
        if ((code == QLatin1String("upload.missing") || code == QLatin1String("upload.hash_mismatch")) && attempts <= 3)
            delay = 0; // upload again at once; a registry that keeps losing images gets the normal backoff
        const QDateTime next = nowUtc().addMSecs(delay);
        // A request that may have reached the registry (no answer, or a server
        // error after it) is in doubt: the registry is asked before resending.
        const bool inDoubt = submission && (!r.answered || r.status >= 500);
        return journal::markFailed(db, ids, SyncState::FailedWillRetry, code,
                                   tr("%1 Will retry automatically (attempt %2).").arg(message).arg(attempts), next,
                                   inDoubt);
    }

    Result<void> apply(const QJsonArray& answers, const QString& channel)
    {
        for (const QJsonValue& v : answers) {
            auto a = journal::applyAnswer(db, actor, v.toObject(), channel);
            if (!a)
                return a.error();
            if (!a->recordId)
                continue;
            touched.insert(a->recordId);
            if (!a->changed)
                continue;
            ++progress.answered;
            if (a->state == SyncState::Accepted)
                ++progress.accepted;
            else if (a->state == SyncState::Rejected)
                ++progress.rejected;
            else if (a->state == SyncState::Conflict)
                ++progress.conflicts;
        }
        return {};
    }

    // Asks the registry what it already holds of these records; returns those
    // it does not know (to be sent). Packaged records it does not know stay put.
    Result<QList<journal::DueRecord>> resolve(const QList<journal::DueRecord>& records)
    {
        QList<journal::DueRecord> unknown;
        if (records.isEmpty())
            return unknown;
        QJsonArray keys;
        for (const auto& r : records)
            keys.append(r.recordKey);
        say(tr("Asking the registry about %n record(s) whose delivery is uncertain.", nullptr, int(records.size())));
        const HttpResponse resp = send({jsonRequest(QStringLiteral("/v1/status"), {{QStringLiteral("records"), keys}})})
                                      .front();
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (!resp.ok()) {
            QList<qint64> ids;
            int attempts = 0;
            for (const auto& r : records) {
                touched.insert(r.recordId);
                if (r.packageId.isEmpty()) {
                    ids.append(r.recordId);
                    attempts = qMax(attempts, r.attempts + 1);
                }
            }
            SOHOA_TRY(fail(ids, resp, attempts, true));
            SOHOA_TRY(tx->commit());
            return unknown;
        }
        const QJsonObject known = resp.json.value(QLatin1String("records")).toObject();
        QList<qint64> clear;
        for (const auto& r : records) {
            touched.insert(r.recordId);
            const QJsonValue answer = known.value(r.recordKey);
            if (answer.isObject()) {
                SOHOA_TRY(apply(QJsonArray{answer}, r.packageId.isEmpty() ? QStringLiteral("online")
                                                                        : QStringLiteral("package")));
            } else if (r.packageId.isEmpty()) {
                clear.append(r.recordId);
                unknown.append(r);
            }
        }
        SOHOA_TRY(journal::clearInDoubt(db, clear));
        SOHOA_TRY(tx->commit());
        return unknown;
    }

    Result<void> resolveAllInDoubt()
    {
        qint64 after = 0;
        while (!cancelled() && !hasFatal) {
            auto list = journal::inDoubtRecords(db, opt.batchId, protocol::kMaxKeysPerStatus, after, true);
            if (!list)
                return list.error();
            if (list->isEmpty())
                break;
            after = list->last().recordId;
            auto r = resolve(*list);
            if (!r)
                return r.error();
        }
        return {};
    }

    struct Upload {
        QString hash;
        qint64 size = 0;
        qint64 offset = 0;
        int stalls = 0;
    };

    static HttpResponse refusalResponse(const QJsonObject& refused)
    {
        HttpResponse r;
        r.answered = true;
        r.status = 422;
        r.json = QJsonObject{{QStringLiteral("error"), refused}};
        return r;
    }

    // Uploads what the registry does not hold yet, many small images (or one
    // piece of a large one) per request; returns the confirmed hashes and the
    // failure of each hash that could not be uploaded.
    Result<void> upload(QList<Upload> pending, QHash<QString, QByteArray>& cache, QStringList& confirmed,
                        QHash<QString, HttpResponse>& failed)
    {
        constexpr qint64 kBundleBytes = 2 << 20;
        while (!pending.isEmpty()) {
            QList<QList<protocol::UploadPart>> bundles;
            QList<QList<qsizetype>> members;
            qint64 bundleBytes = 0;
            for (qsizetype i = 0; i < pending.size(); ++i) {
                const Upload& u = pending[i];
                if (!cache.contains(u.hash)) {
                    PhaseClock pc(phase.readPages);
                    auto bytes = journal::pageBytes(db, u.hash);
                    if (!bytes)
                        return bytes.error();
                    cache.insert(u.hash, *bytes);
                }
                const QByteArray& data = cache[u.hash];
                protocol::UploadPart part{u.hash, u.offset, u.size, data.mid(u.offset, protocol::kMaxUploadChunk)};
                if (bundles.isEmpty() || bundleBytes + part.bytes.size() > kBundleBytes
                    || bundles.last().size() >= protocol::kMaxPartsPerBundle) {
                    bundles.append(QList<protocol::UploadPart>());
                    members.append(QList<qsizetype>());
                    bundleBytes = 0;
                }
                bundleBytes += part.bytes.size();
                bundles.last().append(part);
                members.last().append(i);
            }
            QList<HttpRequest> requests;
            for (const auto& b : bundles) {
                HttpRequest r;
                r.path = QStringLiteral("/v1/uploads");
                r.contentType = "application/octet-stream";
                r.body = protocol::encodeUploadBundle(b);
                requests.append(r);
            }
            QList<HttpResponse> responses;
            {
                PhaseClock pc(phase.upload);
                responses = send(requests);
            }
            QList<Upload> next;
            for (qsizetype b = 0; b < bundles.size(); ++b) {
                const HttpResponse& r = responses[b];
                const QJsonObject uploads = r.json.value(QLatin1String("uploads")).toObject();
                const QJsonObject refused = r.json.value(QLatin1String("refused")).toObject();
                for (qsizetype k = 0; k < bundles[b].size(); ++k) {
                    Upload u = pending[members[b][k]];
                    const qint64 partBytes = bundles[b][k].bytes.size();
                    QJsonObject state;
                    if (!r.ok()) {
                        failed.insert(u.hash, r);
                        continue;
                    }
                    if (uploads.contains(u.hash)) {
                        state = uploads.value(u.hash).toObject();
                        progress.bytesUploaded += partBytes;
                        summary.bytesUploaded += partBytes;
                    } else if (refused.value(u.hash).toObject().value(QLatin1String("code")).toString()
                               == QLatin1String("upload.offset_mismatch")) {
                        state = refused.value(u.hash).toObject();
                    } else if (refused.contains(u.hash)) {
                        failed.insert(u.hash, refusalResponse(refused.value(u.hash).toObject()));
                        continue;
                    } else {
                        HttpResponse none;
                        none.transportError = makeError(QStringLiteral("sync.no_answer"),
                                                        tr("The registry's reply had no answer for a page image."));
                        failed.insert(u.hash, none);
                        continue;
                    }
                    if (state.value(QLatin1String("complete")).toBool()) {
                        confirmed.append(u.hash);
                        cache.remove(u.hash);
                        continue;
                    }
                    const qint64 received = qint64(state.value(QLatin1String("received")).toDouble());
                    if (received <= u.offset && ++u.stalls > 2) {
                        HttpResponse stuck;
                        stuck.transportError = makeError(QStringLiteral("sync.upload_stalled"),
                                                         tr("The registry does not take the rest of a page image."));
                        failed.insert(u.hash, stuck);
                        continue;
                    }
                    u.offset = received;
                    next.append(u);
                }
            }
            pending = next;
        }
        return {};
    }

    Result<void> round(QList<journal::DueRecord> due)
    {
        // Anything whose previous request may have arrived: ask first.
        QList<journal::DueRecord> doubtful, records;
        for (const auto& r : due)
            (r.inDoubt ? doubtful : records).append(r);
        Result<QList<journal::DueRecord>> unknown = QList<journal::DueRecord>();
        {
            PhaseClock pc(phase.resolve);
            unknown = resolve(doubtful);
        }
        if (!unknown)
            return unknown.error();
        records += *unknown;
        if (records.isEmpty() || hasFatal)
            return {};

        QList<qint64> ids;
        QSet<qint64> batchIds;
        int attempts = 0;
        for (const auto& r : records) {
            ids.append(r.recordId);
            batchIds.insert(r.batchId);
            touched.insert(r.recordId);
            attempts = qMax(attempts, r.attempts + 1);
        }
        QHash<QString, QByteArray> cache; // images read for this round, kept for their upload
        QList<Upload> toUpload;
        QStringList ask;
        {
            PhaseClock pc(phase.prepare);
            auto tx = store::Transaction::begin(db);
            if (!tx)
                return tx.error();
            {
                PhaseClock read(phase.readPages);
                SOHOA_TRY(journal::freezePages(db, records, &cache));
            }
            QStringList hashes;
            for (const auto& r : records)
                for (const QString& h : protocol::pageHashesOf(r.payload))
                    if (!hashes.contains(h))
                        hashes.append(h);
            auto states = journal::pageStates(db, hashes);
            if (!states)
                return states.error();
            QStringList newlyStarted;
            for (const journal::PageState& p : *states) {
                if (p.confirmed)
                    continue;
                toUpload.append(Upload{p.hash, p.size, 0, 0});
                if (p.started)
                    ask.append(p.hash);
                else
                    newlyStarted.append(p.hash);
            }
            SOHOA_TRY(journal::markSending(db, ids));
            SOHOA_TRY(journal::markPagesStarted(db, newlyStarted));
            for (qint64 b : batchIds)
                SOHOA_TRY(journal::noteBatchAttempt(db, b, tr("Sending to the registry.")));
            SOHOA_TRY(tx->commit());
        }
        say(tr("Sending %n record(s).", nullptr, int(records.size())));

        QStringList confirmed;
        QHash<QString, HttpResponse> failedPages;
        if (!ask.isEmpty()) {
            // Partial uploads from an earlier attempt continue where the registry stands.
            const HttpResponse s = send({jsonRequest(QStringLiteral("/v1/status"),
                                                     {{QStringLiteral("uploads"), QJsonArray::fromStringList(ask)}})})
                                       .front();
            if (!s.ok()) {
                auto tx = store::Transaction::begin(db);
                if (!tx)
                    return tx.error();
                SOHOA_TRY(fail(ids, s, attempts, false));
                SOHOA_TRY(tx->commit());
                return {};
            }
            const QJsonObject held = s.json.value(QLatin1String("uploads")).toObject();
            for (Upload& u : toUpload) {
                const QJsonObject h = held.value(u.hash).toObject();
                if (h.value(QLatin1String("complete")).toBool())
                    confirmed.append(u.hash);
                else
                    u.offset = qint64(h.value(QLatin1String("received")).toDouble());
            }
            toUpload.erase(std::remove_if(toUpload.begin(), toUpload.end(),
                                          [&](const Upload& u) { return confirmed.contains(u.hash); }),
                           toUpload.end());
        }
        if (!toUpload.isEmpty())
            SOHOA_TRY(upload(toUpload, cache, confirmed, failedPages));

        // Records whose pages are all there go out, grouped by batch and registry.
        QMap<QPair<QString, QString>, QList<journal::DueRecord>> groups;
        QHash<qint64, HttpResponse> pageFailure;
        for (const auto& r : records) {
            bool ready = true;
            for (const QString& h : protocol::pageHashesOf(r.payload)) {
                if (failedPages.contains(h)) {
                    pageFailure.insert(r.recordId, failedPages.value(h));
                    ready = false;
                    break;
                }
            }
            if (ready)
                groups[{r.batchKey, r.registry}].append(r);
        }
        QList<HttpRequest> requests;
        QList<QList<journal::DueRecord>> requestRecords;
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
            const QList<journal::DueRecord>& list = it.value();
            for (qsizetype from = 0; from < list.size(); from += opt.recordsPerRequest) {
                const QList<journal::DueRecord> part = list.mid(from, opt.recordsPerRequest);
                QJsonArray payloads;
                for (const auto& r : part)
                    payloads.append(r.payload);
                protocol::Registry registry = protocol::Registry::CivilStatus;
                protocol::registryFromName(it.key().second, registry);
                requests.append(jsonRequest(protocol::recordsPath(registry),
                                            {{QStringLiteral("batch"),
                                              QJsonObject{{QStringLiteral("key"), part.front().batchKey},
                                                          {QStringLiteral("name"), part.front().batchName}}},
                                             {QStringLiteral("records"), payloads}}));
                requestRecords.append(part);
            }
        }
        QList<HttpResponse> responses;
        {
            PhaseClock pc(phase.submit);
            responses = send(requests);
        }

        PhaseClock applyClock(phase.apply);
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        SOHOA_TRY(journal::setPagesConfirmed(db, confirmed, true));
        for (auto it = pageFailure.constBegin(); it != pageFailure.constEnd(); ++it)
            SOHOA_TRY(fail({it.key()}, it.value(), attempts, false));
        QMap<qint64, QStringList> batchNotes;
        for (qsizetype i = 0; i < responses.size(); ++i) {
            const HttpResponse& r = responses[i];
            QList<qint64> partIds;
            for (const auto& rec : requestRecords[i])
                partIds.append(rec.recordId);
            const qint64 batchId = requestRecords[i].front().batchId;
            if (r.ok()) {
                const QJsonArray answers = r.json.value(QLatin1String("answers")).toArray();
                SOHOA_TRY(apply(answers, QStringLiteral("online")));
                QSet<QString> answered;
                for (const QJsonValue& a : answers)
                    answered.insert(a.toObject().value(QLatin1String("key")).toString());
                QList<qint64> missing;
                for (const auto& rec : requestRecords[i])
                    if (!answered.contains(rec.recordKey))
                        missing.append(rec.recordId);
                HttpResponse noAnswer;
                noAnswer.transportError = makeError(QStringLiteral("sync.no_answer"),
                                                    tr("The registry's reply had no answer for this record."));
                SOHOA_TRY(fail(missing, noAnswer, attempts, true));
                batchNotes[batchId].append(tr("%n answer(s) received.", nullptr, int(answers.size())));
                continue;
            }
            if (r.errorCode() == QLatin1String("upload.missing")) {
                QStringList gone;
                for (const QJsonValue& h : r.errorDetails().value(QLatin1String("missing")).toArray())
                    gone.append(h.toString());
                SOHOA_TRY(journal::setPagesConfirmed(db, gone, false));
            }
            SOHOA_TRY(fail(partIds, r, attempts, true));
            batchNotes[batchId].append(r.errorMessage());
            SOHOA_TRY(audit::appendAudit(db, actor, QStringLiteral("sync.attempt_failed"),
                                         QStringLiteral("batch:%1").arg(batchId),
                                         {{QStringLiteral("records"), int(partIds.size())},
                                          {QStringLiteral("code"), r.errorCode()},
                                          {QStringLiteral("http_status"), r.status}}));
        }
        for (auto it = batchNotes.constBegin(); it != batchNotes.constEnd(); ++it)
            SOHOA_TRY(journal::noteBatchAttempt(db, it.key(), it.value().join(QLatin1Char(' '))));
        SOHOA_TRY(tx->commit());
        say(tr("%1 accepted, %2 rejected, %3 conflicts so far.")
                .arg(progress.accepted)
                .arg(progress.rejected)
                .arg(progress.conflicts));
        return {};
    }
};

SyncEngine::SyncEngine(store::Database& db, QString actor, SyncOptions options)
    : d(std::make_unique<Impl>(db, std::move(actor), std::move(options)))
{
}

SyncEngine::~SyncEngine() = default;

Result<SyncSummary> SyncEngine::run()
{
    d->cancel = m_cancel;
    d->report = [this] {
        if (m_progress)
            m_progress(d->progress);
    };
    auto settings = loadRegistrySettings(d->db);
    if (!settings)
        return settings.error();
    if (!settings->isEnrolled())
        return notEnrolledError();
    d->settings = *settings;
    auto keys = loadDeviceKeys(d->db);
    if (!keys)
        return keys.error();
    d->keys = std::move(*keys);
    const QUrl url(d->opt.serverUrl.isEmpty() ? d->settings.url : d->opt.serverUrl);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return makeError(QStringLiteral("usage.bad_url"),
                         tr("The registry address must be an https:// URL (got '%1').").arg(url.toString()));
    auto trusted = parsePinnedCertificates(d->settings.caPem.toUtf8());
    if (!trusted)
        return trusted.error();
    d->summary.serverUrl = url.toString();
    d->client = std::make_unique<RegistryClient>(ClientConfig{url, *trusted, d->settings.deviceId,
                                                              &d->keys.signSecretKey, d->opt.timeoutMs,
                                                              d->opt.maxParallel});

    {
        PhaseClock pc(d->phase.enqueue);
        auto tx = store::Transaction::begin(d->db);
        if (!tx)
            return tx.error();
        if (auto r = journal::recoverInterrupted(d->db); !r)
            return r.error();
        if (auto r = journal::enqueueApprovedRecords(d->db, d->actor, d->opt.batchId); !r)
            return r.error();
        SOHOA_TRY(tx->commit());
    }
    {
        PhaseClock pc(d->phase.resolve);
        SOHOA_TRY(d->resolveAllInDoubt());
    }

    QElapsedTimer patience;
    patience.start();
    while (!d->cancelled() && !d->hasFatal) {
        if (d->notBefore.isValid() && d->notBefore > nowUtc()) {
            if (patience.elapsed() + nowUtc().msecsTo(d->notBefore) > qint64(d->opt.patienceSeconds) * 1000)
                break;
            d->say(tr("The registry asked to wait until %1.").arg(d->notBefore.toLocalTime().toString(Qt::ISODate)));
            if (!d->waitUntil(d->notBefore))
                break;
        }
        auto due = journal::pickRecords(d->db, journal::Pick::DueOnline, d->opt.batchId,
                                        d->opt.recordsPerRequest * qMax(1, d->opt.maxParallel), 0);
        if (!due)
            return due.error();
        if (due->isEmpty()) {
            auto next = journal::nextRetryTime(d->db, d->opt.batchId);
            if (!next)
                return next.error();
            if (!next->isValid()
                || patience.elapsed() + nowUtc().msecsTo(*next) > qint64(d->opt.patienceSeconds) * 1000)
                break;
            d->say(tr("Waiting to retry at %1.").arg(next->toLocalTime().toString(Qt::ISODate)));
            if (!d->waitUntil(*next))
                break;
            continue;
        }
        d->progress.total = qMax(d->progress.total, int(d->touched.size() + due->size()));
        SOHOA_TRY(d->round(*due));
    }

    auto records = outboxRecordsFor(d->db, QList<qint64>(d->touched.begin(), d->touched.end()));
    if (!records)
        return records.error();
    QList<qint64> ids = records->keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        const OutboxRecord& r = records->value(id);
        d->summary.records.append(r);
        switch (r.state) {
        case SyncState::Accepted:
            ++d->summary.accepted;
            break;
        case SyncState::Rejected:
            ++d->summary.rejected;
            break;
        case SyncState::Conflict:
            ++d->summary.conflicts;
            break;
        case SyncState::FailedWillRetry:
            ++d->summary.failedWillRetry;
            break;
        case SyncState::NeedsAttention:
            ++d->summary.needsAttention;
            break;
        case SyncState::Queued:
        case SyncState::Sending:
            ++d->summary.waiting;
            break;
        }
    }
    {
        auto tx = store::Transaction::begin(d->db);
        if (!tx)
            return tx.error();
        SOHOA_TRY(audit::appendAudit(d->db, d->actor, QStringLiteral("sync.run"), QStringLiteral("outbox"),
                                     {{QStringLiteral("server"), d->summary.serverUrl},
                                      {QStringLiteral("accepted"), d->progress.accepted},
                                      {QStringLiteral("rejected"), d->progress.rejected},
                                      {QStringLiteral("conflicts"), d->progress.conflicts},
                                      {QStringLiteral("requests"), d->summary.requests},
                                      {QStringLiteral("stopped"), d->hasFatal ? d->fatal.code : QString()}}));
        SOHOA_TRY(tx->commit());
    }
    qCInfo(lcSync, "sync run: enqueue %.2f s, resolve %.2f s, prepare %.2f s, read pages %.2f s, upload %.2f s, "
                   "submit %.2f s, apply %.2f s; %d requests",
           d->phase.enqueue / 1e9, d->phase.resolve / 1e9, d->phase.prepare / 1e9, d->phase.readPages / 1e9,
           d->phase.upload / 1e9, d->phase.submit / 1e9, d->phase.apply / 1e9, d->summary.requests);
    if (d->hasFatal) {
        d->summary.stoppedCode = d->fatal.code;
        d->summary.stoppedMessage = d->fatal.message;
    }
    return d->summary;
}

Result<SyncSummary> syncNow(accounts::Session& session, const SyncOptions& options,
                            const std::function<void(const SyncProgress&)>& progress)
{
    SOHOA_TRY(session.require(accounts::Permission::Sync));
    SyncEngine engine(session.db(), session.actor(), options);
    if (progress)
        engine.setProgressHandler(progress);
    return engine.run();
}

} // namespace sohoa::sync
