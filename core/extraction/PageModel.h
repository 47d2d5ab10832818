#pragma once

#include "core/ocr/OcrPage.h"

#include <QList>
#include <QPolygonF>
#include <QRect>
#include <QString>

namespace sohoa::extraction {

// One piece of an OCR word: words are split at ':' and at dotted leaders so
// that "tên:NGUYỄN" and "HƯƠNG......" become separate tokens.
struct Token {
    int page = 0;                          // index into the document's pages
    int word = -1;                         // index into OcrPage::words
    QString text;                          // as read (NFC)
    QString key;                           // foldKey(text)
    QRect box;                             // in page pixels, as OCR reported (for FieldValue::box)
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0; // deskewed geometry
    double conf = 0;                       // mean character confidence 0..1
    QList<float> charConf;                 // per character of text
    bool leader = false;                   // dotted leader or its misread residue ("......", "----+++ttt")
    bool colonAfter = false;               // a ':' follows directly (or a ';', ',' or '.' a misread may give)
    bool strongColon = false;              // the ':' itself
    bool marker = false;                   // an item marker such as "a)", "1.", "II."
    bool reread = false;                   // its word was read a second time (OcrWord::reread)
    int row = -1;                          // visual row index within the document
    int ocrLine = -1;                      // OcrPage line index

    double cx() const { return (x0 + x1) / 2; }
    double cy() const { return (y0 + y1) / 2; }
    double height() const { return y1 - y0; }
};

// Tokens at the same height on one page, left to right (after deskew): a
// printed line, whatever blocks the OCR engine split it into.
struct Row {
    int page = 0;
    QList<int> tokens; // indices into DocumentModel::tokens, by x
    double y0 = 0, y1 = 0, x0 = 0, x1 = 0;
    double height() const { return y1 - y0; }
    double cy() const { return (y0 + y1) / 2; }
};

struct PageGeometry {
    double slope = 0;                   // skew estimated from the lines (dy/dx)
    double textLeft = 0, textRight = 0; // deskewed extent of the body text
    double lineHeight = 30;             // median row height
    double linePitch = 45;              // median distance from one row to the next below it
    int width = 0, height = 0;

    // A rectangle of the deskewed frame as it lies on the page image (the
    // frame tokens' x0..y1 are in), for reading that part of the page again.
    QPolygonF toPage(const QRectF& deskewed) const;
};

// The OCR words of a whole document in a form that label matching and value
// reading can work on: tokens, rows in reading order, page geometry.
struct DocumentModel {
    QList<Token> tokens;
    QList<Row> rows; // all pages, top to bottom, page by page
    QList<PageGeometry> pages;

    static DocumentModel build(const QList<ocr::OcrPage>& pages);

    QString rowText(int row, int fromToken = 0, int toToken = -1) const; // tokens joined by spaces
};

} // namespace sohoa::extraction
