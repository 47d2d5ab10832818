#include "registry/RegistryService.h"

#include "common/Clock.h"
#include "common/Json.h"
#include "crypto/Hash.h"
#include "registry/RegistryRecordTypes.h"
#include "sync/Package.h"
#include "sync/Receipt.h"
#include "sync/Signature.h"
#include "text/SearchFold.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

namespace sohoa::registry {

using sync::protocol::Registry;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::registry", text);
}

QString b64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

Error invalid(const QString& why)
{
    return makeError(QStringLiteral("request.invalid"), why);
}

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

bool isIsoDate(const QString& s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

struct PersonRef {
    QString idField, id, name, dateOfBirth, birthYear;
};

QList<PersonRef> personsOf(const RegistryRecordType& type, const QJsonObject& f)
{
    QList<PersonRef> out;
    for (const RegistryPersonFields& p : type.persons) {
        const QString id = f.value(p.id).toString();
        if (id.isEmpty())
            continue;
        out.append({p.id, id, f.value(p.name).toString(),
                    p.dateOfBirth.isEmpty() ? QString() : f.value(p.dateOfBirth).toString(),
                    p.birthYear.isEmpty() ? QString() : f.value(p.birthYear).toString()});
    }
    return out;
}

// Event keys and personal ids are kept per office (schema 2).
QString officeScoped(const QString& office, const QString& key)
{
    return office + QChar(0x1f) + key;
}

QJsonObject reason(const QString& code, const QString& message, const QString& field = {})
{
    QJsonObject r{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        r.insert(QStringLiteral("field"), field);
    return r;
}

// The checks a registry makes before it takes a record (a subset of the
// office's validation, which it cannot take on trust).
QJsonObject validate(const RegistryRecordType& rules, const QJsonObject& fields)
{
    const QString& type = rules.type;
    for (const QString& key : rules.required) {
        if (fields.value(key).toString().trimmed().isEmpty())
            return reason(QStringLiteral("required.missing"),
                          tr("The registry requires the field '%1' for a %2 record.").arg(key, type), key);
    }
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!it.value().isString())
            return reason(QStringLiteral("field.not_text"), tr("The field '%1' is not text.").arg(it.key()),
                          it.key());
        const QString v = it.value().toString();
        if ((it.key().contains(QLatin1String("date")) && !it.key().contains(QLatin1String("notice"))) &&
            !isIsoDate(v))
            return reason(QStringLiteral("date.invalid"), tr("'%1' is not a date (YYYY-MM-DD).").arg(v),
                          it.key());
        if (it.key().endsWith(QLatin1String("personal_id"))) {
            const bool oldId = rules.oldPersonalIdLengths.contains(int(v.size()));
            if (!allDigits(v) || (v.size() != 12 && !oldId))
                return reason(QStringLiteral("personal_id.format"),
                              tr("'%1' is not a personal identification number (12 digits).").arg(v),
                              it.key());
        }
    }
    return {};
}

} // namespace

QJsonObject RegistryStats::toJson() const
{
    return {{QStringLiteral("devices"), double(devices)},
            {QStringLiteral("records"), double(records)},
            {QStringLiteral("answers"), double(answers)},
            {QStringLiteral("accepted"), double(accepted)},
            {QStringLiteral("rejected"), double(rejected)},
            {QStringLiteral("conflicts"), double(conflicts)},
            {QStringLiteral("resubmitted_records"), double(resubmittedRecords)},
            {QStringLiteral("repeated_chunks"), double(repeatedChunks)},
            {QStringLiteral("uploads_complete"), double(uploadsComplete)},
            {QStringLiteral("packages_imported"), double(packagesImported)}};
}

RegistryService::RegistryService(RegistryStore& store)
    : m_store(store)
    , m_db(store.db())
{
}

RegistryService::RegistryService(RegistryStore& store, store::Database& db)
    : m_store(store)
    , m_db(db)
{
}

Result<void> RegistryService::bumpCounter(const char* name, qint64 by)
{
    auto ins = m_db.cached("INSERT OR IGNORE INTO counters (name, value) VALUES (?, 0);");
    if (!ins)
        return ins.error();
    ins->bind(1, name);
    SOHOA_TRY(ins->run());
    auto up = m_db.cached("UPDATE counters SET value = value + ? WHERE name = ?;");
    if (!up)
        return up.error();
    up->bind(1, by).bind(2, name);
    return up->run();
}

Result<QString> RegistryService::nextRegistryId(const QString& prefix)
{
    const QByteArray counter = QByteArray("seq.") + prefix.toLatin1();
    SOHOA_TRY(bumpCounter(counter.constData()));
    auto st = m_db.cached("SELECT value FROM counters WHERE name = ?;");
    if (!st)
        return st.error();
    st->bind(1, counter.constData());
    if (auto has = st->next(); !has)
        return has.error();
    return QStringLiteral("%1-%2").arg(prefix).arg(st->integer(0), 8, 10, QLatin1Char('0'));
}

// ---- enrolment

