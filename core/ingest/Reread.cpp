#include "core/ingest/Reread.h"

#include "core/extraction/TextFold.h"
#include "core/extraction/ValueParsers.h"
#include "core/records/Record.h"
#include "core/text/VietnameseText.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace sohoa::ingest {

using extraction::DocumentExtraction;
using extraction::RereadRequest;

namespace {

// A page as lines of words, to edit and put back together.
struct LineOfWords {
    ocr::OcrLine line;
    QList<ocr::OcrWord> words;
};

QList<LineOfWords> splitLines(const ocr::OcrPage& page)
{
    QList<LineOfWords> out;
    QHash<int, int> atLine;
    for (const ocr::OcrWord& w : page.words) {
        const bool known = w.line >= 0 && w.line < page.lines.size();
        auto it = known ? atLine.constFind(w.line) : atLine.constEnd();
        if (it == atLine.constEnd()) {
            LineOfWords l;
            l.line = known ? page.lines[w.line] : ocr::OcrLine{w.box, 0, 0, 0};
            out.append(l);
            if (known)
                it = atLine.insert(w.line, int(out.size() - 1));
        }
        out[it == atLine.constEnd() ? int(out.size() - 1) : *it].words.append(w);
    }
    return out;
}

void joinLines(ocr::OcrPage& page, const QList<LineOfWords>& lines)
{
    page.lines.clear();
    page.words.clear();
    for (const LineOfWords& l : lines) {
        if (l.words.isEmpty())
            continue;
        ocr::OcrLine line = l.line;
        line.firstWord = int(page.words.size());
        line.wordCount = int(l.words.size());
        for (ocr::OcrWord w : l.words) {
            w.line = int(page.lines.size());
            page.words.append(w);
        }
        page.lines.append(line);
    }
}

// The words at `indices` become `replacement` (read again, on one line), where the first of them stood.
void replaceWithWords(ocr::OcrPage& page, const QList<int>& indices, const QList<ocr::OcrWord>& replacement)
{
    const int first = *std::min_element(indices.begin(), indices.end());
    QList<ocr::OcrWord> words;
    for (int i = 0; i < page.words.size(); ++i) {
        if (i == first) {
            for (ocr::OcrWord w : replacement) {
                w.line = page.words[i].line;
                words.append(w);
            }
        } else if (!indices.contains(i)) {
            words.append(page.words[i]);
        }
    }
    page.words = words;
    QList<LineOfWords> lines = splitLines(page);
    joinLines(page, lines);
}

// One word read again in place of the words at `indices`.
void replaceWords(ocr::OcrPage& page, const QList<int>& indices, const ocr::OcrWord& replacement)
{
    replaceWithWords(page, indices, {replacement});
}

// Words read in a band of the page become lines of their own, placed by height.
void insertLines(ocr::OcrPage& page, const QList<ocr::OcrWord>& read)
{
    QList<LineOfWords> lines = splitLines(page);
    QMap<int, LineOfWords> added;
    for (const ocr::OcrWord& w : read) {
        LineOfWords& l = added[w.line];
        l.line.box = l.words.isEmpty() ? w.box : l.line.box.united(w.box);
        l.words.append(w);
    }
    for (const LineOfWords& l : std::as_const(added)) {
        int at = 0;
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].line.box.center().y() < l.line.box.center().y())
                at = i + 1;
        LineOfWords copy = l;
        copy.line.block = at > 0 ? lines[at - 1].line.block : 0;
        lines.insert(at, copy);
    }
    joinLines(page, lines);
}

QString digitsOf(const QList<ocr::OcrWord>& words, QList<float>* confidences = nullptr)
{
    QString out;
    for (const ocr::OcrWord& w : words) {
        for (int i = 0; i < w.text.size(); ++i) {
            if (!w.text[i].isDigit())
                continue;
            out.append(w.text[i]);
            if (confidences)
                confidences->append(i < w.charConfidences.size() ? w.charConfidences[i] : w.confidence);
        }
    }
    return out;
}

records::Record recordOf(const DocumentExtraction& ex)
{
    records::Record r;
    r.type = ex.type;
    r.fields = ex.fields;
    return r;
}

