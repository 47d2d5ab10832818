// Layout learning and matching costs (issue 24; targets: learning under 1 s,
// matching under 20 ms a page with 50 stored layouts):
//  1. a layout is taught from every single-document file of devset2 with its
//     truth values (time of learnLayout, OCR not counted), up to --layouts
//     (taught again under another name when the set has fewer files);
//  2. every file is matched against all of them (matchLayout, then
//     applyLayouts as ingest does), `--rounds` times.
// OCR is done once through the tests' harness and kept in --cache.
//
//   layout_match_bench [--devset2 DIR] [--cache DIR] [--layouts N] [--rounds R]
#include "BenchStore.h"
#include "DevsetOcrCache.h"
#include "core/extraction/Extractor.h"
#include "core/layouts/Layout.h"
#include "core/ocr/ProcessEnvironment.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sohoa;
using bench::percentile;
using bench::say;

namespace {

void report(const QString& what, const QList<double>& ms)
{
    say(QStringLiteral("%1: n=%2 p50 %3 ms, p95 %4 ms, max %5 ms")
            .arg(what)
            .arg(ms.size())
            .arg(percentile(ms, 0.5), 0, 'f', 2)
            .arg(percentile(ms, 0.95), 0, 'f', 2)
            .arg(percentile(ms, 1.0), 0, 'f', 2));
}

} // namespace

int main(int argc, char** argv)
{
    ocr::ensureSingleThreadedOcrRuntime(argc, argv);
    QGuiApplication app(argc, argv); // the OCR harness cleans pages with QImage
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("devset2"), QStringLiteral("devset2 folder"), QStringLiteral("DIR"),
                 QStringLiteral(SOHOA_SOURCE_DIR "/../shared/data/devset2")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("OCR cache folder"), QStringLiteral("DIR"),
                 QStringLiteral("layout-bench-ocr-cache")});
    p.addOption({QStringLiteral("layouts"), QStringLiteral("stored layouts"), QStringLiteral("N"),
                 QStringLiteral("50")});
    p.addOption({QStringLiteral("rounds"), QStringLiteral("matching rounds"), QStringLiteral("R"),
                 QStringLiteral("3")});
    p.process(app);
    const QString dir = p.value(QStringLiteral("devset2"));
    QFile tf(dir + QStringLiteral("/truth.jsonl"));
    if (!tf.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("No truth.jsonl in %1").arg(dir));
        return 1;
    }
    QStringList files;
    QList<QJsonObject> truths;
    for (const QByteArray& line : tf.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty() ||
            o.value(QLatin1String("variant")).toObject().value(QLatin1String("stack")).isObject())
            continue;
        files.append(dir + QLatin1Char('/') + o.value(QLatin1String("file")).toString());
        truths.append(o);
    }
    say(QStringLiteral("OCR of %1 devset2 files (cached in %2, not timed)...")
            .arg(files.size())
            .arg(p.value(QStringLiteral("cache"))));
    const QList<QList<ocr::OcrPage>> ocr = test::ocrFilesCached(files, p.value(QStringLiteral("cache")), 2);

    const int wanted = p.value(QStringLiteral("layouts")).toInt();
    QList<layouts::LayoutModel> stored;
    QList<double> learnMs;
    for (int round = 0; stored.size() < wanted && round < 4; ++round)
        for (int i = 0; i < files.size() && stored.size() < wanted; ++i) {
            QMap<QString, QString> values;
            const QJsonObject fields = truths[i].value(QLatin1String("fields")).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                values.insert(it.key(), it.value().toString());
            QElapsedTimer clock;
            clock.start();
            auto layout =
                layouts::learnLayout(ocr[i], truths[i].value(QLatin1String("type")).toString(), values,
                                     QStringLiteral("%1 #%2").arg(QFileInfo(files[i]).fileName()).arg(round));
            learnMs.append(clock.nsecsElapsed() / 1e6);
            if (layout)
                stored.append(*layout);
        }
    report(QStringLiteral("learn a layout from one document"), learnMs);
    say(QStringLiteral("%1 layouts stored").arg(stored.size()));

    QList<double> matchMs, applyMs;
    int matched = 0, otherType = 0;
    const int rounds = std::max(1, p.value(QStringLiteral("rounds")).toInt());
    for (int r = 0; r < rounds; ++r)
        for (int i = 0; i < files.size(); ++i) {
            const double pages = std::max<qsizetype>(1, ocr[i].size());
            QElapsedTimer clock;
            clock.start();
            const layouts::LayoutMatch m = layouts::matchLayout(ocr[i], stored);
            matchMs.append(clock.nsecsElapsed() / 1e6 / pages);
            extraction::DocumentExtraction ex = extraction::extractDocument(ocr[i]);
            clock.restart();
            layouts::applyLayouts(ocr[i], stored, ex);
            applyMs.append(clock.nsecsElapsed() / 1e6 / pages);
            matched += r == 0 && m.layout >= 0;
            otherType += r == 0 && m.layout >= 0 &&
                         stored[m.layout].type != truths[i].value(QLatin1String("type")).toString();
        }
    report(QStringLiteral("match a page against %1 layouts").arg(stored.size()), matchMs);
    report(
        QStringLiteral("match + read a page with the best of %1 layouts (ingest's step)").arg(stored.size()),
        applyMs);
    say(QStringLiteral("%1 of %2 files matched a layout (each file's own is among them); %3 matched a layout "
                       "of another record type")
            .arg(matched)
            .arg(files.size())
            .arg(otherType));
    return 0;
}