Result<QString> RegistryService::issueEnrolmentCode(const QString& office, int validHours)
{
    if (office.trimmed().isEmpty())
        return makeError(QStringLiteral("usage.no_office"), tr("Name the office the code is for."));
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(32)]));
    }
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto st = m_db.prepare(
        "INSERT INTO enrol_codes (code_hash, office, created_at, expires_at) VALUES (?, ?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, codeHash(normalizeCode(code))).bind(2, office.simplified()).bind(3, nowIso());
    st->bind(4, isoTimestamp(nowUtc().addSecs(qint64(qMax(1, validHours)) * 3600)));
    SOHOA_TRY(st->run());
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
        return invalid(tr("The device's public keys are missing or malformed."));
    QJsonObject unsigned_ = request;
    unsigned_.remove(QStringLiteral("proof"));
    if (!sync::verifyDetached(proof, canonicalJson(unsigned_), signPublic))
        return makeError(QStringLiteral("auth.bad_signature"),
                         tr("The enrolment request is not signed by the key it presents."));
    const QString hash = codeHash(normalizeCode(request.value(QLatin1String("code")).toString()));

    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto st =
        m_db.prepare("SELECT office, expires_at, used_at, device_id FROM enrol_codes WHERE code_hash = ?;");
    if (!st)
        return st.error();
    st->bind(1, hash);
    auto has = st->next();
    if (!has)
        return has.error();
    const Error badCode =
        makeError(QStringLiteral("enrol.bad_code"),
                  tr("This enrolment code is unknown, expired or already used. Ask the registry "
                     "administrator for a new one."));
    if (!*has)
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
        auto existing = m_db.prepare("SELECT device_id FROM devices WHERE sign_public = ?;");
        if (!existing)
            return existing.error();
        existing->bindBlob(1, signPublic);
        if (auto e = existing->next(); !e)
            return e.error();
        else if (*e)
            return makeError(QStringLiteral("enrol.key_in_use"), tr("This device key is already enrolled."));
        deviceId = QStringLiteral("dev-") + QString::fromLatin1(crypto::blake2b(signPublic, 8).toHex());
        auto ins =
            m_db.prepare("INSERT INTO devices (device_id, office, name, sign_public, box_public, store_id, "
                         "enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?);");
        if (!ins)
            return ins.error();
        ins->bind(1, deviceId).bind(2, office).bind(3, name).bindBlob(4, signPublic).bindBlob(5, boxPublic);
        ins->bind(6, request.value(QLatin1String("store_id")).toString().left(100)).bind(7, nowIso());
        SOHOA_TRY(ins->run());
        auto use = m_db.prepare("UPDATE enrol_codes SET used_at = ?, device_id = ? WHERE code_hash = ?;");
        if (!use)
            return use.error();
        use->bind(1, nowIso()).bind(2, deviceId).bind(3, hash);
        SOHOA_TRY(use->run());
    }
    SOHOA_TRY(tx->commit());
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
    auto st = m_db.cached("SELECT device_id, office, name, sign_public, box_public, enrolled_at, revoked_at "
                          "FROM devices WHERE device_id = ?;");
    if (!st)
        return st.error();
    st->bind(1, deviceId);
    auto has = st->next();
    if (!has)
        return has.error();
    if (!*has)
        return makeError(QStringLiteral("auth.unknown_device"),
                         tr("The device '%1' is not enrolled with this registry.").arg(deviceId));
    return Device{st->text(0), st->text(1), st->text(2),   st->blob(3),
                  st->blob(4), st->text(5), !st->isNull(6)};
}

Result<QList<Device>> RegistryService::devices()
{
    auto st = m_db.prepare("SELECT device_id FROM devices ORDER BY enrolled_at;");
    if (!st)
        return st.error();
    QStringList ids;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { ids.append(row.text(0)); }));
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
    auto st = m_db.prepare("UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL;");
    if (!st)
        return st.error();
    st->bind(1, nowIso()).bind(2, deviceId);
    return st->run();
}

// ---- status and uploads

Result<QJsonObject> RegistryService::status(const Device& device, const QJsonObject& request)
{
    const QJsonArray keys = request.value(QLatin1String("records")).toArray();
    const QJsonArray hashes = request.value(QLatin1String("uploads")).toArray();
    if (keys.size() + hashes.size() > sync::protocol::kMaxKeysPerStatus)
        return invalid(tr("Ask about at most %1 keys at a time.").arg(sync::protocol::kMaxKeysPerStatus));
    QJsonObject records;
    auto st = m_db.prepare("SELECT answer FROM answers WHERE record_key = ? AND device_id = ?;");
    if (!st)
        return st.error();
    for (const QJsonValue& k : keys) {
        st->reset();
        st->bind(1, k.toString()).bind(2, device.id);
        auto has = st->next();
        if (!has)
            return has.error();
        if (*has)
            records.insert(k.toString(), QJsonDocument::fromJson(st->text(0).toUtf8()).object());
    }
    QJsonObject uploads;
    auto up = m_db.prepare("SELECT size, received, complete FROM uploads WHERE hash = ?;");
    if (!up)
        return up.error();
    for (const QJsonValue& h : hashes) {
        up->reset();
        up->bind(1, h.toString());
        auto has = up->next();
        if (!has)
            return has.error();
        if (*has)
            uploads.insert(h.toString(), QJsonObject{{QStringLiteral("size"), double(up->integer(0))},
                                                     {QStringLiteral("received"), double(up->integer(1))},
                                                     {QStringLiteral("complete"), up->integer(2) != 0}});
    }
    return QJsonObject{{QStringLiteral("records"), records}, {QStringLiteral("uploads"), uploads}};
}

