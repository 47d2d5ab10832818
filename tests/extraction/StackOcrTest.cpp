// Separation of real OCR output: a devset2 stack (several documents scanned
// into one PDF) is cut where its truth says, and the real paper of
// ../shared/data/real is separated and typed as its truth says (land
// certificate pages without their first page, a blank form, letters and
// declarations that are none of the record types). OCR is cached in the
// build folder: only the first run pays for it.
#include "DevsetOcrCache.h"
#include "QtPrinters.h"
#include "TestSupport.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/StackSeparation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

struct TruthDocument {
    QString file;
    int firstPage = 1;
    int pages = 1;
    QString type;
};

QList<TruthDocument> readTruth(const QString& path, const QStringList& files)
{
    QList<TruthDocument> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString file = o.value(QLatin1String("file")).toString();
        if (o.isEmpty() || !files.contains(file))
            continue;
        out.append({file, o.value(QLatin1String("first_page")).toInt(1),
                    o.value(QLatin1String("pages")).toInt(1), o.value(QLatin1String("type")).toString()});
    }
    return out;
}

QString cacheDir()
{
    return QStringLiteral(SOHOA_BINARY_DIR) + QStringLiteral("/ocr-cache/stacks");
}

// "file first_page+pages type" per document, as separation and extraction give them.
QStringList separated(const QString& dir, const QStringList& files)
{
    QStringList paths;
    for (const QString& f : files)
        paths.append(dir + QLatin1Char('/') + f);
    const QList<QList<ocr::OcrPage>> ocr = test::ocrFilesCached(paths, cacheDir(), 2);
    QStringList out;
    for (int i = 0; i < files.size(); ++i) {
        QList<extraction::PageClass> classes;
        for (const ocr::OcrPage& page : ocr[i])
            classes.append(extraction::classifyPage(page));
        for (const extraction::SeparatedDocument& d : extraction::separatePages(classes)) {
            // The document's type as the pipeline settles it: its pages read
            // together, or the type its pages were separated as.
            QString type =
                extraction::extractDocument(ocr[i].mid(d.firstPage, d.pages), QStringLiteral("auto")).type;
            if (type == QLatin1String("unknown"))
                type = d.type;
            out.append(
                QStringLiteral("%1 %2+%3 %4").arg(files[i]).arg(d.firstPage + 1).arg(d.pages).arg(type));
        }
    }
    return out;
}

QStringList expected(const QList<TruthDocument>& truth)
{
    QStringList out;
    for (const TruthDocument& d : truth)
        out.append(QStringLiteral("%1 %2+%3 %4").arg(d.file).arg(d.firstPage).arg(d.pages).arg(d.type));
    return out;
}

} // namespace

// The CI copy of a devset2 stack: 9 documents of every type in 10 pages,
// a land certificate of 2 pages among them.
TEST(StackOcr, DevsetStackIsCutWhereItsDocumentsStart)
{
    const QString dir = QStringLiteral(SOHOA_TEST_DATA_DIR) + QStringLiteral("/stacks");
    const QStringList files{QStringLiteral("images/scan-0011.pdf")};
    const QList<TruthDocument> truth = readTruth(dir + QStringLiteral("/truth.jsonl"), files);
    ASSERT_EQ(truth.size(), 9) << "no stack truth under " << dir.toStdString();
    EXPECT_EQ(separated(dir, files), expected(truth));
}

TEST(StackOcr, RealPaperIsSeparatedAndTypedAsItsTruthSays)
{
    const QString dir =
        QFileInfo(QStringLiteral(SOHOA_SHARED_DEVSET) + QStringLiteral("/../real")).absoluteFilePath();
    if (!QFileInfo::exists(dir + QStringLiteral("/truth.jsonl")))
        GTEST_SKIP() << "the real set is not beside the checkout (" << dir.toStdString() << ")";
    QStringList files;
    QFile f(dir + QStringLiteral("/truth.jsonl"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QString file = QJsonDocument::fromJson(line).object().value(QLatin1String("file")).toString();
        if (!file.isEmpty() && !files.contains(file))
            files.append(file);
    }
    const QList<TruthDocument> truth = readTruth(dir + QStringLiteral("/truth.jsonl"), files);
    ASSERT_GE(truth.size(), 11);
    const QStringList got = separated(dir, files);
    const QStringList want = expected(truth);
    ASSERT_EQ(got.size(), want.size()) << got.join(QStringLiteral("; ")).toStdString();
    // Every file is one document with all its pages, typed as the truth says
    // (the blank 2006 birth form, whose title OCR garbles, by its own phrases).
    int typesRight = 0;
    for (int i = 0; i < got.size(); ++i) {
        const QStringList g = got[i].split(QLatin1Char(' ')), w = want[i].split(QLatin1Char(' '));
        EXPECT_EQ(g.mid(0, 2), w.mid(0, 2));
        if (g.value(2) == w.value(2))
            ++typesRight;
        else
            std::printf("type: %s (truth %s)\n", qPrintable(got[i]), qPrintable(w.value(2)));
    }
    EXPECT_EQ(typesRight, int(want.size()));
}