QSet<QString> issueCodes(const QList<records::Issue>& issues, const QString& field)
{
    QSet<QString> out;
    for (const records::Issue& i : issues)
        if (i.field == field)
            out.insert(i.code);
    return out;
}

DocumentExtraction extractAgain(const QList<ocr::OcrPage>& pages, const DocumentExtraction& before)
{
    DocumentExtraction ex = extraction::extractDocument(pages, before.type);
    // The type was decided on the first reading; a second reading of a value does not revisit it.
    ex.typeConfidence = before.typeConfidence;
    ex.typeScores = before.typeScores;
    return ex;
}

// The id reading to take from the second readings, or nothing. Readings
// vote, the first one too: the winner needs two votes and more than any other
// reading (an enlarged crop can invent a digit as well as the page did), must
// be near the first reading and must pass validation in this record.
std::optional<QList<ocr::OcrWord>> chooseDigits(const RereadRequest& q,
                                                const QList<QList<ocr::OcrWord>>& readings,
                                                const DocumentExtraction& ex,
                                                const validation::ValidationContext& context)
{
    QHash<QString, int> votes;
    QHash<QString, QList<ocr::OcrWord>> wordsOf;
    ++votes[q.reading];
    for (const QList<ocr::OcrWord>& words : readings) {
        const QString digits = digitsOf(words);
        if (digits.isEmpty())
            continue;
        ++votes[digits];
        if (!wordsOf.contains(digits))
            wordsOf.insert(digits, words);
    }
    QString best;
    int bestVotes = 0, runnerUp = 0;
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        if (it.value() > bestVotes) {
            runnerUp = bestVotes;
            bestVotes = it.value();
            best = it.key();
        } else if (it.value() > runnerUp) {
            runnerUp = it.value();
        }
    }
    if (bestVotes < 2 || bestVotes == runnerUp || best == q.reading ||
        text::editDistance(best, q.reading) > 2)
        return std::nullopt;
    records::Record r = recordOf(ex);
    records::FieldValue v = r.fields.value(q.field);
    v.value = best;
    r.fields.insert(q.field, v);
    for (const records::Issue& i : validation::validateRecord(r, context))
        if (i.field == q.field && i.code.startsWith(QLatin1String("personal_id.")))
            return std::nullopt;
    return wordsOf.value(best);
}

// How sure a place reads as a whole address (FieldEvidence::placeCheck).
int placeRank(const QString& check)
{
    if (check == QLatin1String("known"))
        return 2;
    if (check == QLatin1String("incomplete"))
        return 1;
    return check.isEmpty() ? 1 : 0;
}

// A line of a garbled value read again is taken when the value reads better
// (fewer odd characters, clearer characters or a place now whole) and not worse
// in any of those, no other field changes and the field gets no new issue.
bool acceptCleanerReading(const RereadRequest& q, const DocumentExtraction& before,
                          const DocumentExtraction& after, const validation::ValidationContext& context)
{
    if (!after.fields.contains(q.field) ||
        after.fields.value(q.field).value == before.fields.value(q.field).value)
        return false;
    for (auto it = after.fields.constBegin(); it != after.fields.constEnd(); ++it)
        if (it.key() != q.field && it->value != before.fields.value(it.key()).value)
            return false;
    for (auto it = before.fields.constBegin(); it != before.fields.constEnd(); ++it)
        if (!after.fields.contains(it.key()))
            return false;
    const extraction::FieldEvidence b = before.evidence.value(q.field), a = after.evidence.value(q.field);
    if (!before.fields.contains(q.field)) {
        // Nothing was read in the value's form: the second reading must give one, clearly.
        if (a.parseQuality < 0.7 || a.oddCharacters > 0 || a.ocrConfidence < 0.8 ||
            placeRank(a.placeCheck) < 1)
            return false;
    } else {
        if (a.oddCharacters > b.oddCharacters || placeRank(a.placeCheck) < placeRank(b.placeCheck) ||
            a.ocrConfidence < b.ocrConfidence - 0.02 || a.parseQuality < b.parseQuality - 0.01)
            return false;
        if (b.vocabulary == QLatin1String("exact") && a.vocabulary != QLatin1String("exact"))
            return false;
        auto vocabularyRank = [](const extraction::FieldEvidence& e) {
            if (e.vocabulary == QLatin1String("exact"))
                return 3.0;
            if (e.vocabulary == QLatin1String("snapped"))
                return 2.0 - std::min(1.0, 0.25 * e.vocabularyDistance);
            return e.vocabulary.isEmpty() ? 2.0 : 0.0;
        };
        if (vocabularyRank(a) < vocabularyRank(b))
            return false;
        if (a.oddCharacters == b.oddCharacters && placeRank(a.placeCheck) == placeRank(b.placeCheck) &&
            vocabularyRank(a) == vocabularyRank(b) && a.parseQuality < b.parseQuality + 0.05 &&
            a.ocrConfidence < b.ocrConfidence + 0.05)
            return false;
    }
    const QSet<QString> issuesBefore =
        issueCodes(validation::validateRecord(recordOf(before), context), q.field);
    const QSet<QString> issuesAfter =
        issueCodes(validation::validateRecord(recordOf(after), context), q.field);
    return issuesBefore.contains(issuesAfter);
}

