#include "core/sync/SyncEngine.h"

#include "core/audit/Actions.h"
#include "core/audit/AuditChain.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/sync/Approvals.h"
#include "core/sync/ClientThread.h"
#include "core/sync/Device.h"
#include "core/sync/Errors.h"
#include "core/sync/OutboxJournal.h"
#include "core/sync/Protocol.h"
#include "core/sync/SyncRound.h"

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
#include <deque>

namespace sohoa::sync {

// Where a run spends its time (QT_LOGGING_RULES="sohoa.sync.info=true").
Q_LOGGING_CATEGORY(lcSync, "sohoa.sync", QtWarningMsg)

namespace {

struct PhaseClock {
    QElapsedTimer t;
    qint64& sum;
    explicit PhaseClock(qint64& s)
        : sum(s)
    {
        t.start();
    }
    ~PhaseClock() { sum += t.nsecsElapsed(); }
};

bool isDeviceRefusal(const QString& code)
{
    return code == errors::kAuthUnknownDevice || code == errors::kAuthDeviceRevoked ||
           code == errors::kAuthBadSignature || code == errors::kAuthMissingSignature || code == errors::kTls;
}

bool isClockProblem(const QString& code)
{
    return code == errors::kAuthClockSkew || code == errors::kAuthStaleRequest;
}

QString advice(const QString& code)
{
    if (code == errors::kAuthUnknownDevice || code == errors::kAuthDeviceRevoked)
        return Tr::tr(
            "The registry does not accept this device any more: ask the registry for a new enrolment code "
            "and enrol again, then retry.");
    if (code == errors::kTls)
        return Tr::tr(
            "Check that the registry address is right; if the registry changed its certificate, enrol again "
            "with the new one.");
    if (code == errors::kAuthBadSignature)
        return Tr::tr("This device's key does not match the registry's record of it: enrol again.");
    if (code.startsWith(QLatin1String("audit.")))
        return Tr::tr(
            "This office's audit trail differs from what it showed the registry before: it was changed "
            "outside SoHoa. Nothing is sent until an administrator has checked the audit trail with "
            "the registry.");
    if (code.startsWith(QLatin1String("roster.")))
        return Tr::tr("The office's list of accounts and keys does not match the one the registry holds. An "
                      "administrator must check the accounts before anything is sent.");
    return Tr::tr("Report this to the registry's support with the code shown.");
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
            {QStringLiteral("stopped"),
             stoppedCode.isEmpty() ? QJsonValue()
                                   : QJsonValue(QJsonObject{{QStringLiteral("code"), stoppedCode},
                                                            {QStringLiteral("message"), stoppedMessage}})},
            {QStringLiteral("records"), list}};
}

struct SyncEngine::Impl {
    store::Database& db;
    QString actor;
    SyncOptions opt;
    RegistrySettings settings;
    DeviceKeys keys;
    // Rounds handed to the client's thread, oldest first: the one on the wire
    // and the one queued behind it. The engine touches a round again only after
    // waiting for its ticket. Declared before `net` so that the thread ends first.
    struct Launched {
        std::unique_ptr<detail::Round> round;
        quint64 ticket = 0;
    };
    std::deque<Launched> launched;
    // Set on the client's thread when a round did not go cleanly (a refusal, a
    // failure, Retry-After...): the rounds queued behind it are held back, not
    // sent, until the engine has recorded what happened and decided to go on.
    std::atomic_bool holdBack{false};
    std::unique_ptr<ClientThread> net;
    SyncProgress progress;
    SyncSummary summary;
    QSet<qint64> touched;
    QDateTime notBefore;
    int clockCorrections = 0;
    Error fatal;
    bool hasFatal = false;
    std::function<void()> report;
    CancelToken cancel;
    struct {
        qint64 enqueue = 0, resolve = 0, prepare = 0, readPages = 0, upload = 0, submit = 0, apply = 0;
    } phase;

    Impl(store::Database& d, QString a, SyncOptions o)
        : db(d)
        , actor(std::move(a))
        , opt(std::move(o))
    {
    }

    bool cancelled() const { return cancel.isCancelled(); }

    void say(const QString& message)
    {
        progress.message = message;
        if (report)
            report();
    }

    QList<HttpResponse> send(const QList<HttpRequest>& requests)
    {
        summary.requests += int(requests.size());
        QList<HttpResponse> out;
        net->run([&](RegistryClient& c) { out = c.callAll(requests); });
        return out;
    }

