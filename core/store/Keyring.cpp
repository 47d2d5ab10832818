#include "core/store/Keyring.h"

#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/crypto/KeyWrap.h"
#include "core/crypto/SealedBox.h"
#include "core/i18n/Tr.h"
#include "core/store/Errors.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QSaveFile>
#include <QUuid>
#include <cstring>
#include <sodium.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace sohoa::store {

namespace {

Error corrupt(const QString& why)
{
    return makeError(
        errors::kKeyringCorrupt,
        Tr::tr("The store's key file is damaged (%1). Restore the store folder from a backup.").arg(why));
}

QString b64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QString kindName(KeySlot::Kind k)
{
    return k == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("account");
}

// The authenticated part of one slot (what a key holder writes).
QJsonObject slotCore(const KeySlot& s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("kind"), kindName(s.kind)},
                  {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                  {QStringLiteral("salt"), b64(s.salt)},
                  {QStringLiteral("ops"), double(s.kdf.opsLimit)},
                  {QStringLiteral("mem"), double(s.kdf.memLimitBytes)},
                  {QStringLiteral("public_key"), b64(s.publicKey)},
                  {QStringLiteral("wrapped_secret_key"), b64(s.wrappedSecretKey)},
                  {QStringLiteral("sealed_data_key"), b64(s.sealedDataKey)}};
    if (s.createdAt.isValid())
        o.insert(QStringLiteral("created_at"), isoTimestamp(s.createdAt));
    if (!s.signPublicKey.isEmpty()) {
        o.insert(QStringLiteral("sign_public_key"), b64(s.signPublicKey));
        o.insert(QStringLiteral("wrapped_sign_secret_key"), b64(s.wrappedSignSecretKey));
    }
    return o;
}

#ifdef Q_OS_UNIX
Error writeError(const QString& file, int err)
{
    return makeError(err == ENOSPC || err == EDQUOT ? errors::kDiskFull : errors::kCannotWrite,
                     Tr::tr("Could not save the key file %1 (%2); the previous one is unchanged.")
                         .arg(file, QString::fromLocal8Bit(std::strerror(err))));
}

Result<void> writeAndSync(const QString& file, const QByteArray& bytes)
{
    const QByteArray path = QFile::encodeName(file);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(file, errno);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(path.constData());
            return writeError(file, err);
        }
        done += n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(path.constData());
        return writeError(file, err);
    }
    ::close(fd);
    return {};
}

void syncFolderOf(const QString& file)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(file).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}
#endif

} // namespace