// A missed line is taken when the value grows by words read clearly, and by nothing else.
bool acceptContinuation(const RereadRequest& q, const QList<ocr::OcrWord>& read,
                        const DocumentExtraction& before, const DocumentExtraction& after,
                        const validation::ValidationContext& context)
{
    const QString oldValue = before.fields.value(q.field).value;
    const QString newValue = after.fields.value(q.field).value;
    if (oldValue.isEmpty() || newValue.size() <= oldValue.size() || !newValue.startsWith(oldValue))
        return false;
    for (auto it = after.fields.constBegin(); it != after.fields.constEnd(); ++it)
        if (it.key() != q.field && it->value != before.fields.value(it.key()).value)
            return false;
    for (auto it = before.fields.constBegin(); it != before.fields.constEnd(); ++it)
        if (!after.fields.contains(it.key()))
            return false;
    QHash<QString, float> confidence; // of each word read, by its letters and digits
    for (const ocr::OcrWord& w : read) {
        const QString key = extraction::foldKey(w.text);
        if (!key.isEmpty())
            confidence.insert(key, std::max(confidence.value(key, 0.f), w.confidence));
    }
    const QStringList added = newValue.mid(oldValue.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool someWord = false;
    for (const QString& word : added) {
        const QString key = extraction::foldKey(word);
        if (key.isEmpty())
            continue;
        if (confidence.value(key, 0.f) < 0.75f)
            return false;
        someWord = true;
    }
    if (!someWord)
        return false;
    const QSet<QString> issuesBefore =
        issueCodes(validation::validateRecord(recordOf(before), context), q.field);
    const QSet<QString> issuesAfter =
        issueCodes(validation::validateRecord(recordOf(after), context), q.field);
    return issuesBefore.contains(issuesAfter);
}

// A table read cell by cell is taken when its value comes out whole where
// the first reading had less: a value where there was none, or as many of the
// table's rows (corner points) or more. Only the table's value is taken
// (the cells' figures are no reading of any other field).
bool acceptTableReading(const RereadRequest& q, const DocumentExtraction& before,
                        const DocumentExtraction& after)
{
    const QString oldValue = before.fields.value(q.field).value;
    const QString newValue = after.fields.value(q.field).value;
    if (newValue.isEmpty() || newValue == oldValue)
        return false;
    const auto rows = [](const QString& v) { return v.isEmpty() ? 0 : v.count(QLatin1Char(';')) + 1; };
    return rows(newValue) >= rows(oldValue) &&
           after.evidence.value(q.field).parseQuality >= before.evidence.value(q.field).parseQuality - 0.01;
}

// The page's words inside the table (the cells' words' extent and half a line
// around) give way to the cells' words.
void replaceTable(ocr::OcrPage& page, const QList<ocr::OcrWord>& cells, double lineHeight)
{
    QRect extent;
    for (const ocr::OcrWord& w : cells)
        extent = extent.isNull() ? w.box : extent.united(w.box);
    const int margin = int(lineHeight / 2);
    extent.adjust(-margin, -margin, margin, margin);
    QList<LineOfWords> lines = splitLines(page);
    for (LineOfWords& l : lines)
        l.words.removeIf([&](const ocr::OcrWord& w) { return extent.contains(w.box.center()); });
    joinLines(page, lines);
    insertLines(page, cells);
}

} // namespace

