#pragma once

#include "core/capture/PageSource.h"

#include <QImage>
#include <QList>
#include <memory>
#include <vector>

namespace sohoa::ingest {

// Scanned pages the clerk looks over before they are read (as NAPS2 does):
// turned a quarter at a time, deleted, put in another order or scanned again.
// The pages stay in memory (never written to disk); a turn is only noted here
// and applied to the pixels when the pages are taken for reading.
struct ReviewPage {
    quint64 id = 0;       // stable while the page is in the list (a rescan keeps it)
    int quarterTurns = 0; // clockwise, 0..3
    std::shared_ptr<capture::CapturedPage> page;
    QImage thumbnail; // the page as scanned (not turned), at most kThumbnailSide pixels
    int sheet = 0;    // from the scan, for the label and for duplex backs
    bool back = false;
};

struct ScanReview {
    std::vector<ReviewPage> pages;
    quint64 nextId = 1;
};

inline constexpr int kThumbnailSide = 200;

// A small picture of a page (any depth), at most `side` pixels on its longer side.
QImage pageThumbnail(const capture::CapturedPage& page, int side = kThumbnailSide);

// -1 when `id` is not in the list.
int indexOfPage(const ScanReview& review, quint64 id);
// Appends a scanned page; returns its id.
quint64 appendPage(ScanReview& review, capture::CapturedPage&& page);
// Turns a page by `quarterTurns` (positive clockwise, negative anticlockwise).
bool rotatePage(ScanReview& review, quint64 id, int quarterTurns);
bool removePage(ScanReview& review, quint64 id);
// Moves a page to `toIndex` (clamped to the list).
bool movePage(ScanReview& review, quint64 id, int toIndex);
// Puts the pages in the order of `ids` (a drag in the strip); pages not named
// keep their relative order after those named; unknown ids are ignored.
void reorderPages(ScanReview& review, const QList<quint64>& ids);
// A page scanned again: the new scan takes the old one's place (and id) and
// starts upright.
bool replacePage(ScanReview& review, quint64 id, capture::CapturedPage&& page);

// Takes every page out of the list, turned as the clerk asked, cut into
// documents of `sheetsPerDocument` sheets (a duplex back joins the front just
// before it; 0: all pages are one document). Pages are numbered within their
// document. A page whose turn cannot be applied is an error (nothing is taken).
Result<std::vector<std::vector<capture::CapturedPage>>> takeDocuments(ScanReview& review,
                                                                      int sheetsPerDocument);

} // namespace sohoa::ingest