Result<void> replaceFileDurably(const QString& from, const QString& to)
{
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return writeError(to, errno);
    syncFolderOf(to);
    return {};
#elif defined(Q_OS_WIN)
    // Replaces in one step and returns only once the rename is on disk.
    const QString nativeFrom = QDir::toNativeSeparators(from);
    const QString nativeTo = QDir::toNativeSeparators(to);
    if (!MoveFileExW(reinterpret_cast<LPCWSTR>(nativeFrom.utf16()),
                     reinterpret_cast<LPCWSTR>(nativeTo.utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return makeError(errors::kCannotWrite, Tr::tr("Could not replace %1.").arg(to));
    return {};
#else
#error "replaceFileDurably: no atomic replace for this platform"
#endif
}

void syncFolder(const QString& fileInFolder)
{
#ifdef Q_OS_UNIX
    syncFolderOf(fileInFolder);
#else
    Q_UNUSED(fileInFolder)
#endif
}

Keyring Keyring::createNew()
{
    Keyring k;
    k.m_storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    k.m_slotSalt = crypto::randomSalt();
    return k;
}

namespace {

QJsonObject locksJson(const QMap<QString, QDateTime>& locks)
{
    QJsonObject o;
    for (auto it = locks.cbegin(); it != locks.cend(); ++it)
        o.insert(it.key(), isoTimestamp(it.value()));
    return o;
}

} // namespace

void Keyring::sealLock(const QString& slotId, const QDateTime& until)
{
    if (!m_sealedLocks.contains(slotId) || m_sealedLocks.value(slotId) < until)
        m_sealedLocks.insert(slotId, until);
}

void Keyring::dropExpiredLocks(const QDateTime& now)
{
    for (auto it = m_sealedLocks.begin(); it != m_sealedLocks.end();) {
        if (it.value() <= now || !findSlot(it.key()))
            it = m_sealedLocks.erase(it);
        else
            ++it;
    }
}

QByteArray Keyring::chainStep(const QByteArray& prev, const QByteArray& sealedEvent)
{
    const QByteArray joined = prev + crypto::blake2b(sealedEvent);
    return crypto::blake2b(joined);
}

QByteArray Keyring::macOf(const crypto::SecretBytes& dataKey) const
{
    QJsonArray slots;
    for (const KeySlot& s : m_slots)
        slots.append(slotCore(s));
    const QJsonObject core{{QStringLiteral("format"), QStringLiteral("sohoa-keyring")},
                           {QStringLiteral("sealed_locks"), locksJson(m_sealedLocks)},
                           {QStringLiteral("store_id"), m_storeId},
                           {QStringLiteral("slot_salt"), b64(m_slotSalt)},
                           {QStringLiteral("events_public_key"), b64(m_eventsPublicKey)},
                           {QStringLiteral("generation"), double(m_generation)},
                           {QStringLiteral("events_anchor"), b64(m_eventsAnchor)},
                           {QStringLiteral("slots"), slots}};
    const QByteArray key = crypto::blake2bKeyed(
        QByteArrayLiteral("sohoa keyring mac v2"),
        QByteArrayView(reinterpret_cast<const char*>(dataKey.data()), qsizetype(dataKey.size())));
    return crypto::blake2bKeyed(canonicalJson(core), key);
}

bool Keyring::verify(const crypto::SecretBytes& dataKey) const
{
    return hasMac() && crypto::constantTimeEquals(m_mac, macOf(dataKey));
}

void Keyring::authenticate(const crypto::SecretBytes& dataKey)
{
    ++m_generation;
    m_mac = macOf(dataKey);
}

void Keyring::queueEvent(QJsonObject ev)
{
    if (m_eventsPublicKey.isEmpty())
        return;
    if (m_pendingEvents.size() >= kMaxPendingEvents) {
        ++m_eventsDropped;
        return;
    }
    const QByteArray prev = m_pendingEvents.isEmpty() ? m_eventsAnchor : [this] {
        QByteArray h = m_eventsAnchor;
        for (const QByteArray& e : m_pendingEvents)
            h = chainStep(h, e);
        return h;
    }();
    ev.insert(QStringLiteral("prev"), QString::fromLatin1(prev.toHex()));
    m_pendingEvents.append(crypto::sealTo(canonicalJson(ev), m_eventsPublicKey));
}

Result<Keyring> Keyring::load(const QString& file)
{
    QFile f(file);
    if (!f.exists())
        return makeError(errors::kNotFound, Tr::tr("No SoHoa store here: %1 is missing.").arg(file));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(errors::kCannotOpen, Tr::tr("Cannot read %1: %2").arg(file, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return corrupt(Tr::tr("file too large"));
    auto obj = parseJsonObject(f.readAll());
    if (!obj)
        return corrupt(obj.error().message);
    const QJsonObject& o = *obj;
    if (o.value(QLatin1String("format")).toString() != QLatin1String("sohoa-keyring"))
        return corrupt(Tr::tr("not a SoHoa key file"));
    const int version = o.value(QLatin1String("version")).toInt();
    if (version > kFormatVersion)
        return makeError(
            errors::kTooNew,
            Tr::tr("This store was written by a newer SoHoa (key file version %1). Install the newer "
                   "SoHoa to open it.")
                .arg(version));
    Keyring k;
    k.m_storeId = o.value(QLatin1String("store_id")).toString();
    k.m_slotSalt = unb64(o.value(QLatin1String("slot_salt")));
    k.m_eventsPublicKey = unb64(o.value(QLatin1String("events_public_key")));
    if (k.m_storeId.isEmpty() || k.m_slotSalt.size() != qsizetype(crypto::kSaltBytes))
        return corrupt(Tr::tr("store identity missing"));
    k.m_generation = qint64(o.value(QLatin1String("generation")).toDouble());
    k.m_eventsAnchor = unb64(o.value(QLatin1String("events_anchor")));
    const QJsonObject locks = o.value(QLatin1String("sealed_locks")).toObject();
    for (auto it = locks.begin(); it != locks.end(); ++it)
        k.m_sealedLocks.insert(it.key(), parseIsoTimestamp(it.value().toString()));
    k.m_mac = unb64(o.value(QLatin1String("mac")));
    k.m_eventsDropped = o.value(QLatin1String("events_dropped")).toInt();
    for (const QJsonValue& sv : o.value(QLatin1String("slots")).toArray()) {
        const QJsonObject s = sv.toObject();
        KeySlot slot;
        slot.id = s.value(QLatin1String("id")).toString();
        slot.kind = s.value(QLatin1String("kind")).toString() == QLatin1String("recovery")
                        ? KeySlot::Kind::Recovery
                        : KeySlot::Kind::Account;
        slot.salt = unb64(s.value(QLatin1String("salt")));
        slot.kdf.opsLimit = static_cast<std::uint64_t>(s.value(QLatin1String("ops")).toDouble());
        slot.kdf.memLimitBytes = static_cast<std::uint64_t>(s.value(QLatin1String("mem")).toDouble());
        slot.publicKey = unb64(s.value(QLatin1String("public_key")));
        slot.wrappedSecretKey = unb64(s.value(QLatin1String("wrapped_secret_key")));
        slot.sealedDataKey = unb64(s.value(QLatin1String("sealed_data_key")));
        slot.signPublicKey = unb64(s.value(QLatin1String("sign_public_key")));
        slot.wrappedSignSecretKey = unb64(s.value(QLatin1String("wrapped_sign_secret_key")));
        const QString created = s.value(QLatin1String("created_at")).toString();
        if (!created.isEmpty())
            slot.createdAt = parseIsoTimestamp(created);
        slot.failedAttempts = s.value(QLatin1String("failures")).toInt();
        const QString locked = s.value(QLatin1String("locked_until")).toString();
        if (!locked.isEmpty())
            slot.lockedUntil = parseIsoTimestamp(locked);
        if (slot.id.isEmpty() || slot.publicKey.isEmpty() || slot.wrappedSecretKey.isEmpty() ||
            slot.sealedDataKey.isEmpty())
            return corrupt(Tr::tr("a key slot is incomplete"));
        k.m_slots.append(slot);
    }
    for (const QJsonValue& ev : o.value(QLatin1String("pending_events")).toArray()) {
        if (k.m_pendingEvents.size() >= kMaxPendingEvents) {
            ++k.m_eventsDropped;
            continue;
        }
        k.m_pendingEvents.append(unb64(ev));
    }
    return k;
}

Result<Keyring> Keyring::loadVerified(const QString& file, const crypto::SecretBytes& dataKey)
{
    auto k = load(file);
    if (!k)
        return k.error();
    if (!k->verify(dataKey))
        return makeError(errors::kKeyringTampered,
                         Tr::tr("The store's key file was changed by a program other than SoHoa; nothing was "
                                "changed. Restore the store folder from a backup."));
    return k;
}

Result<void> Keyring::writeDurably(const QString& file) const
{
    QJsonArray slots;
    for (const KeySlot& s : m_slots) {
        QJsonObject o = slotCore(s);
        o.insert(QStringLiteral("failures"), s.failedAttempts);
        if (s.lockedUntil.isValid())
            o.insert(QStringLiteral("locked_until"), isoTimestamp(s.lockedUntil));
        slots.append(o);
    }
    QJsonArray events;
    for (const QByteArray& e : m_pendingEvents)
        events.append(b64(e));
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("sohoa-keyring")},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("store_id"), m_storeId},
                     {QStringLiteral("slot_salt"), b64(m_slotSalt)},
                     {QStringLiteral("events_public_key"), b64(m_eventsPublicKey)},
                     {QStringLiteral("generation"), double(m_generation)},
                     {QStringLiteral("events_anchor"), b64(m_eventsAnchor)},
                     {QStringLiteral("sealed_locks"), locksJson(m_sealedLocks)},
                     {QStringLiteral("slots"), slots},
                     {QStringLiteral("pending_events"), events},
                     {QStringLiteral("events_dropped"), m_eventsDropped}};
    if (hasMac())
        root.insert(QStringLiteral("mac"), b64(m_mac));
    const QByteArray bytes = canonicalJson(root);
#ifdef Q_OS_UNIX
    return writeAndSync(file, bytes);
#else
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(errors::kCannotWrite, Tr::tr("Cannot write %1: %2").arg(file, out.errorString()));
    if (out.write(bytes) != bytes.size() || !out.commit())
        return makeError(errors::kDiskFull,
                         Tr::tr("Could not save the key file %1 (%2); the previous one is unchanged.")
                             .arg(file, out.errorString()));
    return {};
#endif
}

Result<void> Keyring::save(const QString& file) const
{
    const QString temp = file + QStringLiteral(".saving");
    SOHOA_TRY(writeDurably(temp));
    return replaceFileDurably(temp, file);
}

QString Keyring::accountSlotId(const QString& accountName) const
{
    const QByteArray name = accountName.trimmed().toCaseFolded().toUtf8();
    return QString::fromLatin1(crypto::blake2bKeyed(name, m_slotSalt, 16).toHex());
}

KeySlot* Keyring::findSlot(const QString& id)
{
    for (KeySlot& s : m_slots)
        if (s.id == id)
            return &s;
    return nullptr;
}

const KeySlot* Keyring::findSlot(const QString& id) const
{
    return const_cast<Keyring*>(this)->findSlot(id);
}

KeySlot* Keyring::recoverySlot()
{
    for (KeySlot& s : m_slots)
        if (s.kind == KeySlot::Kind::Recovery)
            return &s;
    return nullptr;
}

void Keyring::putSlot(KeySlot slot)
{
    m_sealedLocks.remove(slot.id); // a new password (reset by an administrator) ends a lock
    if (KeySlot* existing = findSlot(slot.id))
        *existing = std::move(slot);
    else
        m_slots.append(std::move(slot));
}

bool Keyring::removeSlot(const QString& id)
{
    m_sealedLocks.remove(id);
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].id == id) {
            m_slots.removeAt(i);
            return true;
        }
    }
    return false;
}

