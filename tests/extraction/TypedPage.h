#pragma once

#include "core/extraction/Extractor.h"
#include "core/ocr/OcrPage.h"

#include <QList>
#include <QString>

namespace sohoa::test {

// A line of text placed on a page grid: `row` counts printed lines from the
// top, `column` character cells from the left margin.
struct TypedLine {
    int row = 0;
    int column = 0;
    QString text;
    float confidence = 0.95f; // every character's OCR confidence
    int height = 0;           // glyph height in pixels, on the line's baseline (0: a letter's height)
};

// An OCR result as the engine would report it for these lines, misreads and
// all (they are written into the text): one OCR line per TypedLine, words split
// at spaces, fixed-pitch boxes at 300 dpi. Lets label finding and value reading
// be tested on exact layouts without rendering and recognising an image.
ocr::OcrPage typedPage(const QList<TypedLine>& lines);

// One column of lines, one per row, from the left margin.
ocr::OcrPage typedPage(const QStringList& lines);

// Vietnamese text written in the test source (UTF-8) as a QString.
inline QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The heading a commune's civil-status extract prints on its first two lines: the people's
// committee and the commune (none when commune is empty) on the left, the country's name and motto
// on the right. The tests add the title and the body below.
QList<TypedLine> communeHeading(const char* commune);

// The heading with a title on row 3 (column titleColumn, glyphs titleHeight pixels high; 0: a
// letter's height).
QList<TypedLine> communeHeading(const char* commune, const char* title, int titleColumn = 30,
                                int titleHeight = 0);

// The body of a death extract (Trần Văn Ba, 2016) from row 5, under a heading.
QList<TypedLine> deathExtractBody();

// A field's value as extracted (empty when it was not found).
QString valueOf(const extraction::DocumentExtraction& ex, const char* key);

} // namespace sohoa::test
