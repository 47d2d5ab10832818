#include "TestPages.h"

#include "HandMadePdf.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <array>
#include <cstring>
#include <gtest/gtest.h>

namespace sohoa::test {

namespace {

QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    std::array<unsigned char, 256> s{};
    for (int i = 0; i < 256; ++i)
        s[size_t(i)] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[size_t(i)] + static_cast<unsigned char>(key[i % key.size()])) & 0xff;
        std::swap(s[size_t(i)], s[size_t(j)]);
    }
    QByteArray out(data.size(), '\0');
    for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xff;
        j = (j + s[size_t(i)]) & 0xff;
        std::swap(s[size_t(i)], s[size_t(j)]);
        out[n] = char(static_cast<unsigned char>(data[n]) ^ s[(s[size_t(i)] + s[size_t(j)]) & 0xff]);
    }
    return out;
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

const QByteArray kPad =
    QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

QByteArray padded(const QByteArray& password)
{
    return QByteArray(password + kPad).left(32);
}

QByteArray le32(qint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((quint32(v) >> (8 * i)) & 0xff);
    return b;
}

QByteArray stream(const QByteArray& dict, const QByteArray& data)
{
    return "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data +
           "\nendstream";
}

} // namespace

QStringList vietnameseSampleLines()
{
    return {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
            QStringLiteral("Họ, chữ đệm, tên: NGUYỄN THỊ HỒNG NHUNG"),
            QStringLiteral("Ngày, tháng, năm sinh: 15/08/2019"),
            QStringLiteral("Nơi sinh: Trạm Y tế xã Phúc Khoa, tỉnh Lai Châu"),
            QStringLiteral("Họ, chữ đệm, tên người mẹ: TRẦN THỊ THẢO"),
            QStringLiteral("Nơi cư trú: Xóm 7, xã Đắk Ru, huyện Đắk R'Lấp")};
}

QImage textPage(const QStringList& lines, int dpi, QSize inches)
{
    QImage rgb(inches.width() * dpi, inches.height() * dpi, QImage::Format_RGB32);
    rgb.fill(Qt::white);
    {
        QPainter p(&rgb);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(std::max(8, dpi * 12 / 72));
        p.setFont(font);
        p.setPen(Qt::black);
        const int lineHeight = font.pixelSize() * 17 / 10;
        int y = dpi / 2 + font.pixelSize();
        for (const QString& line : lines) {
            p.drawText(dpi / 2, y, line);
            y += lineHeight;
        }
    }
    QImage grey = rgb.convertToFormat(QImage::Format_Grayscale8);
    grey.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    grey.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    return grey;
}

QByteArray encodePng(const QImage& image)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

QByteArray encodeJpeg(const QImage& image, int quality)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "JPEG", quality);
    return out;
}

QByteArray pngWithHeader(int width, int height)
{
    auto chunk = [](const QByteArray& type, const QByteArray& data) {
        QByteArray c;
        const quint32 len = quint32(data.size());
        c.append(char(len >> 24)).append(char(len >> 16)).append(char(len >> 8)).append(char(len));
        c += type + data;
        // PNG chunks end with the zlib CRC-32 of type and data.
        quint32 table[256];
        for (quint32 n = 0; n < 256; ++n) {
            quint32 v = n;
            for (int k = 0; k < 8; ++k)
                v = (v & 1) ? 0xedb88320u ^ (v >> 1) : v >> 1;
            table[n] = v;
        }
        quint32 v = 0xffffffffu;
        const QByteArray crcInput = type + data;
        for (char ch : crcInput)
            v = table[(v ^ quint8(ch)) & 0xff] ^ (v >> 8);
        v ^= 0xffffffffu;
        c.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
        return c;
    };
    QByteArray ihdr;
    for (int v : {width, height})
        ihdr.append(char(quint32(v) >> 24))
            .append(char(quint32(v) >> 16))
            .append(char(quint32(v) >> 8))
            .append(char(v));
    ihdr.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(char(0));
    const QByteArray idat = qCompress(QByteArray(1024, '\0')).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", {});
}

