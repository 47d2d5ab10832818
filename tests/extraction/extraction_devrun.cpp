// Development runner: OCR files with the test harness (cached), extract and
// validate, print SPEC §3 JSON Lines. With --evidence each field also carries
// the evidence behind its confidence (for calibration, bench/accuracy.sh).
#include "DevsetOcrCache.h"
#include "OcrHarness.h"
#include "core/extraction/Classifier.h"
#include "core/extraction/Confidence.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/PageModel.h"
#include "core/extraction/StackSeparation.h"
#include "core/ingest/Reread.h"
#include "core/ocr/ProcessEnvironment.h"
#include "core/records/RecordType.h"
#include "core/validation/ReadingDoubt.h"
#include "core/validation/Validator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace sohoa;

int main(int argc, char** argv)
{
    ocr::ensureSingleThreadedOcrRuntime(argc, argv);
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("cache"), QStringLiteral("OCR cache folder"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("type"), QStringLiteral("type hint"), QStringLiteral("TYPE"),
                 QStringLiteral("auto")});
    p.addOption(
        {QStringLiteral("jobs"), QStringLiteral("OCR threads"), QStringLiteral("N"), QStringLiteral("2")});
    p.addOption({QStringLiteral("evidence"), QStringLiteral("print evidence per field")});
    p.addOption({QStringLiteral("text"), QStringLiteral("print the OCR text to stderr")});
    p.addOption({QStringLiteral("rows"), QStringLiteral("print the visual rows to stderr")});
    p.addOption({QStringLiteral("pages"),
                 QStringLiteral("print each page's class and the documents a stack separates into")});
    p.addOption(
        {QStringLiteral("dump"),
         QStringLiteral("write each page as OCR is given it (binary) and turned the same way in colour "
                        "into DIR as PNG, then stop"),
         QStringLiteral("DIR")});
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("scans"));
    p.process(app);
    const QStringList files = p.positionalArguments();
    if (p.isSet(QStringLiteral("dump"))) {
        const QDir dir(p.value(QStringLiteral("dump")));
        for (const QString& file : files) {
            const QList<test::CleanedView> views = test::cleanedPages(file);
            for (int k = 0; k < views.size(); ++k) {
                const QString stem = QFileInfo(file).completeBaseName() + QStringLiteral("-p%1").arg(k + 1);
                views[k].binary.save(dir.filePath(stem + QStringLiteral("-binary.png")));
                views[k].corrected.save(dir.filePath(stem + QStringLiteral("-view.png")));
            }
        }
        return 0;
    }
    const auto ocr = test::ocrFilesCached(files, p.value(QStringLiteral("cache")),
                                          p.value(QStringLiteral("jobs")).toInt());
    for (int i = 0; i < files.size(); ++i) {
        if (p.isSet(QStringLiteral("pages"))) {
            QList<extraction::PageClass> classes;
            for (const ocr::OcrPage& page : ocr[i])
                classes.append(extraction::classifyPage(page));
            for (int k = 0; k < classes.size(); ++k)
                std::printf("%s p%d %s %s %.2f\n", qPrintable(QFileInfo(files[i]).fileName()), k + 1,
                            qPrintable(extraction::pageRoleName(classes[k].role)),
                            qPrintable(classes[k].type), classes[k].confidence);
            for (const extraction::SeparatedDocument& d : extraction::separatePages(classes))
                std::printf("%s doc first_page=%d pages=%d %s %.2f\n",
                            qPrintable(QFileInfo(files[i]).fileName()), d.firstPage + 1, d.pages,
                            qPrintable(d.type), d.confidence);
            continue;
        }
        extraction::DocumentExtraction ex =
            extraction::extractDocument(ocr[i], p.value(QStringLiteral("type")));
        // Doubtful values read again from the file, as the pipeline does.
        QList<ocr::OcrPage> pages = ocr[i];
        const QString file = files[i];
        const ingest::RereadOutcome reread = ingest::rereadDoubtfulValues(
            pages, ex,
            [&](int page, const QList<ocr::RegionRead>& regions) {
                return test::rereadFileRegions(file, page, regions);
            },
            validation::ValidationContext::standalone());
        records::Record rec;
        rec.type = ex.type;
        rec.fields = ex.fields;
        const QList<records::Issue> issues = validation::validateReading(
            rec, extraction::readingNotes(ex), validation::ValidationContext::standalone());
        ex.fields = rec.fields;
        QJsonObject fields;
        for (auto it = ex.fields.constBegin(); it != ex.fields.constEnd(); ++it) {
            QJsonObject f{{QStringLiteral("value"), it->value},
                          {QStringLiteral("confidence"), it->confidence}};
            if (it->unsure)
                f.insert(QStringLiteral("unsure"), true);
            if (p.isSet(QStringLiteral("evidence"))) {
                const extraction::FieldEvidence e = ex.evidence.value(it.key());
                f.insert(QStringLiteral("raw"), it->raw);
                QJsonArray cc;
                for (float c : it->charConfidences)
                    cc.append(qRound(c * 100));
                f.insert(QStringLiteral("cc"), cc);
                f.insert(QStringLiteral("ev"),
                         QJsonObject{{QStringLiteral("label"), e.label},
                                     {QStringLiteral("lq"), e.labelQuality},
                                     {QStringLiteral("ocr"), e.ocrConfidence},
                                     {QStringLiteral("ocrmin"), e.ocrMinimum},
                                     {QStringLiteral("pq"), e.parseQuality},
                                     {QStringLiteral("cross"), e.crossCheck},
                                     {QStringLiteral("vocab"), e.vocabulary},
                                     {QStringLiteral("vd"), e.vocabularyDistance},
                                     {QStringLiteral("repairs"), e.repairs},
                                     {QStringLiteral("lines"), e.lines},
                                     {QStringLiteral("note"), e.note},
                                     {QStringLiteral("open"), e.openEnd},
                                     {QStringLiteral("shifted"), e.shifted},
                                     {QStringLiteral("odd"), e.oddCharacters},
                                     {QStringLiteral("place"), e.placeCheck},
                                     {QStringLiteral("doubt"), extraction::doubtfulReading(e)}});
            }
            fields.insert(it.key(), f);
        }
        QJsonArray iss;
        for (const records::Issue& is : issues)
            iss.append(is.toJson());
        QJsonObject o{{QStringLiteral("file"), QFileInfo(files[i]).fileName()},
                      {QStringLiteral("type"), ex.type},
                      {QStringLiteral("type_confidence"), ex.typeConfidence},
                      {QStringLiteral("pages"), int(ocr[i].size())},
                      {QStringLiteral("fields"), fields},
                      {QStringLiteral("issues"), iss}};
        if (reread.requests > 0)
            o.insert(QStringLiteral("rereads"),
                     QStringLiteral("%1 asked, %2 taken").arg(reread.requests).arg(reread.taken));
        if (p.isSet(QStringLiteral("evidence"))) {
            QJsonObject scores;
            for (auto it = ex.typeScores.constBegin(); it != ex.typeScores.constEnd(); ++it)
                scores.insert(it.key(), it.value());
            o.insert(QStringLiteral("type_scores"), scores);
            // Title and label evidence per type, to see how close the classifier came to doubt.
            const extraction::Classification c = extraction::classifyDocument(
                extraction::DocumentModel::build(pages), records::RecordTypeRegistry::builtin());
            QJsonObject parts;
            for (auto it = c.evidence.constBegin(); it != c.evidence.constEnd(); ++it)
                parts.insert(it.key(), QJsonObject{{QStringLiteral("title"), it->title},
                                                   {QStringLiteral("labels"), it->labels}});
            o.insert(QStringLiteral("type_evidence"), parts);
        }
        if (p.isSet(QStringLiteral("rows"))) {
            const auto doc = extraction::DocumentModel::build(pages);
            std::fprintf(stderr, "=== %s\n", qPrintable(files[i]));
            for (int r = 0; r < doc.rows.size(); ++r) {
                QString line;
                for (int ti : doc.rows[r].tokens) {
                    const auto& t = doc.tokens[ti];
                    line += (t.leader ? QStringLiteral("~") : QString()) +
                            (t.marker ? QStringLiteral("#") : QString()) + t.text +
                            (t.strongColon  ? QStringLiteral(":")
                             : t.colonAfter ? QStringLiteral("'")
                                            : QString()) +
                            QStringLiteral("@%1 ").arg(int(t.x0));
                }
                std::fprintf(stderr, "%3d p%d y%5d h%3d | %s\n", r, doc.rows[r].page, int(doc.rows[r].y0),
                             int(doc.rows[r].height()), line.toUtf8().constData());
            }
        }
        if (p.isSet(QStringLiteral("text")))
            std::fprintf(stderr, "=== %s\n%s\n", qPrintable(files[i]), ex.text.toUtf8().constData());
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