Result<QJsonObject> RegistryService::storePart(const Device& device, const sync::protocol::UploadPart& part,
                                               QString* refusal, QString* refusalMessage)
{
    auto st = m_db.cached("SELECT size, received, complete FROM uploads WHERE hash = ?;");
    if (!st)
        return st.error();
    st->bind(1, part.hash);
    auto has = st->next();
    if (!has)
        return has.error();
    const bool known = *has;
    qint64 received = known ? st->integer(1) : 0;
    bool complete = known && st->integer(2) != 0;
    const qint64 knownSize = known ? st->integer(0) : part.total;
    st->reset();
    auto describe = [&] {
        return QJsonObject{{QStringLiteral("size"), double(knownSize)},
                           {QStringLiteral("received"), double(received)},
                           {QStringLiteral("complete"), complete}};
    };
    if (knownSize != part.total) {
        *refusal = QStringLiteral("request.invalid");
        *refusalMessage = tr("This image was begun with another length.");
        return describe();
    }
    if (part.offset != received || complete) {
        if (part.offset < received)
            SOHOA_TRY(bumpCounter("repeated_chunks"));
        *refusal = QStringLiteral("upload.offset_mismatch");
        *refusalMessage = tr("The registry holds %1 of %2 bytes of this image; continue from there.")
                              .arg(received)
                              .arg(part.total);
        return describe();
    }
    if (!known) {
        auto usage = deviceUsage(device.id);
        if (!usage)
            return usage.error();
        if (*usage + part.total > m_limits.deviceQuotaBytes) {
            *refusal = QStringLiteral("upload.quota_exceeded");
            *refusalMessage = tr("This device's storage at the registry is full (%1 of %2 bytes); ask the "
                                 "registry's administrator.")
                                  .arg(*usage)
                                  .arg(m_limits.deviceQuotaBytes);
            return describe();
        }
        auto ins =
            m_db.cached("INSERT INTO uploads (hash, size, device_id, created_at) VALUES (?, ?, ?, ?);");
        if (!ins)
            return ins.error();
        ins->bind(1, part.hash).bind(2, part.total).bind(3, device.id).bind(4, nowIso());
        SOHOA_TRY(ins->run());
    }
    auto chunk = m_db.cached("INSERT INTO upload_chunks (hash, offset, data) VALUES (?, ?, ?);");
    if (!chunk)
        return chunk.error();
    chunk->bind(1, part.hash).bind(2, part.offset).bindBlob(3, part.bytes);
    SOHOA_TRY(chunk->run());
    received += part.bytes.size();
    if (received == part.total) {
        QString actual;
        if (part.offset == 0) {
            actual = sync::protocol::contentHash(part.bytes);
        } else {
            crypto::Blake2bStream h;
            auto all = m_db.prepare("SELECT data FROM upload_chunks WHERE hash = ? ORDER BY offset;");
            if (!all)
                return all.error();
            all->bind(1, part.hash);
            SOHOA_TRY(all->forEachRow([&](const store::Statement& row) { h.add(row.blob(0)); }));
            actual = QString::fromLatin1(h.finish().toHex());
        }
        if (actual != part.hash) {
            for (const char* sql :
                 {"DELETE FROM upload_chunks WHERE hash = ?;", "DELETE FROM uploads WHERE hash = ?;"}) {
                auto del = m_db.prepare(sql);
                if (!del)
                    return del.error();
                del->bind(1, part.hash);
                SOHOA_TRY(del->run());
            }
            received = 0;
            *refusal = QStringLiteral("upload.hash_mismatch");
            *refusalMessage =
                tr("The uploaded image does not match its hash; it was discarded. Send it again.");
            return describe();
        }
        complete = true;
    }
    auto upd = m_db.cached("UPDATE uploads SET received = ?, complete = ?, completed_at = ? WHERE hash = ?;");
    if (!upd)
        return upd.error();
    upd->bind(1, received).bind(2, qint64(complete));
    if (complete)
        upd->bind(3, nowIso());
    else
        upd->bindNull(3);
    upd->bind(4, part.hash);
    SOHOA_TRY(upd->run());
    return describe();
}