QByteArray imagePdf(const QImage& page, int dpi)
{
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    QByteArray raw;
    for (int y = 0; y < grey.height(); ++y)
        raw.append(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());
    const double w = grey.width() * 72.0 / dpi, h = grey.height() * 72.0 / dpi;
    const QByteArray content = QByteArray::number(w) + " 0 0 " + QByteArray::number(h) + " 0 0 cm /Im0 Do";
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(w) + " " + QByteArray::number(h) +
            "] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        stream("/Type /XObject /Subtype /Image /Width " + QByteArray::number(grey.width()) + " /Height " +
                   QByteArray::number(grey.height()) +
                   " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
               qCompress(raw).mid(4)),
        stream("", content),
        "<< /Producer (test page writer) >>"};
    return assemblePdf(objects, "/Info 6 0 R");
}

QByteArray encryptedPdf()
{
    const QByteArray user = "secret";
    const QByteArray owner = "owner-secret";
    const QByteArray id = md5("sohoa test encrypted pdf");
    const qint32 permissions = -44;
    const QByteArray o = rc4(md5(padded(owner)).left(5), padded(user));
    const QByteArray key = md5(padded(user) + o + le32(permissions) + id).left(5);
    const QByteArray u = rc4(key, kPad);
    auto objectKey = [&](int num) {
        QByteArray k = key;
        k.append(char(num & 0xff)).append(char((num >> 8) & 0xff)).append(char((num >> 16) & 0xff));
        k.append('\0').append('\0');
        return md5(k).left(10);
    };
    const QByteArray content = "BT /F1 24 Tf 72 720 Td (Noi dung bi mat) Tj ET";
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        stream("", rc4(objectKey(4), content)),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + o.toHex() + "> /U <" + u.toHex() + "> /P " +
            QByteArray::number(permissions) + " >>"};
    return assemblePdf(objects, "/Encrypt 6 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">]");
}

QList<BadFile> writeBadInputCorpus(const QString& dir)
{
    QList<BadFile> out;
    auto write = [&](const QString& name, const QByteArray& data, const QString& what) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            ADD_FAILURE() << "cannot write " << name.toStdString();
        out.append({name, what});
    };
    const QByteArray pdf = imagePdf(textPage(vietnameseSampleLines(), 150), 150);
    write(QStringLiteral("truncated.pdf"), pdf.left(pdf.size() * 55 / 100), QStringLiteral("truncated PDF"));
    QByteArray corrupt = pdf;
    // Disk damage across the middle of the file: the image data and the page's
    // content stream are garbled; header, cross-reference table and %%EOF survive.
    const qsizetype data = corrupt.indexOf("stream\n", corrupt.indexOf("/Subtype /Image")) + 7;
    const qsizetype contents = corrupt.indexOf("5 0 obj") + 20;
    for (qsizetype i = data + 100; i < contents; ++i)
        corrupt[i] = char((i * 7919) & 0xff);
    write(QStringLiteral("corrupt.pdf"), corrupt, QStringLiteral("corrupt PDF (garbled middle)"));
    write(QStringLiteral("garbage.pdf"),
          QByteArray("%PDF-1.4\n") + QByteArray(3000, 'x') + QByteArray("\n%%EOF\n"),
          QStringLiteral("PDF header over garbage"));
    write(QStringLiteral("encrypted.pdf"), encryptedPdf(), QStringLiteral("encrypted PDF"));
    write(QStringLiteral("zero-bytes.jpg"), QByteArray(), QStringLiteral("zero-byte file"));
    QImage dot(1, 1, QImage::Format_Grayscale8);
    dot.fill(0);
    write(QStringLiteral("one-pixel.png"), encodePng(dot), QStringLiteral("1x1 image"));
    write(QStringLiteral("huge-header.png"), pngWithHeader(30000, 30000),
          QStringLiteral("30000x30000 PNG header"));
    write(QStringLiteral("letter.png"), QByteArray("Kính gửi Ủy ban nhân dân xã,\nđây là một tệp văn bản.\n"),
          QStringLiteral("text file named .png"));
    // Little-endian TIFF header whose first directory offset is 0: no pages.
    write(QStringLiteral("no-pages.tif"), QByteArray("II*\0\0\0\0\0", 8),
          QStringLiteral("TIFF with 0 pages"));
    return out;
}

QString devsetImage(const QString& fileName)
{
    return devsetDir() + QStringLiteral("/images/") + fileName;
}

QJsonObject devsetTruth(const QString& fileName)
{
    QFile f(devsetDir() + QStringLiteral("/truth.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (QFileInfo(o.value(QStringLiteral("file")).toString()).fileName() == fileName)
            return o;
    }
    return {};
}

QString normalisedText(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_C).replace(spaces, QStringLiteral(" ")).trimmed();
}

} // namespace sohoa::test
