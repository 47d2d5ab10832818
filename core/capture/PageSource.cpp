#include "core/capture/PageSource.h"

#include "core/capture/PdfSource.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace sohoa::capture {

namespace {

Error unreadable(const QString& message)
{
    return makeError(QStringLiteral("input.unreadable"), message);
}

// Image files are read whole (they are single pages or TIFF sets); this keeps a
// mistaken 40 GB file from being loaded.
constexpr qint64 kMaxImageFileBytes = 1024LL * 1024 * 1024;

QJsonObject fileProvenance(const QString& name, const QString& format, int page, int pages, int dpi,
                           const QString& actor, const QString& at)
{
    QJsonObject p{{QStringLiteral("source"), name},   {QStringLiteral("kind"), QStringLiteral("file")},
                  {QStringLiteral("format"), format}, {QStringLiteral("page"), page},
                  {QStringLiteral("pages"), pages},   {QStringLiteral("at"), at}};
    if (!actor.isEmpty())
        p.insert(QStringLiteral("by"), actor);
    if (dpi > 0)
        p.insert(QStringLiteral("dpi"), dpi);
    return p;
}

class ImageFileSource : public PageSource {
public:
    ImageFileSource(QString name, QByteArray data, imaging::FileFormat format, int pages, QByteArray sha,
                    ImportOptions options)
        : m_name(std::move(name))
        , m_data(std::move(data))
        , m_format(format)
        , m_pages(pages)
        , m_sha(std::move(sha))
        , m_options(std::move(options))
        , m_at(nowIso())
    {
    }
    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("file"); }
    QString format() const override { return imaging::formatName(m_format); }
    int pageCount() const override { return m_pages; }
    QByteArray sha256() const override { return m_sha; }
    Result<CapturedPage> readPage(int index) override
    {
        if (index < 0 || index >= m_pages)
            return unreadable(Tr::tr("Page %1 does not exist.").arg(index + 1));
        CapturedPage page;
        page.pageNo = index + 1;
        page.encoded = m_data; // implicitly shared: no copy per page
        page.encodedFormat = m_format;
        page.encodedIndex = index;
        page.encodedIsOriginalFile = m_format != imaging::FileFormat::Tiff;
        page.provenance = fileProvenance(m_name, format(), index + 1, m_pages, 0, m_options.actor, m_at);
        return page;
    }

private:
    QString m_name;
    QByteArray m_data;
    imaging::FileFormat m_format;
    int m_pages;
    QByteArray m_sha;
    ImportOptions m_options;
    QString m_at;
};

// "scan-2" before "scan-10": runs of digits compare as numbers (QCollator's
// numeric mode needs ICU, which not every build has).
bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const QString na = a.mid(i, ei - i), nb = b.mid(j, ej - j);
            const QString ta =
                na.size() > 1 ? QString(na).remove(QRegularExpression(QStringLiteral("^0+(?=.)"))) : na;
            const QString tb =
                nb.size() > 1 ? QString(nb).remove(QRegularExpression(QStringLiteral("^0+(?=.)"))) : nb;
            if (ta.size() != tb.size())
                return ta.size() < tb.size();
            if (const int c = ta.compare(tb); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

Result<imaging::DecodedImage> CapturedPage::takeImage()
{
    if (image) {
        imaging::DecodedImage d;
        d.pix = std::move(image);
        d.dpi = dpi;
        return d;
    }
    if (encoded.isEmpty())
        return unreadable(Tr::tr("Page %1 has no image.").arg(pageNo));
    auto decoded = imaging::decodeImage(encoded, encodedFormat, encodedIndex);
    if (!decoded)
        return decoded.error();
    if (dpi > 0)
        decoded->dpi = dpi;
    return decoded;
}

Result<std::unique_ptr<PageSource>> openFile(const QString& path, const ImportOptions& options)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return unreadable(Tr::tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return unreadable(Tr::tr("%1 is a folder, not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(Tr::tr("%1 cannot be opened: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return unreadable(Tr::tr("%1 is empty (0 bytes).").arg(name));
    const imaging::FileFormat format = imaging::sniffFormat(file.peek(1024));
    if (format == imaging::FileFormat::Unknown)
        return unreadable(
            Tr::tr("%1 is not a PNG, JPEG, TIFF or PDF file, whatever its name says.").arg(name));

    if (format == imaging::FileFormat::Pdf) {
        if (file.size() > options.maxPdfBytes)
            return makeError(
                QStringLiteral("input.unreadable"),
                Tr::tr("%1 is too large to import (%2 MB; at most %3 MB). Split it into smaller PDFs.")
                    .arg(name)
                    .arg(file.size() >> 20)
                    .arg(options.maxPdfBytes >> 20));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return unreadable(Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
        file.close();
        return openPdf(path, name, hash.result(), options);
    }

    if (file.size() > kMaxImageFileBytes)
        return unreadable(
            Tr::tr("%1 is larger than any scanned page (%2 MB).").arg(name).arg(file.size() >> 20));
    QByteArray data = file.readAll();
    if (data.size() != file.size())
        return unreadable(Tr::tr("%1 cannot be read completely: %2").arg(path, file.errorString()));
    const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

    int pages = 1;
    if (format == imaging::FileFormat::Tiff) {
        pages = imaging::tiffPageCount(data);
        if (pages == 0)
            return unreadable(Tr::tr("%1 is a TIFF file without any page.").arg(name));
    }
    // Every page's header is checked now, so a bad page fails the file before
    // any of it is processed (nothing half-imported).
    for (int i = 0; i < pages; ++i) {
        auto header = imaging::readImageHeader(data, format, i);
        if (!header)
            return unreadable(QStringLiteral("%1: %2").arg(name, header.error().message));
        const QString what = pages > 1 ? Tr::tr("Page %1 of %2").arg(i + 1).arg(name) : name;
        if (auto ok = imaging::checkPageSize(header->width, header->height, what); !ok)
            return ok.error();
    }
    return std::unique_ptr<PageSource>(
        new ImageFileSource(name, std::move(data), format, pages, sha, options));
}

MemoryPageSource::MemoryPageSource(QString name, QString kind, std::vector<CapturedPage>&& pages)
    : m_name(std::move(name))
    , m_kind(std::move(kind))
{
    for (CapturedPage& p : pages)
        m_pages.append(std::make_shared<CapturedPage>(std::move(p)));
    pages.clear();
}

Result<CapturedPage> MemoryPageSource::readPage(int index)
{
    if (index < 0 || index >= m_pages.size() || !m_pages[index])
        return unreadable(Tr::tr("Page %1 does not exist.").arg(index + 1));
    // Each page is handed over once: the pipeline owns it from here.
    CapturedPage page = std::move(*m_pages[index]);
    m_pages[index].reset();
    return page;
}

QStringList expandInputs(const QStringList& paths, bool recursive)
{
    static const QStringList kPatterns{QStringLiteral("*.png"),  QStringLiteral("*.jpg"),
                                       QStringLiteral("*.jpeg"), QStringLiteral("*.tif"),
                                       QStringLiteral("*.tiff"), QStringLiteral("*.pdf")};
    QStringList out;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            out.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, kPatterns, QDir::Files | QDir::Readable,
                        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end(), naturalLess);
        out += found;
    }
    return out;
}

} // namespace sohoa::capture
