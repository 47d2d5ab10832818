#include "core/sync/Enrolment.h"

#include "core/audit/Actions.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/sync/Approvals.h"
#include "core/sync/Errors.h"
#include "core/sync/Protocol.h"
#include "core/sync/RegistryClient.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace sohoa::sync {

Result<RegistrySettings> enrolDevice(accounts::Session& session, const EnrolmentRequest& request)
{
    SOHOA_TRY(session.require(accounts::Permission::ManageSettings));
    const QUrl url(request.serverUrl);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return makeError(
            errors::kUsageBadUrl,
            Tr::tr("The registry address must be an https:// URL (got '%1').").arg(request.serverUrl));
    if (request.code.trimmed().isEmpty())
        return makeError(errors::kUsageNoCode, Tr::tr("Give the enrolment code from the registry."));
    auto trusted = parsePinnedCertificates(request.caPem);
    if (!trusted)
        return trusted.error();

    QByteArray signPublic, boxPublic;
    crypto::SecretBytes signSecret;
    {
        auto tx = store::Transaction::begin(session.db());
        if (!tx)
            return tx.error();
        auto keys = loadOrCreateDeviceKeys(session.db());
        if (!keys)
            return keys.error();
        SOHOA_TRY(tx->commit());
        signPublic = keys->signPublicKey;
        boxPublic = keys->boxPublicKey;
        signSecret = std::move(keys->signSecretKey);
    }
    QJsonObject body{{QStringLiteral("schema"), QLatin1String(protocol::kSchema)},
                     {QStringLiteral("code"), request.code.trimmed()},
                     {QStringLiteral("device_name"),
                      request.deviceName.isEmpty() ? QSysInfo::machineHostName() : request.deviceName},
                     {QStringLiteral("sign_public_key"), QString::fromLatin1(signPublic.toBase64())},
                     {QStringLiteral("box_public_key"), QString::fromLatin1(boxPublic.toBase64())},
                     {QStringLiteral("store_id"), session.storeId()}};
    // The office's roster (accounts, roles, public keys signed by an administrator):
    // the registry checks records' approvals under it, and keeps its root.
    auto roster = approvals::currentRoster(session.db());
    if (!roster)
        return roster.error();
    body.insert(QStringLiteral("roster"), *roster);
    body.insert(QStringLiteral("proof"),
                QString::fromLatin1(signDetached(canonicalJson(body), signSecret).toBase64()));

    RegistryClient client(ClientConfig{url, *trusted, {}, nullptr, request.timeoutMs, 1});
    HttpRequest req;
    req.path = QStringLiteral("/v1/enrol");
    req.body = canonicalJson(body);
    const HttpResponse resp = client.call(req);
    if (!resp.ok())
        return makeError(resp.errorCode().startsWith(QLatin1String("sync.")) ? resp.errorCode()
                                                                             : errors::kEnrolRefused,
                         Tr::tr("Enrolment failed: %1").arg(resp.errorMessage()));
    RegistrySettings s;
    s.url = url.toString();
    s.caPem = QString::fromLatin1(request.caPem);
    s.deviceId = resp.json.value(QLatin1String("device_id")).toString();
    s.registryName = resp.json.value(QLatin1String("registry_name")).toString();
    s.packagePublicKey =
        QByteArray::fromBase64(resp.json.value(QLatin1String("package_public_key")).toString().toLatin1());
    s.receiptPublicKey =
        QByteArray::fromBase64(resp.json.value(QLatin1String("receipt_public_key")).toString().toLatin1());
    s.enrolledAt = nowIso();
    s.enrolledBy = session.actor();
    if (s.deviceId.isEmpty() || s.packagePublicKey.size() != 32 ||
        s.receiptPublicKey.size() != kSigningPublicKeyBytes)
        return makeError(errors::kEnrolRefused, Tr::tr("The registry's enrolment answer is incomplete."));

    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    SOHOA_TRY(saveRegistrySettings(session.db(), s));
    SOHOA_TRY(session.audit(audit::actions::kSyncEnrolled, QStringLiteral("registry"),
                            {{QStringLiteral("url"), s.url},
                             {QStringLiteral("device_id"), s.deviceId},
                             {QStringLiteral("registry_name"), s.registryName},
                             {QStringLiteral("office"), resp.json.value(QLatin1String("office"))}}));
    SOHOA_TRY(tx->commit());
    return s;
}

} // namespace sohoa::sync
