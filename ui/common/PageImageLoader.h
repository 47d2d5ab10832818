#pragma once

#include "core/batches/Batch.h"
#include "core/common/Result.h"
#include "core/ocr/OcrPage.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QObject>

namespace sohoa::store {
class Database;
}

namespace sohoa::ui {

class StoreAccess;

// A page as the verification and review screens show it, decoded in memory
// from the encrypted store (never through a temporary file).
struct LoadedPage {
    qint64 documentId = 0;
    int pageNo = 0;
    int pageCount = 0;
    batches::PageInfo info;
    QImage image;
    ocr::OcrPage ocr;
};

// Loads pages on a reader thread and keeps the last few decoded pages, so
// moving between the records of one page costs nothing.
class PageImageLoader : public QObject {
    Q_OBJECT
public:
    explicit PageImageLoader(StoreAccess* store, QObject* parent = nullptr);

    // Emits pageLoaded (or pageFailed) later for this request; a newer
    // request makes older answers stale (they are dropped).
    void request(qint64 documentId, int pageNo);
    const LoadedPage* cached(qint64 documentId, int pageNo) const;

    // Reads and decodes a page (any thread, own connection).
    static Result<LoadedPage> load(store::Database& db, qint64 documentId, int pageNo);

Q_SIGNALS:
    void pageLoaded(const sohoa::ui::LoadedPage& page);
    void pageFailed(qint64 documentId, int pageNo, const QString& message);

private:
    StoreAccess* m_store;
    QList<LoadedPage> m_cache; // most recent last
    quint64 m_generation = 0;
};

} // namespace sohoa::ui
