// Field confidence: what the evidence must do to it.
#include "core/extraction/Confidence.h"

#include <gtest/gtest.h>

using namespace sohoa::extraction;

namespace {

FieldEvidence clean()
{
    FieldEvidence e;
    e.label = QStringLiteral("Năm sinh");
    e.labelQuality = 1;
    e.ocrConfidence = 0.99;
    e.ocrMinimum = 0.97;
    e.parseQuality = 0.95;
    return e;
}

} // namespace

TEST(Confidence, CleanReadingIsTrusted)
{
    EXPECT_GE(fieldConfidence(clean(), QStringLiteral("year")), 0.95);
}

TEST(Confidence, ValueOutOfFormIsNeverTrusted)
{
    // Clearly printed characters do not make a year 3019 or a 13-digit id right.
    for (double quality : {0.0, 0.3, 0.35, 0.6}) {
        FieldEvidence e = clean();
        e.parseQuality = quality;
        EXPECT_LE(fieldConfidence(e, QStringLiteral("year")), std::max(quality, 0.0) + 1e-9) << quality;
        EXPECT_LT(fieldConfidence(e, QStringLiteral("year")), 0.9);
    }
}

TEST(Confidence, EvidenceMovesConfidenceTheRightWay)
{
    const double base = fieldConfidence(clean(), QStringLiteral("name"));
    FieldEvidence unknown = clean();
    unknown.parseQuality = 0.9;
    unknown.vocabulary = QStringLiteral("unknown");
    unknown.vocabularyDistance = 1;
    EXPECT_LT(fieldConfidence(unknown, QStringLiteral("name")), 0.9); // nothing to check the name against
    FieldEvidence blurred = clean();
    blurred.ocrMinimum = 0.4;
    EXPECT_LT(fieldConfidence(blurred, QStringLiteral("year")), base);
    FieldEvidence disagree = clean();
    disagree.crossCheck = QStringLiteral("disagree");
    disagree.parseQuality = 0.35;
    EXPECT_LT(fieldConfidence(disagree, QStringLiteral("date")), 0.5);
    FieldEvidence agree = clean();
    agree.crossCheck = QStringLiteral("agree");
    agree.parseQuality = 1.0;
    EXPECT_GT(fieldConfidence(agree, QStringLiteral("date")), base);
}

TEST(Confidence, DigitsPutRightByTheirPositionAreNotTrusted)
{
    FieldEvidence repaired = clean();
    repaired.shapeRepairs = 1; // a month "69" read back as 09
    EXPECT_LE(fieldConfidence(repaired, QStringLiteral("date")), 0.6);
    // Another 6, 8 or 9 on a paper whose zeros were misread may be a 0 too.
    FieldEvidence doubt = clean();
    doubt.zeroDoubt = true;
    EXPECT_LT(fieldConfidence(doubt, QStringLiteral("number")), 0.9);
    EXPECT_GT(fieldConfidence(doubt, QStringLiteral("number")),
              fieldConfidence(repaired, QStringLiteral("date")));
}

TEST(Confidence, ADateNoCalendarHasIsADoubtfulReading)
{
    FieldEvidence e = clean();
    EXPECT_FALSE(doubtfulReading(e));
    e.parseQuality = 0.3; // "06/41/2006"
    e.implausible = true;
    EXPECT_TRUE(doubtfulReading(e));
}
