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

QList<TypedLine> communeHeading(const char* commune)
{
    QList<TypedLine> lines{{0, 0, s("ỦY BAN NHÂN DÂN")}, {0, 42, s("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}};
    if (*commune)
        lines.append({1, 1, s(commune)});
    lines.append({1, 47, s("Độc lập - Tự do - Hạnh phúc")});
    return lines;
}

QList<TypedLine> communeHeading(const char* commune, const char* title, int titleColumn, int titleHeight)
{
    QList<TypedLine> lines = communeHeading(commune);
    lines.append({3, titleColumn, s(title), 0.95f, titleHeight});
    return lines;
}

QList<TypedLine> deathExtractBody()
{
    return {{5, 0, s("Số: 12")},
            {5, 50, s("Quyển số: 01/2016")},
            {6, 0, s("Họ, chữ đệm, tên: TRẦN VĂN BA")},
            {7, 0, s("Ngày, tháng, năm sinh: 02/01/1940")},
            {8, 0, s("Giới tính: Nam      Dân tộc: Kinh      Quốc tịch: Việt Nam")},
            {9, 0, s("Đã chết vào lúc: 14 giờ 30 phút, ngày 04/08/2016")},
            {10, 0, s("Nơi chết: Bệnh viện Chợ Rẫy")},
            {11, 0, s("Nguyên nhân chết: Bệnh già")}};
}

QString valueOf(const extraction::DocumentExtraction& ex, const char* key)
{
    return ex.fields.value(QLatin1String(key)).value;
}

} // namespace sohoa::test
