#include "core/ocr/OcrPage.h"

#include <QDataStream>
#include <QIODevice>

namespace sohoa::ocr {

namespace {
constexpr quint32 kMagic = 0x534f4350; // "SOCP"
constexpr quint16 kVersion = 3;        // 2: OcrWord::reread; 3: correctedSize, correctedToOriginal
} // namespace

QString OcrPage::lineText(int line) const
{
    if (line < 0 || line >= lines.size())
        return {};
    const OcrLine& l = lines[line];
    QString out;
    for (int i = l.firstWord; i < l.firstWord + l.wordCount && i < words.size(); ++i) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(words[i].text);
    }
    return out;
}

QString OcrPage::text() const
{
    QString out;
    for (int i = 0; i < lines.size(); ++i) {
        if (i)
            out.append(QLatin1Char('\n'));
        out.append(lineText(i));
    }
    return out;
}

float OcrPage::meanConfidence() const
{
    if (words.isEmpty())
        return 0;
    double sum = 0;
    for (const OcrWord& w : words)
        sum += w.confidence;
    return float(sum / words.size());
}

QByteArray OcrPage::serialize() const
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kMagic << kVersion << qint32(width) << qint32(height) << qint32(dpi) << qint32(rotationApplied)
      << skewCorrected << blank << engine << source;
    s << qint32(words.size());
    for (const OcrWord& w : words)
        s << w.text << w.box << w.confidence << w.charConfidences << qint32(w.line) << w.reread;
    s << qint32(lines.size());
    for (const OcrLine& l : lines)
        s << l.box << qint32(l.block) << qint32(l.firstWord) << qint32(l.wordCount);
    s << correctedSize << correctedToOriginal;
    return bytes;
}

bool OcrPage::deserialize(const QByteArray& bytes, OcrPage& out)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    s >> magic >> version;
    if (magic != kMagic || version < 1 || version > kVersion)
        return false;
    OcrPage p;
    qint32 w = 0, h = 0, dpi = 0, rot = 0, n = 0;
    s >> w >> h >> dpi >> rot >> p.skewCorrected >> p.blank >> p.engine >> p.source;
    p.width = w;
    p.height = h;
    p.dpi = dpi;
    p.rotationApplied = rot;
    s >> n;
    if (n < 0 || n > 1000000)
        return false;
    p.words.reserve(n);
    for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        OcrWord word;
        qint32 line = 0;
        s >> word.text >> word.box >> word.confidence >> word.charConfidences >> line;
        if (version >= 2)
            s >> word.reread;
        word.line = line;
        p.words.append(word);
    }
    s >> n;
    if (n < 0 || n > 1000000)
        return false;
    for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        OcrLine l;
        qint32 block = 0, first = 0, count = 0;
        s >> l.box >> block >> first >> count;
        l.block = block;
        l.firstWord = first;
        l.wordCount = count;
        p.lines.append(l);
    }
    if (version >= 3)
        s >> p.correctedSize >> p.correctedToOriginal;
    if (s.status() != QDataStream::Ok)
        return false;
    out = std::move(p);
    return true;
}

} // namespace sohoa::ocr