    bool gated() const { return notBefore.isValid() && notBefore > nowUtc(); }

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
        const QDateTime server =
            parseIsoTimestamp(r.errorDetails().value(QLatin1String("server_time")).toString());
        if (server.isValid() && clockCorrections < opt.maxClockCorrections) {
            ++clockCorrections;
            net->setClockOffset(nowUtc().secsTo(server));
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
                return journal::markFailed(
                    db, ids, SyncState::FailedWillRetry, code,
                    Tr::tr("%1 The clock difference was corrected; sending again.").arg(message), nowUtc(),
                    false);
            return journal::markFailed(db, ids, SyncState::NeedsAttention, code,
                                       Tr::tr("%1 Set this computer's date and time right.").arg(message), {},
                                       false);
        }
        if (code == errors::kCancelled)
            return journal::markFailed(db, ids, SyncState::FailedWillRetry, code,
                                       Tr::tr("The sync was stopped before the registry answered."), {},
                                       submission && r.answered == false);
        const bool retryable = !r.answered || r.status == 429 || r.status >= 500 ||
                               code == errors::kUploadHashMismatch || code == errors::kUploadMissing;
        if (!retryable)
            return journal::markFailed(
                db, ids, SyncState::NeedsAttention, code,
                Tr::tr("The registry refused the request: %1 %2").arg(message, advice(code)), {}, false);
        qint64 delay = backoffMs(attempts);
        if (r.retryAfterSeconds >= 0) {
            delay = qMax<qint64>(delay, qint64(r.retryAfterSeconds) * 1000);
            const QDateTime gate = nowUtc().addSecs(r.retryAfterSeconds);
            if (!notBefore.isValid() || gate > notBefore)
                notBefore = gate;
        }
        if ((code == errors::kUploadMissing || code == errors::kUploadHashMismatch) && attempts <= 3)
            delay = 0; // upload again at once; a registry that keeps losing images gets the normal backoff
        const QDateTime next = nowUtc().addMSecs(delay);
        // A request that may have reached the registry (no answer, or a server
        // error after it) is in doubt: the registry is asked before resending.
        const bool inDoubt = submission && (!r.answered || r.status >= 500);
        return journal::markFailed(
            db, ids, SyncState::FailedWillRetry, code,
            Tr::tr("%1 Will retry automatically (attempt %2).").arg(message).arg(attempts), next, inDoubt);
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
        say(Tr::tr("Asking the registry about %n record(s) whose delivery is uncertain.", nullptr,
                   int(records.size())));
        const HttpResponse resp =
            send({detail::jsonRequest(QStringLiteral("/v1/status"), {{QStringLiteral("records"), keys}})})
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

    // Reads what a round will send: asks the registry about in-doubt records
    // first, freezes payloads (hashing page images met for the first time) and
    // reads every image still to upload. Marking the records as sent is
    // launch()'s. Returns null when nothing is left to send.
    Result<std::unique_ptr<detail::Round>> prepare(const QList<journal::DueRecord>& due)
    {
        // Images held in memory per round (two launched rounds can be in memory at once).
        constexpr qint64 kImageBudget = 64 << 20;
        QList<journal::DueRecord> doubtful, candidates;
        for (const auto& r : due)
            (r.inDoubt ? doubtful : candidates).append(r);
        {
            PhaseClock pc(phase.resolve);
            auto unknown = resolve(doubtful);
            if (!unknown)
                return unknown.error();
            candidates += *unknown;
        }
        if (candidates.isEmpty() || hasFatal)
            return std::unique_ptr<detail::Round>();

        PhaseClock pc(phase.prepare);
        auto round = std::make_unique<detail::Round>();
        round->recordsPerRequest = opt.recordsPerRequest;
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        QStringList hashes;
        qint64 imageBytes = 0;
        for (const journal::DueRecord& candidate : std::as_const(candidates)) {
            if (imageBytes >= kImageBudget)
                break; // the rest waits for the next round
            QList<journal::DueRecord> one{candidate};
            {
                PhaseClock read(phase.readPages);
                SOHOA_TRY(journal::freezePages(db, one, &round->images));
            }
            const journal::DueRecord& r = one.front();
            for (const QJsonValue& p : r.payload.value(QLatin1String("pages")).toArray()) {
                const QString h = p.toObject().value(QLatin1String("hash")).toString();
                if (!hashes.contains(h)) {
                    hashes.append(h);
                    imageBytes += qint64(p.toObject().value(QLatin1String("size")).toDouble());
                }
            }
            round->records.append(r);
        }
        auto states = journal::pageStates(db, hashes);
        if (!states)
            return states.error();
        for (const journal::PageState& p : *states) {
            if (p.confirmed) {
                round->images.remove(p.hash);
                continue;
            }
            round->toUpload.append(detail::Upload{p.hash, p.size, 0, 0});
            (p.started ? round->ask : round->newlyStarted).append(p.hash);
            if (!round->images.contains(p.hash)) {
                PhaseClock read(phase.readPages);
                auto bytes = journal::pageBytes(db, p.hash);
                if (!bytes)
                    return bytes.error();
                round->images.insert(p.hash, *bytes);
            }
        }
        SOHOA_TRY(tx->commit());
        return round;
    }

