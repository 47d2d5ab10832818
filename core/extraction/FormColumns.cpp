// Columns of a form printed side by side, found from their headers.
#include "core/extraction/DocumentReader_p.h"
#include "core/extraction/TextFold.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace sohoa::extraction::detail {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

Columns findColumns(const DocumentModel& doc, const RecordType& type, const QList<LabelSpec>& typeSpecs,
                    const QList<LabelHit>& typeHits)
{
    Columns out;
    const QJsonObject spec = type.extraction.value(QLatin1String("columns")).toObject();
    if (spec.size() < 2)
        return out;
    QList<LabelSpec> specs;
    for (auto it = spec.constBegin(); it != spec.constEnd(); ++it) {
        for (const QString& printed : strings(it.value())) {
            LabelSpec s;
            s.field = it.key();
            s.role = LabelSpec::Other;
            s.printed = printed;
            s.key = foldKey(printed);
            s.needsColon = s.key.size() <= 5;
            specs.append(s);
        }
    }
    const QList<LabelHit> hits = findLabels(doc, specs);
    // The first row (reading order) where every column's header stands.
    for (int i = 0; i < hits.size(); ++i) {
        const Row& row = doc.rows[hits[i].row];
        const double lh = doc.pages[row.page].lineHeight;
        QHash<QString, const LabelHit*> found;
        for (const LabelHit& h : hits) {
            const Row& r2 = doc.rows[h.row];
            if (r2.page != row.page || std::abs(r2.cy() - row.cy()) > 1.5 * lh)
                continue;
            const QString group = specs[h.specs.first()].field;
            if (!found.contains(group))
                found.insert(group, &h);
        }
        if (found.size() < spec.size())
            continue;
        QList<const LabelHit*> ordered = found.values();
        std::sort(ordered.begin(), ordered.end(),
                  [](const LabelHit* a, const LabelHit* b) { return a->x0 < b->x0; });
        // Column edges: a column starts where its labels start (side-by-side
        // blocks, headers centred or indented); in a table, whose labels stand in
        // their own column on the left, where its header starts.
        QList<double> edges;
        for (int k = 1; k < ordered.size(); ++k) {
            const QString group = specs[ordered[k]->specs.first()].field;
            double edge = ordered[k]->x0 - 0.6 * lh;
            for (const LabelHit& h : typeHits) {
                const Row& hr = doc.rows[h.row];
                if (hr.page != row.page || hr.y0 < row.y1)
                    continue;
                bool inGroup = false;
                for (int si : h.specs)
                    inGroup |= typeSpecs[si].section == group;
                if (inGroup && h.x0 > ordered[k - 1]->x1 && h.x0 < ordered[k]->x1)
                    edge = std::min(edge, h.x0 - 0.3 * lh);
            }
            edges.append(edge);
        }
        // The first column reaches left to its labels when they stand under its header
        // (side-by-side blocks); a table's row labels stand wholly left of it.
        double firstLeft = ordered.first()->x0;
        for (const LabelHit& h : typeHits) {
            const Row& hr = doc.rows[h.row];
            if (hr.page != row.page || hr.y0 < row.y1 || h.x0 >= firstLeft ||
                h.x1 <= ordered.first()->x0 + lh)
                continue;
            bool inGroup = false;
            for (int si : h.specs)
                inGroup |= typeSpecs[si].section == specs[ordered.first()->specs.first()].field;
            if (inGroup)
                firstLeft = h.x0;
        }
        for (int k = 0; k < ordered.size(); ++k) {
            Column c;
            c.group = specs[ordered[k]->specs.first()].field;
            c.x0 = k == 0 ? firstLeft - 0.6 * lh : edges[k - 1];
            c.x1 = k + 1 < ordered.size() ? edges[k] : kNoLimit;
            out.cols.append(c);
        }
        out.page = row.page;
        out.top = row.y1;
        return out;
    }
    return out;
}

} // namespace sohoa::extraction::detail
