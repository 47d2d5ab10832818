// Development runner (not a test): teach layouts from devset documents (their
// truth values) and read other files with them, OCR cached; prints SPEC §3
// JSON Lines (single-document files) for score_extract.py.
#include "DevsetOcrCache.h"
#include "core/extraction/Extractor.h"
#include "core/layouts/Layout.h"
#include "core/layouts/LayoutRead_p.h"
#include "core/ocr/ProcessEnvironment.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace sohoa;

int main(int argc, char** argv)
{
    ocr::ensureSingleThreadedOcrRuntime(argc, argv);
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("cache"), QStringLiteral("OCR cache folder"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("truth"), QStringLiteral("truth.jsonl"), QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("learn"), QStringLiteral("teach a layout from FILE"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("force"), QStringLiteral("read with the layouts without matching")});
    p.addOption({QStringLiteral("out"), QStringLiteral("write the layouts here"), QStringLiteral("DIR")});
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("scans"));
    p.process(app);
    QMap<QString, QJsonObject> truth;
    QFile tf(p.value(QStringLiteral("truth")));
    if (tf.open(QIODevice::ReadOnly))
        for (const QByteArray& line : tf.readAll().split('\n'))
            if (!line.trimmed().isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                truth.insert(QFileInfo(o.value(QLatin1String("file")).toString()).fileName(), o);
            }
    QList<layouts::LayoutModel> models;
    for (const QString& file : p.values(QStringLiteral("learn"))) {
        const QJsonObject t = truth.value(QFileInfo(file).fileName());
        QMap<QString, QString> values;
        const QJsonObject fields = t.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            values.insert(it.key(), it.value().toString());
        const auto ocr = test::ocrFilesCached({file}, p.value(QStringLiteral("cache")), 1);
        QElapsedTimer clock;
        clock.start();
        auto m = layouts::learnLayout(ocr[0], t.value(QLatin1String("type")).toString(), values,
                                      QFileInfo(file).fileName());
        if (!m) {
            std::fprintf(stderr, "learn %s: %s\n", qPrintable(file), qPrintable(m.error().message));
            continue;
        }
        std::fprintf(stderr, "learned %s in %lld ms: %d of %d fields, %d landmarks\n", qPrintable(file),
                     clock.elapsed(), int(m->fields.size()), int(values.size()), int(m->landmarks.size()));
        if (p.isSet(QStringLiteral("out")))
            (void)layouts::writeLayoutFile(*m, p.value(QStringLiteral("out")));
        models.append(*m);
    }
    const QStringList files = p.positionalArguments();
    const auto ocr = test::ocrFilesCached(files, p.value(QStringLiteral("cache")), 1);
    for (int i = 0; i < files.size(); ++i) {
        if (qEnvironmentVariableIsSet("OCR_DUMP"))
            for (const ocr::OcrPage& page : ocr[i])
                for (int l = 0; l < page.lines.size(); ++l)
                    std::fprintf(stderr, "  %s %d [%d,%d]: %s\n", qPrintable(QFileInfo(files[i]).fileName()),
                                 l, page.lines[l].box.left(), page.lines[l].box.top(),
                                 qPrintable(page.lineText(l)));
        extraction::DocumentExtraction ex = extraction::extractDocument(ocr[i]);
        QString used;
        QElapsedTimer clock;
        clock.start();
        if (p.isSet(QStringLiteral("force")) && !models.isEmpty()) {
            const auto byLayout = layouts::readWithLayout(ocr[i], models.first());
            for (auto it = byLayout.fields.begin(); it != byLayout.fields.end(); ++it)
                ex.fields.insert(it.key(), it.value());
            used = QStringLiteral("forced");
        } else {
            if (qEnvironmentVariableIsSet("LAYOUT_DEBUG"))
                for (const auto& m : models) {
                    const layouts::detail::PreparedDocument prepared(ocr[i]);
                    const auto located = layouts::detail::locate(prepared, m);
                    std::fprintf(stderr, "  %s fit %.2f %.2f overlap %.2f located %d/%d slots %d/%d\n",
                                 qPrintable(m.name), located.fits[0].sx, located.fits[0].sy,
                                 layouts::detail::printOverlap(prepared, m), located.agreeing,
                                 int(m.landmarks.size()), located.slots, int(m.fields.size()));
                    for (int k = 0; k < m.landmarks.size(); ++k)
                        if (!located.landmarks[k] && m.landmarks[k].page < prepared.pages.size()) {
                            const auto& occ = prepared.pages[m.landmarks[k].page]->find(
                                m.landmarks[k].key,
                                layouts::detail::landmarkTolerance(int(m.landmarks[k].key.size())));
                            const auto& fit = located.fits[m.landmarks[k].page];
                            std::fprintf(stderr, "    miss %s at %.1f,%.1f (fit %.1f,%.1f): %d occ",
                                         qPrintable(m.landmarks[k].key), m.landmarks[k].x0, m.landmarks[k].y0,
                                         fit.sx * m.landmarks[k].x0 + fit.tx,
                                         fit.sy * m.landmarks[k].y0 + fit.ty, int(occ.size()));
                            for (const auto& o : occ.mid(0, 3))
                                std::fprintf(stderr, " [%.1f,%.1f d%d %d]", o.box.left(), o.box.top(),
                                             o.distance, o.oneRow);
                            std::fprintf(stderr, "\n");
                        }
                }
            const layouts::LayoutMatch match = layouts::matchLayout(ocr[i], models);
            used = layouts::applyLayouts(ocr[i], models, ex);
            std::fprintf(stderr, "%s: layout %s (score %.2f) %lld ms\n",
                         qPrintable(QFileInfo(files[i]).fileName()), qPrintable(used), match.score,
                         clock.elapsed());
        }
        QJsonObject fields;
        for (auto it = ex.fields.begin(); it != ex.fields.end(); ++it) {
            QJsonObject v{{QStringLiteral("value"), it->value},
                          {QStringLiteral("confidence"), it->confidence}};
            if (!it->layout.isEmpty())
                v.insert(QStringLiteral("layout"), it->layout);
            fields.insert(it.key(), v);
        }
        const QJsonObject line{{QStringLiteral("file"), files[i]},
                               {QStringLiteral("type"), ex.type},
                               {QStringLiteral("pages"), int(ocr[i].size())},
                               {QStringLiteral("fields"), fields},
                               {QStringLiteral("issues"), QJsonArray()}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
