// RegistryService: enrolment codes and devices.
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/sync/Package.h"
#include "core/sync/Receipt.h"
#include "core/sync/Signature.h"
#include "core/text/SearchFold.h"
#include "server/registry/RegistryRecordTypes.h"
#include "server/registry/RegistryService.h"
#include "server/registry/RegistryServiceSupport.h"
#include "server/registry/Tr.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

namespace sohoa::registry {

using namespace service_support;
using sync::protocol::Registry;

namespace {

// Crockford base32 without look-alikes; the code is typed by a person.
constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString normalizeCode(const QString& typed)
{
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        out.append(c);
    }
    return out;
}

QString codeHash(const QString& normalized)
{
    return QString::fromLatin1(crypto::blake2b(normalized.toUtf8()).toHex());
}

} // namespace

// ---- enrolment

Result<QString> RegistryService::issueEnrolmentCode(const QString& office, int validHours)
{
    if (office.trimmed().isEmpty())
        return makeError(QStringLiteral("usage.no_office"), Tr::tr("Name the office the code is for."));
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(32)]));
    }
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    SOHOA_TRY(m_db.execute(
        "INSERT INTO enrol_codes (code_hash, office, created_at, expires_at) VALUES (?, ?, ?, ?);",
        codeHash(normalizeCode(code)), office.simplified(), nowIso(),
        isoTimestamp(nowUtc().addSecs(qint64(qMax(1, validHours)) * 3600))));
    SOHOA_TRY(tx->commit());
    return code;
}

Result<QJsonObject> RegistryService::enrol(const QJsonObject& request)
{
    const QByteArray signPublic = unb64(request.value(QLatin1String("sign_public_key")));
    const QByteArray boxPublic = unb64(request.value(QLatin1String("box_public_key")));
    const QByteArray proof = unb64(request.value(QLatin1String("proof")));
    const QString name = request.value(QLatin1String("device_name")).toString().simplified().left(200);
    if (signPublic.size() != sync::kSigningPublicKeyBytes || boxPublic.size() != 32)
        return invalid(Tr::tr("The device's public keys are missing or malformed."));
    QJsonObject unsigned_ = request;
    unsigned_.remove(QStringLiteral("proof"));
    if (!sync::verifyDetached(proof, canonicalJson(unsigned_), signPublic))
        return makeError(QStringLiteral("auth.bad_signature"),
                         Tr::tr("The enrolment request is not signed by the key it presents."));
    const QString hash = codeHash(normalizeCode(request.value(QLatin1String("code")).toString()));

    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(m_db));
    SOHOA_TRY_ASSIGN(
        auto st,
        m_db.queryRow("SELECT office, expires_at, used_at, device_id FROM enrol_codes WHERE code_hash = ?;",
                      hash));
    const Error badCode =
        makeError(QStringLiteral("enrol.bad_code"),
                  Tr::tr("This enrolment code is unknown, expired or already used. Ask the registry "
                         "administrator for a new one."));
    if (!st)
        return badCode;
    const QString office = st->text(0);
    const QDateTime expires = parseIsoTimestamp(st->text(1));
    const bool used = !st->isNull(2);
    QString deviceId = st->text(3);
    st->reset();
    if (used) {
        // The same device retrying after a lost answer gets the same answer.
        auto d = device(deviceId);
        if (!d || d->signPublicKey != signPublic)
            return badCode;
    } else {
        if (expires < nowUtc())
            return badCode;
        SOHOA_TRY_ASSIGN(store::Statement existing,
                         m_db.prepare("SELECT device_id FROM devices WHERE sign_public = ?;"));
        existing.bindBlob(1, signPublic);
        if (auto e = existing.next(); !e)
            return e.error();
        else if (*e)
            return makeError(QStringLiteral("enrol.key_in_use"),
                             Tr::tr("This device key is already enrolled."));
        deviceId = QStringLiteral("dev-") + QString::fromLatin1(crypto::blake2b(signPublic, 8).toHex());
        SOHOA_TRY_ASSIGN(
            store::Statement ins,
            m_db.prepare("INSERT INTO devices (device_id, office, name, sign_public, box_public, "
                         "store_id, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?);"));
        ins.bind(1, deviceId).bind(2, office).bind(3, name).bindBlob(4, signPublic).bindBlob(5, boxPublic);
        ins.bind(6, request.value(QLatin1String("store_id")).toString().left(100)).bind(7, nowIso());
        SOHOA_TRY(ins.run());
        // The office's roster as the enrolling administrator's SoHoa sent it: its
        // root administrator key is kept; later rosters must extend it.
        if (request.contains(QLatin1String("roster"))) {
            if (!request.value(QLatin1String("roster")).isArray())
                return invalid(Tr::tr("The roster must be a list."));
            SOHOA_TRY(putRoster(deviceId, request.value(QLatin1String("roster")).toArray()));
        }
        SOHOA_TRY(m_db.execute("UPDATE enrol_codes SET used_at = ?, device_id = ? WHERE code_hash = ?;",
                               nowIso(), deviceId, hash));
    }
    SOHOA_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("schema"), QLatin1String(sync::protocol::kSchema)},
                       {QStringLiteral("device_id"), deviceId},
                       {QStringLiteral("office"), office},
                       {QStringLiteral("registry_name"), m_store.keys().name},
                       {QStringLiteral("package_public_key"), b64(m_store.keys().packagePublicKey)},
                       {QStringLiteral("receipt_public_key"), b64(m_store.keys().receiptPublicKey)},
                       {QStringLiteral("server_time"), nowIso()}};
}

Result<Device> RegistryService::device(const QString& deviceId)
{
    SOHOA_TRY_ASSIGN(
        auto st, cachedRow(m_db,
                           "SELECT device_id, office, name, sign_public, box_public, enrolled_at, revoked_at "
                           "FROM devices WHERE device_id = ?;",
                           deviceId));
    if (!st)
        return makeError(QStringLiteral("auth.unknown_device"),
                         Tr::tr("The device '%1' is not enrolled with this registry.").arg(deviceId));
    return Device{st->text(0), st->text(1), st->text(2),   st->blob(3),
                  st->blob(4), st->text(5), !st->isNull(6)};
}

Result<QList<Device>> RegistryService::devices()
{
    SOHOA_TRY_ASSIGN(store::Statement st,
                     m_db.prepare("SELECT device_id FROM devices ORDER BY enrolled_at;"));
    QStringList ids;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) { ids.append(row.text(0)); }));
    QList<Device> out;
    for (const QString& id : ids) {
        auto d = device(id);
        if (!d)
            return d.error();
        out.append(*d);
    }
    return out;
}

Result<void> RegistryService::revokeDevice(const QString& deviceId)
{
    SOHOA_TRY(device(deviceId));
    return m_db.execute("UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL;",
                        nowIso(), deviceId);
}

} // namespace sohoa::registry
