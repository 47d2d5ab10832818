// RegistryService: records: validation, office-scoped event keys and personal ids, answers.
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/sync/Approvals.h"
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
                          Tr::tr("The registry requires the field '%1' for a %2 record.").arg(key, type),
                          key);
    }
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!it.value().isString())
            return reason(QStringLiteral("field.not_text"),
                          Tr::tr("The field '%1' is not text.").arg(it.key()), it.key());
        const QString v = it.value().toString();
        if ((it.key().contains(QLatin1String("date")) && !it.key().contains(QLatin1String("notice"))) &&
            !isIsoDate(v))
            return reason(QStringLiteral("date.invalid"), Tr::tr("'%1' is not a date (YYYY-MM-DD).").arg(v),
                          it.key());
        if (it.key().endsWith(QLatin1String("personal_id"))) {
            const bool oldId = rules.oldPersonalIdLengths.contains(int(v.size()));
            if (!allDigits(v) || (v.size() != 12 && !oldId))
                return reason(QStringLiteral("personal_id.format"),
                              Tr::tr("'%1' is not a personal identification number (12 digits).").arg(v),
                              it.key());
        }
    }
    return {};
}

} // namespace

// One record of a submission, with what the checks below compute from it once.
struct RegistryService::IncomingRecord {
    QString key, type;
    QJsonObject fields;
    QJsonArray pages;
    QString contentHash; // fields and page images: the idempotency check
    QString versionHash; // fields alone: the same event in the same version
    QString channelName;
    QString event; // the event key, scoped to the sending device's office
    const RegistryRecordType* rules = nullptr;
};

namespace {

// The registry already holds the record's event: the same version is accepted again,
// another version is a conflict that shows both. Nothing in the answer when the event is new.
Result<void> answerKnownEvent(store::Database& db, const RegistryService::IncomingRecord& rec,
                              QJsonObject& answer, QString& registryId)
{
    SOHOA_TRY_ASSIGN(store::Statement st,
                     db.cached("SELECT registry_id, content_hash, fields, version, record_type FROM records "
                               "WHERE event_key = ?;"));
    st.bind(1, rec.event);
    auto has = st.next();
    if (!has)
        return has.error();
    if (!*has)
        return {};
    registryId = st.text(0);
    if (st.text(1) == rec.versionHash) {
        answer.insert(QStringLiteral("status"), QLatin1String(sync::protocol::kAccepted));
        answer.insert(QStringLiteral("registry_id"), registryId);
        answer.insert(QStringLiteral("already_registered"), true);
        return {};
    }
    answer.insert(QStringLiteral("status"), QLatin1String(sync::protocol::kConflict));
    answer.insert(QStringLiteral("registry_id"), registryId);
    answer.insert(
        QStringLiteral("reason"),
        reason(QStringLiteral("event.different_version"),
               Tr::tr("The registry already holds this event (%1) with different content.").arg(registryId)));
    answer.insert(
        QStringLiteral("registry_version"),
        QJsonObject{{QStringLiteral("registry_id"), registryId},
                    {QStringLiteral("version"), int(st.integer(3))},
                    {QStringLiteral("type"), st.text(4)},
                    {QStringLiteral("fields"), QJsonDocument::fromJson(st.text(2).toUtf8()).object()}});
    answer.insert(QStringLiteral("submitted_version"),
                  QJsonObject{{QStringLiteral("type"), rec.type}, {QStringLiteral("fields"), rec.fields}});
    return {};
}

// Personal ids must keep belonging to the same person: the refusal when one of the record's
// persons has an id the registry holds for someone else, else nothing.
Result<QJsonObject> otherPersonsId(store::Database& db, const QString& office,
                                   const RegistryService::IncomingRecord& rec)
{
    SOHOA_TRY_ASSIGN(store::Statement st,
                     db.cached("SELECT name_folded, date_of_birth, birth_year, registry_id FROM persons "
                               "WHERE personal_id = ?;"));
    for (const PersonRef& p : personsOf(*rec.rules, rec.fields)) {
        st.reset();
        st.bind(1, officeScoped(office, p.id));
        auto has = st.next();
        if (!has)
            return has.error();
        if (!*has)
            continue;
        const bool nameDiffers = st.text(0) != text::foldForSearch(p.name);
        const QString dob = st.text(1);
        const QString year = st.text(2);
        const QString myYear = p.dateOfBirth.isEmpty() ? p.birthYear : p.dateOfBirth.left(4);
        const bool dobDiffers = (!dob.isEmpty() && !p.dateOfBirth.isEmpty() && dob != p.dateOfBirth) ||
                                (!year.isEmpty() && !myYear.isEmpty() && year != myYear);
        if (nameDiffers || dobDiffers)
            return reason(QStringLiteral("personal_id.other_person"),
                          Tr::tr("The personal identification number %1 belongs to another person in the "
                                 "registry (record %2).")
                              .arg(p.id, st.text(3)),
                          p.idField);
    }
    return QJsonObject();
}

// The answer kept under the record's key, so that the same key gets the same answer again.
Result<void> keepAnswer(store::Database& db, const Device& device, const QString& batchKey,
                        const RegistryService::IncomingRecord& rec, const QJsonObject& answer,
                        const QString& registryId)
{
    SOHOA_TRY_ASSIGN(
        store::Statement save,
        db.cached("INSERT INTO answers (record_key, device_id, batch_key, content_hash, status, "
                  "registry_id, answer, channel, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);"));
    save.bind(1, rec.key).bind(2, device.id).bind(3, batchKey).bind(4, rec.contentHash);
    save.bind(5, answer.value(QLatin1String("status")).toString()).bindOptional(6, registryId);
    save.bind(7, QString::fromUtf8(canonicalJson(answer))).bind(8, rec.channelName);
    save.bind(9, answer.value(QLatin1String("answered_at")).toString());
    return save.run();
}

} // namespace

