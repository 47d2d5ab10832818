#include "core/extraction/Extractor.h"

#include "core/extraction/BlankForm.h"
#include "core/extraction/Classifier.h"
#include "core/extraction/Confidence.h"
#include "core/extraction/DocumentPasses_p.h"
#include "core/extraction/DocumentReader_p.h"
#include "core/extraction/FieldParsing_p.h"
#include "core/extraction/PageModel.h"
#include "core/extraction/PostCorrection.h"
#include "core/extraction/RereadRequests_p.h"
#include "core/extraction/TextFold.h"
#include "core/extraction/ValueParsers.h"
#include "core/extraction/Vocabulary.h"
#include "core/records/RecordType.h"

#include <QSet>
#include <algorithm>

namespace sohoa::extraction {

using detail::DocumentReader;
using detail::FieldReading;
using detail::judgeReading;
using detail::kNoLimit;
using detail::Parsed;
using detail::parseField;
using detail::Span;
using records::FieldDef;
using records::RecordType;
using records::ValueKind;

validation::ReadingNotes readingNotes(const DocumentExtraction& extraction)
{
    validation::ReadingNotes notes;
    notes.labelled = extraction.labelled;
    notes.blank = extraction.blank;
    for (auto it = extraction.evidence.constBegin(); it != extraction.evidence.constEnd(); ++it)
        if (doubtfulReading(it.value()))
            notes.doubtful.insert(it.key());
    // Not found, where a line was not read: the label may be on it.
    notes.doubtful.unite(extraction.unread);
    return notes;
}

DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint)
{
    return extractDocument(pages, typeHint, records::RecordTypeRegistry::builtin());
}

