#include "TypedPage.h"

namespace sohoa::test {

namespace {
constexpr int kCell = 22;  // pixels per character at 300 dpi, 12 pt serif
constexpr int kPitch = 70; // pixels from one printed line to the next
constexpr int kGlyphHeight = 42;
constexpr int kMargin = 160;
} // namespace

ocr::OcrPage typedPage(const QList<TypedLine>& lines)
{
    ocr::OcrPage page;
    page.width = 2480;
    page.height = 3508;
    page.dpi = 300;
    page.engine = QStringLiteral("typed");
    int block = 0;
    for (const TypedLine& l : lines) {
        ocr::OcrLine line;
        line.block = block++;
        line.firstWord = int(page.words.size());
        const int glyphHeight = l.height > 0 ? l.height : kGlyphHeight;
        const int top = kMargin + l.row * kPitch + kGlyphHeight - glyphHeight;
        const QString text = l.text.normalized(QString::NormalizationForm_C);
        const int left = kMargin + l.column * kCell;
        int lineLeft = -1, lineRight = left;
        // Words at their character positions, so runs of spaces leave gaps as on paper.
        for (int i = 0; i < text.size();) {
            if (text[i].isSpace()) {
                ++i;
                continue;
            }
            int end = i;
            while (end < text.size() && !text[end].isSpace())
                ++end;
            ocr::OcrWord word;
            word.text = text.mid(i, end - i);
            word.box = QRect(left + i * kCell, top, (end - i) * kCell, glyphHeight);
            word.confidence = l.confidence;
            word.charConfidences = QList<float>(word.text.size(), l.confidence);
            word.line = int(page.lines.size());
            page.words.append(word);
            if (lineLeft < 0)
                lineLeft = word.box.left();
            lineRight = word.box.right();
            i = end;
        }
        line.wordCount = int(page.words.size()) - line.firstWord;
        if (line.wordCount == 0)
            continue;
        line.box = QRect(QPoint(lineLeft, top), QPoint(lineRight, top + glyphHeight));
        page.lines.append(line);
    }
    return page;
}

ocr::OcrPage typedPage(const QStringList& lines)
{
    QList<TypedLine> typed;
    for (int i = 0; i < lines.size(); ++i)
        typed.append({i, 0, lines[i]});
    return typedPage(typed);
}

} // namespace sohoa::test
