// Desktop start-up figures (issue 6):
//  1. cold start of `sohoa` to its first window (sign-in), as a fresh process;
//  2. sign-in to a usable batch list on a store with 100k records.
//
//   ui_startup_bench [--store PATH] [--records N] [--runs N]
// The store is made once (a demo store with N extra records; minutes) and reused.
#include "core/accounts/Session.h"
#include "core/store/StoreLayout.h"
#include "testing/demo/DemoStore.h"
#include "ui/batches/BatchListModel.h"
#include "ui/batches/BatchesPage.h"
#include "ui/common/StoreAccess.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <QtConcurrent>
#include <algorithm>

using namespace sohoa;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

QString desktopBinary()
{
    const QString dir = QCoreApplication::applicationDirPath();
    // A QStringList: a braced list would hold QStringBuilders pointing at dead temporaries.
    for (const QString& p :
         QStringList{dir + QStringLiteral("/../app/desktop/sohoa"), dir + QStringLiteral("/sohoa")})
        if (QFileInfo(p).isExecutable())
            return QDir::cleanPath(p);
    return {};
}

double coldStartMs(const QString& store)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOHOA_EXIT_AFTER_FIRST_WINDOW"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(desktopBinary(), {QStringLiteral("--store"), store});
    double shownAt = -1;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        p.waitForReadyRead(50);
        if (p.readAllStandardOutput().contains("first-window-shown") && shownAt < 0)
            shownAt = t.nsecsElapsed() / 1e6;
        if (t.elapsed() > 60000)
            break;
    }
    p.waitForFinished(10000);
    return shownAt;
}

double signInToBatchListMs(const QString& store)
{
    QElapsedTimer t;
    t.start();
    // As the sign-in dialog does: the password check on a worker thread.
    auto future = QtConcurrent::run([store] {
        return std::make_shared<Result<std::unique_ptr<accounts::Session>>>(
            accounts::Session::signIn(store, QString::fromLatin1(fixtures::kDemoClerk.name),
                                      QByteArray(fixtures::kDemoClerk.password)));
    });
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    auto result = future.result();
    if (!*result) {
        out << "sign-in failed: " << result->error().message << Qt::endl;
        return -1;
    }
    const double signedIn = t.nsecsElapsed() / 1e6;
    auto access = std::make_unique<ui::StoreAccess>(std::move(result->value()));
    ui::MainWindow window(access.get(), ui::MainWindowOptions{});
    window.show();
    auto* batches = window.batchesPage();
    while (!batches->hasLoaded())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents(); // paint the list
    const double total = t.nsecsElapsed() / 1e6;
    out << QStringLiteral("    password check %1 ms, window and batch list %2 ms (%3 batches)")
               .arg(signedIn, 0, 'f', 0)
               .arg(total - signedIn, 0, 'f', 0)
               .arg(batches->model()->rowCount())
        << Qt::endl;
    window.close();
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SoHoa-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("store"), QStringLiteral("Demo store to use (made when missing)."),
                      QStringLiteral("PATH"), QDir::tempPath() + QStringLiteral("/sohoa-bench-100k")});
    parser.addOption({QStringLiteral("records"), QStringLiteral("Extra records when making the store."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const QString store = parser.value(QStringLiteral("store"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    if (!store::StoreLayout::at(store).exists()) {
        out << "making the demo store with " << parser.value(QStringLiteral("records")) << " records at "
            << store << " (once)..." << Qt::endl;
        QElapsedTimer t;
        t.start();
        fixtures::DemoStoreSpec spec;
        spec.path = store;
        spec.documents = 24;
        spec.bulkRecords = parser.value(QStringLiteral("records")).toInt();
        spec.kdf = crypto::KdfParams::moderate(); // what a real installation uses
        auto made = fixtures::createDemoStore(spec, [](int done, int total) {
            if (done % 10 == 0 || done == total)
                out << "  " << done << "/" << total << Qt::endl;
        });
        if (!made) {
            out << "demo store: " << made.error().message << Qt::endl;
            return 1;
        }
        out << "  made in " << t.elapsed() / 1000 << " s" << Qt::endl;
    }

    if (desktopBinary().isEmpty()) {
        out << "the sohoa binary is not built next to the benchmarks" << Qt::endl;
        return 1;
    }
    QList<double> cold, signIn;
    for (int i = 0; i < runs; ++i) {
        cold.append(coldStartMs(store));
        out << QStringLiteral("run %1: start to sign-in window %2 ms").arg(i + 1).arg(cold.last(), 0, 'f', 0)
            << Qt::endl;
        signIn.append(signInToBatchListMs(store));
        out << QStringLiteral("run %1: sign-in to usable batch list %2 ms")
                   .arg(i + 1)
                   .arg(signIn.last(), 0, 'f', 0)
            << Qt::endl;
    }
    out << QStringLiteral("median: start to sign-in window %1 ms (first %2 ms); sign-in to batch list %3 ms "
                          "(target: each under 1500 ms)")
               .arg(median(cold), 0, 'f', 0)
               .arg(cold.first(), 0, 'f', 0)
               .arg(median(signIn), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
