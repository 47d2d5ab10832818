#include "core/sync/Device.h"

#include "core/common/Clock.h"
#include "core/crypto/SealedBox.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/sync/Errors.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>

namespace sohoa::sync {

namespace {

crypto::SecretBytes secretFromBlob(QByteArray blob)
{
    crypto::SecretBytes s = crypto::SecretBytes::copyOf(
        reinterpret_cast<const unsigned char*>(blob.constData()), size_t(blob.size()));
    crypto::wipe(blob);
    return s;
}

QByteArray blobFromSecret(const crypto::SecretBytes& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}

} // namespace

Error notEnrolledError()
{
    return makeError(errors::kNotEnrolled,
                     Tr::tr("This office is not enrolled with a registry yet. An administrator "
                            "runs 'sohoa-cli sync enrol --server URL --code CODE --ca FILE' "
                            "with the code from the registry."));
}

Result<DeviceKeys> loadDeviceKeys(store::Database& db)
{
    auto st =
        db.prepare("SELECT sign_public, sign_secret, box_public, box_secret FROM sync_device WHERE id = 1;");
    if (!st)
        return st.error();
    auto has = st->next();
    if (!has)
        return has.error();
    if (!*has)
        return notEnrolledError();
    DeviceKeys k;
    k.signPublicKey = st->blob(0);
    k.signSecretKey = secretFromBlob(st->blob(1));
    k.boxPublicKey = st->blob(2);
    k.boxSecretKey = secretFromBlob(st->blob(3));
    return k;
}

Result<DeviceKeys> loadOrCreateDeviceKeys(store::Database& db)
{
    auto existing = loadDeviceKeys(db);
    if (existing || existing.error().code != errors::kNotEnrolled)
        return existing;
    SigningKeyPair sign = SigningKeyPair::generate();
    crypto::BoxKeyPair box = crypto::BoxKeyPair::generate();
    auto st = db.prepare(
        "INSERT INTO sync_device (id, sign_public, sign_secret, box_public, box_secret, created_at) "
        "VALUES (1, ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    QByteArray signSecret = blobFromSecret(sign.secretKey);
    QByteArray boxSecret = blobFromSecret(box.secretKey);
    st->bindBlob(1, sign.publicKey).bindBlob(2, signSecret).bindBlob(3, box.publicKey).bindBlob(4, boxSecret);
    st->bind(5, nowIso());
    auto r = st->run();
    crypto::wipe(signSecret);
    crypto::wipe(boxSecret);
    if (!r)
        return r.error();
    return DeviceKeys{sign.publicKey, std::move(sign.secretKey), box.publicKey, std::move(box.secretKey)};
}

Result<RegistrySettings> loadRegistrySettings(store::Database& db)
{
    auto st =
        db.prepare("SELECT url, ca_pem, device_id, registry_name, package_public_key, receipt_public_key, "
                   "enrolled_at, enrolled_by FROM sync_registry WHERE id = 1;");
    if (!st)
        return st.error();
    auto has = st->next();
    if (!has)
        return has.error();
    RegistrySettings s;
    if (*has) {
        s.url = st->text(0);
        s.caPem = st->text(1);
        s.deviceId = st->text(2);
        s.registryName = st->text(3);
        s.packagePublicKey = st->blob(4);
        s.receiptPublicKey = st->blob(5);
        s.enrolledAt = st->text(6);
        s.enrolledBy = st->text(7);
    }
    return s;
}

Result<void> saveRegistrySettings(store::Database& db, const RegistrySettings& s)
{
    auto st = db.prepare("INSERT OR REPLACE INTO sync_registry (id, url, ca_pem, device_id, registry_name, "
                         "package_public_key, receipt_public_key, enrolled_at, enrolled_by) "
                         "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, s.url).bind(2, s.caPem).bind(3, s.deviceId).bind(4, s.registryName);
    st->bindBlob(5, s.packagePublicKey)
        .bindBlob(6, s.receiptPublicKey)
        .bind(7, s.enrolledAt)
        .bind(8, s.enrolledBy);
    return st->run();
}

Result<EnrolledDevice> loadEnrolledDevice(store::Database& db)
{
    SOHOA_TRY_ASSIGN(RegistrySettings settings, loadRegistrySettings(db));
    if (!settings.isEnrolled())
        return notEnrolledError();
    SOHOA_TRY_ASSIGN(DeviceKeys keys, loadDeviceKeys(db));
    return EnrolledDevice{std::move(settings), std::move(keys)};
}

} // namespace sohoa::sync