    // Commits the round's records as being sent (and new images as begun),
    // then hands the round to the client's thread.
    Result<void> launch(std::unique_ptr<detail::Round> round)
    {
        {
            PhaseClock pc(phase.prepare);
            auto tx = store::Transaction::begin(db);
            if (!tx)
                return tx.error();
            QList<qint64> ids;
            for (const auto& r : round->records)
                ids.append(r.recordId);
            auto marked = journal::markSending(db, ids);
            if (!marked)
                return marked.error();
            if (marked->size() != ids.size()) {
                const QSet<qint64> keep(marked->begin(), marked->end());
                round->records.removeIf(
                    [&](const journal::DueRecord& r) { return !keep.contains(r.recordId); });
            }
            if (round->records.isEmpty())
                return tx->commit();
            for (const auto& r : round->records) {
                round->ids.append(r.recordId);
                round->batchIds.insert(r.batchId);
                touched.insert(r.recordId);
                round->attempts = qMax(round->attempts, r.attempts + 1);
            }
            SOHOA_TRY(journal::markPagesStarted(db, round->newlyStarted));
            for (qint64 b : std::as_const(round->batchIds))
                SOHOA_TRY(journal::noteBatchAttempt(db, b, Tr::tr("Sending to the registry.")));
            SOHOA_TRY(tx->commit());
        }
        say(Tr::tr("Sending %n record(s).", nullptr, int(round->records.size())));
        detail::Round* r = round.get();
        const quint64 ticket = net->start([this, r](RegistryClient& c) {
            if (holdBack || cancelled()) {
                r->heldBack = true;
                return;
            }
            detail::deliverRound(c, *r);
            if (!r->clean())
                holdBack = true;
        });
        launched.push_back({std::move(round), ticket});
        return {};
    }

    // Waits for the oldest launched round and records its answers (or, if it
    // was held back, makes its records due again as they were).
    Result<void> land()
    {
        net->wait(launched.front().ticket);
        const std::unique_ptr<detail::Round> landed = std::move(launched.front().round);
        launched.pop_front();
        if (launched.empty())
            holdBack = false; // nothing queued any more: the next launch is decided afresh
        summary.requests += landed->requests;
        summary.bytesUploaded += landed->bytesUploaded;
        progress.bytesUploaded += landed->bytesUploaded;
        phase.upload += landed->uploadNs;
        phase.submit += landed->submitNs;
        if (!landed->heldBack)
            return record(*landed);
        PhaseClock applyClock(phase.apply);
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        SOHOA_TRY(journal::unmarkSending(db, landed->ids));
        return tx->commit();
    }

