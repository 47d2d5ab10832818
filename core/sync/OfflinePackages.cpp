#include "core/sync/OfflinePackages.h"

#include "core/audit/Actions.h"
#include "core/batches/BatchRepository.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/sync/Approvals.h"
#include "core/sync/Device.h"
#include "core/sync/Errors.h"
#include "core/sync/OutboxJournal.h"
#include "core/sync/Package.h"
#include "core/sync/Protocol.h"
#include "core/sync/Receipt.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace sohoa::sync {

namespace {

QString extensionFor(const QString& format)
{
    QString f = format.toLower();
    if (f == QLatin1String("jpeg") || f == QLatin1String("jpg"))
        return QStringLiteral("jpg");
    if (f.isEmpty() || f.contains(QLatin1Char('/')) || f.size() > 8)
        return QStringLiteral("bin");
    return f;
}

} // namespace

QJsonObject ExportResult::toJson() const
{
    return {{QStringLiteral("package_id"), packageId}, {QStringLiteral("file"), file},
            {QStringLiteral("hash"), fileHash},        {QStringLiteral("records"), records},
            {QStringLiteral("pages"), pages},          {QStringLiteral("bytes"), double(bytes)}};
}

QJsonObject ReceiptImportResult::toJson() const
{
    QJsonArray list;
    for (const OutboxRecord& r : records)
        list.append(r.toJson());
    return {{QStringLiteral("receipt_id"), receiptId},
            {QStringLiteral("package_id"), packageId},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("already_imported"), alreadyImported},
            {QStringLiteral("records"), list}};
}

