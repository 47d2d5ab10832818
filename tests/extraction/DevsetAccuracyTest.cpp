// Accuracy floor on the devset through the product's own path (the pipeline
// `sohoa-cli extract` runs: capture, clean-up, Tesseract, classification,
// extraction, validation), scored as score_extract.py scores it. One run
// computes everything: OCR of the 48 pages is the expensive part.
#include "FieldScore.h"
#include "TestSupport.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/ocr/OcrWorkerPool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <gtest/gtest.h>

using namespace sohoa;
using test::ScoredDocument;

namespace {

// Floors a little under the measured figures: a regression of a few fields fails.
// The full shared devset (48 documents; measured field 842/853 = 0.987, issue
// recall 1.0, precision 12/12 = 1.0 since doubtful ids and missed lines are read
// again; one false alarm more, 12/13, still passes) and the CI copy (5 of them;
// measured 88/88, issues all right) differ.
constexpr double kFullFieldFloor = 0.98, kFullRecallFloor = 0.95, kFullPrecisionFloor = 0.9;
constexpr double kCiFieldFloor = 0.97, kCiRecallFloor = 0.95, kCiPrecisionFloor = 0.75;

// Truth lines of the files present (the CI copy holds 5 of the 48 files).
QList<ScoredDocument> truthOfPresentFiles(const QString& dir, QStringList* files)
{
    QList<ScoredDocument> out;
    QFile f(dir + QStringLiteral("/truth.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        const QString path = dir + QLatin1Char('/') + o.value(QLatin1String("file")).toString();
        if (!QFileInfo::exists(path))
            continue;
        ScoredDocument d;
        d.file = QFileInfo(path).fileName();
        d.truthType = o.value(QLatin1String("type")).toString();
        const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            d.truthFields.insert(it.key(), it.value().toVariant().toString());
        for (const QJsonValue& c : o.value(QLatin1String("expected_issues")).toArray())
            d.expectedIssues.insert(c.toString());
        files->append(path);
        out.append(d);
    }
    return out;
}

class DevsetAccuracy : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        QStringList files;
        s_docs = truthOfPresentFiles(test::devsetDir(), &files);
        if (files.isEmpty())
            return;
        ocr::OcrWorkerPool pool(std::max(1, QThread::idealThreadCount()));
        ingest::PipelineOptions options;
        options.typeHint = QStringLiteral("auto");
        options.archiveImages = false;
        ingest::DocumentPipeline pipeline(pool, options);
        pipeline.setDocumentSink([](ingest::DocumentResult& r) {
            ScoredDocument& d = s_docs[r.index];
            if (r.part > 0 || !r.lastOfSource)
                ++s_splits; // every devset file holds one document
            if (r.error || r.part > 0)
                return;
            d.predictedType = r.extraction.type;
            for (auto it = r.extraction.fields.constBegin(); it != r.extraction.fields.constEnd(); ++it) {
                if (it->value.trimmed().isEmpty())
                    continue;
                d.predictedFields.insert(it.key(), it->value);
                d.confidences.insert(it.key(), it->confidence);
            }
            for (const records::Issue& i : r.issues)
                d.predictedIssues.insert(i.code);
        });
        for (const QString& f : files)
            pipeline.addFile(f);
        pipeline.finish();
        s_scores = test::scoreDocuments(s_docs);
    }

    static bool fullDevset() { return s_docs.size() >= 40; }

    static inline QList<ScoredDocument> s_docs;
    static inline int s_splits = 0;
    static inline test::Scores s_scores;
};

} // namespace

TEST_F(DevsetAccuracy, FloorsAndCalibration)
{
    ASSERT_GE(s_docs.size(), 5) << "no devset at " << test::devsetDir().toStdString();
    std::printf("devset %s: %s\n", qPrintable(test::devsetDir()), qPrintable(s_scores.summary()));
    for (const QString& e : s_scores.errors)
        std::printf("  %s\n", qPrintable(e));
    EXPECT_EQ(s_splits, 0) << "single documents were separated into several";
    EXPECT_GE(s_scores.typeAccuracy(), 1.0);
    EXPECT_GE(s_scores.fieldAccuracy(), fullDevset() ? kFullFieldFloor : kCiFieldFloor);
    EXPECT_GE(s_scores.issueRecall(), fullDevset() ? kFullRecallFloor : kCiRecallFloor);
    EXPECT_GE(s_scores.issuePrecision(), fullDevset() ? kFullPrecisionFloor : kCiPrecisionFloor);

    // Calibration on the same run (CTest starts each test in its own process,
    // so one test does everything the expensive OCR is needed for).
    const QList<test::ConfidenceBucket> buckets =
        test::calibration(s_docs, {0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0});
    std::printf("%s", qPrintable(test::calibrationTable(buckets)));
    int count = 0, right = 0;
    for (const auto& b : buckets)
        if (b.from >= 0.9) {
            count += b.count;
            right += b.right;
        }
    ASSERT_GT(count, 0);
    // Fields at 0.9 or more are right at least 99 times in 100 (at most one
    // slip on the small CI copy, where one field is already 1.5 %).
    EXPECT_LE(count - right, std::max(1, int(count * 0.01))) << right << " right of " << count;
}
