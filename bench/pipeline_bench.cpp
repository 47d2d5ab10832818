// After-OCR costs (issue 5):
//  1. extraction + validation of a page whose OCR is done (target < 20 ms a
//     page): the devset scans are OCR'd once through the product's pipeline,
//     then extractDocument + validateRecord run `--rounds` times on each;
//  2. the duplicate check of one new record against a store of `--records`
//     (default 100,000) synthetic births (target < 20 ms): half the probes are
//     noisy copies of stored records (a letter misread, a date off by a day),
//     half are new people.
//
//   pipeline_bench [--devset DIR] [--pages N] [--rounds R] [--records N] [--store DIR] [--probes N]
#include "BenchStore.h"
#include "core/extraction/Extractor.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/ocr/OcrWorkerPool.h"
#include "core/ocr/ProcessEnvironment.h"
#include "core/search/Duplicates.h"
#include "core/validation/Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QThread>

using namespace sohoa;
using bench::percentile;
using bench::say;

namespace {

QString devsetImages(const QString& given)
{
    QStringList candidates;
    if (!given.isEmpty())
        candidates << given + QStringLiteral("/images");
    candidates << QStringLiteral(SOHOA_SOURCE_DIR "/../shared/data/devset/images")
               << QStringLiteral(SOHOA_SOURCE_DIR "/tests/data/devset/images");
    for (const QString& c : candidates)
        if (QDir(c).exists())
            return QDir(c).absolutePath();
    return {};
}

void report(const QString& what, const QList<double>& ms)
{
    say(QStringLiteral("%1: n=%2 p50 %3 ms, p95 %4 ms, max %5 ms")
            .arg(what)
            .arg(ms.size())
            .arg(percentile(ms, 0.5), 0, 'f', 2)
            .arg(percentile(ms, 0.95), 0, 'f', 2)
            .arg(percentile(ms, 1.0), 0, 'f', 2));
}

bool benchExtraction(const QString& imagesDir, int maxPages, int rounds)
{
    QStringList files;
    for (const QString& f : QDir(imagesDir).entryList(QDir::Files, QDir::Name))
        if (files.size() < maxPages)
            files << QDir(imagesDir).filePath(f);
    say(QStringLiteral("OCR of %1 devset files from %2 (not timed)...").arg(files.size()).arg(imagesDir));
    ocr::OcrWorkerPool pool(QThread::idealThreadCount());
    ingest::PipelineOptions options;
    options.archiveImages = false;
    ingest::DocumentPipeline pipeline(pool, options);
    QList<QList<ocr::OcrPage>> documents;
    pipeline.setDocumentSink([&](ingest::DocumentResult& d) {
        if (!d.error)
            documents.append(d.keptOcr());
    });
    for (const QString& f : files)
        pipeline.addFile(f);
    pipeline.finish();
    if (documents.isEmpty()) {
        say(QStringLiteral("no document could be read"));
        return false;
    }

    const validation::ValidationContext context = validation::ValidationContext::standalone();
    QList<double> perPage;
    QList<double> extractOnly;
    int pages = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QList<ocr::OcrPage>& ocr : documents) {
            QElapsedTimer t;
            t.start();
            const extraction::DocumentExtraction ex = extraction::extractDocument(ocr, QString());
            const qint64 extracted = t.nsecsElapsed();
            records::Record rec;
            rec.type = ex.type;
            rec.fields = ex.fields;
            const QList<records::Issue> issues = validation::validateRecord(rec, context);
            const double ms = double(t.nsecsElapsed()) / 1e6 / double(std::max<qsizetype>(1, ocr.size()));
            perPage.append(ms);
            extractOnly.append(double(extracted) / 1e6 / double(std::max<qsizetype>(1, ocr.size())));
            pages += int(ocr.size());
            if (issues.size() > 1000) // keeps the optimiser honest
                say(QString());
        }
    }
    say(QStringLiteral("%1 documents, %2 page extractions").arg(documents.size()).arg(pages));
    report(QStringLiteral("extraction per page"), extractOnly);
    report(QStringLiteral("extraction + validation per page (target < 20 ms)"), perPage);
    return true;
}

bool benchDuplicates(const QString& path, qint64 records, int probes)
{
    auto session = bench::openStore(path);
    if (!session || !bench::fill(*session, records))
        return false;
    session.reset();
    session = bench::openStore(path); // the store's own settings for the measurement
    if (!session)
        return false;
    store::Database& db = session->db();
    bench::RecordGenerator gen(99);
    QList<double> known, fresh;
    int found = 0;
    for (int i = 0; i < probes; ++i) {
        records::Record probe;
        const bool copy = i % 2 == 0;
        if (copy) {
            auto stored = records::loadRecord(db, 1 + qint64(gen.rng().bounded(quint64(records))));
            if (!stored)
                return false;
            records::NewRecord n;
            n.type = stored->type;
            n.fields = stored->fields;
            probe = gen.noisyCopy(n);
        } else {
            const records::NewRecord n = gen.birth(1);
            probe.type = n.type;
            probe.fields = n.fields;
        }
        QElapsedTimer t;
        t.start();
        auto issues = search::findDuplicateIssues(db, probe);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!issues) {
            say(issues.error().message);
            return false;
        }
        (copy ? known : fresh).append(ms);
        if (copy && !issues->isEmpty())
            ++found;
    }
    say(QStringLiteral("store: %1 records").arg(records));
    report(QStringLiteral("duplicate check, noisy copy of a stored record"), known);
    report(QStringLiteral("duplicate check, new person"), fresh);
    QList<double> all = known + fresh;
    report(QStringLiteral("duplicate check, all (target < 20 ms)"), all);
    say(QStringLiteral("noisy copies found as duplicates: %1 of %2").arg(found).arg(known.size()));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    ocr::ensureSingleThreadedOcrRuntime(argc, argv);
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("devset"), QStringLiteral("Devset folder (with images/)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("pages"), QStringLiteral("Devset files to OCR."), QStringLiteral("N"),
                 QStringLiteral("48")});
    p.addOption({QStringLiteral("rounds"), QStringLiteral("Extraction rounds over them."),
                 QStringLiteral("R"), QStringLiteral("5")});
    p.addOption({QStringLiteral("records"), QStringLiteral("Records in the duplicate-check store."),
                 QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption(
        {QStringLiteral("store"), QStringLiteral("Store folder to build or reuse."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("probes"), QStringLiteral("Records checked for duplicates."),
                 QStringLiteral("N"), QStringLiteral("400")});
    p.process(app);

    const QString images = devsetImages(p.value(QStringLiteral("devset")));
    if (images.isEmpty()) {
        say(QStringLiteral("no devset images found"));
        return 1;
    }
    if (!benchExtraction(images, p.value(QStringLiteral("pages")).toInt(),
                         p.value(QStringLiteral("rounds")).toInt()))
        return 1;
    QTemporaryDir tmp;
    const QString path = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store"))
                                                          : tmp.path() + QStringLiteral("/store");
    return benchDuplicates(path, p.value(QStringLiteral("records")).toLongLong(),
                           p.value(QStringLiteral("probes")).toInt())
               ? 0
               : 1;
}
