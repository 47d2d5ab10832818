#include "core/extraction/Classifier.h"

#include "core/extraction/TextFold.h"
#include "core/records/RecordType.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace sohoa::extraction {

namespace {

// How many types of the registry print each folded label key.
QHash<QString, int> labelTypeCounts(const records::RecordTypeRegistry& registry)
{
    QHash<QString, int> counts;
    for (const records::RecordType* t : registry.all()) {
        QSet<QString> keys;
        for (const records::FieldDef& f : t->fields)
            for (const QString& p : f.printedLabels)
                keys.insert(foldKey(p));
        for (const QString& k : keys)
            counts[k] += 1;
    }
    return counts;
}

QStringList classificationList(const records::RecordType& type, QLatin1String key)
{
    QStringList out;
    for (const QJsonValue& v : type.classification.value(key).toArray())
        out.append(v.toString());
    return out;
}

QStringList titlesOf(const records::RecordType& type)
{
    return type.titles + classificationList(type, QLatin1String("titles"));
}

// Folded text of each row (leaders left out).
QList<QString> rowKeysOf(const DocumentModel& doc)
{
    QList<QString> rowKeys;
    for (int r = 0; r < doc.rows.size(); ++r) {
        QString k;
        for (int ti : doc.rows[r].tokens)
            if (!doc.tokens[ti].leader)
                k += doc.tokens[ti].key;
        rowKeys.append(k);
    }
    return rowKeys;
}

double titleScore(const DocumentModel& doc, const QStringList& titles)
{
    if (titles.isEmpty() || doc.rows.isEmpty())
        return 0;
    const QList<QString> rowKeys = rowKeysOf(doc);
    double best = 0;
    for (const QString& title : titles) {
        const QString tk = foldKey(title);
        if (tk.size() < 4)
            continue;
        const int tol = labelTolerance(int(tk.size()));
        for (int r = 0; r < doc.rows.size(); ++r) {
            const Row& row = doc.rows[r];
            if (row.page > 0)
                break; // titles are on the first page
            const PageGeometry& geo = doc.pages[row.page];
            // A title may be set on two lines.
            for (int span = 1; span <= 2 && r + span - 1 < doc.rows.size(); ++span) {
                QString text = rowKeys[r];
                if (span == 2) {
                    if (doc.rows[r + 1].page != row.page)
                        break;
                    text += rowKeys[r + 1];
                }
                if (text.size() + tol < tk.size())
                    continue;
                int end = 0;
                const int d = approximateFind(tk, text, tol, &end);
                if (d > tol)
                    continue;
                const double q = 1.0 - double(d) / tk.size();
                // A title is most of its line and is set larger than body text.
                const double share = std::min(1.0, double(tk.size()) / std::max<qsizetype>(1, text.size()));
                const double tall = row.height() >= 1.15 * geo.lineHeight ? 1.0 : 0.85;
                const double s = q * (0.6 + 0.4 * share) * tall;
                best = std::max(best, s);
            }
        }
    }
    return best;
}

// How many of `phrases` are printed somewhere in the document, each within
// one row (misreads within the label tolerance).
int phrasesFound(const DocumentModel& doc, const QStringList& phrases)
{
    if (phrases.isEmpty())
        return 0;
    const QList<QString> rowKeys = rowKeysOf(doc);
    int found = 0;
    for (const QString& phrase : phrases) {
        const QString pk = foldKey(phrase);
        if (pk.size() < 4)
            continue;
        const int tol = labelTolerance(int(pk.size()));
        for (const QString& row : rowKeys) {
            if (row.size() + tol >= pk.size() && approximateFind(pk, row, tol) <= tol) {
                ++found;
                break;
            }
        }
    }
    return found;
}

double labelScore(const records::RecordType& type, const QList<LabelSpec>& specs, const QList<LabelHit>& hits,
                  const QHash<QString, int>& counts, int nTypes)
{
    // Best hit quality per field.
    QHash<QString, double> found;
    for (const LabelHit& h : hits)
        for (int si : h.specs)
            if (specs[si].role == LabelSpec::Value)
                found[specs[si].field] = std::max(found.value(specs[si].field), h.quality);
    double total = 0, got = 0;
    for (const records::FieldDef& f : type.fields) {
        double w = 0;
        for (const QString& p : f.printedLabels) {
            const int n = std::max(1, counts.value(foldKey(p), 1));
            w = std::max(w, std::log(1.0 + double(nTypes) / n) / std::log(1.0 + nTypes));
        }
        if (f.printedLabels.isEmpty())
            continue;
        total += w;
        got += w * found.value(f.key);
    }
    return total > 0 ? got / total : 0;
}

} // namespace

