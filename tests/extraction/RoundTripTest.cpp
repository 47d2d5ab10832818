// Generated records: render the paper form, read it with the real Tesseract
// path, extract; most values must come back. A few pages only (one per type,
// a different layout and font each) so the test stays well under a minute.
#include "FieldScore.h"
#include "OcrHarness.h"
#include "extraction/Extractor.h"
#include "records/RecordType.h"
#include "render/FormRenderer.h"
#include "render/SyntheticRecords.h"

#include <QDate>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {
// A little under the share measured with these seeds (70 of 71 fields; values,
// layouts and fonts are fixed by them).
constexpr double kRoundTripFloor = 0.93;
} // namespace

TEST(ExtractionRoundTrip, RenderedRecordsReadBack)
{
    const auto& registry = records::RecordTypeRegistry::builtin();
    const QStringList families = render::formFontFamilies();
    ASSERT_FALSE(families.isEmpty());
    int truthFields = 0, correct = 0, typesRight = 0, docs = 0;
    int highConfidence = 0, highConfidenceRight = 0;
    QStringList misses;
    const char* types[] = {"birth", "death", "marriage", "land_certificate"};
    for (int i = 0; i < 4; ++i) {
        const records::RecordType* type = registry.find(QLatin1String(types[i]));
        ASSERT_NE(type, nullptr);
        const quint32 seed = 7100 + quint32(i);
        const render::SyntheticDocument rec = render::syntheticRecord(*type, seed, QDate(2025, 9, 1));
        render::RenderOptions options;
        const QStringList layouts = render::formLayouts(*type);
        options.layout = layouts[i % layouts.size()];
        options.fontFamily = families[i % families.size()];
        options.dpi = 200;
        options.seed = seed;
        options.degradation.rotateDegrees = 0.4 * (i % 2 ? 1 : -1);
        options.degradation.noiseSigma = 6;
        options.degradation.seed = seed;
        auto rendered = render::renderForm(*type, rec.values, options);
        ASSERT_TRUE(rendered) << rendered.error().message.toStdString();
        QList<ocr::OcrPage> pages;
        for (const QImage& image : rendered->pages)
            pages.append(test::ocrImage(image, options.dpi));
        const extraction::DocumentExtraction ex = extraction::extractDocument(pages, QStringLiteral("auto"));
        ++docs;
        typesRight += ex.type == type->id;
        const QMap<QString, QString> truth = rec.fields();
        for (auto it = truth.constBegin(); it != truth.constEnd(); ++it) {
            ++truthFields;
            const records::FieldValue v = ex.fields.value(it.key());
            const bool right = test::sameFieldValue(it.key(), it.value(), v.value);
            correct += right;
            if (!right)
                misses.append(QStringLiteral("%1/%2 %3: '%4' read '%5'")
                                  .arg(type->id, options.layout, it.key(), it.value(), v.value));
        }
        for (auto it = ex.fields.constBegin(); it != ex.fields.constEnd(); ++it) {
            if (it->confidence < 0.9)
                continue;
            ++highConfidence;
            highConfidenceRight += test::sameFieldValue(it.key(), truth.value(it.key()), it->value);
        }
    }
    const double share = double(correct) / truthFields;
    std::printf("round trip: %d of %d fields (%.3f), types %d/%d, confidence>=0.9 right %d/%d\n", correct,
                truthFields, share, typesRight, docs, highConfidenceRight, highConfidence);
    for (const QString& m : misses)
        std::printf("  %s\n", qPrintable(m));
    EXPECT_EQ(typesRight, docs);
    EXPECT_GE(share, kRoundTripFloor);
    EXPECT_GE(highConfidenceRight, highConfidence - 1);
}
