#include "extraction/Confidence.h"

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
        z -= 1.5;
    z -= 0.4 * e.repairs;
    z -= 0.3 * (e.lines - 1);
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace sohoa::extraction