Result<KeySlot> Keyring::makeSlot(const QString& id, KeySlot::Kind kind, const crypto::SecretBytes& dataKey,
                                  const QByteArray& secretUtf8, const crypto::KdfParams& kdf,
                                  const crypto::SecretBytes* signingSecretKey)
{
    KeySlot slot;
    slot.id = id;
    slot.kind = kind;
    slot.salt = crypto::randomSalt();
    slot.kdf = kdf;
    slot.createdAt = nowUtc();
    auto kek = crypto::derivePasswordKey(secretUtf8, slot.salt, kdf);
    if (!kek)
        return kek.error();
    const crypto::BoxKeyPair pair = crypto::BoxKeyPair::generate();
    slot.publicKey = pair.publicKey;
    slot.wrappedSecretKey = crypto::wrapKey(pair.secretKey, *kek);
    slot.sealedDataKey = crypto::sealTo(dataKey, slot.publicKey);
    {
        if (signingSecretKey && signingSecretKey->size() == crypto_sign_SECRETKEYBYTES) {
            QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
            crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()),
                                         signingSecretKey->data());
            slot.signPublicKey = pk;
            slot.wrappedSignSecretKey = crypto::wrapKey(*signingSecretKey, *kek);
        } else {
            (void)addSigningKey(slot, *kek);
        }
    }
    return slot;
}