Result<ExportResult> exportBatch(accounts::Session& session, qint64 batchId, const QString& outFile,
                                 const ExportOptions& options)
{
    SOHOA_TRY(session.require(accounts::Permission::Export));
    store::Database& db = session.db();
    auto batch = batches::findBatchById(db, batchId);
    if (!batch)
        return batch.error();
    SOHOA_TRY_ASSIGN(const EnrolledDevice device, loadEnrolledDevice(db));
    {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto n = journal::enqueueApprovedRecords(db, session.actor(), batchId); !n)
            return n.error();
        SOHOA_TRY(tx->commit());
    }
    QList<journal::DueRecord> records;
    for (qint64 after = 0;;) {
        auto part = journal::pickRecords(db, journal::Pick::ForPackage, batchId, 1000, after,
                                         options.includeExported);
        if (!part)
            return part.error();
        if (part->isEmpty())
            break;
        after = part->last().recordId;
        records += *part;
    }
    if (records.isEmpty())
        return makeError(
            errors::kNothingToExport,
            Tr::tr("No approved record of batch '%1' is waiting to be sent (accepted, answered, or already "
                   "in a package: see the outbox).")
                .arg(batch->name));

    {
        auto tx = store::Transaction::begin(db);
        if (!tx)
            return tx.error();
        SOHOA_TRY(journal::freezePages(db, records, nullptr));
        SOHOA_TRY(tx->commit());
    }
    QByteArray jsonl;
    QStringList hashes;
    QString batchKey;
    for (const auto& r : records) {
        jsonl += canonicalJson(r.payload) + '\n';
        batchKey = r.batchKey;
        for (const QString& h : protocol::pageHashesOf(r.payload))
            if (!hashes.contains(h))
                hashes.append(h);
    }
    auto pages = journal::pageStates(db, hashes);
    if (!pages)
        return pages.error();
    QJsonArray files{QJsonObject{{QStringLiteral("name"), QStringLiteral("records.jsonl")},
                                 {QStringLiteral("size"), double(jsonl.size())},
                                 {QStringLiteral("hash"), protocol::contentHash(jsonl)}}};
    QList<QPair<QString, QString>> pageEntries; // name, hash
    for (const journal::PageState& p : *pages) {
        const QString name = QStringLiteral("pages/%1.%2").arg(p.hash, extensionFor(p.format));
        files.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("size"), double(p.size)},
                                 {QStringLiteral("hash"), p.hash}});
        pageEntries.append({name, p.hash});
    }
    const QString packageId = protocol::newKey("pkg");
    // The office's roster and its audit trail's head travel in the package as
    // online (sync/Approvals.h): the registry checks the head against its anchors.
    SOHOA_TRY_ASSIGN(const QJsonArray roster, approvals::currentRoster(db));
    SOHOA_TRY_ASSIGN(const approvals::AuditHead head, approvals::auditHead(db));
    SOHOA_TRY_ASSIGN(const QJsonArray checkpoints, approvals::auditCheckpoints(db));
    const QJsonObject auditState{{QStringLiteral("head"), approvals::headJson(head)},
                                 {QStringLiteral("checkpoints"), checkpoints}};
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("sohoa-package-manifest")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("package_id"), packageId},
                               {QStringLiteral("device_id"), device.settings.deviceId},
                               {QStringLiteral("store_id"), session.storeId()},
                               {QStringLiteral("created_at"), nowIso()},
                               {QStringLiteral("created_by"), session.actor()},
                               {QStringLiteral("batch"), QJsonObject{{QStringLiteral("key"), batchKey},
                                                                     {QStringLiteral("name"), batch->name}}},
                               {QStringLiteral("records"), int(records.size())},
                               {QStringLiteral("content"), QStringLiteral("page_images")},
                               {QStringLiteral("files"), files},
                               {QStringLiteral("roster"), roster},
                               {QStringLiteral("audit"), auditState}};

    auto writer =
        PackageWriter::create(outFile, packageId, device.settings.deviceId, device.settings.packagePublicKey);
    if (!writer)
        return writer.error();
    SOHOA_TRY((*writer)->addEntry(QStringLiteral("manifest.json"), canonicalJson(manifest)));
    SOHOA_TRY((*writer)->addEntry(QStringLiteral("records.jsonl"), jsonl));
    for (const auto& [name, hash] : pageEntries) {
        auto bytes = journal::pageBytes(db, hash);
        if (!bytes)
            return bytes.error();
        SOHOA_TRY((*writer)->addEntry(name, *bytes));
    }
    SOHOA_TRY((*writer)->finish(device.keys.signSecretKey));

    ExportResult result;
    result.packageId = packageId;
    result.file = QFileInfo(outFile).absoluteFilePath();
    result.fileHash = (*writer)->fileHash();
    result.records = int(records.size());
    result.pages = int(pageEntries.size());
    result.bytes = (*writer)->bytesWritten();

    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    SOHOA_TRY(approvals::rememberCheckpoint(db, head.seq));
    QList<qint64> ids;
    for (const auto& r : records)
        ids.append(r.recordId);
    SOHOA_TRY(
        journal::markPackaged(db, ids, packageId,
                              Tr::tr("In package %1 (%2), written %3; waiting for the registry's receipt.")
                                  .arg(packageId, QFileInfo(outFile).fileName(), nowIso())));
    SOHOA_TRY(journal::noteBatchAttempt(
        db, batchId,
        Tr::tr("Exported %n record(s) in package %1.", nullptr, int(records.size())).arg(packageId)));
    auto st = db.prepare(
        "INSERT INTO sync_packages (package_id, batch_id, file_name, created_at, created_by, records, "
        "bytes, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, packageId).bind(2, batchId).bind(3, QFileInfo(outFile).fileName()).bind(4, nowIso());
    st->bind(5, session.actor())
        .bind(6, qint64(records.size()))
        .bind(7, result.bytes)
        .bind(8, result.fileHash);
    SOHOA_TRY(st->run());
    SOHOA_TRY(session.audit(audit::actions::kSyncExported, QStringLiteral("batch:%1").arg(batchId),
                            {{QStringLiteral("package_id"), packageId},
                             {QStringLiteral("records"), result.records},
                             {QStringLiteral("pages"), result.pages},
                             {QStringLiteral("bytes"), double(result.bytes)},
                             {QStringLiteral("file"), QFileInfo(outFile).fileName()},
                             {QStringLiteral("hash"), result.fileHash}}));
    SOHOA_TRY(tx->commit());
    return result;
}

