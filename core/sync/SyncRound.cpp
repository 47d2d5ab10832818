#include "core/sync/SyncRound.h"

#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/sync/Errors.h"
#include "core/sync/Protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace sohoa::sync::detail {

namespace {

HttpResponse refusalResponse(const QJsonObject& refused)
{
    HttpResponse r;
    r.answered = true;
    r.status = 422;
    r.json = QJsonObject{{QStringLiteral("error"), refused}};
    return r;
}

HttpResponse localFailure(const QString& code, const QString& message)
{
    HttpResponse r;
    r.transportError = makeError(code, message);
    return r;
}

QList<HttpResponse> send(RegistryClient& client, Round& round, const QList<HttpRequest>& requests, qint64& ns)
{
    QElapsedTimer t;
    t.start();
    round.requests += int(requests.size());
    QList<HttpResponse> out = client.callAll(requests);
    ns += t.nsecsElapsed();
    return out;
}

// Uploads what the registry does not hold yet, many small images (or one
// piece of a large one) per request, until each image is complete or failed.
void upload(RegistryClient& client, Round& round)
{
    constexpr qint64 kBundleBytes = 2 << 20;
    QList<Upload> pending = round.toUpload;
    while (!pending.isEmpty()) {
        QList<QList<protocol::UploadPart>> bundles;
        QList<QList<qsizetype>> members;
        qint64 bundleBytes = 0;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const Upload& u = pending[i];
            const auto data = round.images.constFind(u.hash);
            if (data == round.images.constEnd()) { // the engine reads every image first; never sent unread
                round.failedPages.insert(u.hash,
                                         localFailure(QStringLiteral("page.not_found"),
                                                      Tr::tr("No page image with hash %1.").arg(u.hash)));
                continue;
            }
            protocol::UploadPart part{u.hash, u.offset, u.size,
                                      data->mid(u.offset, protocol::kMaxUploadChunk)};
            if (bundles.isEmpty() || bundleBytes + part.bytes.size() > kBundleBytes ||
                bundles.last().size() >= protocol::kMaxPartsPerBundle) {
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
            r.body = protocol::uploadBundleHead(b);
            for (const protocol::UploadPart& part : b)
                r.moreBody.append(part.bytes);
            requests.append(r);
        }
        bundles.clear(); // the request bodies hold the bytes now
        const QList<HttpResponse> responses = send(client, round, requests, round.uploadNs);
        QList<Upload> next;
        for (qsizetype b = 0; b < members.size(); ++b) {
            const HttpResponse& r = responses[b];
            const QJsonObject uploads = r.json.value(QLatin1String("uploads")).toObject();
            const QJsonObject refused = r.json.value(QLatin1String("refused")).toObject();
            for (qsizetype k : members[b]) {
                Upload u = pending[k];
                const qint64 partBytes = qMin<qint64>(u.size - u.offset, protocol::kMaxUploadChunk);
                QJsonObject state;
                if (!r.ok()) {
                    round.failedPages.insert(u.hash, r);
                    continue;
                }
                if (uploads.contains(u.hash)) {
                    state = uploads.value(u.hash).toObject();
                    round.bytesUploaded += partBytes;
                } else if (refused.value(u.hash).toObject().value(QLatin1String("code")).toString() ==
                           errors::kUploadOffsetMismatch) {
                    state = refused.value(u.hash).toObject();
                } else if (refused.contains(u.hash)) {
                    round.failedPages.insert(u.hash, refusalResponse(refused.value(u.hash).toObject()));
                    continue;
                } else {
                    round.failedPages.insert(
                        u.hash, localFailure(errors::kNoAnswer,
                                             Tr::tr("The registry's reply had no answer for a page "
                                                    "image.")));
                    continue;
                }
                if (state.value(QLatin1String("complete")).toBool()) {
                    round.confirmed.append(u.hash);
                    round.images.remove(u.hash);
                    continue;
                }
                const qint64 received = qint64(state.value(QLatin1String("received")).toDouble());
                if (received <= u.offset && ++u.stalls > 2) {
                    round.failedPages.insert(
                        u.hash, localFailure(errors::kUploadStalled,
                                             Tr::tr("The registry does not take the rest of a page "
                                                    "image.")));
                    continue;
                }
                u.offset = received;
                next.append(u);
            }
        }
        pending = next;
    }
}

} // namespace

bool Round::clean() const
{
    if (askFailure || !failedPages.isEmpty())
        return false;
    return std::all_of(responses.cbegin(), responses.cend(), [](const HttpResponse& r) { return r.ok(); });
}

HttpRequest jsonRequest(const QString& path, QJsonObject body)
{
    body.insert(QStringLiteral("schema"), QLatin1String(protocol::kSchema));
    HttpRequest r;
    r.path = path;
    r.body = canonicalJson(body);
    return r;
}

void deliverRound(RegistryClient& client, Round& round)
{
    if (!round.ask.isEmpty()) {
        // Partial uploads from an earlier attempt continue where the registry stands.
        const HttpResponse s =
            send(client, round,
                 {jsonRequest(QStringLiteral("/v1/status"),
                              {{QStringLiteral("uploads"), QJsonArray::fromStringList(round.ask)}})},
                 round.uploadNs)
                .front();
        if (!s.ok()) {
            round.askFailure = s;
            return;
        }
        const QJsonObject held = s.json.value(QLatin1String("uploads")).toObject();
        for (Upload& u : round.toUpload) {
            const QJsonObject h = held.value(u.hash).toObject();
            if (h.value(QLatin1String("complete")).toBool())
                round.confirmed.append(u.hash);
            else
                u.offset = qint64(h.value(QLatin1String("received")).toDouble());
        }
        round.toUpload.erase(
            std::remove_if(round.toUpload.begin(), round.toUpload.end(),
                           [&](const Upload& u) { return round.confirmed.contains(u.hash); }),
            round.toUpload.end());
    }
    if (!round.toUpload.isEmpty())
        upload(client, round);
    round.images.clear();

    // Records whose pages are all there go out, grouped by batch and registry.
    QMap<QPair<QString, QString>, QList<journal::DueRecord>> groups;
    for (const auto& r : round.records) {
        bool ready = true;
        for (const QString& h : protocol::pageHashesOf(r.payload)) {
            if (round.failedPages.contains(h)) {
                round.pageFailure.insert(r.recordId, round.failedPages.value(h));
                ready = false;
                break;
            }
        }
        if (ready)
            groups[{r.batchKey, r.registry}].append(r);
    }
    QList<HttpRequest> requests;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const QList<journal::DueRecord>& list = it.value();
        for (qsizetype from = 0; from < list.size(); from += round.recordsPerRequest) {
            const QList<journal::DueRecord> part = list.mid(from, round.recordsPerRequest);
            QJsonArray payloads;
            for (const auto& r : part)
                payloads.append(r.payload);
            protocol::Registry registry = protocol::Registry::CivilStatus;
            protocol::registryFromName(it.key().second, registry);
            requests.append(jsonRequest(
                protocol::recordsPath(registry),
                {{QStringLiteral("batch"), QJsonObject{{QStringLiteral("key"), part.front().batchKey},
                                                       {QStringLiteral("name"), part.front().batchName}}},
                 {QStringLiteral("records"), payloads}}));
            round.requestRecords.append(part);
        }
    }
    round.responses = send(client, round, requests, round.submitNs);
}

} // namespace sohoa::sync::detail
