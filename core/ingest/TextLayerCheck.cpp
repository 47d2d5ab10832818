#include "core/ingest/TextLayerCheck.h"

#include "core/text/SearchFold.h"

#include <algorithm>
#include <vector>

namespace sohoa::ingest {

namespace {

// Letters and digits only, lower case, accents removed.
QString comparable(const QString& text)
{
    QString out;
    const QString folded = text::foldForSearch(text);
    out.reserve(folded.size());
    for (QChar c : folded)
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

// The OCR words over a text-layer word: their boxes meet the word's box
// (widened by half its height, for OCR boxes that are a little off) and
// share at least half of its height.
QString ocrTextOver(const QRect& box, const ocr::OcrPage& ocr)
{
    const int pad = box.height() / 2;
    const QRect near = box.adjusted(-pad, 0, pad, 0);
    std::vector<const ocr::OcrWord*> over;
    for (const ocr::OcrWord& w : ocr.words) {
        if (!w.box.intersects(near))
            continue;
        const int top = std::max(w.box.top(), box.top());
        const int bottom = std::min(w.box.bottom(), box.bottom());
        if (bottom - top + 1 >= std::min(w.box.height(), box.height()) / 2)
            over.push_back(&w);
    }
    std::sort(over.begin(), over.end(),
              [](const ocr::OcrWord* a, const ocr::OcrWord* b) { return a->box.left() < b->box.left(); });
    QString text;
    for (const ocr::OcrWord* w : over)
        text += comparable(w->text);
    return text;
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
    for (const ocr::OcrWord& w : textLayer.words) {
        const QString said = comparable(w.text);
        if (said.size() < kMinComparedChars)
            continue;
        const QString shown = ocrTextOver(w.box, ocr);
        if (shown.isEmpty()) {
            ++out.wordsUnread;
            continue;
        }
        ++out.wordsCompared;
        if (editsToNearestPart(said, shown) > kMaxWordMismatch * double(said.size())) {
            if (out.wordsContradicted == 0)
                out.firstContradiction = w.box;
            ++out.wordsContradicted;
        }
    }
    return out;
}

} // namespace sohoa::ingest
