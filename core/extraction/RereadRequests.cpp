// Parts of a page worth reading again: ruled tables cell by cell.
#include "core/extraction/DocumentReader_p.h"
#include "core/extraction/RereadRequests_p.h"
#include "core/extraction/TextFold.h"

#include <algorithm>

namespace sohoa::extraction::detail {

namespace {

// The first row of `page` whose letters hold one of `anchors` (folded), one
// letter misread or lost in an anchor of five or more ("TA ĐÔ" for "TỌA ĐỘ",
// "VN 200"), or -1. A wrong match costs a table read that finds no table.
int anchorRow(const DocumentModel& doc, int page, const QStringList& anchors)
{
    for (int r = 0; r < doc.rows.size(); ++r) {
        if (doc.rows[r].page != page)
            continue;
        const QString key = foldKey(doc.rowText(r));
        for (const QString& a : anchors) {
            const int allowed = a.size() >= 5 ? 1 : 0;
            if (approximateFind(a, key, allowed) <= allowed)
                return r;
        }
    }
    return -1;
}

} // namespace

void askTableCells(const DocumentModel& doc, const records::RecordType& type, DocumentExtraction& out)
{
    for (const records::FieldDef& f : type.fields) {
        if (f.extraction.value(QLatin1String("locator")).toString() != QLatin1String("coordinate_table"))
            continue;
        if (out.evidence.value(f.key).reread)
            continue; // read cell by cell already
        QStringList anchors;
        for (const QString& a : strings(f.extraction.value(QLatin1String("anchors"))))
            if (const QString k = foldKey(a); k.size() >= 4)
                anchors.append(k);
        const records::FieldValue value = out.fields.value(f.key);
        // The table's page: the one its rows were first read on, else the first with its heading.
        int page = value.value.isEmpty() ? -1 : value.page - 1;
        int from = -1;
        for (int p = 0; p < doc.pages.size() && from < 0; ++p)
            if (page < 0 || p == page)
                if (const int r = anchorRow(doc, p, anchors); r >= 0) {
                    page = p;
                    from = r;
                }
        if (page < 0 || page >= doc.pages.size())
            continue;
        const PageGeometry& geo = doc.pages[page];
        RereadRequest q;
        q.kind = RereadRequest::TableCells;
        q.field = f.key;
        q.page = page;
        q.reading = value.value;
        q.lineHeight = geo.lineHeight;
        if (from >= 0) {
            // From the heading to the page's end, across the whole page.
            double bottom = doc.rows[from].y1;
            for (const Row& row : doc.rows)
                if (row.page == page)
                    bottom = std::max(bottom, row.y1);
            q.area = geo.toPage(QRectF(QPointF(-geo.width, doc.rows[from].y0 - geo.lineHeight),
                                       QPointF(2.0 * geo.width, bottom + 3 * geo.lineHeight)));
        } else {
            // No heading read: around the rows that gave the value, a few lines above
            // (the table's header) and below.
            const QRect box = value.box;
            q.area = QPolygonF(QRectF(QPointF(0, box.top() - 5 * geo.lineHeight),
                                      QPointF(geo.width, box.bottom() + 3 * geo.lineHeight)));
        }
        out.rereads.append(q);
    }
}

} // namespace sohoa::extraction::detail
