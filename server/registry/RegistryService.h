#pragma once

#include "core/audit/Roster.h"
#include "core/common/Result.h"
#include "core/sync/Protocol.h"
#include "server/registry/RegistryStore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// What the reference registry does with what offices send, whatever the channel
// (HTTPS or an offline package): enrolment of devices, page uploads, and one
// answer per record (accepted / rejected / conflict), kept under the record's
// idempotency key so that the same submission always gets the same answer and
// is never stored twice.
namespace sohoa::registry {

struct Device {
    QString id;
    QString office;
    QString name;
    QByteArray signPublicKey;
    QByteArray boxPublicKey;
    QString enrolledAt;
    bool revoked = false;
};

enum class Channel { Online, Package };

struct RegistryStats {
    qint64 devices = 0;
    qint64 records = 0; // registry records held
    qint64 answers = 0; // distinct record keys answered
    qint64 accepted = 0, rejected = 0, conflicts = 0;
    qint64 resubmittedRecords = 0; // a record key submitted again (deduplicated)
    qint64 repeatedChunks = 0;     // upload bytes sent again for an offset already held
    qint64 uploadsComplete = 0;
    qint64 packagesImported = 0;
    QJsonObject toJson() const;
};

struct StoredRecord {
    QString registryId;
    QString registry;
    QString type;
    QString recordKey;
    QString deviceId;
    QString batchKey;
    QString channel;
    int version = 1;
    QJsonObject fields;
    QStringList pageHashes;
};

// What one device may cost the registry.
struct ServiceLimits {
    qint64 deviceQuotaBytes = 64ll << 30; // page-image bytes a device may store (begun uploads count whole)
};

class RegistryService {
public:
    explicit RegistryService(RegistryStore& store);
    // With a connection of its own (the server's thread).
    RegistryService(RegistryStore& store, store::Database& db);

    // Enrolment: an administrator issues a one-time code for an office; the
    // device presents it with its public keys.
    Result<QString> issueEnrolmentCode(const QString& office, int validHours);
    Result<QJsonObject> enrol(const QJsonObject& request);
    Result<Device> device(const QString& deviceId);
    Result<QList<Device>> devices();
    Result<void> revokeDevice(const QString& deviceId);

    // Answers already given and upload progress, for the device's keys.
    Result<QJsonObject> status(const Device& device, const QJsonObject& request);

    // Parts of page images (one transaction). Each part either lands (its
    // image's state is in `uploads`) or is refused with a reason in `refused`;
    // an offset mismatch says where the registry stands, to continue from there.
    struct UploadResult {
        QJsonObject uploads; // hash -> {size, received, complete}
        QJsonObject refused; // hash -> {code, message, size, received, complete}
    };
    Result<UploadResult> putUploads(const Device& device, const QList<sync::protocol::UploadPart>& parts);

    // Drops uploads begun before now - maxAgeSeconds and never finished (their
    // bytes no longer count against the device's quota); returns how many.
    Result<int> purgeAbandonedUploads(const QDateTime& now, qint64 maxAgeSeconds);
    // Page-image bytes held for the device (complete and begun uploads).
    Result<qint64> deviceUsage(const QString& deviceId);
    void setLimits(const ServiceLimits& limits) { m_limits = limits; }

    // Records for one registry; answers in request order. When page images are
    // missing nothing is stored: the error is upload.missing with the hashes in *missing.
    Result<QJsonArray> submit(const Device& device, sync::protocol::Registry registry,
                              const QJsonObject& request, QStringList* missing);

    // Offline package: checks, stores, answers, and returns the signed receipt
    // (the same bytes again when the same package is imported twice).
    Result<QByteArray> importPackage(const QString& packageFile);

    // The office's state (POST /v1/office): its roster of accounts and keys (only
    // rows added, same root; records' approvals are checked under it) and its
    // audit-chain head with, when the registry anchored one before, the hash
    // the office's chain has at that entry. A history that forks from an anchor
    // is refused (audit.fork) and the device sends nothing more (audit.forked).
    // The answer holds the newest anchor.
    Result<QJsonObject> office(const Device& device, const QJsonObject& request);
    Result<QList<audit::RosterEntry>> roster(const QString& deviceId);
    // After a fork the office explained (a store restored from a backup): the
    // device's anchors and its fork are forgotten; its next sync anchors afresh.
    Result<void> acceptNewHistory(const QString& deviceId);

    Result<RegistryStats> stats();
    Result<QList<StoredRecord>> storedRecords();
    Result<QByteArray> pageImage(const QString& hash);
    const RegistryKeys& keys() const { return m_store.keys(); }

    struct IncomingRecord;  // one record of a submission, as answerOne() checks it (RegistryRecords.cpp)
    struct PackageContents; // what an offline package brought, as importPackage() reads it
                            // (RegistryPackages.cpp)

private:
    struct Submission;
    Result<std::optional<QJsonObject>> repeatedAnswer(const Device& device, const IncomingRecord& rec);
    Result<QString> registerRecord(const Device& device, sync::protocol::Registry registry,
                                   const QString& batchKey, const IncomingRecord& rec);
    Result<void> takeManifest(const Device& dev, const QString& packageId, const QByteArray& data,
                              PackageContents& c);
    Result<QJsonArray> answerPackageRecords(const Device& dev, const QString& batchKey,
                                            const PackageContents& c);
    Result<QJsonObject> answerOne(const Device& device, sync::protocol::Registry registry,
                                  const QString& batchKey, const QJsonObject& record, Channel channel);
    Result<void> bumpCounter(const char* name, qint64 by = 1);
    Result<bool> putRoster(const QString& deviceId, const QJsonArray& rows); // true when it changed
    Result<void> refuseForked(const Device& device);
    Result<QJsonObject> latestAnchor(const QString& deviceId); // {seq, hash, at} or empty
    // Anchors head ({seq, hash}) after checking it and the office's checkpoints
    // (entries it showed before, [{seq, hash}]) against the anchors held.
    Result<QJsonObject> anchorAuditHead(const Device& device, const QJsonObject& head,
                                        const QJsonArray& checkpoints, Channel channel);
    Result<QString> nextRegistryId(const QString& prefix); // "KS" -> KS-00000001
    Result<QJsonObject> storePart(const Device& device, const sync::protocol::UploadPart& part,
                                  QString* refusal, QString* refusalMessage);

    RegistryStore& m_store;
    store::Database& m_db;
    ServiceLimits m_limits;
};

} // namespace sohoa::registry