Result<RegistryService::UploadResult>
RegistryService::putUploads(const Device& device, const QList<sync::protocol::UploadPart>& parts)
{
    // Image parts need not be durable on their own: the records that cite them
    // are committed with a full sync, which makes everything before them durable too.
    SOHOA_TRY(m_db.exec("PRAGMA synchronous = NORMAL;"));
    struct RestoreSync {
        store::Database& db;
        ~RestoreSync() { (void)db.exec("PRAGMA synchronous = FULL;"); }
    } restore{m_db};
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    UploadResult result;
    for (const sync::protocol::UploadPart& part : parts) {
        QString refusal, message;
        auto state = storePart(device, part, &refusal, &message);
        if (!state)
            return state.error();
        if (refusal.isEmpty()) {
            result.uploads.insert(part.hash, *state);
        } else {
            QJsonObject r = *state;
            r.insert(QStringLiteral("code"), refusal);
            r.insert(QStringLiteral("message"), message);
            result.refused.insert(part.hash, r);
        }
    }
    SOHOA_TRY(tx->commit());
    return result;
}

Result<qint64> RegistryService::deviceUsage(const QString& deviceId)
{
    auto st = m_db.cached("SELECT bytes FROM device_usage WHERE device_id = ?;");
    if (!st)
        return st.error();
    st->bind(1, deviceId);
    auto has = st->next();
    if (!has)
        return has.error();
    const qint64 bytes = *has ? st->integer(0) : 0;
    st->reset();
    return bytes;
}

Result<int> RegistryService::purgeAbandonedUploads(const QDateTime& now, qint64 maxAgeSeconds)
{
    const QString cutoff = isoTimestamp(now.toUTC().addSecs(-maxAgeSeconds));
    int purged = 0;
    for (;;) {
        // In slices, so that requests are not kept waiting behind one long transaction.
        auto tx = store::Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        auto st = m_db.prepare("SELECT hash FROM uploads WHERE complete = 0 AND created_at < ? LIMIT 200;");
        if (!st)
            return st.error();
        st->bind(1, cutoff);
        QStringList hashes;
        SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { hashes.append(row.text(0)); }));
        for (const QString& h : hashes) {
            for (const char* sql :
                 {"DELETE FROM upload_chunks WHERE hash = ?;", "DELETE FROM uploads WHERE hash = ?;"}) {
                auto del = m_db.cached(sql);
                if (!del)
                    return del.error();
                del->bind(1, h);
                SOHOA_TRY(del->run());
            }
        }
        SOHOA_TRY(tx->commit());
        purged += int(hashes.size());
        if (hashes.size() < 200)
            return purged;
    }
}

// ---- records

