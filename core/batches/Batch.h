#pragma once

#include "core/ocr/OcrPage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace sohoa::batches {

struct Batch {
    qint64 id = 0;
    QString name;
    QString createdAt;
    QString createdBy;
    QString note;
    bool doubleKeying = false;
};

// What the batch list shows: how far each batch has come.
struct BatchSummary {
    Batch batch;
    int documents = 0;
    int pages = 0;
    // Keys: "new", "ocr_running", "ocr_failed", "to_verify", "verified", "approved",
    // "rejected", and from the outbox "exported" (in a package awaiting its receipt),
    // "synced" (accepted by the registry), "sync_failed" (rejected, conflict, failing).
    QMap<QString, int> counts;
};

struct NewPage {
    QByteArray imageData;     // the original as imported/scanned (compressed)
    QString imageFormat;      // "png" | "jpeg" | "tiff" | "webp" | ...
    qint64 stagedImageId = 0; // or: the original waits in staged_images (see stageImage)
    int width = 0;
    int height = 0;
    int dpi = 0;
    int rotation = 0; // applied before OCR
    double skew = 0;  // corrected before OCR
    bool blank = false;
    bool hasOcr = false;
    ocr::OcrPage ocr;
    QJsonObject provenance; // {"source": file or device, "page": n, "at": time, "by": account, ...}
};

struct NewDocument {
    qint64 batchId = 0;
    QString sourceName;                          // file name (without folders) or scanner
    QString sourceKind = QStringLiteral("file"); // "file" | "scanner" | "manual"
    QByteArray sourceSha256;
    QString docType = QStringLiteral("unknown");
    double typeConfidence = 0;
    QString status = QStringLiteral("ocr_done"); // imported | ocr_running | ocr_done | ocr_failed
    QString statusMessage;
    QList<NewPage> pages;
};

struct PageInfo {
    qint64 id = 0;
    qint64 documentId = 0;
    int pageNo = 0;
    int width = 0, height = 0, dpi = 0, rotation = 0;
    double skew = 0;
    bool blank = false;
    QJsonObject provenance;
};

struct DocumentInfo {
    qint64 id = 0;
    qint64 batchId = 0;
    QString sourceName, sourceKind, importedAt, importedBy, docType, status, statusMessage;
    double typeConfidence = 0;
    int pageCount = 0;
};

} // namespace sohoa::batches
