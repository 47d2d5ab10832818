// Longest UI-thread stall while the desktop imports and OCRs 50 pages
// (issue 6: under 50 ms). An event-loop latency probe: a 2 ms timer on the UI
// thread records how late each tick fires while the batch list, the import
// panel's progress and the store-change refreshes run as they do for a clerk.
//
//   ui_import_latency_bench [--devset DIR] [--pages 50]
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/StoreSetup.h"
#include "core/batches/BatchRepository.h"
#include "core/ocr/ProcessEnvironment.h"
#include "ui/batches/BatchesPage.h"
#include "ui/batches/ImportPanel.h"
#include "ui/common/StoreAccess.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace sohoa;

int main(int argc, char** argv)
{
    ocr::ensureSingleThreadedOcrRuntime(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SoHoa-bench"));
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("devset"), QStringLiteral("Folder with truth.jsonl and images/."),
                      QStringLiteral("DIR"), QStringLiteral(SOHOA_SOURCE_DIR "/../shared/data/devset")});
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages to import."), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.process(app);
    const QString devset = parser.value(QStringLiteral("devset"));
    const int wantedPages = parser.value(QStringLiteral("pages")).toInt();

    // Files from the devset until they hold the wanted number of pages.
    QFile truth(devset + QStringLiteral("/truth.jsonl"));
    if (!truth.open(QIODevice::ReadOnly)) {
        out << "no devset at " << devset << Qt::endl;
        return 1;
    }
    QStringList files;
    int pages = 0;
    while (!truth.atEnd() && pages < wantedPages) {
        const QJsonObject o = QJsonDocument::fromJson(truth.readLine()).object();
        files.append(devset + QLatin1Char('/') + o.value(QStringLiteral("file")).toString());
        pages += qMax(1, o.value(QStringLiteral("pages")).toInt());
    }

    QTemporaryDir dir;
    const QString store = dir.path() + QStringLiteral("/store");
    if (!accounts::createStore(
            {store, QStringLiteral("admin"), "bench-admin-1", crypto::KdfParams::interactive()}))
        return 1;
    {
        auto admin = accounts::Session::signIn(store, QStringLiteral("admin"), "bench-admin-1");
        if (!admin || !accounts::addAccount(**admin, QStringLiteral("clerk"), accounts::Role::Clerk,
                                            "bench-clerk-1", crypto::KdfParams::interactive()))
            return 1;
    }
    auto session = accounts::Session::signIn(store, QStringLiteral("clerk"), "bench-clerk-1");
    if (!session)
        return 1;
    auto batch = batches::createBatch(**session, QStringLiteral("Bench"));
    if (!batch)
        return 1;
    ui::StoreAccess access(std::move(*session));
    ui::MainWindow window(&access, ui::MainWindowOptions{});
    window.show();
    auto* page = window.batchesPage();
    while (!page->hasLoaded())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    page->selectBatch(batch->id);

    // The probe.
    constexpr int kTickMs = 2;
    QList<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kTickMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.append(qMax(0.0, (now - last) / 1e6 - kTickMs));
        last = now;
    });

    bool done = false;
    int stored = 0, failed = 0;
    QObject::connect(page->importPanel(), &ui::ImportPanel::finished, [&](int s, int f, bool) {
        stored = s;
        failed = f;
        done = true;
    });
    QElapsedTimer wall;
    wall.start();
    probe.start();
    page->importPaths(files, batch->id);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    probe.stop();
    const double seconds = wall.elapsed() / 1000.0;

    std::sort(lateness.begin(), lateness.end());
    const double maxStall = lateness.isEmpty() ? 0 : lateness.last();
    const double p99 = lateness.isEmpty() ? 0 : lateness[int(lateness.size() * 0.99)];
    out << QStringLiteral("imported %1 files (%2 pages): %3 stored, %4 failed in %5 s (%6 pages/min)")
               .arg(files.size())
               .arg(pages)
               .arg(stored)
               .arg(failed)
               .arg(seconds, 0, 'f', 1)
               .arg(pages * 60.0 / seconds, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral(
               "UI thread: %1 probe ticks, longest stall %2 ms, 99th percentile %3 ms (target < 50 ms)")
               .arg(lateness.size())
               .arg(maxStall, 0, 'f', 1)
               .arg(p99, 0, 'f', 1)
        << Qt::endl;
    return maxStall < 50 ? 0 : 2;
}