Result<crypto::SecretBytes> Keyring::unwrapSigningKey(const KeySlot& slot, const crypto::SecretBytes& kek)
{
    auto sk = crypto::unwrapKey(slot.wrappedSignSecretKey, kek);
    if (!sk)
        return sk.error();
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    if (sk->size() != crypto_sign_SECRETKEYBYTES)
        return corrupt(Tr::tr("a signing key is damaged"));
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()), sk->data());
    if (pk != slot.signPublicKey)
        return corrupt(Tr::tr("a signing key is damaged"));
    return sk;
}

crypto::SecretBytes Keyring::addSigningKey(KeySlot& slot, const crypto::SecretBytes& kek)
{
    sync::SigningKeyPair pair = sync::SigningKeyPair::generate();
    slot.signPublicKey = pair.publicKey;
    slot.wrappedSignSecretKey = crypto::wrapKey(pair.secretKey, kek);
    return std::move(pair.secretKey);
}

Result<crypto::SecretBytes> Keyring::unwrapSlot(const KeySlot& slot, const QByteArray& secretUtf8,
                                                crypto::SecretBytes* kekOut)
{
    auto kek = crypto::derivePasswordKey(secretUtf8, slot.salt, slot.kdf);
    if (!kek)
        return kek.error();
    auto secretKey = crypto::unwrapKey(slot.wrappedSecretKey, *kek);
    if (!secretKey)
        return secretKey.error();
    auto dataKey = crypto::openSealedSecret(slot.sealedDataKey, slot.publicKey, *secretKey);
    if (dataKey && kekOut)
        *kekOut = std::move(*kek);
    return dataKey;
}

void Keyring::resealDataKey(const crypto::SecretBytes& newDataKey)
{
    for (KeySlot& s : m_slots)
        s.sealedDataKey = crypto::sealTo(newDataKey, s.publicKey);
}

QList<QByteArray> Keyring::takePendingEvents()
{
    for (const QByteArray& e : m_pendingEvents)
        m_eventsAnchor = chainStep(m_eventsAnchor, e);
    m_eventsDropped = 0;
    return std::exchange(m_pendingEvents, {});
}

struct KeyringLock::Impl {
    QLockFile lock;
    explicit Impl(const QString& path)
        : lock(path)
    {
    }
};

KeyringLock::KeyringLock(const QString& keyringFile)
    : m_impl(new Impl(keyringFile + QStringLiteral(".lock")))
{
    m_impl->lock.setStaleLockTime(30000);
    m_acquired = m_impl->lock.tryLock(20000);
}

KeyringLock::~KeyringLock()
{
    delete m_impl;
}

} // namespace sohoa::store
