#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"

#include <QList>
#include <QRect>
#include <QRectF>
#include <QString>
#include <optional>

namespace sohoa::keying {

// A zone of a register page: where entry `entry` (1-based) of the page, or
// one of its fields, is written. In fractions of the page's width and height.
struct Zone {
    int entry = 1;
    QString field; // empty: the whole entry
    QRectF rect;
};

// The page layout of one kind of register book, drawn once and reused for
// every page of every batch keyed with it.
struct BookLayout {
    qint64 id = 0;
    QString name;
    QString recordType;
    int entriesPerPage = 1;
    QList<Zone> zones;
    QString createdBy, updatedAt;
};

Result<QList<BookLayout>> listLayouts(store::Database& db);
Result<BookLayout> loadLayout(store::Database& db, qint64 id);
// Inserts (id == 0) or replaces a layout; clerks (Verify) draw layouts. Audited.
Result<BookLayout> saveLayout(accounts::Session& session, const BookLayout& layout);
// The layout a batch is keyed with (none until a clerk chooses one).
Result<std::optional<BookLayout>> batchLayout(store::Database& db, qint64 batchId);
Result<void> useLayoutForBatch(accounts::Session& session, qint64 batchId, qint64 layoutId);

// The zone of `field` in entry `entry`, else the entry's zone, in pixels of a
// page of `pageSize`; a null rectangle when the layout has neither.
QRect zoneOnPage(const BookLayout& layout, int entry, const QString& field, const QSize& pageSize);
// Pixels to fractions, for a zone just drawn on a page of `pageSize`.
QRectF zoneFraction(const QRect& pixels, const QSize& pageSize);

} // namespace sohoa::keying