Result<QJsonObject> RegistryService::answerOne(const Device& device, Registry registry,
                                               const QString& batchKey, const QJsonObject& record,
                                               Channel channel)
{
    const QString key = record.value(QLatin1String("key")).toString();
    const QString type = record.value(QLatin1String("type")).toString();
    const QJsonObject fields = record.value(QLatin1String("fields")).toObject();
    const QJsonArray pages = record.value(QLatin1String("pages")).toArray();
    const QString contentHash =
        sync::protocol::recordContentHash(type, fields, sync::protocol::pageHashesOf(record));
    // The same event in the same version: the same fields, whichever scan they came from.
    const QString versionHash = sync::protocol::recordContentHash(type, fields, {});
    const QString channelName =
        channel == Channel::Online ? QStringLiteral("online") : QStringLiteral("package");

    // 1. The same key again: the same answer, nothing stored twice.
    {
        auto st = m_db.cached("SELECT device_id, content_hash, answer FROM answers WHERE record_key = ?;");
        if (!st)
            return st.error();
        st->bind(1, key);
        auto has = st->next();
        if (!has)
            return has.error();
        if (*has) {
            if (st->text(0) != device.id || st->text(1) != contentHash)
                return QJsonObject{{QStringLiteral("key"), key},
                                   {QStringLiteral("status"), QLatin1String(sync::protocol::kRejected)},
                                   {QStringLiteral("reason"),
                                    reason(QStringLiteral("idempotency.key_reused"),
                                           tr("This record key was already used for different content."))},
                                   {QStringLiteral("answered_at"), nowIso()}};
            QJsonObject answer = QJsonDocument::fromJson(st->text(2).toUtf8()).object();
            st->reset();
            auto up = m_db.cached("UPDATE answers SET submissions = submissions + 1 WHERE record_key = ?;");
            if (!up)
                return up.error();
            up->bind(1, key);
            SOHOA_TRY(up->run());
            SOHOA_TRY(bumpCounter("resubmitted_records"));
            answer.insert(QStringLiteral("repeat"), true);
            return answer;
        }
    }

    QJsonObject answer{{QStringLiteral("key"), key}, {QStringLiteral("answered_at"), nowIso()}};
    if (record.contains(QLatin1String("local_id")))
        answer.insert(QStringLiteral("local_id"), record.value(QLatin1String("local_id")));
    QString registryId;
    Registry expected;
    QJsonObject problem;
    const RegistryRecordType* rules = registryRecordType(type);
    if (!sync::protocol::registryForType(type, expected) || expected != registry || !rules)
        problem = reason(QStringLiteral("type.wrong_registry"),
                         tr("The %1 registry does not hold records of type '%2'.")
                             .arg(sync::protocol::registryName(registry), type));
    else
        problem = validate(*rules, fields);

    // Scoped to the sending device's office: another office's records are never
    // found, so they can neither block this one nor be shown in its answers.
    const QString event = officeScoped(device.office, rules ? rules->eventKeyOf(fields) : type);
    if (problem.isEmpty()) {
        auto st = m_db.cached("SELECT registry_id, content_hash, fields, version, record_type FROM records "
                              "WHERE event_key = ?;");
        if (!st)
            return st.error();
        st->bind(1, event);
        auto has = st->next();
        if (!has)
            return has.error();
        if (*has) {
            registryId = st->text(0);
            if (st->text(1) == versionHash) {
                answer.insert(QStringLiteral("status"), QLatin1String(sync::protocol::kAccepted));
                answer.insert(QStringLiteral("registry_id"), registryId);
                answer.insert(QStringLiteral("already_registered"), true);
            } else {
                answer.insert(QStringLiteral("status"), QLatin1String(sync::protocol::kConflict));
                answer.insert(QStringLiteral("registry_id"), registryId);
                answer.insert(QStringLiteral("reason"),
                              reason(QStringLiteral("event.different_version"),
                                     tr("The registry already holds this event (%1) with different content.")
                                         .arg(registryId)));
                answer.insert(QStringLiteral("registry_version"),
                              QJsonObject{{QStringLiteral("registry_id"), registryId},
                                          {QStringLiteral("version"), int(st->integer(3))},
                                          {QStringLiteral("type"), st->text(4)},
                                          {QStringLiteral("fields"),
                                           QJsonDocument::fromJson(st->text(2).toUtf8()).object()}});
                answer.insert(
                    QStringLiteral("submitted_version"),
                    QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("fields"), fields}});
            }
        }
    }
    if (problem.isEmpty() && !answer.contains(QLatin1String("status"))) {
        // Personal ids must keep belonging to the same person.
        auto st = m_db.cached("SELECT name_folded, date_of_birth, birth_year, registry_id FROM persons "
                              "WHERE personal_id = ?;");
        if (!st)
            return st.error();
        for (const PersonRef& p : personsOf(*rules, fields)) {
            st->reset();
            st->bind(1, officeScoped(device.office, p.id));
            auto has = st->next();
            if (!has)
                return has.error();
            if (!*has)
                continue;
            const bool nameDiffers = st->text(0) != text::foldForSearch(p.name);
            const QString dob = st->text(1);
            const QString year = st->text(2);
            const QString myYear = p.dateOfBirth.isEmpty() ? p.birthYear : p.dateOfBirth.left(4);
            const bool dobDiffers = (!dob.isEmpty() && !p.dateOfBirth.isEmpty() && dob != p.dateOfBirth) ||
                                    (!year.isEmpty() && !myYear.isEmpty() && year != myYear);
            if (nameDiffers || dobDiffers) {
                problem = reason(QStringLiteral("personal_id.other_person"),
                                 tr("The personal identification number %1 belongs to another person in the "
                                    "registry (record %2).")
                                     .arg(p.id, st->text(3)),
                                 p.idField);
                break;
            }
        }
    }
    if (!problem.isEmpty()) {
        answer.insert(QStringLiteral("status"), QLatin1String(sync::protocol::kRejected));
        answer.insert(QStringLiteral("reason"), problem);
    } else if (!answer.contains(QLatin1String("status"))) {
        auto id = nextRegistryId(rules->registryIdPrefix);
        if (!id)
            return id.error();
        registryId = *id;
        const QString now = nowIso();
        auto ins =
            m_db.cached("INSERT INTO records (registry_id, registry, record_type, event_key, fields, "
                        "content_hash, device_id, batch_key, record_key, channel, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
        if (!ins)
            return ins.error();
        ins->bind(1, registryId).bind(2, sync::protocol::registryName(registry)).bind(3, type).bind(4, event);
        ins->bind(5, QString::fromUtf8(canonicalJson(fields))).bind(6, versionHash).bind(7, device.id);
        ins->bind(8, batchKey).bind(9, key).bind(10, channelName).bind(11, now).bind(12, now);
        SOHOA_TRY(ins->run());
        const qint64 rowId = m_db.lastInsertId();
        auto pg = m_db.cached("INSERT OR REPLACE INTO record_pages (record_id, page_no, hash, format) "
                              "VALUES (?, ?, ?, ?);");
        if (!pg)
            return pg.error();
        int n = 0;
        for (const QJsonValue& pv : pages) {
            const QJsonObject p = pv.toObject();
            pg->reset();
            pg->bind(1, rowId).bind(2, p.value(QLatin1String("page_no")).toInt(++n));
            pg->bind(3, p.value(QLatin1String("hash")).toString())
                .bind(4, p.value(QLatin1String("format")).toString());
            SOHOA_TRY(pg->run());
        }
        auto person = m_db.cached("INSERT OR IGNORE INTO persons (personal_id, name_folded, date_of_birth, "
                                  "birth_year, registry_id) VALUES (?, ?, ?, ?, ?);");
        if (!person)
            return person.error();
        for (const PersonRef& p : personsOf(*rules, fields)) {
            person->reset();
            person->bind(1, officeScoped(device.office, p.id))
                .bind(2, text::foldForSearch(p.name))
                .bind(3, p.dateOfBirth);
            person->bind(4, p.dateOfBirth.isEmpty() ? p.birthYear : p.dateOfBirth.left(4))
                .bind(5, registryId);
            SOHOA_TRY(person->run());
        }
        answer.insert(QStringLiteral("status"), QLatin1String(sync::protocol::kAccepted));
        answer.insert(QStringLiteral("registry_id"), registryId);
    }

    auto save = m_db.cached("INSERT INTO answers (record_key, device_id, batch_key, content_hash, status, "
                            "registry_id, answer, channel, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!save)
        return save.error();
    save->bind(1, key).bind(2, device.id).bind(3, batchKey).bind(4, contentHash);
    save->bind(5, answer.value(QLatin1String("status")).toString()).bindOptional(6, registryId);
    save->bind(7, QString::fromUtf8(canonicalJson(answer))).bind(8, channelName);
    save->bind(9, answer.value(QLatin1String("answered_at")).toString());
    SOHOA_TRY(save->run());
    return answer;
}

Result<QJsonArray> RegistryService::submit(const Device& device, Registry registry,
                                           const QJsonObject& request, QStringList* missing)
{
    const QJsonObject batch = request.value(QLatin1String("batch")).toObject();
    const QString batchKey = batch.value(QLatin1String("key")).toString();
    const QJsonArray records = request.value(QLatin1String("records")).toArray();
    if (batchKey.isEmpty() || batchKey.size() > 128)
        return invalid(tr("The request names no batch key."));
    if (records.isEmpty() || records.size() > sync::protocol::kMaxRecordsPerRequest)
        return invalid(tr("Send 1 to %1 records per request.").arg(sync::protocol::kMaxRecordsPerRequest));
    QSet<QString> keys;
    for (const QJsonValue& v : records) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(QLatin1String("key")).toString();
        if (key.isEmpty() || key.size() > 128 || keys.contains(key))
            return invalid(tr("Every record needs its own key (1 to 128 characters)."));
        keys.insert(key);
        if (!r.value(QLatin1String("fields")).isObject() || !r.value(QLatin1String("type")).isString() ||
            (r.contains(QLatin1String("pages")) && !r.value(QLatin1String("pages")).isArray()))
            return invalid(tr("Record %1 needs a type, fields and a list of pages.").arg(key));
    }

    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Every cited page image must be here first (not for records answered before).
    auto known = m_db.cached("SELECT 1 FROM answers WHERE record_key = ?;");
    auto up = m_db.cached("SELECT complete FROM uploads WHERE hash = ?;");
    if (!known)
        return known.error();
    if (!up)
        return up.error();
    QStringList absent;
    for (const QJsonValue& v : records) {
        const QJsonObject r = v.toObject();
        known->reset();
        known->bind(1, r.value(QLatin1String("key")).toString());
        auto k = known->next();
        if (!k)
            return k.error();
        if (*k)
            continue;
        for (const QJsonValue& p : r.value(QLatin1String("pages")).toArray()) {
            const QString h = p.toObject().value(QLatin1String("hash")).toString();
            if (!sync::protocol::isContentHash(h))
                return invalid(tr("A page of record %1 has no valid hash.")
                                   .arg(r.value(QLatin1String("key")).toString()));
            up->reset();
            up->bind(1, h);
            auto has = up->next();
            if (!has)
                return has.error();
            if ((!*has || up->integer(0) == 0) && !absent.contains(h))
                absent.append(h);
        }
    }
    known->reset();
    up->reset();
    if (!absent.isEmpty()) {
        if (missing)
            *missing = absent;
        return makeError(
            QStringLiteral("upload.missing"),
            QCoreApplication::translate("sohoa::registry",
                                        "%n page image(s) cited by these records are not (completely) "
                                        "uploaded.",
                                        nullptr, int(absent.size())));
    }
    QJsonArray answers;
    for (const QJsonValue& v : records) {
        auto a = answerOne(device, registry, batchKey, v.toObject(), Channel::Online);
        if (!a)
            return a.error();
        answers.append(*a);
    }
    SOHOA_TRY(tx->commit());
    return answers;
}

