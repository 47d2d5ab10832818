#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>
#include <QTransform>

namespace sohoa::ocr {

// What OCR read on one page, in the pixel coordinates of the page image as
// archived (the original, before clean-up), so the verification station can
// draw boxes on the image the clerk sees.
struct OcrWord {
    QString text;
    QRect box;
    float confidence = 0;         // 0..1
    QList<float> charConfidences; // 0..1, one per character of text (QChar units)
    int line = -1;                // index into OcrPage::lines
    // Read a second time from a part of the page (a doubtful value, a line the
    // first pass missed): the clerk should check what was built from it.
    bool reread = false;
};

struct OcrLine {
    QRect box;
    int block = 0;
    int firstWord = 0; // words[firstWord .. firstWord+wordCount) in reading order
    int wordCount = 0;
};

struct OcrPage {
    int width = 0; // of the archived image
    int height = 0;
    int dpi = 0;
    int rotationApplied = 0; // 0/90/180/270: how the image was turned before OCR
    double skewCorrected = 0;
    bool blank = false;
    QString engine; // e.g. "tesseract 5.3.0 vie"
    QList<OcrWord> words;
    QList<OcrLine> lines;
    // Text layer provenance: "ocr" or "pdf_text" (a PDF's own text layer).
    QString source = QStringLiteral("ocr");
    // The page as OCR read it (a photo's page rectified, small print enlarged,
    // turned upright, deskewed): its size, and the map from its pixels onto the
    // archived original's (projective for a photo). To show the corrected page
    // with matching boxes, draw the original and the words' boxes through
    // correctedToOriginal.inverted() onto a correctedSize canvas (QPainter
    // handles the perspective). Empty size: not recorded (older readings, text layers).
    QSize correctedSize;
    QTransform correctedToOriginal;

    QString lineText(int line) const;
    QString text() const; // lines joined with '\n'
    float meanConfidence() const;

    // Compact binary form for the store (QDataStream, versioned).
    QByteArray serialize() const;
    static bool deserialize(const QByteArray& bytes, OcrPage& out);
};

} // namespace sohoa::ocr
