// Floors on devset2 (paper the extractor was not first tuned on: ruled-grid
// and caption layouts, security print, values typed off their lines, phone
// photos), so that its figures cannot fall back unnoticed. The stacks (several
// documents in one file) are left to the stack-splitting tests. OCR goes
// through the product's clean-up and Tesseract once and is cached in the build
// folder (synthetic data, no personal data); extraction, second readings of
// doubtful values and validation of the reading run as in the pipeline.
#include "DevsetOcrCache.h"
#include "FieldScore.h"
#include "OcrHarness.h"
#include "core/extraction/Extractor.h"
#include "core/ingest/Reread.h"
#include "core/validation/ReadingDoubt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sohoa;
using test::ScoredDocument;

namespace {

// Measured on the reading3 branch (dates in words cut inside their year no
// longer disagree with their digits, given names read clearly kept, repairs and
// guesses below 0.9, pages read poorly as a whole below 0.9, photos straightened
// to their paper's proportions, places completed from the same unit printed
// twice): fields 754/873 = 0.864 over the 49 single-document files, type 49/49,
// issue recall 8/11 = 0.727, precision 8/8, values at >= 0.9 right 637/647 =
// 0.985 (reading2: 0.858, 0.636, 0.778, 0.965;
// before issue 20: 0.734, 0.636, 0.212, 0.918). Merged with realpaper's
// clean-up (narrower Sauvola windows), two readings change and raise a false
// issue each (scan-0010 required.missing, scan-0022 personal_id.format read as
// '0820806 6.180'): 750/873 = 0.859, recall 8/11, precision 8/10, right at
// >= 0.9 637/650 = 0.980. reading4: an id read with stray separators is a doubtful
// reading and a required field not found on a poorly read page is unread (both
// false issues gone), a misread "thành phố X" closing a place snaps to its
// province, an id whose label was misread is placed by its shape, a label read once
// after its part opens the next part: 754/873 = 0.864, type 49/49, recall 8/11,
// precision 8/8, right at >= 0.9 640/651 = 0.983. Merged with imaging4's page-curl
// flattening of photographed pages: 765/873 = 0.876, type 49/49, recall 9/11,
// precision 9/11, right at >= 0.9 652/665 = 0.980. Two flattened death photos
// (scan-0010, scan-0040) now read well enough not to count as poor pages, and
// their registration place, on a line OCR still loses, raises a false
// required.missing. reading5: that line was found (a label after an item number
// whose full stop was lost; a blank read after the part's heading, misread as the
// label, yields to the real label) and its value is read, doubted; rare names beside a
// commoner one of other tone marks, places cut at their start, numbers cut out of a
// word, book numbers with a split year and authorities not opening with what they are
// are doubted: 766/873 = 0.877, type 49/49, recall 9/11, precision 9/9, right at
// >= 0.9 631/635 = 0.994. The floors sit one value under these: one false issue or
// one more wrong value at >= 0.9 fails.
constexpr double kFieldFloor = 0.875, kTypeFloor = 0.98, kRecallFloor = 0.80, kPrecisionFloor = 0.90;
constexpr double kHighConfidenceRightFloor = 0.99;

QString devset2Dir()
{
    const QString env = qEnvironmentVariable("SOHOA_DEVSET2_DIR");
    return env.isEmpty() ? QStringLiteral(SOHOA_SHARED_DEVSET2) : env;
}

} // namespace

TEST(Devset2Floor, FieldsIssuesAndConfidence)
{
    QFile truth(devset2Dir() + QStringLiteral("/truth.jsonl"));
    if (!truth.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "devset2 not present at " << devset2Dir().toStdString();
    QList<ScoredDocument> docs;
    QStringList files;
    for (const QByteArray& line : truth.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        // A stack's documents carry variant.stack (an object saying where in the pile).
        const QJsonValue stack = o.value(QLatin1String("variant")).toObject().value(QLatin1String("stack"));
        if (o.isEmpty() || !(stack.isUndefined() || stack.isNull() || stack == QJsonValue(false)))
            continue;
        ScoredDocument d;
        d.file = o.value(QLatin1String("file")).toString();
        d.truthType = o.value(QLatin1String("type")).toString();
        const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            d.truthFields.insert(it.key(), it.value().toString());
        for (const QJsonValue& c : o.value(QLatin1String("expected_issues")).toArray())
            d.expectedIssues.insert(c.toString());
        files.append(QDir(devset2Dir()).filePath(d.file));
        docs.append(d);
    }
    ASSERT_GE(docs.size(), 40);
    const auto ocr = test::ocrFilesCached(files, QStringLiteral(SOHOA_DEVSET2_OCR_CACHE), 2);
    for (int i = 0; i < docs.size(); ++i) {
        extraction::DocumentExtraction ex = extraction::extractDocument(ocr[i]);
        QList<ocr::OcrPage> pages = ocr[i];
        const QString file = files[i];
        ingest::rereadDoubtfulValues(
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
        ScoredDocument& d = docs[i];
        d.predictedType = ex.type;
        for (auto it = rec.fields.constBegin(); it != rec.fields.constEnd(); ++it) {
            d.predictedFields.insert(it.key(), it->value);
            d.confidences.insert(it.key(), it->confidence);
        }
        for (const records::Issue& is : issues)
            d.predictedIssues.insert(is.code);
    }
    const test::Scores s = test::scoreDocuments(docs);
    std::printf("devset2 (no stacks): %s\n", qPrintable(s.summary()));
    const QList<test::ConfidenceBucket> buckets = test::calibration(docs, {0.0, 0.5, 0.7, 0.9, 1.0});
    std::printf("%s", qPrintable(test::calibrationTable(buckets)));
    int count = 0, right = 0;
    for (const auto& b : buckets)
        if (b.from >= 0.9) {
            count += b.count;
            right += b.right;
        }
    ASSERT_GT(count, 0);
    EXPECT_GE(s.fieldAccuracy(), kFieldFloor);
    EXPECT_GE(s.typeAccuracy(), kTypeFloor);
    EXPECT_GE(s.issueRecall(), kRecallFloor);
    EXPECT_GE(s.issuePrecision(), kPrecisionFloor);
    EXPECT_GE(double(right) / count, kHighConfidenceRightFloor) << right << " right of " << count;
}
