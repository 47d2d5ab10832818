#include "core/ingest/TextLayerCheck.h"

#include "core/text/SearchFold.h"

#include <algorithm>
#include <vector>

namespace sohoa::ingest {

namespace {

// A word's letters and digits, lower case: with their marks (NFC) and without
// (accents removed), and OCR's confidence in each (the word's own when it has
// none per character).
struct Letters {
    QString full;
    QString base;
    QList<float> confidence;

    void add(const ocr::OcrWord& w)
    {
        const QString nfc = w.text.normalized(QString::NormalizationForm_C);
        const bool perChar = nfc == w.text && w.charConfidences.size() == w.text.size();
        for (qsizetype i = 0; i < nfc.size(); ++i) {
            if (!nfc[i].isLetterOrNumber())
                continue;
            full.append(nfc[i].toLower());
            base.append(text::baseLetter(nfc[i]));
            confidence.append(perChar ? w.charConfidences[i] : w.confidence);
        }
    }
};

Letters lettersOf(const ocr::OcrWord& w)
{
    Letters out;
    out.add(w);
    return out;
}

// The OCR words over a text-layer word, left to right: their boxes meet the
// word's box (widened by half its height, for OCR boxes that are a little
// off) and share at least half of its height. core: only those whose middle
// lies inside the word's own box (the word itself, not its neighbours).
Letters ocrLettersOver(const QRect& box, const ocr::OcrPage& ocr, bool core)
{
    const int pad = core ? 0 : box.height() / 2;
    const QRect near = box.adjusted(-pad, 0, pad, 0);
    std::vector<const ocr::OcrWord*> over;
    for (const ocr::OcrWord& w : ocr.words) {
        if (!w.box.intersects(near) || (core && !box.contains(w.box.center().x(), box.center().y())))
            continue;
        const int top = std::max(w.box.top(), box.top());
        const int bottom = std::min(w.box.bottom(), box.bottom());
        if (bottom - top + 1 >= std::min(w.box.height(), box.height()) / 2)
            over.push_back(&w);
    }
    std::sort(over.begin(), over.end(),
              [](const ocr::OcrWord* a, const ocr::OcrWord* b) { return a->box.left() < b->box.left(); });
    Letters out;
    for (const ocr::OcrWord* w : over)
        out.add(*w);
    return out;
}

// The layer word's text with the marks OCR read on its letters from `at` on
// (its case and punctuation kept).
QString withOcrMarks(const QString& layerText, const Letters& shown, qsizetype at)
{
    QString out = layerText.normalized(QString::NormalizationForm_C);
    for (QChar& c : out) {
        if (!c.isLetterOrNumber())
            continue;
        const QChar read = shown.full[at++];
        c = c.isUpper() ? read.toUpper() : read;
    }
    return out;
}

// Compares the marks of layer word `w` (number index) with OCR's reading of
// the same letters, when OCR read them exactly (accents aside).
void compareMarks(const ocr::OcrWord& w, const Letters& said, const Letters& shown, int index,
                  TextLayerComparison& out)
{
    const qsizetype at = said.base.size() < kMinComparedChars ? (shown.base == said.base ? 0 : -1)
                                                              : shown.base.indexOf(said.base);
    if (at < 0)
        return;
    ++out.wordsMarksCompared;
    bool differs = false;
    float doubt = 1.f; // OCR's lowest confidence where the marks differ
    for (qsizetype k = 0; k < said.full.size(); ++k) {
        if (said.full[k] == shown.full[at + k])
            continue;
        differs = true;
        doubt = std::min(doubt, shown.confidence[at + k]);
    }
    if (!differs)
        return;
    // Two readings of the marks: at most an even chance for either.
    DoubtedWord d{index, QString(), std::min(doubt, 0.5f)};
    if (doubt >= kConfidentMark) {
        d.text = withOcrMarks(w.text, shown, at);
        // A word with no marks at all is a layer that drops them (an old
        // producer, ASCII text), not one that moves them.
        if (said.full != said.base) {
            if (out.wordsMarksContradicted == 0 && out.wordsContradicted == 0)
                out.firstContradiction = w.box;
            ++out.wordsMarksContradicted;
        }
    }
    out.marksDoubted.append(d);
}

} // namespace

int editsToNearestPart(const QString& word, const QString& text)
{
    // Sellers' algorithm: the match may start and end anywhere in `text`.
    const qsizetype m = word.size(), n = text.size();
    std::vector<int> prev(size_t(n + 1), 0), cur(size_t(n + 1), 0);
    for (qsizetype i = 1; i <= m; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int substitute = prev[size_t(j - 1)] + (word[i - 1] == text[j - 1] ? 0 : 1);
            cur[size_t(j)] = std::min({substitute, prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return *std::min_element(prev.begin(), prev.end());
}

TextLayerComparison compareTextLayer(const ocr::OcrPage& textLayer, const ocr::OcrPage& ocr)
{
    TextLayerComparison out;
    for (int i = 0; i < textLayer.words.size(); ++i) {
        const ocr::OcrWord& w = textLayer.words[i];
        const Letters said = lettersOf(w);
        if (said.base.size() < 2)
            continue;
        if (said.base.size() >= kMinComparedChars) {
            const Letters shown = ocrLettersOver(w.box, ocr, false);
            if (shown.base.isEmpty()) {
                ++out.wordsUnread;
                continue;
            }
            ++out.wordsCompared;
            if (editsToNearestPart(said.base, shown.base) > kMaxWordMismatch * double(said.base.size())) {
                if (out.wordsContradicted == 0)
                    out.firstContradiction = w.box;
                ++out.wordsContradicted;
                continue;
            }
        }
        compareMarks(w, said, ocrLettersOver(w.box, ocr, true), i, out);
    }
    return out;
}

bool TextLayerComparison::marksContradicted() const
{
    return wordsMarksContradicted >= kMinMarkContradictions &&
           wordsMarksContradicted >= kMarkContradictionShare * double(wordsMarksCompared);
}

void applyMarkDoubts(ocr::OcrPage& textLayer, const TextLayerComparison& comparison)
{
    for (const DoubtedWord& d : comparison.marksDoubted) {
        if (d.index < 0 || d.index >= textLayer.words.size())
            continue;
        ocr::OcrWord& w = textLayer.words[d.index];
        if (!d.text.isEmpty())
            w.text = d.text;
        w.confidence = std::min(w.confidence, d.confidence);
        w.charConfidences = QList<float>(w.text.size(), w.confidence);
    }
}

} // namespace sohoa::ingest