// ---- offline packages

Result<QByteArray> RegistryService::importPackage(const QString& file)
{
    auto reader = sync::PackageReader::open(file);
    if (!reader)
        return reader.error();
    auto dev = device(reader->header().deviceId);
    if (!dev) {
        if (dev.error().code == QLatin1String("auth.unknown_device"))
            return makeError(
                QStringLiteral("package.unknown_device"),
                tr("The package names device '%1', which is not enrolled with this registry. It was "
                   "refused.")
                    .arg(reader->header().deviceId));
        return dev.error();
    }
    if (dev->revoked)
        return makeError(QStringLiteral("package.device_revoked"),
                         tr("The device '%1' was revoked; its packages are refused.").arg(dev->id));
    SOHOA_TRY(reader->verifySignature(dev->signPublicKey));

    // The same package again: the same receipt, nothing else changes.
    {
        auto st = m_db.prepare("SELECT receipt, device_id FROM packages WHERE package_id = ?;");
        if (!st)
            return st.error();
        st->bind(1, reader->header().packageId);
        auto has = st->next();
        if (!has)
            return has.error();
        if (*has) {
            if (st->text(1) != dev->id)
                return makeError(QStringLiteral("package.id_reused"),
                                 tr("Another device used this package id."));
            const QByteArray receipt = st->blob(0);
            st->reset();
            auto tx = store::Transaction::begin(m_db);
            if (!tx)
                return tx.error();
            auto up = m_db.prepare("UPDATE packages SET imports = imports + 1 WHERE package_id = ?;");
            if (!up)
                return up.error();
            up->bind(1, reader->header().packageId);
            SOHOA_TRY(up->run());
            SOHOA_TRY(tx->commit());
            return receipt;
        }
    }

    QJsonObject manifest;
    QList<QJsonObject> records;
    QHash<QString, QByteArray> pageData;
    QHash<QString, QJsonObject> manifestFiles;
    auto onEntry = [&](const QString& name, const QByteArray& data) -> Result<void> {
        if (name == QLatin1String("manifest.json")) {
            auto m = parseJsonObject(data);
            if (!m)
                return makeError(QStringLiteral("package.damaged"), m.error().message);
            manifest = *m;
            if (manifest.value(QLatin1String("package_id")).toString() != reader->header().packageId ||
                manifest.value(QLatin1String("device_id")).toString() != dev->id)
                return makeError(QStringLiteral("package.damaged"),
                                 tr("The manifest names another package."));
            for (const QJsonValue& f : manifest.value(QLatin1String("files")).toArray())
                manifestFiles.insert(f.toObject().value(QLatin1String("name")).toString(), f.toObject());
            return {};
        }
        if (manifest.isEmpty())
            return makeError(QStringLiteral("package.damaged"), tr("The manifest must come first."));
        const QJsonObject listed = manifestFiles.value(name);
        if (listed.isEmpty() || qint64(listed.value(QLatin1String("size")).toDouble()) != data.size() ||
            listed.value(QLatin1String("hash")).toString() != sync::protocol::contentHash(data))
            return makeError(QStringLiteral("package.damaged"),
                             tr("%1 does not match the package manifest.").arg(name));
        if (name == QLatin1String("records.jsonl")) {
            for (const QByteArray& line : data.split('\n')) {
                if (line.trimmed().isEmpty())
                    continue;
                auto r = parseJsonObject(line);
                if (!r)
                    return makeError(QStringLiteral("package.damaged"), r.error().message);
                records.append(*r);
            }
        } else if (name.startsWith(QLatin1String("pages/"))) {
            pageData.insert(listed.value(QLatin1String("hash")).toString(), data);
        }
        manifestFiles.remove(name);
        return {};
    };
    SOHOA_TRY(reader->readEntries(m_store.keys().packagePublicKey, m_store.keys().packageSecretKey, onEntry));
    if (manifest.isEmpty() || !manifestFiles.isEmpty())
        return makeError(QStringLiteral("package.damaged"), tr("Files listed in the manifest are missing."));
    const QString batchKey =
        manifest.value(QLatin1String("batch")).toObject().value(QLatin1String("key")).toString();
    if (batchKey.isEmpty())
        return makeError(QStringLiteral("package.damaged"), tr("The manifest names no batch."));

    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto upHave = m_db.prepare("SELECT complete FROM uploads WHERE hash = ?;");
    if (!upHave)
        return upHave.error();
    for (auto it = pageData.constBegin(); it != pageData.constEnd(); ++it) {
        upHave->reset();
        upHave->bind(1, it.key());
        auto has = upHave->next();
        if (!has)
            return has.error();
        if (*has && upHave->integer(0))
            continue;
        if (*has) { // a partial online upload: the package has the whole image
            for (const char* sql :
                 {"DELETE FROM upload_chunks WHERE hash = ?;", "DELETE FROM uploads WHERE hash = ?;"}) {
                auto del = m_db.prepare(sql);
                if (!del)
                    return del.error();
                del->bind(1, it.key());
                SOHOA_TRY(del->run());
            }
        }
        auto ins = m_db.prepare("INSERT INTO uploads (hash, size, received, complete, device_id, created_at, "
                                "completed_at) VALUES (?, ?, ?, 1, ?, ?, ?);");
        if (!ins)
            return ins.error();
        ins->bind(1, it.key()).bind(2, qint64(it.value().size())).bind(3, qint64(it.value().size()));
        ins->bind(4, dev->id).bind(5, nowIso()).bind(6, nowIso());
        SOHOA_TRY(ins->run());
        auto chunk = m_db.prepare("INSERT INTO upload_chunks (hash, offset, data) VALUES (?, 0, ?);");
        if (!chunk)
            return chunk.error();
        chunk->bind(1, it.key()).bindBlob(2, it.value());
        SOHOA_TRY(chunk->run());
    }
    upHave->reset();
    QJsonArray answers;
    for (const QJsonObject& r : records) {
        for (const QJsonValue& p : r.value(QLatin1String("pages")).toArray()) {
            const QString h = p.toObject().value(QLatin1String("hash")).toString();
            if (!pageData.contains(h)) {
                auto has = m_db.prepare("SELECT 1 FROM uploads WHERE hash = ? AND complete = 1;");
                if (!has)
                    return has.error();
                has->bind(1, h);
                auto row = has->next();
                if (!row)
                    return row.error();
                if (!*row)
                    return makeError(QStringLiteral("package.damaged"),
                                     tr("A page image cited by record %1 is not in the package.")
                                         .arg(r.value(QLatin1String("key")).toString()));
            }
        }
        Registry registry = Registry::CivilStatus;
        sync::protocol::registryForType(r.value(QLatin1String("type")).toString(), registry);
        auto a = answerOne(*dev, registry, batchKey, r, Channel::Package);
        if (!a)
            return a.error();
        answers.append(*a);
    }
    sync::Receipt receipt;
    receipt.receiptId = sync::protocol::newKey("rcp");
    receipt.packageId = reader->header().packageId;
    receipt.deviceId = dev->id;
    receipt.issuedAt = nowIso();
    receipt.registryName = m_store.keys().name;
    receipt.batchKey = batchKey;
    receipt.answers = answers;
    const QByteArray bytes = sync::encodeReceipt(receipt, dev->boxPublicKey, m_store.keys().receiptSecretKey);
    auto pk = m_db.prepare("INSERT INTO packages (package_id, device_id, imported_at, receipt_id, receipt) "
                           "VALUES (?, ?, ?, ?, ?);");
    if (!pk)
        return pk.error();
    pk->bind(1, receipt.packageId).bind(2, dev->id).bind(3, nowIso()).bind(4, receipt.receiptId);
    pk->bindBlob(5, bytes);
    SOHOA_TRY(pk->run());
    SOHOA_TRY(tx->commit());
    return bytes;
}

