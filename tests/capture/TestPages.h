#pragma once

// Synthetic pages and broken files for capture, OCR and ingest tests.
#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sohoa::test {

// A white page (grey, `dpi`) with the given lines of text in DejaVu Sans,
// about 12 pt, one under the other from the top-left margin.
QImage textPage(const QStringList& lines, int dpi = 300, QSize inches = {6, 4});

// Vietnamese lines with names and places, for OCR and PDF tests.
QStringList vietnameseSampleLines();

QByteArray encodePng(const QImage& image);
QByteArray encodeJpeg(const QImage& image, int quality = 85);

// A PNG whose header claims width x height pixels (with a tiny IDAT), for
// decompression-bomb tests.
QByteArray pngWithHeader(int width, int height);
// A real encrypted PDF (RC4 40-bit standard security handler, user password set).
QByteArray encryptedPdf();
// A plain one-page image PDF built without SoHoa's own writer (page image as Flate).
QByteArray imagePdf(const QImage& page, int dpi);

struct BadFile {
    QString name;
    QString what;
};
// Writes the broken files of the corpus into `dir`: truncated and
// corrupt PDFs, an encrypted PDF, a zero-byte file, a 1x1 image, a
// 30000x30000 PNG header, a text file named .png, a TIFF with 0 pages.
QList<BadFile> writeBadInputCorpus(const QString& dir);

// Reads a devset image by file name (from devsetDir()/images).
QString devsetImage(const QString& fileName);
// The truth.jsonl object for a devset file name, or an empty object.
QJsonObject devsetTruth(const QString& fileName);

// NFC, whitespace collapsed: what "appears in the OCR text" compares.
QString normalisedText(const QString& text);

} // namespace sohoa::test
