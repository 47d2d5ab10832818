#pragma once

#include "core/extraction/LabelFinder.h"
#include "core/extraction/PageModel.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace sohoa::records {
class RecordTypeRegistry;
struct RecordType;
} // namespace sohoa::records

namespace sohoa::extraction {

struct TypeEvidence {
    QList<LabelSpec> specs;
    QList<LabelHit> hits;
    double title = 0;      // best title match 0..1
    double labels = 0;     // weighted share of the type's fields whose labels were found
    double otherTitle = 0; // best match of the titles of other papers of the family ("other_titles")
    int markers = 0;       // phrases only the type's paper prints ("markers") found
    double score = 0;
};

struct Classification {
    QString type = QStringLiteral("unknown");
    double confidence = 0;
    QMap<QString, double> scores;
    QHash<QString, TypeEvidence> evidence; // per type id
};

// Title of the document (fuzzy, on the first page, tall lines weigh more) and
// the printed labels of each type (weighted by how specific they are to it).
// A document no type explains well stays "unknown".
Classification classifyDocument(const DocumentModel& doc, const records::RecordTypeRegistry& registry);

// Evidence for one type only (used when the type is given).
TypeEvidence evidenceFor(const DocumentModel& doc, const records::RecordType& type,
                         const records::RecordTypeRegistry& registry);

} // namespace sohoa::extraction