QList<QList<ocr::OcrWord>> readPageRegions(ocr::OcrEngine& engine, capture::CapturedPage&& page, int dpi,
                                           const QSize& expected, const imaging::CleanupOptions& cleanup,
                                           const QList<ocr::RegionRead>& regions, const CancelToken& cancel)
{
    auto decoded = page.takeImage();
    if (!decoded || !decoded->pix)
        return {};
    Pix* original = decoded->pix.get();
    // The words' coordinates are in the first reading's image: another size is another image.
    if (QSize(imaging::pixWidth(original), imaging::pixHeight(original)) != expected)
        return {};
    imaging::OrientationFallback osd = [&engine](Pix* binary, int d) {
        return engine.detectOrientation(binary, d);
    };
    auto cleaned = imaging::cleanPage(original, dpi, cleanup, osd);
    if (!cleaned)
        return {};
    auto read = engine.readRegions(*cleaned, regions, cancel, original);
    return read ? *read : QList<QList<ocr::OcrWord>>();
}

QList<ocr::RegionRead> regionsFor(const RereadRequest& request)
{
    QList<ocr::RegionRead> out;
    if (request.kind == RereadRequest::Digits) {
        // Digits only, as printed and enlarged: a doubled or invented digit is
        // rarely read the same way twice at different scales.
        for (double scale : {1.0, 2.0, 1.5}) {
            ocr::RegionRead r;
            r.area = request.area;
            r.scale = scale;
            r.allowedChars = QStringLiteral("0123456789");
            r.singleLine = true;
            r.textHeight = request.lineHeight;
            out.append(r);
        }
    } else if (request.kind == RereadRequest::TableCells) {
        // Coordinates: digits and the decimal point (a comma where it is printed so).
        ocr::RegionRead r;
        r.area = request.area;
        r.tableCells = true;
        r.allowedChars = QStringLiteral("0123456789.,");
        r.textHeight = request.lineHeight;
        out.append(r);
    } else if (request.kind == RereadRequest::Garbled) {
        ocr::RegionRead r;
        r.area = request.area;
        r.singleLine = true;
        r.textHeight = request.lineHeight;
        out.append(r);
    } else {
        ocr::RegionRead r;
        r.area = request.area;
        r.singleLine = false; // one line is expected, but the band may hold two
        r.textHeight = request.lineHeight;
        out.append(r);
    }
    return out;
}

