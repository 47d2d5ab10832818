#include "core/ocr/SearchablePdf.h"

#include "core/i18n/Tr.h"
#include "core/imaging/Pix.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <leptonica/allheaders.h>

namespace sohoa::ocr {

namespace {

QByteArray num(double v)
{
    if (std::fabs(v - std::round(v)) < 1e-6)
        return QByteArray::number(qint64(std::llround(v)));
    return QByteArray::number(v, 'f', 3);
}

QByteArray deflate(const QByteArray& data)
{
    // qCompress writes a 4-byte length, then a zlib stream (what FlateDecode reads).
    return qCompress(data, 6).mid(4);
}

// Collects numbered objects and writes them with a cross-reference table.
class PdfWriter {
public:
    int reserve()
    {
        m_objects.append(QByteArray());
        return int(m_objects.size());
    }
    void set(int id, const QByteArray& body) { m_objects[id - 1] = body; }
    void setStream(int id, QByteArray dict, const QByteArray& data)
    {
        dict.chop(2); // the caller's dict ends with ">>"
        set(id,
            dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream");
    }
    QByteArray finish(int root, int info) const
    {
        QByteArray out("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n");
        QList<qsizetype> offsets;
        for (int i = 0; i < m_objects.size(); ++i) {
            offsets.append(out.size());
            out += QByteArray::number(i + 1) + " 0 obj\n" + m_objects[i] + "\nendobj\n";
        }
        const qsizetype xref = out.size();
        out += "xref\n0 " + QByteArray::number(m_objects.size() + 1) + "\n0000000000 65535 f \n";
        for (qsizetype off : offsets)
            out += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
        out += "trailer\n<< /Size " + QByteArray::number(m_objects.size() + 1) + " /Root " +
               QByteArray::number(root) + " 0 R /Info " + QByteArray::number(info) + " 0 R >>\nstartxref\n" +
               QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    }

private:
    QList<QByteArray> m_objects;
};

struct EmbeddedImage {
    QByteArray dict;
    QByteArray data;
    int width = 0;
    int height = 0;
};

Result<EmbeddedImage> embedImage(const SearchablePdfPage& page)
{
    imaging::quietLeptonica();
    const auto* bytes = reinterpret_cast<const l_uint8*>(page.image.constData());
    const size_t size = size_t(page.image.size());
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
    if (page.image.isEmpty() || pixReadHeaderMem(bytes, size, &format, &w, &h, &bps, &spp, &cmap) != 0)
        return makeError(QStringLiteral("pdf.image"), Tr::tr("A page image cannot be read."));
    EmbeddedImage img;
    img.width = w;
    img.height = h;
    const QByteArray common = "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(w) +
                              " /Height " + QByteArray::number(h);
    if (format == IFF_JFIF_JPEG && bps == 8 && (spp == 1 || spp == 3)) {
        // JPEG goes in untouched: no second generation of compression artefacts.
        img.dict = common + " /ColorSpace " + (spp == 1 ? "/DeviceGray" : "/DeviceRGB") +
                   " /BitsPerComponent 8 /Filter /DCTDecode >>";
        img.data = page.image;
        return img;
    }
    imaging::PixPtr pix = imaging::adopt(pixReadMem(bytes, size));
    if (pix && pixGetColormap(pix.get()))
        pix = imaging::adopt(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
    if (pix && pixGetDepth(pix.get()) != 1 && pixGetDepth(pix.get()) != 8 && pixGetDepth(pix.get()) != 32)
        pix = imaging::adopt(pixConvertTo32(pix.get()));
    if (!pix)
        return makeError(QStringLiteral("pdf.image"), Tr::tr("A page image cannot be decoded."));
    const int depth = pixGetDepth(pix.get());
    const l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    QByteArray raw;
    if (depth == 1) {
        const int rowBytes = (w + 7) / 8;
        raw.reserve(qsizetype(rowBytes) * h);
        for (int y = 0; y < h; ++y) {
            const l_uint32* line = data + qsizetype(y) * wpl;
            for (int i = 0; i < rowBytes; ++i)
                raw.append(char(GET_DATA_BYTE(line, i)));
        }
        // Leptonica: 1 = black; PDF DeviceGray: 0 = black.
        img.dict =
            common + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode >>";
    } else if (depth == 8) {
        raw.reserve(qsizetype(w) * h);
        for (int y = 0; y < h; ++y) {
            const l_uint32* line = data + qsizetype(y) * wpl;
            for (int x = 0; x < w; ++x)
                raw.append(char(GET_DATA_BYTE(line, x)));
        }
        img.dict = common + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>";
    } else {
        raw.reserve(qsizetype(w) * h * 3);
        for (int y = 0; y < h; ++y) {
            const l_uint32* line = data + qsizetype(y) * wpl;
            for (int x = 0; x < w; ++x) {
                l_int32 r = 0, g = 0, b = 0;
                extractRGBValues(line[x], &r, &g, &b);
                raw.append(char(r)).append(char(g)).append(char(b));
            }
        }
        img.dict = common + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode >>";
    }
    img.data = deflate(raw);
    return img;
}

// Type 3 fonts of empty glyphs: each code's ToUnicode entry carries the text.
// A simple font has at most 255 codes, so big alphabets take several fonts.
struct TextFonts {
    QMap<char32_t, QPair<int, int>> codeOf; // code point -> (font index, code 1..255)
    QList<QList<char32_t>> fonts;           // per font: code-1 -> code point

    void add(char32_t cp)
    {
        if (codeOf.contains(cp))
            return;
        if (fonts.isEmpty() || fonts.last().size() == 255)
            fonts.append(QList<char32_t>());
        fonts.last().append(cp);
        codeOf.insert(cp, {int(fonts.size() - 1), int(fonts.last().size())});
    }
};

QByteArray utf16Hex(char32_t cp)
{
    const QString s = QString::fromUcs4(&cp, 1);
    QByteArray out;
    for (QChar c : s)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

QByteArray toUnicodeCMap(const QList<char32_t>& codes)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /SoHoa-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<01> <FF>\nendcodespacerange\n";
    for (qsizetype start = 0; start < codes.size(); start += 100) {
        const qsizetype n = std::min<qsizetype>(100, codes.size() - start);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype i = start; i < start + n; ++i)
            cmap += "<" + QByteArray::number(int(i + 1), 16).rightJustified(2, '0').toUpper() + "> <" +
                    utf16Hex(codes[i]) + ">\n";
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

constexpr int kGlyphWidth = 500; // in 1/1000 em

QByteArray textLayer(const OcrPage& ocr, double scale, double pageHeightPt, const TextFonts& fonts)
{
    QByteArray out = "BT\n3 Tr\n";
    for (int li = 0; li < ocr.lines.size(); ++li) {
        const OcrLine& line = ocr.lines[li];
        for (int wi = line.firstWord; wi < line.firstWord + line.wordCount && wi < ocr.words.size(); ++wi) {
            const OcrWord& word = ocr.words[wi];
            QList<char32_t> cps;
            for (uint cp : word.text.toUcs4())
                cps.append(char32_t(cp));
            if (cps.isEmpty() || word.box.isEmpty())
                continue;
            if (wi + 1 < line.firstWord + line.wordCount)
                cps.append(U' '); // an explicit space keeps words apart in extracted text
            const double x = word.box.left() * scale;
            const double boxW = (word.box.width()) * scale;
            const double boxH = std::max(1, word.box.height()) * scale;
            const double baseline = pageHeightPt - (word.box.bottom() + 1) * scale + boxH * 0.15;
            const double size = std::max(1.0, boxH);
            const int glyphs = int(cps.size()) - (cps.last() == U' ' ? 1 : 0);
            const double natural = glyphs * size * kGlyphWidth / 1000.0;
            const double stretch = natural > 0 ? std::clamp(100.0 * boxW / natural, 1.0, 10000.0) : 100.0;
            out += num(stretch) + " Tz\n1 0 0 1 " + num(x) + " " + num(baseline) + " Tm\n";
            int currentFont = -1;
            QByteArray run;
            auto flush = [&] {
                if (!run.isEmpty())
                    out += "<" + run + "> Tj\n";
                run.clear();
            };
            for (char32_t cp : cps) {
                const auto code = fonts.codeOf.value(cp);
                if (code.first != currentFont) {
                    flush();
                    currentFont = code.first;
                    out += "/F" + QByteArray::number(currentFont) + " " + num(size) + " Tf\n";
                }
                run += QByteArray::number(code.second, 16).rightJustified(2, '0').toUpper();
            }
            flush();
        }
    }
    out += "ET\n";
    return out;
}

} // namespace

Result<QByteArray> buildSearchablePdf(const QList<SearchablePdfPage>& pages)
{
    if (pages.isEmpty())
        return makeError(QStringLiteral("pdf.empty"), Tr::tr("A PDF needs at least one page."));
    TextFonts fonts;
    for (const SearchablePdfPage& p : pages) {
        for (const OcrWord& w : p.ocr.words)
            for (uint cp : w.text.toUcs4())
                fonts.add(char32_t(cp));
    }
    fonts.add(U' ');

    PdfWriter pdf;
    const int catalog = pdf.reserve();
    const int pagesId = pdf.reserve();
    const int info = pdf.reserve();
    const int glyph = pdf.reserve();
    pdf.setStream(glyph, "<< >>", "0 0 0 0 0 0 d1");
    QByteArray fontResources = "<<";
    for (int f = 0; f < fonts.fonts.size(); ++f) {
        const QList<char32_t>& codes = fonts.fonts[f];
        const int fontId = pdf.reserve();
        const int cmapId = pdf.reserve();
        pdf.setStream(cmapId, "<< >>", toUnicodeCMap(codes));
        QByteArray widths, differences = "1";
        for (int i = 0; i < codes.size(); ++i) {
            widths += QByteArray::number(kGlyphWidth) + " ";
            differences += " /g";
        }
        pdf.set(fontId,
                "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 0 0] /FontMatrix [0.001 0 0 0.001 0 0] "
                "/CharProcs << /g " +
                    QByteArray::number(glyph) + " 0 R >> /Encoding << /Type /Encoding /Differences [" +
                    differences + "] >> /FirstChar 1 /LastChar " + QByteArray::number(codes.size()) +
                    " /Widths [" + widths.trimmed() + "] /ToUnicode " + QByteArray::number(cmapId) +
                    " 0 R /Resources << >> >>");
        fontResources += " /F" + QByteArray::number(f) + " " + QByteArray::number(fontId) + " 0 R";
    }
    fontResources += " >>";

    QByteArray kids;
    for (const SearchablePdfPage& p : pages) {
        auto image = embedImage(p);
        if (!image)
            return image.error();
        const int dpi = p.ocr.dpi > 0 ? p.ocr.dpi : 300;
        const double scale = 72.0 / dpi;
        // OCR boxes are in the archived image's pixels; size the page from the image itself.
        const double widthPt = image->width * scale;
        const double heightPt = image->height * scale;
        const double sx = p.ocr.width > 0 ? double(image->width) / p.ocr.width : 1.0;
        const int imageId = pdf.reserve();
        pdf.setStream(imageId, image->dict, image->data);
        QByteArray content = "q " + num(widthPt) + " 0 0 " + num(heightPt) + " 0 0 cm /Im0 Do Q\n";
        if (!p.ocr.words.isEmpty())
            content += textLayer(p.ocr, scale * sx, heightPt, fonts);
        const int contentId = pdf.reserve();
        pdf.setStream(contentId, "<< /Filter /FlateDecode >>", deflate(content));
        const int pageId = pdf.reserve();
        pdf.set(pageId, "<< /Type /Page /Parent " + QByteArray::number(pagesId) + " 0 R /MediaBox [0 0 " +
                            num(widthPt) + " " + num(heightPt) + "] /Resources << /XObject << /Im0 " +
                            QByteArray::number(imageId) + " 0 R >> /Font " + fontResources +
                            " >> /Contents " + QByteArray::number(contentId) + " 0 R >>");
        kids += QByteArray::number(pageId) + " 0 R ";
    }
    pdf.set(pagesId, "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                         QByteArray::number(pages.size()) + " >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pagesId) + " 0 R >>");
    pdf.set(info, "<< /Producer (SoHoa " SOHOA_VERSION ") >>");
    return pdf.finish(catalog, info);
}

} // namespace sohoa::ocr
