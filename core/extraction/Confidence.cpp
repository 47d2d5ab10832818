#include "core/extraction/Confidence.h"

#include <algorithm>
#include <cmath>

namespace sohoa::extraction {

double fieldConfidence(const FieldEvidence& e, const QString& kind)
{
    Q_UNUSED(kind);
    double z = -5.0;
    z += 3.0 * e.ocrConfidence;
    z += 2.5 * e.ocrMinimum;
    z += 1.5 * (e.label.isEmpty() ? 0.8 : e.labelQuality);
    z += 3.0 * e.parseQuality;
    if (e.crossCheck == QLatin1String("agree"))
        z += 2.0;
    else if (e.crossCheck == QLatin1String("disagree"))
        z -= 2.5;
    if (e.vocabulary == QLatin1String("exact"))
        z += 1.0;
    else if (e.vocabulary == QLatin1String("snapped"))
        z -= 0.5 + 1.0 * e.vocabularyDistance;
    else if (e.vocabulary == QLatin1String("unknown"))
        z -= 2.5; // nothing to check the reading against: the clerk should look
    z -= 0.4 * e.repairs;
    z -= 0.3 * (e.lines - 1);
    // Structural doubts, which OCR character confidences do not show: a value
    // that may go on below a line that was not read, a place cut before its
    // province or naming a unit that exists in no list ("..., tỉnh Bắc").
    if (e.openEnd)
        z -= 1.0;
    double p = 1.0 / (1.0 + std::exp(-z));
    // A value that did not have its expected form (a 13-digit id, year 3019,
    // an area of "abc", dates whose digits and words disagree) is never more
    // certain than its form, however clearly its characters were read.
    if (e.parseQuality < 0.7)
        return std::min(p, e.parseQuality);
    // Structural doubts cap what the characters say: a place naming a unit that
    // exists in no list, or cut before its province, is likely cut or misread.
    if (e.placeCheck == QLatin1String("unknown"))
        p = std::min(p, 0.4);
    else if (e.placeCheck == QLatin1String("incomplete"))
        p = std::min(p, 0.55);
    if (e.openEnd)
        p = std::min(p, 0.6);
    if (e.oddCharacters > 0 || e.straySeparators > 0)
        p = std::min(p, 0.5);
    // Placed without its label: the shape says what it is, not whose it is.
    if (e.placedByShape)
        p = std::min(p, 0.7);
    // A letter read where a digit stands ("0o giờ", "44B m2") was put right by
    // its look, and the digits around it were read by the same eye; a code whose
    // letters meet its digits at a look-alike ("CHO8790") has two readings; a
    // given name's syllable moved to a listed one though what was read is itself
    // a name ("THẬT" -> "THẤT") is a choice between two readings, not a fix.
    if (e.repairs > 0 || e.lookAlikeEdge || e.guesses > 0 || e.poorPage)
        p = std::min(p, 0.85);
    // Completed from another place of the document: right when the two name
    // the same unit, which the clerk confirms at a glance.
    if (!e.completedFrom.isEmpty())
        p = std::min(p, 0.8);
    // Digits put right by their position: the reading was wrong there, and the
    // same font may have misread other digits of the value.
    if (e.shapeRepairs > 0)
        p = std::min(p, 0.6);
    else if (e.zeroDoubt)
        p = std::min(p, 0.8);
    // Read a second time because the first reading was wrong or incomplete:
    // the better reading is still one the clerk should look at.
    if (e.reread)
        return std::min(p, 0.65);
    return p;
}

bool doubtfulReading(const FieldEvidence& e)
{
    if (e.reread || e.openEnd || e.oddCharacters > 0 || e.straySeparators > 0 || e.placedByShape ||
        e.implausible || e.crossCheck == QLatin1String("disagree"))
        return true;
    if (e.placeCheck == QLatin1String("unknown") || e.placeCheck == QLatin1String("incomplete"))
        return true;
    // A place is judged by its units (placeCheck); one accent or letter put right
    // by the vocabulary is an ordinary reading.
    if (e.placeCheck.isEmpty() && (e.vocabulary == QLatin1String("unknown") ||
                                   (e.vocabulary == QLatin1String("snapped") && e.vocabularyDistance > 1.0)))
        return true;
    if (!e.label.isEmpty() && e.labelQuality < 0.8)
        return true;
    return e.ocrConfidence < 0.75 || e.ocrMinimum < 0.35 || e.repairs >= 2;
}

} // namespace sohoa::extraction