namespace {

using Readings = QHash<int, QList<QList<ocr::OcrWord>>>; // per request: the words of each of its regions

// One call per page, every region of its requests at once.
Readings readRequests(const QList<ocr::OcrPage>& pages, const QList<RereadRequest>& requests,
                      const RegionReader& reader)
{
    QMap<int, QList<int>> byPage;
    for (int i = 0; i < requests.size(); ++i)
        if (requests[i].page >= 0 && requests[i].page < pages.size())
            byPage[requests[i].page].append(i);
    Readings readings;
    for (auto it = byPage.constBegin(); it != byPage.constEnd(); ++it) {
        QList<ocr::RegionRead> regions;
        QList<QPair<int, int>> spans; // request -> [first, count) in regions
        for (int qi : it.value()) {
            const QList<ocr::RegionRead> r = regionsFor(requests[qi]);
            spans.append({int(regions.size()), int(r.size())});
            regions += r;
        }
        const QList<QList<ocr::OcrWord>> read = reader(it.key(), regions);
        if (read.size() != regions.size())
            continue; // the page could not be read again
        for (int k = 0; k < it.value().size(); ++k)
            readings.insert(it.value()[k], read.mid(spans[k].first, spans[k].second));
    }
    return readings;
}

// The words of garbled lines, by box and text: replacing other words moves their indices.
QHash<int, QList<QPair<QRect, QString>>> garbledWordsOf(const QList<ocr::OcrPage>& pages,
                                                        const QList<RereadRequest>& requests,
                                                        const Readings& readings)
{
    QHash<int, QList<QPair<QRect, QString>>> garbledWords;
    for (int qi = 0; qi < requests.size(); ++qi) {
        const RereadRequest& q = requests[qi];
        if (q.kind != RereadRequest::Garbled || !readings.contains(qi))
            continue;
        QList<QPair<QRect, QString>> words;
        for (int wi : q.words)
            if (wi >= 0 && wi < pages[q.page].words.size())
                words.append({pages[q.page].words[wi].box, pages[q.page].words[wi].text});
        if (!words.isEmpty() && words.size() == q.words.size())
            garbledWords.insert(qi, words);
    }
    return garbledWords;
}

// The word that replaces an id's words (valid, sorted): the digits read again, with what the first
// and last of those words hold besides the id (a label glued before it, a leader after it) as it
// was read.
ocr::OcrWord idWord(const ocr::OcrPage& page, const QList<int>& valid, const QList<ocr::OcrWord>& chosen)
{
    const ocr::OcrWord& head = page.words[valid.first()];
    const ocr::OcrWord& tail = page.words[valid.last()];
    const QString headDigits = extraction::repairDigits(head.text),
                  tailDigits = extraction::repairDigits(tail.text);
    qsizetype before = 0, after = tail.text.size();
    while (before < headDigits.size() && !headDigits[before].isDigit())
        ++before;
    while (after > 0 && !tailDigits[after - 1].isDigit())
        --after;
    QList<float> digitConfidences;
    const QString digits = digitsOf(chosen, &digitConfidences);
    auto confidencesOf = [](const ocr::OcrWord& w, qsizetype from, qsizetype n) {
        QList<float> out;
        for (qsizetype i = from; i < from + n; ++i)
            out.append(i < w.charConfidences.size() ? w.charConfidences[i] : w.confidence);
        return out;
    };
    ocr::OcrWord word;
    word.text = head.text.left(before) + digits + tail.text.mid(after);
    word.charConfidences = confidencesOf(head, 0, before) + digitConfidences +
                           confidencesOf(tail, after, tail.text.size() - after);
    word.reread = true;
    double sum = 0;
    for (float c : digitConfidences)
        sum += c;
    word.confidence = digitConfidences.isEmpty() ? 0.f : float(sum / digitConfidences.size());
    if (before > 0 || after < tail.text.size()) {
        for (int wi : valid)
            word.box = word.box.isNull() ? page.words[wi].box : word.box.united(page.words[wi].box);
    } else {
        for (const ocr::OcrWord& w : chosen)
            word.box = word.box.isNull() ? w.box : word.box.united(w.box);
    }
    return word;
}

// The words of a request's first region that hold text.
QList<ocr::OcrWord> wordsRead(const Readings& readings, int qi)
{
    QList<ocr::OcrWord> read;
    for (const ocr::OcrWord& w : readings.value(qi).value(0))
        if (!w.text.trimmed().isEmpty())
            read.append(w);
    return read;
}

} // namespace

