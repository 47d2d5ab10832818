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
// kMaxWordMismatch of its letters (accents and case aside) are missing from
// the nearest match in the OCR text there. One contradicted word is enough to
// refuse the layer: a name or a number is one or two words, and what is lost
// by refusing is only the layer's exact accents (the OCR reading, which the
// clerk checks anyway, is used).
//
// Marks (tone marks and ă â ê ô ơ ư đ) are compared where OCR read the word's
// letters exactly (accents aside). Tesseract's confidence in a mark is no
// proof: measured on a page drawn in the test, it read lăm as lãm at 0.95 and
// thắng as thằng at 0.97 (HiddenTextTest). So one word's marks never refuse a
// layer; they lower its trust instead. Where the marks differ, the layer's
// word is doubted: if the layer is kept, its confidence drops to at most 0.5,
// so the clerk checks it on the image; where OCR is sure (kConfidentMark), the
// word takes the marks OCR read, since the image is what the paper says. A
// layer whose marks OCR contradicts surely in at least kMinMarkContradictions
// words and kMarkContradictionShare of the words compared (marks shifted
// throughout) is refused like one with wrong letters. On real scans honest
// OCR layers reach 11% (6% overall; bench/text_layer_marks_bench over nine
// devset2 pages), so a few shifted names are corrected and doubted, not
// refused. A layer word without any mark (a producer that drops them) is only
// ever doubted.
struct DoubtedWord {
    int index = 0;        // in the text layer's words
    QString text;         // the word with the marks OCR read, when OCR is sure; else empty (kept)
    float confidence = 0; // at most 0.5
};

struct TextLayerComparison {
    int wordsCompared = 0;
    int wordsContradicted = 0;      // by their letters
    int wordsUnread = 0;            // OCR found nothing over them (pictures, lines): neither way
    int wordsMarksCompared = 0;     // letters read exactly, marks compared
    int wordsMarksContradicted = 0; // of those, marks OCR read otherwise and surely
    QList<DoubtedWord> marksDoubted;
    QRect firstContradiction; // page pixels, for the clerk to look at
    bool marksContradicted() const;
    bool contradicted() const { return wordsContradicted > 0 || marksContradicted(); }
};

inline constexpr int kMinComparedChars = 3;
inline constexpr double kMaxWordMismatch = 0.5;
inline constexpr float kConfidentMark = 0.9f;
inline constexpr int kMinMarkContradictions = 3;
inline constexpr double kMarkContradictionShare = 0.25;

// Both pages in the same pixels (the PDF page rendered at the same DPI).
TextLayerComparison compareTextLayer(const ocr::OcrPage& textLayer, const ocr::OcrPage& ocr);

// For a layer that is kept: its doubted words take OCR's marks where OCR was
// sure, and a confidence of at most 0.5.
void applyMarkDoubts(ocr::OcrPage& textLayer, const TextLayerComparison& comparison);

// Edits (insert, delete, substitute; one each) to turn `word` into the best
// matching part of `text` (approximate substring search). Exposed for tests.
int editsToNearestPart(const QString& word, const QString& text);

} // namespace sohoa::ingest