Result<ReceiptImportResult> importReceipt(accounts::Session& session, const QString& receiptFile)
{
    SOHOA_TRY(session.require(accounts::Permission::Sync));
    store::Database& db = session.db();
    QFile f(receiptFile);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(errors::kReceiptCannotOpen,
                         Tr::tr("Cannot open %1: %2").arg(receiptFile, f.errorString()));
    if (f.size() > kMaxReceiptBytes)
        return makeError(errors::kReceiptDamaged,
                         Tr::tr("%1 is too large to be a receipt.").arg(receiptFile));
    const QByteArray bytes = f.readAll();
    SOHOA_TRY_ASSIGN(const EnrolledDevice device, loadEnrolledDevice(db));
    auto receipt = decodeReceipt(bytes, device.settings.receiptPublicKey, device.settings.deviceId,
                                 device.keys.boxPublicKey, device.keys.boxSecretKey);
    if (!receipt)
        return receipt.error();

    ReceiptImportResult result;
    result.receiptId = receipt->receiptId;
    result.packageId = receipt->packageId;
    result.answers = int(receipt->answers.size());
    QList<qint64> ids;

    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto seen = db.prepare("SELECT 1 FROM sync_receipts WHERE receipt_id = ?;");
    if (!seen)
        return seen.error();
    seen->bind(1, receipt->receiptId);
    auto has = seen->next();
    if (!has)
        return has.error();
    seen->reset();
    QSet<QString> answeredKeys;
    for (const QJsonValue& v : receipt->answers)
        answeredKeys.insert(v.toObject().value(QLatin1String("key")).toString());
    if (*has) {
        result.alreadyImported = true;
    } else {
        for (const QJsonValue& v : receipt->answers) {
            auto a = journal::applyAnswer(db, session.actor(), v.toObject(), QStringLiteral("package"));
            if (!a)
                return a.error();
            if (a->recordId)
                ids.append(a->recordId);
            if (a->changed)
                ++result.changed;
        }
        // Records of the package the receipt does not answer cannot stay "sending" for ever.
        auto left = db.prepare(
            "SELECT record_id, record_key FROM sync_records WHERE package_id = ? AND state = 'sending';");
        if (!left)
            return left.error();
        left->bind(1, receipt->packageId);
        QList<qint64> unanswered;
        SOHOA_TRY(left->forEachRow([&](const store::Statement& row) {
            if (!answeredKeys.contains(row.text(1)))
                unanswered.append(row.integer(0));
        }));
        left->reset();
        SOHOA_TRY(
            journal::markFailed(db, unanswered, SyncState::NeedsAttention, errors::kReceiptNoAnswer,
                                Tr::tr("The registry's receipt for package %1 has no answer for this record; "
                                       "retry it online or in a new package.")
                                    .arg(receipt->packageId),
                                {}, true));
        ids += unanswered;
        auto ins = db.prepare(
            "INSERT INTO sync_receipts (receipt_id, package_id, imported_at, imported_by, answers, "
            "changed) VALUES (?, ?, ?, ?, ?, ?);");
        if (!ins)
            return ins.error();
        ins->bind(1, receipt->receiptId)
            .bind(2, receipt->packageId)
            .bind(3, nowIso())
            .bind(4, session.actor());
        ins->bind(5, result.answers).bind(6, result.changed);
        SOHOA_TRY(ins->run());
        auto pk = db.prepare(
            "UPDATE sync_packages SET receipt_id = ?, receipt_imported_at = ? WHERE package_id = ?;");
        if (!pk)
            return pk.error();
        pk->bind(1, receipt->receiptId).bind(2, nowIso()).bind(3, receipt->packageId);
        SOHOA_TRY(pk->run());
        SOHOA_TRY(session.audit(audit::actions::kSyncReceiptImported,
                                QStringLiteral("package:%1").arg(receipt->packageId),
                                {{QStringLiteral("receipt_id"), receipt->receiptId},
                                 {QStringLiteral("answers"), result.answers},
                                 {QStringLiteral("changed"), result.changed}}));
    }
    SOHOA_TRY(tx->commit());
    if (result.alreadyImported) {
        auto find = db.prepare("SELECT record_id FROM sync_records WHERE record_key = ?;");
        if (!find)
            return find.error();
        for (const QString& k : answeredKeys) {
            find->reset();
            find->bind(1, k);
            auto row = find->next();
            if (!row)
                return row.error();
            if (*row)
                ids.append(find->integer(0));
        }
    }
    auto records = outboxRecordsFor(db, ids);
    if (!records)
        return records.error();
    QList<qint64> sorted = records->keys();
    std::sort(sorted.begin(), sorted.end());
    for (qint64 id : sorted)
        result.records.append(records->value(id));
    return result;
}

} // namespace sohoa::sync