RereadOutcome rereadDoubtfulValues(QList<ocr::OcrPage>& pages, DocumentExtraction& extraction,
                                   const RegionReader& reader, const validation::ValidationContext& context)
{
    RereadOutcome outcome;
    const QList<RereadRequest> requests = extraction.rereads;
    outcome.requests = int(requests.size());
    if (requests.isEmpty() || !reader)
        return outcome;
    validation::ValidationContext checks = context;
    checks.duplicateCheck = nullptr; // judging a reading of one field does not need the store
    const Readings readings = readRequests(pages, requests, reader);
    const QHash<int, QList<QPair<QRect, QString>>> garbledWords = garbledWordsOf(pages, requests, readings);

    // Ids first: they replace words in place and change no line.
    bool changed = false;
    QHash<QString, QString> noteOf;
    for (int qi = 0; qi < requests.size(); ++qi) {
        const RereadRequest& q = requests[qi];
        if (q.kind != RereadRequest::Digits || !readings.contains(qi) || q.words.isEmpty())
            continue;
        const auto chosen = chooseDigits(q, readings.value(qi), extraction, checks);
        if (!chosen)
            continue;
        ocr::OcrPage& page = pages[q.page];
        QList<int> valid;
        for (int wi : q.words)
            if (wi >= 0 && wi < page.words.size())
                valid.append(wi);
        if (valid.isEmpty())
            continue;
        std::sort(valid.begin(), valid.end());
        replaceWords(page, valid, idWord(page, valid, *chosen));
        noteOf.insert(q.field, QStringLiteral("read again from the image (first read %1)").arg(q.reading));
        changed = true;
        ++outcome.taken;
    }
    if (changed)
        extraction = extractAgain(pages, extraction);

    for (int qi = 0; qi < requests.size(); ++qi) {
        const RereadRequest& q = requests[qi];
        if (q.kind != RereadRequest::Garbled || !garbledWords.contains(qi))
            continue;
        const QList<ocr::OcrWord> read = wordsRead(readings, qi);
        if (read.isEmpty())
            continue;
        const ocr::OcrPage& page = pages[q.page];
        QList<int> indices;
        for (const auto& [box, text] : garbledWords.value(qi))
            for (int wi = 0; wi < page.words.size(); ++wi)
                if (page.words[wi].box == box && page.words[wi].text == text && !indices.contains(wi)) {
                    indices.append(wi);
                    break;
                }
        if (indices.size() != garbledWords.value(qi).size())
            continue;
        QList<ocr::OcrPage> patched = pages;
        replaceWithWords(patched[q.page], indices, read);
        DocumentExtraction again = extractAgain(patched, extraction);
        if (!acceptCleanerReading(q, extraction, again, checks))
            continue;
        pages = patched;
        extraction = again;
        noteOf.insert(q.field,
                      QStringLiteral("read again from the image without the dotted leader (first read %1)")
                          .arg(q.reading));
        changed = true;
        ++outcome.taken;
    }

    for (int qi = 0; qi < requests.size(); ++qi) {
        const RereadRequest& q = requests[qi];
        if (q.kind != RereadRequest::MissedLine || !readings.contains(qi))
            continue;
        const QList<ocr::OcrWord> read = wordsRead(readings, qi);
        if (read.isEmpty())
            continue;
        QList<ocr::OcrPage> patched = pages;
        insertLines(patched[q.page], read);
        DocumentExtraction again = extractAgain(patched, extraction);
        if (!acceptContinuation(q, read, extraction, again, checks))
            continue;
        pages = patched;
        extraction = again;
        noteOf.insert(q.field, QStringLiteral("a line OCR had missed was read again from the image"));
        changed = true;
        ++outcome.taken;
    }
    for (int qi = 0; qi < requests.size(); ++qi) {
        const RereadRequest& q = requests[qi];
        if (q.kind != RereadRequest::TableCells || !readings.contains(qi))
            continue;
        QList<ocr::OcrWord> read;
        for (const ocr::OcrWord& w : readings.value(qi).value(0))
            if (!w.text.trimmed().isEmpty())
                read.append(w);
        if (read.isEmpty())
            continue;
        QList<ocr::OcrPage> patched = pages;
        replaceTable(patched[q.page], read, q.lineHeight);
        DocumentExtraction again = extractAgain(patched, extraction);
        if (!acceptTableReading(q, extraction, again))
            continue;
        pages = patched;
        extraction.fields.insert(q.field, again.fields.value(q.field));
        extraction.evidence.insert(q.field, again.evidence.value(q.field));
        noteOf.insert(
            q.field,
            q.reading.isEmpty()
                ? QStringLiteral("the table was read again cell by cell")
                : QStringLiteral("the table was read again cell by cell (first read %1)").arg(q.reading));
        changed = true;
        ++outcome.taken;
    }
    if (!changed)
        return outcome;
    for (auto it = noteOf.constBegin(); it != noteOf.constEnd(); ++it) {
        if (!extraction.evidence.contains(it.key()))
            continue;
        QString& note = extraction.evidence[it.key()].note;
        note = note.isEmpty() ? it.value() : note + QStringLiteral("; ") + it.value();
    }
    // What was read again is not asked about twice.
    extraction.rereads.clear();
    return outcome;
}

} // namespace sohoa::ingest