// ---- inspection

Result<RegistryStats> RegistryService::stats()
{
    RegistryStats s;
    struct Q {
        const char* sql;
        qint64* out;
    };
    const Q queries[] = {
        {"SELECT count(*) FROM devices;", &s.devices},
        {"SELECT count(*) FROM records;", &s.records},
        {"SELECT count(*) FROM answers;", &s.answers},
        {"SELECT count(*) FROM answers WHERE status = 'accepted';", &s.accepted},
        {"SELECT count(*) FROM answers WHERE status = 'rejected';", &s.rejected},
        {"SELECT count(*) FROM answers WHERE status = 'conflict';", &s.conflicts},
        {"SELECT coalesce((SELECT value FROM counters WHERE name = 'resubmitted_records'), 0);",
         &s.resubmittedRecords},
        {"SELECT coalesce((SELECT value FROM counters WHERE name = 'repeated_chunks'), 0);",
         &s.repeatedChunks},
        {"SELECT count(*) FROM uploads WHERE complete = 1;", &s.uploadsComplete},
        {"SELECT count(*) FROM packages;", &s.packagesImported},
    };
    for (const Q& q : queries) {
        auto v = m_db.queryInt(q.sql);
        if (!v)
            return v.error();
        *q.out = *v;
    }
    return s;
}

