#include "DevsetOcrCache.h"

#include "OcrHarness.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <vector>

namespace sohoa::test {

namespace {

QString cacheName(const QString& file)
{
    const QFileInfo fi(file);
    const QByteArray id = fi.absoluteFilePath().toUtf8() + '|' + QByteArray::number(fi.size()) + '|' +
                          QByteArray::number(fi.lastModified().toMSecsSinceEpoch());
    return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex()) +
           QStringLiteral(".ocr");
}

bool readCache(const QString& path, QList<ocr::OcrPage>& out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QDataStream s(&f);
    qint32 n = 0;
    s >> n;
    if (n < 0 || n > 1000)
        return false;
    for (qint32 i = 0; i < n; ++i) {
        QByteArray b;
        s >> b;
        ocr::OcrPage p;
        if (!ocr::OcrPage::deserialize(b, p))
            return false;
        out.append(p);
    }
    return s.status() == QDataStream::Ok;
}

void writeCache(const QString& path, const QList<ocr::OcrPage>& pages)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    QDataStream s(&f);
    s << qint32(pages.size());
    for (const ocr::OcrPage& p : pages)
        s << p.serialize();
    f.commit();
}

} // namespace

QList<QList<ocr::OcrPage>> ocrFilesCached(const QStringList& files, const QString& cacheDir, int jobs)
{
    QDir().mkpath(cacheDir);
    std::vector<QList<ocr::OcrPage>> out(files.size());
    QList<int> todo;
    for (int i = 0; i < files.size(); ++i)
        if (!readCache(QDir(cacheDir).filePath(cacheName(files[i])), out[i]))
            todo.append(i);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, jobs));
    QtConcurrent::blockingMap(&pool, todo, [&](int i) {
        out[i] = ocrDocument(files[i]);
        writeCache(QDir(cacheDir).filePath(cacheName(files[i])), out[i]);
    });
    return QList<QList<ocr::OcrPage>>(out.begin(), out.end());
}

} // namespace sohoa::test
