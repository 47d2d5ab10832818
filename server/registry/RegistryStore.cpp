#include "server/registry/RegistryStore.h"

#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/crypto/SealedBox.h"
#include "core/store/WalCheckpointer.h"
#include "core/sync/Signature.h"
#include "server/registry/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sohoa::registry {

namespace {

QString infoFile(const QString& dir)
{
    return dir + QStringLiteral("/registry.json");
}

QString dbFile(const QString& dir)
{
    return dir + QStringLiteral("/registry.db");
}

constexpr int kSchemaVersion = 3;

// The registry's schema. Page images are stored as the chunks they arrived in,
// so a resumed upload only appends.
constexpr const char* kSchema = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE registry_keys (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  name           TEXT NOT NULL,
  package_public BLOB NOT NULL,
  package_secret BLOB NOT NULL,
  receipt_public BLOB NOT NULL,
  receipt_secret BLOB NOT NULL,
  created_at     TEXT NOT NULL
);
CREATE TABLE enrol_codes (
  code_hash  TEXT PRIMARY KEY,
  office     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at    TEXT,
  device_id  TEXT
) WITHOUT ROWID;
CREATE TABLE devices (
  device_id   TEXT PRIMARY KEY,
  office      TEXT NOT NULL,
  name        TEXT NOT NULL,
  sign_public BLOB NOT NULL UNIQUE,
  box_public  BLOB NOT NULL,
  store_id    TEXT NOT NULL DEFAULT '',
  enrolled_at TEXT NOT NULL,
  revoked_at  TEXT
) WITHOUT ROWID;
CREATE TABLE uploads (
  hash         TEXT PRIMARY KEY,
  size         INTEGER NOT NULL,
  received     INTEGER NOT NULL DEFAULT 0,
  complete     INTEGER NOT NULL DEFAULT 0,
  device_id    TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  completed_at TEXT
) WITHOUT ROWID;
CREATE TABLE upload_chunks (
  id     INTEGER PRIMARY KEY,
  hash   TEXT NOT NULL,
  offset INTEGER NOT NULL,
  data   BLOB NOT NULL,
  UNIQUE (hash, offset)
);
CREATE TABLE records (
  id           INTEGER PRIMARY KEY,
  registry_id  TEXT NOT NULL UNIQUE,
  registry     TEXT NOT NULL,
  record_type  TEXT NOT NULL,
  event_key    TEXT NOT NULL UNIQUE,
  fields       TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  device_id    TEXT NOT NULL,
  batch_key    TEXT NOT NULL,
  record_key   TEXT NOT NULL,
  channel      TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE TABLE record_pages (
  record_id INTEGER NOT NULL REFERENCES records (id),
  page_no   INTEGER NOT NULL,
  hash      TEXT NOT NULL,
  format    TEXT NOT NULL,
  PRIMARY KEY (record_id, page_no)
);
CREATE TABLE persons (
  personal_id   TEXT PRIMARY KEY,
  name_folded   TEXT NOT NULL,
  date_of_birth TEXT NOT NULL DEFAULT '',
  birth_year    TEXT NOT NULL DEFAULT '',
  registry_id   TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE answers (
  record_key   TEXT PRIMARY KEY,
  device_id    TEXT NOT NULL,
  batch_key    TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  status       TEXT NOT NULL,
  registry_id  TEXT,
  answer       TEXT NOT NULL,
  channel      TEXT NOT NULL,
  answered_at  TEXT NOT NULL,
  submissions  INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE INDEX answers_device ON answers (device_id, batch_key);
CREATE TABLE packages (
  package_id  TEXT PRIMARY KEY,
  device_id   TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  receipt_id  TEXT NOT NULL,
  receipt     BLOB NOT NULL,
  imports     INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
)SQL";

// Changes after schema 1, applied in order to new and older data folders.
// 2: event keys and the personal-id index are scoped to the office that owns
//    the event ("OFFICE<US>KEY": one office never meets another's records);
//    each device's upload bytes kept up to date by triggers (the quota is checked
//    without summing), an index to find abandoned uploads.
struct Migration {
    int version;
    const char* sql;
};
constexpr Migration kMigrations[] = {
    {2, R"SQL(
UPDATE records SET event_key = COALESCE((SELECT d.office FROM devices d WHERE d.device_id = records.device_id), '')
  || char(31) || event_key;
UPDATE persons SET personal_id = COALESCE((SELECT d.office FROM records r JOIN devices d ON d.device_id = r.device_id
  WHERE r.registry_id = persons.registry_id), '') || char(31) || personal_id;
CREATE INDEX uploads_unfinished ON uploads (complete, created_at);
CREATE TABLE device_usage (device_id TEXT PRIMARY KEY, bytes INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
INSERT INTO device_usage (device_id, bytes) SELECT device_id, SUM(size) FROM uploads GROUP BY device_id;
CREATE TRIGGER uploads_usage_insert AFTER INSERT ON uploads BEGIN
  INSERT OR IGNORE INTO device_usage (device_id, bytes) VALUES (NEW.device_id, 0);
  UPDATE device_usage SET bytes = bytes + NEW.size WHERE device_id = NEW.device_id;
END;
CREATE TRIGGER uploads_usage_delete AFTER DELETE ON uploads BEGIN
  UPDATE device_usage SET bytes = bytes - OLD.size WHERE device_id = OLD.device_id;
END;
)SQL"},
    // 3: each device's roster of accounts and keys (the approvals of its records
    //    are checked under it; its root administrator key is kept from the first
    //    roster) and the audit-chain heads it anchored; a device whose history
    //    forked from an anchor is marked and sends nothing more.
    {3, R"SQL(
CREATE TABLE device_rosters (
  device_id  TEXT PRIMARY KEY,
  roster     TEXT NOT NULL,
  root_key   BLOB NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_anchors (
  device_id TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  hash      BLOB NOT NULL,
  channel   TEXT NOT NULL,
  at        TEXT NOT NULL,
  PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;
CREATE TABLE device_forks (
  device_id TEXT PRIMARY KEY,
  at        TEXT NOT NULL,
  why       TEXT NOT NULL
) WITHOUT ROWID;
)SQL"},
};

Result<void> migrate(store::Database& db, int from)
{
    for (const Migration& m : kMigrations) {
        if (m.version <= from)
            continue;
        SOHOA_TRY(db.exec(m.sql));
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(m.version) + ';';
        SOHOA_TRY(db.exec(setVersion.constData()));
    }
    return {};
}

Result<crypto::SecretBytes> deriveKey(const QString& dir, QByteArray& passphrase)
{
    QFile f(infoFile(dir));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("registry.not_found"),
            Tr::tr("No registry data in %1 (registry.json is missing). Create it with 'serve-registry "
                   "init'.")
                .arg(dir));
    auto info = parseJsonObject(f.read(64 << 10));
    if (!info || info->value(QLatin1String("format")).toString() != QLatin1String("sohoa-registry"))
        return makeError(QStringLiteral("registry.corrupt"),
                         Tr::tr("%1 is not a SoHoa registry file.").arg(f.fileName()));
    crypto::KdfParams kdf;
    kdf.opsLimit = std::uint64_t(info->value(QLatin1String("ops")).toDouble());
    kdf.memLimitBytes = std::uint64_t(info->value(QLatin1String("mem")).toDouble());
    const QByteArray salt = QByteArray::fromBase64(info->value(QLatin1String("salt")).toString().toLatin1());
    if (!kdf.isAcceptable() || salt.size() != qsizetype(crypto::kSaltBytes))
        return makeError(QStringLiteral("registry.corrupt"), Tr::tr("%1 is damaged.").arg(f.fileName()));
    auto key = crypto::derivePasswordKey(passphrase, salt, kdf);
    crypto::wipe(passphrase);
    return key;
}

Result<void> applySettings(store::Database& db)
{
    // WAL with FULL sync: an answer the registry gave survives a power cut.
    // Upload chunks switch to NORMAL (see RegistryService): they become durable
    // with the next FULL commit, which is always the records that cite them.
    return db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -32000;");
}

} // namespace

bool RegistryStore::exists(const QString& dir)
{
    return QFileInfo::exists(infoFile(dir)) && QFileInfo::exists(dbFile(dir));
}

Result<void> RegistryStore::create(const QString& dir, QByteArray passphrase, const crypto::KdfParams& kdf,
                                   const QString& registryName)
{
    if (passphrase.size() < 12)
        return makeError(QStringLiteral("usage.weak_key"),
                         Tr::tr("The registry passphrase must have at least 12 characters."));
    if (QFileInfo::exists(infoFile(dir)) || QFileInfo::exists(dbFile(dir)))
        return makeError(QStringLiteral("registry.exists"), Tr::tr("%1 already holds a registry.").arg(dir));
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("registry.cannot_write"),
                         Tr::tr("Cannot create the folder %1.").arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray salt = crypto::randomSalt();
    const QJsonObject info{{QStringLiteral("format"), QStringLiteral("sohoa-registry")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                           {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                           {QStringLiteral("ops"), double(kdf.opsLimit)},
                           {QStringLiteral("mem"), double(kdf.memLimitBytes)},
                           {QStringLiteral("created_at"), nowIso()}};
    {
        QSaveFile out(infoFile(dir));
        const QByteArray bytes = canonicalJson(info);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return makeError(QStringLiteral("registry.cannot_write"),
                             Tr::tr("Cannot write %1: %2").arg(infoFile(dir), out.errorString()));
    }
    auto key = deriveKey(dir, passphrase);
    if (!key)
        return key.error();
    auto db = store::Database::open(dbFile(dir), *key, store::Database::OpenMode::CreateNew);
    if (!db)
        return db.error();
    SOHOA_TRY(applySettings(**db));
    auto tx = store::Transaction::begin(**db);
    if (!tx)
        return tx.error();
    SOHOA_TRY((*db)->exec(kSchema));
    const crypto::BoxKeyPair box = crypto::BoxKeyPair::generate();
    const sync::SigningKeyPair sign = sync::SigningKeyPair::generate();
    auto st =
        (*db)->prepare("INSERT INTO registry_keys (id, name, package_public, package_secret, receipt_public, "
                       "receipt_secret, created_at) VALUES (1, ?, ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, registryName).bindBlob(2, box.publicKey);
    st->bindBlob(
        3, QByteArray(reinterpret_cast<const char*>(box.secretKey.data()), qsizetype(box.secretKey.size())));
    st->bindBlob(4, sign.publicKey);
    st->bindBlob(5, QByteArray(reinterpret_cast<const char*>(sign.secretKey.data()),
                               qsizetype(sign.secretKey.size())));
    st->bind(6, nowIso());
    SOHOA_TRY(st->run());
    SOHOA_TRY(migrate(**db, 1));
    return tx->commit();
}

RegistryStore::~RegistryStore() = default;

Result<std::unique_ptr<RegistryStore>> RegistryStore::open(const QString& dir, QByteArray passphrase)
{
    auto key = deriveKey(dir, passphrase);
    if (!key)
        return key.error();
    std::unique_ptr<RegistryStore> s(new RegistryStore);
    s->m_dir = dir;
    s->m_dbKey = std::move(*key);
    auto db = store::Database::open(dbFile(dir), s->m_dbKey, store::Database::OpenMode::OpenExisting);
    if (!db) {
        if (db.error().code == QLatin1String("store.not_a_store"))
            return makeError(
                QStringLiteral("registry.wrong_key"),
                Tr::tr("The registry key does not open %1 (wrong passphrase or key file).").arg(dir));
        return db.error();
    }
    s->m_db = std::move(*db);
    auto version = s->m_db->queryInt("PRAGMA user_version;");
    if (!version)
        return version.error();
    if (*version >= 1 && *version < kSchemaVersion) {
        auto tx = store::Transaction::begin(*s->m_db);
        if (!tx)
            return tx.error();
        SOHOA_TRY(migrate(*s->m_db, int(*version)));
        SOHOA_TRY(tx->commit());
    } else if (*version != kSchemaVersion)
        return makeError(QStringLiteral("registry.version"),
                         Tr::tr("The registry data in %1 has schema %2; this program knows %3.")
                             .arg(dir)
                             .arg(*version)
                             .arg(kSchemaVersion));
    SOHOA_TRY(applySettings(*s->m_db));
    // The store's event-driven checkpointer copies the log back on a thread of
    // its own, so that the requests being served do not wait for it.
    s->m_db->useCheckpointer(store::WalCheckpointer::forFile(dbFile(dir), s->m_dbKey));
    auto st = s->m_db->prepare("SELECT name, package_public, package_secret, receipt_public, receipt_secret "
                               "FROM registry_keys WHERE id = 1;");
    if (!st)
        return st.error();
    auto has = st->next();
    if (!has)
        return has.error();
    if (!*has)
        return makeError(QStringLiteral("registry.corrupt"), Tr::tr("The registry's keys are missing."));
    s->m_keys.name = st->text(0);
    s->m_keys.packagePublicKey = st->blob(1);
    QByteArray ps = st->blob(2);
    s->m_keys.packageSecretKey = crypto::SecretBytes::copyOf(
        reinterpret_cast<const unsigned char*>(ps.constData()), size_t(ps.size()));
    crypto::wipe(ps);
    s->m_keys.receiptPublicKey = st->blob(3);
    QByteArray rs = st->blob(4);
    s->m_keys.receiptSecretKey = crypto::SecretBytes::copyOf(
        reinterpret_cast<const unsigned char*>(rs.constData()), size_t(rs.size()));
    crypto::wipe(rs);
    return s;
}

} // namespace sohoa::registry
