#include "core/extraction/BlankForm.h"

#include <algorithm>

namespace sohoa::extraction {

namespace {

// At least this many labels found, and at least this share of them blank.
constexpr int kMinLabels = 5;
constexpr double kBlankShare = 0.7;

} // namespace

bool looksBlank(const DocumentExtraction& extraction)
{
    const int labelled = int(extraction.labelled.size());
    if (labelled < kMinLabels)
        return false;
    int blank = 0;
    int sure = 0;
    for (const QString& key : extraction.labelled) {
        if (extraction.blank.contains(key) || !extraction.fields.contains(key))
            ++blank;
        else if (extraction.fields.value(key).confidence >= kBlankFormSure)
            ++sure;
    }
    // One value read clearly is a filled form, however many lines it leaves empty.
    return sure == 0 && blank >= kBlankShare * labelled;
}

void dropLeaderNoiseOfBlankForm(DocumentExtraction& extraction)
{
    if (!looksBlank(extraction))
        return;
    const QStringList keys = extraction.fields.keys();
    for (const QString& key : keys) {
        if (extraction.fields.value(key).confidence >= kBlankFormSure)
            continue;
        extraction.fields.remove(key);
        extraction.evidence.remove(key);
        if (extraction.labelled.contains(key))
            extraction.blank.insert(key);
        extraction.rereads.erase(std::remove_if(extraction.rereads.begin(), extraction.rereads.end(),
                                                [&](const RereadRequest& q) { return q.field == key; }),
                                 extraction.rereads.end());
    }
}

} // namespace sohoa::extraction