    // Records what came back for a round, in one transaction.
    Result<void> record(const detail::Round& round)
    {
        PhaseClock applyClock(phase.apply);
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (round.askFailure) {
            SOHOA_TRY(fail(round.ids, *round.askFailure, round.attempts, false));
            return tx->commit();
        }
        SOHOA_TRY(journal::setPagesConfirmed(db, round.confirmed, true));
        for (auto it = round.pageFailure.constBegin(); it != round.pageFailure.constEnd(); ++it)
            SOHOA_TRY(fail({it.key()}, it.value(), round.attempts, false));
        QMap<qint64, QStringList> batchNotes;
        for (qsizetype i = 0; i < round.responses.size(); ++i) {
            const HttpResponse& r = round.responses[i];
            QList<qint64> partIds;
            for (const auto& rec : round.requestRecords[i])
                partIds.append(rec.recordId);
            const qint64 batchId = round.requestRecords[i].front().batchId;
            if (r.ok()) {
                const QJsonArray answers = r.json.value(QLatin1String("answers")).toArray();
                SOHOA_TRY(apply(answers, QStringLiteral("online")));
                QSet<QString> answered;
                for (const QJsonValue& a : answers)
                    answered.insert(a.toObject().value(QLatin1String("key")).toString());
                QList<qint64> missing;
                for (const auto& rec : round.requestRecords[i])
                    if (!answered.contains(rec.recordKey))
                        missing.append(rec.recordId);
                HttpResponse noAnswer;
                noAnswer.transportError = makeError(
                    errors::kNoAnswer, Tr::tr("The registry's reply had no answer for this record."));
                SOHOA_TRY(fail(missing, noAnswer, round.attempts, true));
                batchNotes[batchId].append(Tr::tr("%n answer(s) received.", nullptr, int(answers.size())));
                continue;
            }
            if (r.errorCode() == errors::kUploadMissing) {
                QStringList gone;
                for (const QJsonValue& h : r.errorDetails().value(QLatin1String("missing")).toArray())
                    gone.append(h.toString());
                SOHOA_TRY(journal::setPagesConfirmed(db, gone, false));
            }
            SOHOA_TRY(fail(partIds, r, round.attempts, true));
            batchNotes[batchId].append(r.errorMessage());
            SOHOA_TRY(audit::appendAudit(db, actor, audit::actions::kSyncAttemptFailed,
                                         QStringLiteral("batch:%1").arg(batchId),
                                         {{QStringLiteral("records"), int(partIds.size())},
                                          {QStringLiteral("code"), r.errorCode()},
                                          {QStringLiteral("http_status"), r.status}}));
        }
        for (auto it = batchNotes.constBegin(); it != batchNotes.constEnd(); ++it)
            SOHOA_TRY(journal::noteBatchAttempt(db, it.key(), it.value().join(QLatin1Char(' '))));
        SOHOA_TRY(tx->commit());
        say(Tr::tr("%1 accepted, %2 rejected, %3 conflicts so far.")
                .arg(progress.accepted)
                .arg(progress.rejected)
                .arg(progress.conflicts));
        return {};
    }

    // Rounds until nothing is due (or the run must stop, or patience runs out).
    // The next round is read from the store and queued while the one before it
    // is on the wire, so the client's thread goes from one to the next at once.
    // Before anything is sent: the office's roster (the registry checks the
    // records' approvals under it) and the audit chain's head, with the hash the
    // chain has at the head the registry anchored last (a history rewritten
    // since then is refused there). The registry's refusal stops the run; a
    // network failure does not (the records' own requests meet it too).
    Result<void> anchorOffice()
    {
        say(Tr::tr("Sending the office's roster and audit trail head to the registry."));
        const HttpResponse state = send({detail::jsonRequest(QStringLiteral("/v1/office"), {})}).front();
        // Only a refusal of the office's history or roster stops the run here;
        // anything else (network, revoked device, clock) the records' requests
        // meet too, and are marked by.
        auto refused = [this](const HttpResponse& r) {
            if (isClockProblem(r.errorCode()))
                learnClock(r);
            const QString code = r.errorCode();
            if (!r.answered ||
                (!code.startsWith(QLatin1String("audit.")) && !code.startsWith(QLatin1String("roster."))))
                return false;
            hasFatal = true;
            fatal = makeError(r.errorCode(), Tr::tr("The registry refused this office's state: %1 %2")
                                                 .arg(r.errorMessage(), advice(r.errorCode())));
            return true;
        };
        if (!state.ok()) {
            refused(state);
            return {};
        }
        SOHOA_TRY_ASSIGN(const QJsonArray roster, approvals::currentRoster(db));
        SOHOA_TRY_ASSIGN(const approvals::AuditHead head, approvals::auditHead(db));
        QJsonObject body{{QStringLiteral("roster"), roster},
                         {QStringLiteral("head"), approvals::headJson(head)}};
        const QJsonObject anchor = state.json.value(QLatin1String("anchor")).toObject();
        const qint64 anchoredSeq = approvals::seqOf(anchor.value(QLatin1String("seq")));
        SOHOA_TRY_ASSIGN(const QJsonArray checkpoints, approvals::auditCheckpoints(db, anchoredSeq));
        body.insert(QStringLiteral("checkpoints"), checkpoints);
        const HttpResponse update = send({detail::jsonRequest(QStringLiteral("/v1/office"), body)}).front();
        if (!update.ok()) {
            refused(update);
            return {};
        }
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        SOHOA_TRY(approvals::rememberCheckpoint(db, head.seq));
        return tx->commit();
    }

