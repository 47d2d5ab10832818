// Passes over a whole document's extraction, after every field was read.
#include "core/adminunits/AdminUnits.h"
#include "core/extraction/Confidence.h"
#include "core/extraction/DocumentJudgement.h"
#include "core/extraction/DocumentPasses_p.h"
#include "core/extraction/FieldParsing_p.h"
#include "core/extraction/TextFold.h"

#include <QRegularExpression>
#include <algorithm>

namespace sohoa::extraction::detail {

void markUnreadRequired(const DocumentModel& doc, const records::RecordType& type, DocumentExtraction& out)
{
    // A line OCR skipped among the labels (a gap of several lines between two rows
    // of a form's labelled part): a required field whose label was not found may
    // stand on it, so its absence is no sign that the paper lacks it.
    for (int page = 0; page < doc.pages.size(); ++page) {
        QList<const Row*> rows;
        int first = -1, last = -1;
        for (const Row& row : doc.rows) {
            if (row.page != page)
                continue;
            bool labelled = false;
            for (int ti : row.tokens)
                labelled |= doc.tokens[ti].strongColon;
            if (labelled) {
                if (first < 0)
                    first = int(rows.size());
                last = int(rows.size());
            }
            rows.append(&row);
        }
        bool skipped = false;
        for (int k = std::max(first, 0); k < last && !skipped; ++k)
            skipped = rows[k + 1]->cy() - rows[k]->cy() > 2.5 * doc.pages[page].linePitch;
        if (!skipped)
            continue;
        for (const records::FieldDef& f : type.fields)
            if (f.required && !out.fields.contains(f.key) && !out.labelled.contains(f.key))
                out.unread.insert(f.key);
    }
}

void markZeroDoubt(DocumentExtraction& out)
{
    // A 0 read as 6, 8 or 9 somewhere on the paper (a date's month "69") shows a font
    // whose zeros OCR confuses: every other 6, 8 or 9 it read may be a 0 too, however
    // sure the characters looked ("284" for 264, an id's "966" for 906).
    bool zerosMisread = false;
    for (const FieldEvidence& ev : std::as_const(out.evidence))
        zerosMisread |= ev.shapeRepairs > 0;
    if (zerosMisread) {
        static const QRegularExpression lookAlike(QStringLiteral("[689]"));
        for (auto it = out.fields.begin(); it != out.fields.end(); ++it) {
            FieldEvidence& ev = out.evidence[it.key()];
            if (ev.shapeRepairs > 0 || !it->value.contains(lookAlike))
                continue;
            ev.zeroDoubt = true;
            it->confidence = fieldConfidence(ev, QString());
        }
    }
}

void completeCutPlaces(DocumentExtraction& out)
{
    // The same unit printed in two places of the document: a place cut after
    // its commune or district ("Xóm 4, xã Đông Thành" at a line end) takes the
    // units that follow that same unit in a place read whole ("Ủy ban nhân dân
    // xã Đông Thành, tỉnh Thanh Hóa"). Only when the completed place reads as a
    // whole address; still a value the clerk should look at.
    for (auto it = out.fields.begin(); it != out.fields.end(); ++it) {
        FieldEvidence& ev = out.evidence[it.key()];
        if (ev.placeCheck != QLatin1String("incomplete"))
            continue;
        const adminunits::ParsedPlace cut = adminunits::parsePlace(it->value);
        if (cut.isEmpty() || cut.parts.last().kind.isEmpty() ||
            cut.parts.last().level == adminunits::Level::Province ||
            cut.parts.last().from + cut.parts.last().length < it->value.trimmed().size())
            continue;
        const adminunits::PlacePart& tail = cut.parts.last();
        for (auto other = out.fields.constBegin(); other != out.fields.constEnd(); ++other) {
            if (other.key() == it.key() ||
                out.evidence.value(other.key()).placeCheck != QLatin1String("known"))
                continue;
            const adminunits::ParsedPlace whole = adminunits::parsePlace(other->value);
            QString rest;
            for (const adminunits::PlacePart& part : whole.parts)
                if (part.level == tail.level && part.kind == tail.kind &&
                    foldWords(part.name) == foldWords(tail.name)) {
                    rest = other->value.mid(part.from + part.length);
                    break;
                }
            if (!rest.startsWith(QLatin1Char(',')))
                continue;
            const QString completed = it->value.trimmed() + rest;
            if (placeCompleteness(completed) != QLatin1String("known"))
                continue;
            it->value = completed;
            ev.placeCheck = QStringLiteral("known");
            ev.completedFrom = other.key();
            ev.note = QStringLiteral("completed from %1").arg(other.key());
            it->confidence = fieldConfidence(ev, QString());
            break;
        }
    }
}

void capPoorPage(const records::RecordType& type, DocumentExtraction& out)
{
    // A page read poorly as a whole: three in ten of what its form was read for
    // (values found, and labels found with nothing readable after them though the
    // paper does not leave them blank) are doubtful readings. What the
    // characters say about the rest is worth less there: a faded, speckled or
    // strangely printed page misreads digits and letters it looks sure of.
    int formFields = 0, poor = 0;
    for (const records::FieldDef& f : type.fields) {
        const auto it = out.fields.constFind(f.key);
        if (it == out.fields.constEnd()) {
            const bool unreadable = out.labelled.contains(f.key) && !out.blank.contains(f.key);
            formFields += unreadable;
            poor += unreadable;
            continue;
        }
        ++formFields;
        poor += it->confidence < 0.7 || doubtfulReading(out.evidence.value(f.key));
    }
    if (formFields >= 6 && 10 * poor >= 3 * formFields) {
        // A required field not found there is as likely unread as absent from the
        // paper: not a defect of the paper unless its label stood before an empty line.
        for (const records::FieldDef& f : type.fields)
            if (f.required && !out.fields.contains(f.key) && !out.blank.contains(f.key))
                out.unread.insert(f.key);
        for (auto it = out.fields.begin(); it != out.fields.end(); ++it) {
            FieldEvidence& ev = out.evidence[it.key()];
            ev.poorPage = true;
            it->confidence = std::min(it->confidence, fieldConfidence(ev, QString()));
        }
    }
}

} // namespace sohoa::extraction::detail

namespace sohoa::extraction {

void judgeDocumentAgain(DocumentExtraction& extraction)
{
    detail::markZeroDoubt(extraction);
    if (const records::RecordType* type = records::RecordTypeRegistry::builtin().find(extraction.type))
        detail::capPoorPage(*type, extraction);
}

} // namespace sohoa::extraction