// ---- records

// The same key again: the same answer, nothing stored twice (or a refusal when the key now
// comes with other content or from another device). Nothing when the key is new.
Result<std::optional<QJsonObject>> RegistryService::repeatedAnswer(const Device& device,
                                                                   const IncomingRecord& rec)
{
    SOHOA_TRY_ASSIGN(
        store::Statement st,
        m_db.cached("SELECT device_id, content_hash, answer FROM answers WHERE record_key = ?;"));
    st.bind(1, rec.key);
    auto has = st.next();
    if (!has)
        return has.error();
    if (!*has)
        return std::optional<QJsonObject>();
    if (st.text(0) != device.id || st.text(1) != rec.contentHash)
        return std::optional<QJsonObject>(
            QJsonObject{{QStringLiteral("key"), rec.key},
                        {QStringLiteral("status"), QLatin1String(sync::protocol::kRejected)},
                        {QStringLiteral("reason"),
                         reason(QStringLiteral("idempotency.key_reused"),
                                Tr::tr("This record key was already used for different content."))},
                        {QStringLiteral("answered_at"), nowIso()}});
    QJsonObject answer = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
    st.reset();
    SOHOA_TRY(
        cachedRun(m_db, "UPDATE answers SET submissions = submissions + 1 WHERE record_key = ?;", rec.key));
    SOHOA_TRY(bumpCounter("resubmitted_records"));
    answer.insert(QStringLiteral("repeat"), true);
    return std::optional<QJsonObject>(answer);
}