Result<QList<StoredRecord>> RegistryService::storedRecords()
{
    auto st = m_db.prepare(
        "SELECT id, registry_id, registry, record_type, record_key, device_id, batch_key, channel, "
        "version, fields FROM records ORDER BY id;");
    if (!st)
        return st.error();
    auto pages = m_db.prepare("SELECT hash FROM record_pages WHERE record_id = ? ORDER BY page_no;");
    if (!pages)
        return pages.error();
    QList<StoredRecord> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) -> Result<void> {
        StoredRecord r;
        r.registryId = row.text(1);
        r.registry = row.text(2);
        r.type = row.text(3);
        r.recordKey = row.text(4);
        r.deviceId = row.text(5);
        r.batchKey = row.text(6);
        r.channel = row.text(7);
        r.version = int(row.integer(8));
        r.fields = QJsonDocument::fromJson(row.text(9).toUtf8()).object();
        pages->reset();
        pages->bind(1, row.integer(0));
        SOHOA_TRY(
            pages->forEachRow([&](const store::Statement& page) { r.pageHashes.append(page.text(0)); }));
        out.append(r);
        return {};
    }));
    return out;
}

Result<QByteArray> RegistryService::pageImage(const QString& hash)
{
    auto st = m_db.prepare(
        "SELECT data FROM upload_chunks WHERE hash = ? AND EXISTS (SELECT 1 FROM uploads u WHERE "
        "u.hash = upload_chunks.hash AND u.complete = 1) ORDER BY offset;");
    if (!st)
        return st.error();
    st->bind(1, hash);
    QByteArray out;
    bool any = false;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) {
        any = true;
        out += row.blob(0);
    }));
    if (!any)
        return makeError(QStringLiteral("upload.not_found"), tr("The registry holds no image %1.").arg(hash));
    return out;
}

} // namespace sohoa::registry