    Result<void> deliverAll()
    {
        constexpr size_t kDepth = 2; // launched rounds: one on the wire, one queued
        QElapsedTimer patience;
        patience.start();
        for (;;) {
            bool nothingDue = false;
            if (launched.size() < kDepth && !cancelled() && !hasFatal && !gated() && !holdBack) {
                auto due = journal::pickRecords(db, journal::Pick::DueOnline, opt.batchId,
                                                opt.recordsPerRequest * qMax(1, opt.maxParallel), 0);
                if (!due)
                    return due.error();
                nothingDue = due->isEmpty();
                if (!nothingDue) {
                    progress.total = qMax(progress.total, int(touched.size() + due->size()));
                    auto prepared = prepare(*due);
                    if (!prepared)
                        return prepared.error();
                    if (*prepared)
                        SOHOA_TRY(launch(std::move(*prepared)));
                    continue; // launch more, or land (when nothing was left to send, pick again)
                }
            }
            if (!launched.empty()) {
                SOHOA_TRY(land());
                continue;
            }
            if (cancelled() || hasFatal)
                return {};
            if (gated()) {
                if (patience.elapsed() + nowUtc().msecsTo(notBefore) > qint64(opt.patienceSeconds) * 1000)
                    return {};
                say(Tr::tr("The registry asked to wait until %1.")
                        .arg(notBefore.toLocalTime().toString(Qt::ISODate)));
                if (!waitUntil(notBefore))
                    return {};
                continue;
            }
            if (!nothingDue)
                continue;
            auto when = journal::nextRetryTime(db, opt.batchId);
            if (!when)
                return when.error();
            if (!when->isValid() ||
                patience.elapsed() + nowUtc().msecsTo(*when) > qint64(opt.patienceSeconds) * 1000)
                return {};
            say(Tr::tr("Waiting to retry at %1.").arg(when->toLocalTime().toString(Qt::ISODate)));
            if (!waitUntil(*when))
                return {};
        }
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
    SOHOA_TRY_ASSIGN(EnrolledDevice device, loadEnrolledDevice(d->db));
    d->settings = std::move(device.settings);
    d->keys = std::move(device.keys);
    const QUrl url(d->opt.serverUrl.isEmpty() ? d->settings.url : d->opt.serverUrl);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return makeError(
            errors::kUsageBadUrl,
            Tr::tr("The registry address must be an https:// URL (got '%1').").arg(url.toString()));
    auto trusted = parsePinnedCertificates(d->settings.caPem.toUtf8());
    if (!trusted)
        return trusted.error();
    d->summary.serverUrl = url.toString();
    d->net = std::make_unique<ClientThread>(ClientConfig{
        url, *trusted, d->settings.deviceId, &d->keys.signSecretKey, d->opt.timeoutMs, d->opt.maxParallel});

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
    SOHOA_TRY(d->anchorOffice());
    if (!d->hasFatal) {
        PhaseClock pc(d->phase.resolve);
        SOHOA_TRY(d->resolveAllInDoubt());
    }

    if (auto delivered = d->deliverAll(); !delivered) {
        if (!d->launched.empty()) // a store error with rounds on the wire: let them end before the run does
            d->net->wait(d->launched.back().ticket);
        return delivered.error();
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
        SOHOA_TRY(audit::appendAudit(d->db, d->actor, audit::actions::kSyncRun, QStringLiteral("outbox"),
                                     {{QStringLiteral("server"), d->summary.serverUrl},
                                      {QStringLiteral("accepted"), d->progress.accepted},
                                      {QStringLiteral("rejected"), d->progress.rejected},
                                      {QStringLiteral("conflicts"), d->progress.conflicts},
                                      {QStringLiteral("requests"), d->summary.requests},
                                      {QStringLiteral("stopped"), d->hasFatal ? d->fatal.code : QString()}}));
        SOHOA_TRY(tx->commit());
    }
    qCInfo(lcSync,
           "sync run: enqueue %.2f s, resolve %.2f s, prepare %.2f s, read pages %.2f s, upload %.2f s, "
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
