#pragma once

#include "core/ocr/OcrPage.h"

#include <QRect>

namespace sohoa::ingest {

// A PDF page's text layer is what the file says; its image is what the paper
// shows. Text can hide under a full-page scan (drawn before the image, or
// invisible, render mode 3) where the scan has ink of its own, so the ink
// test of capture/PdfSource does not see it (issue 21). Before a text layer
// is used, each of its words is looked for in what OCR reads at the same place
// on the page image; a word that OCR read something else for contradicts it.
//
// A word is compared when it has at least kMinComparedChars letters or digits
// and OCR found words over it. It is contradicted when more than
// kMaxWordMismatch of its letters (accents and case aside: OCR's own tone-mark
// slips are not evidence) are missing from the nearest match in the OCR text
// there. One contradicted word is enough to refuse the layer: a name or a
// number is one or two words, and what is lost by refusing is only the layer's
// exact accents (the OCR reading, which the clerk checks anyway, is used).
struct TextLayerComparison {
    int wordsCompared = 0;
    int wordsContradicted = 0;
    int wordsUnread = 0;      // OCR found nothing over them (pictures, lines): neither way
    QRect firstContradiction; // page pixels, for the clerk to look at
    bool contradicted() const { return wordsContradicted > 0; }
};

inline constexpr int kMinComparedChars = 3;
inline constexpr double kMaxWordMismatch = 0.5;

// Both pages in the same pixels (the PDF page rendered at the same DPI).
TextLayerComparison compareTextLayer(const ocr::OcrPage& textLayer, const ocr::OcrPage& ocr);

// Edits (insert, delete, substitute; one each) to turn `word` into the best
// matching part of `text` (approximate substring search). Exposed for tests.
int editsToNearestPart(const QString& word, const QString& text);

} // namespace sohoa::ingest