TypeEvidence evidenceFor(const DocumentModel& doc, const records::RecordType& type,
                         const records::RecordTypeRegistry& registry)
{
    TypeEvidence e;
    e.specs = labelSpecsFor(type);
    e.hits = findLabels(doc, e.specs);
    e.title = titleScore(doc, titlesOf(type));
    e.otherTitle = titleScore(doc, classificationList(type, QLatin1String("other_titles")));
    e.markers = phrasesFound(doc, classificationList(type, QLatin1String("markers")));
    const QList<const records::RecordType*> all = registry.all();
    e.labels =
        labelScore(type, e.specs, e.hits, labelTypeCounts(registry), std::max<int>(1, int(all.size())));
    e.score = 0.55 * e.title + 0.45 * e.labels;
    return e;
}

Classification classifyDocument(const DocumentModel& doc, const records::RecordTypeRegistry& registry)
{
    Classification c;
    QString best, second;
    double bestScore = 0, secondScore = 0;
    for (const records::RecordType* t : registry.all()) {
        TypeEvidence e = evidenceFor(doc, *t, registry);
        c.scores.insert(t->id, e.score);
        if (e.score > bestScore) {
            second = best;
            secondScore = bestScore;
            best = t->id;
            bestScore = e.score;
        } else if (e.score > secondScore) {
            second = t->id;
            secondScore = e.score;
        }
        c.evidence.insert(t->id, e);
    }
    if (best.isEmpty())
        return c;
    const TypeEvidence& e = c.evidence[best];
    // Enough evidence: a title, or most of the form's labels. A title only half
    // like the type's is usually another paper of the same family (a certificate
    // of marital status beside a marriage certificate, printing the same
    // personal labels): then nearly all of the form's labels must be there.
    const bool otherTitle = e.title >= 0.3 && e.title < 0.75;
    // A paper of the family that is not a registration (a declaration, a request)
    // has a title of its own, listed in the type's data: it stays unknown. A
    // registration paper whose title was misread (a decorative title on a low
    // resolution scan) prints the phrases only that paper prints ("markers":
    // the register's name, the registering officer...): those stand for the title.
    const bool otherPaper = e.otherTitle >= 0.75 && e.otherTitle > e.title;
    // With a title partly like the type's and three of its markers, a third of
    // the labels is enough (a blank or faint form: labels over empty leaders read poorly).
    const bool ownMarkers = otherTitle && e.markers >= 3;
    const bool enough =
        !otherPaper && bestScore >= 0.3 &&
        (e.title >= 0.75 || (ownMarkers && e.labels >= 0.35) || e.labels >= (otherTitle ? 0.85 : 0.45));
    const double margin = bestScore - secondScore;
    if (!enough || margin < 0.05) {
        c.type = QStringLiteral("unknown");
        c.confidence = std::clamp(1.0 - bestScore, 0.0, 1.0);
        return c;
    }
    c.type = best;
    c.confidence = std::clamp(
        (0.5 + 0.5 * std::min(1.0, bestScore / 0.8)) * std::min(1.0, 0.4 + 2.0 * margin), 0.0, 1.0);
    return c;
}

} // namespace sohoa::extraction