namespace {

// Values read again elsewhere on the page: a field printed in words beside another's
// value, and a number read from its words when its digits were lost.
void takeValuesInWords(const RecordType& type, const DocumentReader& reader, const Vocabulary& vocab,
                       QMap<QString, FieldReading>& readings)
{
    // A field holding another's value as printed in words ("words_of": the date
    // of birth "ghi bằng chữ"): the words read beside that value.
    for (const FieldDef& f : type.fields) {
        const QString of = f.extraction.value(QLatin1String("words_of")).toString();
        if (of.isEmpty() || readings.value(f.key).filled)
            continue;
        const FieldReading source = readings.value(of);
        if (source.words.tokens.isEmpty())
            continue;
        // Only words that read as a whole date: a line cut at a wrap or a word
        // misread beyond repair would make it say another date.
        const FieldDef* sourceDef = type.field(of);
        if (sourceDef && sourceDef->kind == ValueKind::Date &&
            parseDateWords(tidyValue(trimJunkTail(tidyValue(reader.spanText(source.words)))), vocab)
                .isEmpty())
            continue;
        FieldReading& r = readings[f.key];
        r.filled = true;
        r.span = source.words;
        r.labelQuality = source.labelQuality;
    }
    // A number whose digits OCR took for a dotted leader ("52m²," on a photo), printed
    // again in words ("bằng chữ: năm mươi hai mét vuông"): read from the words.
    for (auto it = readings.begin(); it != readings.end(); ++it) {
        const FieldDef* f = type.field(it.key());
        if (f && f->kind == ValueKind::Decimal && it->filled && it->span.tokens.isEmpty() &&
            !it->words.tokens.isEmpty())
            it->span = it->words;
    }
}

// Doubtful readings worth a second look at the image; never twice: an id of an odd length
// read again as digits, and the line below a value that OCR did not return.
void askRereads(const DocumentModel& doc, const FieldDef& f, const Span& span, const QString& text,
                const Parsed& parsed, DocumentExtraction& out)
{
    const int page = doc.tokens[span.tokens.first()].page;
    const PageGeometry& geo = doc.pages[page];
    if (f.kind == ValueKind::PersonalId) {
        QString digits;
        for (QChar c : repairDigits(text))
            if (c.isDigit())
                digits.append(c);
        const bool usualLength = parsed.ok && (parsed.value.size() == 12 || parsed.value.size() == 9);
        const bool lengthRepaired = parsed.ok && digits.size() != parsed.value.size();
        if ((!usualLength || lengthRepaired) && digits.size() >= 8 && digits.size() <= 16) {
            RereadRequest q;
            q.kind = RereadRequest::Digits;
            q.field = f.key;
            q.page = page;
            q.reading = digits;
            q.lineHeight = geo.lineHeight;
            // The value's own tokens, in the deskewed frame (an OCR word may also hold
            // the leader after it, and its box grows with the skew): a line's height
            // above and below their middle, a little room to the sides.
            const double lh = geo.lineHeight;
            double x0 = kNoLimit, x1 = -kNoLimit, cy = 0;
            int onPage = 0;
            for (int ti : span.tokens) {
                const Token& t = doc.tokens[ti];
                if (t.page != page)
                    continue;
                if (!q.words.contains(t.word))
                    q.words.append(t.word);
                x0 = std::min(x0, t.x0);
                x1 = std::max(x1, t.x1);
                cy += t.cy();
                ++onPage;
            }
            cy /= std::max(1, onPage);
            q.area = geo.toPage(
                QRectF(QPointF(x0 - 0.2 * lh, cy - 0.75 * lh), QPointF(x1 + 0.4 * lh, cy + 0.75 * lh)));
            out.rereads.append(q);
        }
    }
    if (span.openPage >= 0 && span.openBelow.isValid()) {
        RereadRequest q;
        q.kind = RereadRequest::MissedLine;
        q.field = f.key;
        q.page = span.openPage;
        q.area = doc.pages[span.openPage].toPage(span.openBelow);
        q.lineHeight = doc.pages[span.openPage].lineHeight;
        out.rereads.append(q);
    }
}

// A value read with characters no value holds, faintly or not in its form (typed
// over a dotted leader whose dots OCR mixed into the words): each of its lines is
// worth reading again without the leader (ingest/Reread.h). Only lines whose OCR
// words hold nothing but the value, so that a second reading can replace them whole.
void askGarbled(const DocumentModel& doc, const FieldDef& f, const Span& span, const QString& reading,
                DocumentExtraction& out)
{
    QMap<int, QList<int>> byRow; // row -> span tokens
    for (int ti : span.tokens)
        byRow[doc.tokens[ti].row].append(ti);
    QSet<int> spanTokens(span.tokens.cbegin(), span.tokens.cend());
    for (auto row = byRow.constBegin(); row != byRow.constEnd(); ++row) {
        const QList<int>& tokens = row.value();
        const int page = doc.tokens[tokens.first()].page;
        const PageGeometry& geo = doc.pages[page];
        const double lh = geo.lineHeight;
        RereadRequest q;
        q.kind = RereadRequest::Garbled;
        q.field = f.key;
        q.page = page;
        q.lineHeight = lh;
        q.reading = reading;
        double x0 = kNoLimit, x1 = -kNoLimit, cy = 0;
        for (int ti : tokens) {
            const Token& t = doc.tokens[ti];
            if (!q.words.contains(t.word))
                q.words.append(t.word);
            x0 = std::min(x0, t.x0);
            x1 = std::max(x1, t.x1);
            cy += t.cy();
        }
        cy /= tokens.size();
        // The leader after the value shows its dots' level and pitch (TextRegion.h):
        // up to four line heights of it, not into the next word on the row.
        double right = x1 + 4.0 * lh;
        bool shared = false;
        for (int ti = 0; ti < doc.tokens.size(); ++ti) {
            const Token& t = doc.tokens[ti];
            if (t.page != page || spanTokens.contains(ti))
                continue;
            if (q.words.contains(t.word) && !t.leader && t.x1 <= x1)
                shared = true; // a label or another value in the same OCR word
            else if (t.row == row.key() && !t.leader && t.x0 >= x1)
                right = std::min(right, t.x0 - 0.2 * lh);
        }
        if (shared || q.words.contains(-1))
            continue;
        q.area = geo.toPage(QRectF(QPointF(x0 - 0.3 * lh, cy - 0.8 * lh), QPointF(right, cy + 0.8 * lh)));
        out.rereads.append(q);
    }
}

// One field's reading -> its value and evidence in out (or a blank, or a request to read it again).
void takeReading(const DocumentModel& doc, const DocumentReader& reader, const Vocabulary& vocab,
                 const FieldDef& fieldDef, const FieldReading& r, DocumentExtraction& out)
{
    const FieldDef* f = &fieldDef;
    const QString text = reader.spanText(r.span);
    const QString wordsText = reader.spanText(r.words);
    // Characters and confidences of what was read.
    records::FieldValue v;
    v.raw = text;
    QRect box;
    double sum = 0, minConf = 1;
    int n = 0;
    for (int k = 0; k < r.span.tokens.size(); ++k) {
        const Token& t = doc.tokens[r.span.tokens[k]];
        if (k)
            v.charConfidences.append(1.0f);
        for (float c : t.charConf) {
            v.charConfidences.append(c);
            sum += c;
            minConf = std::min<double>(minConf, c);
            ++n;
        }
        box = box.isNull() ? t.box : box.united(t.box);
        if (v.page == 0)
            v.page = t.page + 1;
    }
    v.box = box;
    Parsed parsed = parseField(*f, text, v.charConfidences, wordsText, vocab);
    FieldEvidence& ev = parsed.ev;
    ev.label = r.label ? r.label->printed : QString();
    ev.labelQuality = r.labelQuality;
    ev.ocrConfidence = n ? sum / n : 0;
    ev.ocrMinimum = n ? minConf : 0;
    ev.lines = r.span.lines;
    ev.openEnd = ev.openEnd || r.span.openBelow.isValid();
    ev.shifted = r.span.shifted;
    ev.placedByShape = r.byShape;
    for (int ti : r.span.tokens)
        ev.reread |= doc.tokens[ti].reread;
    if (!ev.reread)
        askRereads(doc, *f, r.span, text, parsed, out);
    if (!parsed.ok) {
        // Not in the expected form. Keep what is printed when it was read
        // clearly (an area of "abc" is a finding for validation), never a guess.
        const QString tidy = tidyValue(text);
        if (f->kind != ValueKind::Decimal || tidy.isEmpty() || ev.ocrConfidence < 0.8 ||
            foldKey(tidy).isEmpty()) {
            // Nothing readable after the label: specks and dots of an empty line
            // read as letters ("cc ST 21 T111") leave the line blank.
            bool specks = true;
            for (int ti : r.span.tokens)
                specks &= doc.tokens[ti].key.size() <= 4;
            if (r.label && (ev.ocrConfidence < 0.7 || (specks && ev.ocrConfidence < 0.85)))
                out.blank.insert(f->key);
            if (!ev.reread && !specks)
                askGarbled(doc, *f, r.span, QString(), out);
            return;
        }
        parsed.value = tidy;
        ev.parseQuality = 0;
        ev.note = QStringLiteral("not in the expected form");
    }
    v.value = parsed.value.normalized(QString::NormalizationForm_C);
    judgeReading(*f, text, v.value, parsed.ok, ev);
    v.confidence = fieldConfidence(ev, valueKindName(f->kind));
    const bool textKind = f->kind == ValueKind::Text || f->kind == ValueKind::Name ||
                          f->kind == ValueKind::Place || f->kind == ValueKind::Ethnicity ||
                          f->kind == ValueKind::Nationality;
    // (A value cut at a line OCR missed has that line read: above. An id of an odd
    // length is also read as digits; its whole line read without the leader's
    // dots may give its digits as well.)
    bool asked = false;
    for (const RereadRequest& q : std::as_const(out.rereads))
        asked |= q.field == f->key && q.kind == RereadRequest::MissedLine;
    if (!ev.reread && !asked &&
        (ev.parseQuality < 0.7 ||
         (textKind &&
          (ev.oddCharacters > 0 || ev.ocrConfidence < 0.85 || ev.placeCheck == QLatin1String("unknown") ||
           ev.placeCheck == QLatin1String("incomplete") || ev.vocabulary == QLatin1String("unknown")))))
        askGarbled(doc, *f, r.span, v.value, out);
    out.fields.insert(f->key, v);
    out.evidence.insert(f->key, ev);
}

} // namespace

DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint,
                                   const records::RecordTypeRegistry& registry)
{
    DocumentExtraction out;
    QStringList texts;
    for (const ocr::OcrPage& p : pages)
        texts.append(p.text());
    out.text = texts.join(QStringLiteral("\n\f"));
    const DocumentModel doc = DocumentModel::build(pages);

    const bool autoType = typeHint.isEmpty() || typeHint == QLatin1String("auto");
    TypeEvidence evidence;
    const RecordType* type = nullptr;
    if (autoType) {
        Classification c = classifyDocument(doc, registry);
        out.typeScores = c.scores;
        out.type = c.type;
        out.typeConfidence = c.confidence;
        type = registry.find(c.type);
        if (type)
            evidence = c.evidence.value(c.type);
    } else {
        out.type = typeHint;
        out.typeConfidence = 1.0;
        type = registry.find(typeHint);
        if (type)
            evidence = evidenceFor(doc, *type, registry);
    }
    if (!type || doc.tokens.isEmpty())
        return out;

    DocumentReader reader(doc, *type, evidence);
    reader.assign();
    reader.locate();
    reader.placeIdsByShape();
    const Vocabulary& vocab = Vocabulary::builtin();
    QMap<QString, FieldReading> readings = reader.readings();
    takeValuesInWords(*type, reader, vocab, readings);
    for (auto it = readings.constBegin(); it != readings.constEnd(); ++it) {
        const FieldDef* f = type->field(it.key());
        const FieldReading& r = it.value();
        if (f && r.filled && r.label)
            out.labelled.insert(f->key);
        if (f && r.filled && r.label && r.span.tokens.isEmpty())
            out.blank.insert(f->key);
        if (!f || r.span.tokens.isEmpty())
            continue;
        takeReading(doc, reader, vocab, *f, r, out);
    }
    detail::askTableCells(doc, *type, out);
    detail::markUnreadRequired(doc, *type, out);
    detail::markZeroDoubt(out);
    detail::completeCutPlaces(out);
    // A blank form first: its leader noise is not a reading, and its empty lines
    // are not values lost by a poor page.
    dropLeaderNoiseOfBlankForm(out);
    detail::capPoorPage(*type, out);
    return out;
}

} // namespace sohoa::extraction
