#pragma once

// Private to core/layouts: the folded text of one page with approximate search.
#include "core/extraction/PageModel.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace sohoa::layouts::detail {

// A place on a page where some folded text was found.
struct Occurrence {
    QList<int> tokens; // DocumentModel::tokens, in reading order
    int distance = 0;  // edit distance to what was looked for
    QRectF box;        // deskewed frame, line heights
    bool oneRow = true;
};

// One page's tokens as one folded string (rows in order, a separator between
// rows that searches cross for free), with each character's token.
class PageText {
public:
    PageText(const extraction::DocumentModel& doc, int page);

    int page() const { return m_page; }
    double unit() const { return m_unit; } // the page's line height in pixels
    const extraction::DocumentModel& doc() const { return *m_doc; }
    const QList<int>& rows() const { return m_rows; }
    // Deskewed box of tokens, in line heights.
    QRectF boxOf(const QList<int>& tokens) const;
    QRectF tokenBox(int token) const;

    // Non-overlapping approximate occurrences of key, best first; at most
    // maxDistance edits. Results are cached per key; the list is returned as a
    // (shared) copy because a later find() may grow the cache, and a QHash that
    // grows moves its values: a reference kept across calls would dangle.
    QList<Occurrence> find(const QString& key, int maxDistance) const;

private:
    const extraction::DocumentModel* m_doc;
    int m_page;
    double m_unit = 30;
    QList<int> m_rows;
    QString m_text;
    QList<int> m_charToken; // -1 at row separators
    mutable QHash<QString, QList<Occurrence>> m_cache;
};

// How many edits a landmark of this length may take and still be found.
int landmarkTolerance(int keyLength);

} // namespace sohoa::layouts::detail
