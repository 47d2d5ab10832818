#pragma once

// Private to core/extraction: the per-page reader (labels found -> the spans of
// text that hold each field's value), shared by Extractor.cpp and the files that
// implement it (DocumentReader.cpp, LocatedValues.cpp, FormColumns.cpp).
#include "core/extraction/Classifier.h"
#include "core/extraction/LabelFinder.h"
#include "core/extraction/PageModel.h"
#include "core/records/RecordType.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <limits>

namespace sohoa::extraction::detail {

using records::FieldDef;
using records::RecordType;

inline constexpr double kNoLimit = std::numeric_limits<double>::max();

// The strings of a JSON array (type data).
QStringList strings(const QJsonValue& v);

// Columns of a form printed side by side (marriage: husband | wife), found from
// their printed headers (type extraction hint "columns": {group: [headers]}).
struct Column {
    QString group;
    double x0 = 0, x1 = kNoLimit;
};
struct Columns {
    QList<Column> cols;
    int page = -1;
    double top = 0;
    bool found() const { return cols.size() >= 2; }
    int at(double x) const
    {
        for (int i = cols.size() - 1; i > 0; --i)
            if (x >= cols[i].x0)
                return i;
        return cols.isEmpty() ? -1 : 0;
    }
};

Columns findColumns(const DocumentModel& doc, const RecordType& type, const QList<LabelSpec>& typeSpecs,
                    const QList<LabelHit>& typeHits);

struct Span {
    QList<int> tokens;
    int lines = 0;
    bool blank = false; // the label stands before an empty dotted line
    // The value ran to the end of its line and the next line below was not
    // read (deskewed frame of page `openPage`): its rest may be there.
    QRectF openBelow;
    int openPage = -1;
    bool shifted = false; // read from a row just off the label's line (typed-in values)
};

struct FieldReading {
    bool filled = false; // a label of this field was used (even if its line was empty)
    Span span;
    Span words; // the value printed again in words
    const LabelSpec* label = nullptr;
    double labelQuality = 0;
    bool byShape = false; // placed by its shape alone: its label was not read (placeIdsByShape)
};

struct SpanCollect; // collect()'s state from one row of a value to the next (DocumentReader.cpp)

class DocumentReader {
public:
    DocumentReader(const DocumentModel& doc, const RecordType& type, const TypeEvidence& evidence)
        : m_doc(doc)
        , m_type(type)
        , m_specs(evidence.specs)
        , m_hits(evidence.hits)
    {
        for (int h = 0; h < m_hits.size(); ++h) {
            const Row& row = m_doc.rows[m_hits[h].row];
            for (int p = m_hits[h].first; p < m_hits[h].last; ++p)
                m_hitOfToken.insert(row.tokens[p], h);
        }
        // A label's wrapped second line belongs to it unless it is a label of its own.
        for (int h = 0; h < m_hits.size(); ++h)
            for (int ti : m_hits[h].wrapTokens)
                if (!m_hitOfToken.contains(ti))
                    m_hitOfToken.insert(ti, h);
        m_columns = findColumns(doc, type, m_specs, m_hits);
        QSet<QString> colGroups;
        for (const Column& c : m_columns.cols)
            colGroups.insert(c.group);
        m_columnGroups = colGroups;
    }

    void assign();
    void locate();
    void placeIdsByShape();
    QMap<QString, FieldReading> readings() const { return m_read; }

    // Text and per-character confidences of a span.
    QString spanText(const Span& s) const
    {
        QString out;
        for (int ti : s.tokens) {
            if (!out.isEmpty())
                out.append(QLatin1Char(' '));
            out.append(m_doc.tokens[ti].text);
        }
        return out;
    }

    const DocumentModel& doc() const { return m_doc; }
    QMap<QString, QString> locatedText; // located fields: text that holds the value
    QMap<QString, QList<int>> locatedTokens;

private:
    Span collect(int row, double startX, double endX, double contLeft, double leftStop,
                 const QJsonObject& hints, int ownHit) const;
    bool dotsInsideValue(const Row& r, int pos, double toX, double lh) const;
    void takeRow(SpanCollect& c, const Row& r, double fromX, double toX, bool first) const;
    int shiftedValueRow(SpanCollect& c, int rowIndex, double startX, double endX, double contLeft) const;
    int nextValueRow(const SpanCollect& c, int lastRow, int page) const;
    bool continuesValue(const SpanCollect& c, const Row& cont, const QList<int>& seg) const;
    QRectF missedLineBelow(const Span& span, int lastRow, double contLeft, double regionRight) const;
    // Values of the national standard an extract prints without a label of their own.
    Span phraseSpan(const FieldDef& f) const;
    Span signerSpan(const FieldDef& f, const QString& titles, Span* title) const;
    double contLeftFor(const LabelHit& hit) const;
    double textMiddle(const Row& row) const;
    double nextHitX(int hitIndex) const;
    QList<const LabelSpec*> choose(const QList<const LabelSpec*>& cands) const;
    void take(const QList<const LabelSpec*>& chosen, const Span& span, const LabelHit& hit);
    const FieldDef* def(const QString& key) const { return m_type.field(key); }

    const DocumentModel& m_doc;
    const RecordType& m_type;
    const QList<LabelSpec>& m_specs;
    const QList<LabelHit>& m_hits;
    QHash<int, int> m_hitOfToken;
    Columns m_columns;
    QSet<QString> m_columnGroups;
    QMap<QString, FieldReading> m_read;
    QString m_section;
    QStringList m_assignedOrder; // fields in the order their labels were read
    int m_hitIndex = -1;         // the label hit assign() is reading
};

} // namespace sohoa::extraction::detail