// A new event registered: the record under a new registry id, its pages' hashes and its
// persons' ids. The registry id.
Result<QString> RegistryService::registerRecord(const Device& device, Registry registry,
                                                const QString& batchKey, const IncomingRecord& rec)
{
    auto id = nextRegistryId(rec.rules->registryIdPrefix);
    if (!id)
        return id.error();
    const QString registryId = *id;
    const QString now = nowIso();
    auto ins = m_db.cached("INSERT INTO records (registry_id, registry, record_type, event_key, fields, "
                           "content_hash, device_id, batch_key, record_key, channel, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!ins)
        return ins.error();
    ins->bind(1, registryId)
        .bind(2, sync::protocol::registryName(registry))
        .bind(3, rec.type)
        .bind(4, rec.event);
    ins->bind(5, QString::fromUtf8(canonicalJson(rec.fields))).bind(6, rec.versionHash).bind(7, device.id);
    ins->bind(8, batchKey).bind(9, rec.key).bind(10, rec.channelName).bind(11, now).bind(12, now);
    SOHOA_TRY(ins->run());
    const qint64 rowId = m_db.lastInsertId();
    SOHOA_TRY_ASSIGN(store::Statement pg,
                     m_db.cached("INSERT OR REPLACE INTO record_pages (record_id, page_no, "
                                 "hash, format) VALUES (?, ?, ?, ?);"));
    int n = 0;
    for (const QJsonValue& pv : rec.pages) {
        const QJsonObject p = pv.toObject();
        pg.reset();
        pg.bind(1, rowId).bind(2, p.value(QLatin1String("page_no")).toInt(++n));
        pg.bind(3, p.value(QLatin1String("hash")).toString())
            .bind(4, p.value(QLatin1String("format")).toString());
        SOHOA_TRY(pg.run());
    }
    SOHOA_TRY_ASSIGN(store::Statement person,
                     m_db.cached("INSERT OR IGNORE INTO persons (personal_id, name_folded, date_of_birth, "
                                 "birth_year, registry_id) VALUES (?, ?, ?, ?, ?);"));
    for (const PersonRef& p : personsOf(*rec.rules, rec.fields)) {
        person.reset();
        person.bind(1, officeScoped(device.office, p.id))
            .bind(2, text::foldForSearch(p.name))
            .bind(3, p.dateOfBirth);
        person.bind(4, p.dateOfBirth.isEmpty() ? p.birthYear : p.dateOfBirth.left(4)).bind(5, registryId);
        SOHOA_TRY(person.run());
    }
    return registryId;
}

Result<QJsonObject> RegistryService::answerOne(const Device& device, Registry registry,
                                               const QString& batchKey, const QJsonObject& record,
                                               Channel channel)
{
    IncomingRecord rec;
    rec.key = record.value(QLatin1String("key")).toString();
    rec.type = record.value(QLatin1String("type")).toString();
    rec.fields = record.value(QLatin1String("fields")).toObject();
    rec.pages = record.value(QLatin1String("pages")).toArray();
    rec.contentHash =
        sync::protocol::recordContentHash(rec.type, rec.fields, sync::protocol::pageHashesOf(record));
    rec.versionHash = sync::protocol::recordContentHash(rec.type, rec.fields, {});
    rec.channelName = channel == Channel::Online ? QStringLiteral("online") : QStringLiteral("package");
    const QString& type = rec.type;

    SOHOA_TRY_ASSIGN(const std::optional<QJsonObject> repeated, repeatedAnswer(device, rec));
    if (repeated)
        return *repeated;

    QJsonObject answer{{QStringLiteral("key"), rec.key}, {QStringLiteral("answered_at"), nowIso()}};
    if (record.contains(QLatin1String("local_id")))
        answer.insert(QStringLiteral("local_id"), record.value(QLatin1String("local_id")));
    QString registryId;
    Registry expected;
    QJsonObject problem;
    // False when the approvals are statements from before page images were
    // signed (format 1): accepted, and marked so in the answer kept here.
    bool pagesSigned = true;
    rec.rules = registryRecordType(type);
    if (!sync::protocol::registryForType(type, expected) || expected != registry || !rec.rules)
        problem = reason(QStringLiteral("type.wrong_registry"),
                         Tr::tr("The %1 registry does not hold records of type '%2'.")
                             .arg(sync::protocol::registryName(registry), type));
    else
        problem = validate(*rec.rules, rec.fields);
    if (problem.isEmpty()) {
        // Maker-checker: a clerk's signed confirmation and another account's signed
        // approval, under the office's roster (sync/Approvals.h).
        auto rows = roster(device.id);
        if (!rows)
            return rows.error();
        const sync::approvals::Verdict v =
            sync::approvals::checkApprovals(*rows, rec.versionHash, rec.contentHash,
                                            record.value(QLatin1String("approvals")).toArray(), &pagesSigned);
        if (!v.ok())
            problem = reason(v.code, v.message);
    }

    // Scoped to the sending device's office: another office's records are never
    // found, so they can neither block this one nor be shown in its answers.
    rec.event = officeScoped(device.office, rec.rules ? rec.rules->eventKeyOf(rec.fields) : type);
    if (problem.isEmpty())
        SOHOA_TRY(answerKnownEvent(m_db, rec, answer, registryId));
    if (problem.isEmpty() && !answer.contains(QLatin1String("status"))) {
        SOHOA_TRY_ASSIGN(problem, otherPersonsId(m_db, device.office, rec));
    }
    if (!problem.isEmpty()) {
        answer.insert(QStringLiteral("status"), QLatin1String(sync::protocol::kRejected));
        answer.insert(QStringLiteral("reason"), problem);
    } else if (!answer.contains(QLatin1String("status"))) {
        SOHOA_TRY_ASSIGN(registryId, registerRecord(device, registry, batchKey, rec));
        answer.insert(QStringLiteral("status"), QLatin1String(sync::protocol::kAccepted));
        answer.insert(QStringLiteral("registry_id"), registryId);
        if (!pagesSigned) {
            answer.insert(QStringLiteral("pages_signed"), false);
            SOHOA_TRY(bumpCounter("records_pages_unsigned"));
        }
    }
    SOHOA_TRY(keepAnswer(m_db, device, batchKey, rec, answer, registryId));
    return answer;
}

Result<QJsonArray> RegistryService::submit(const Device& device, Registry registry,
                                           const QJsonObject& request, QStringList* missing)
{
    const QJsonObject batch = request.value(QLatin1String("batch")).toObject();
    const QString batchKey = batch.value(QLatin1String("key")).toString();
    const QJsonArray records = request.value(QLatin1String("records")).toArray();
    if (batchKey.isEmpty() || batchKey.size() > 128)
        return invalid(Tr::tr("The request names no batch key."));
    if (records.isEmpty() || records.size() > sync::protocol::kMaxRecordsPerRequest)
        return invalid(
            Tr::tr("Send 1 to %1 records per request.").arg(sync::protocol::kMaxRecordsPerRequest));
    QSet<QString> keys;
    for (const QJsonValue& v : records) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(QLatin1String("key")).toString();
        if (key.isEmpty() || key.size() > 128 || keys.contains(key))
            return invalid(Tr::tr("Every record needs its own key (1 to 128 characters)."));
        keys.insert(key);
        if (!r.value(QLatin1String("fields")).isObject() || !r.value(QLatin1String("type")).isString() ||
            (r.contains(QLatin1String("pages")) && !r.value(QLatin1String("pages")).isArray()))
            return invalid(Tr::tr("Record %1 needs a type, fields and a list of pages.").arg(key));
    }

    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    SOHOA_TRY(refuseForked(device));
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
                return invalid(Tr::tr("A page of record %1 has no valid hash.")
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
        return makeError(QStringLiteral("upload.missing"),
                         Tr::tr("%n page image(s) cited by these records are not (completely) "
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

} // namespace sohoa::registry
