#include "ui/screenshots/Screenshots.h"

#include "core/accounts/Session.h"
#include "core/batches/BatchRepository.h"
#include "core/ocr/OcrWorkerPool.h"
#include "testing/demo/DemoStore.h"
#include "ui/batches/ScanDialog.h"
#include "ui/batches/ScanPageStrip.h"
#include "ui/common/StoreAccess.h"
#include "ui/keying/KeyingPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/review/ReviewPage.h"
#include "ui/search/SearchPage.h"
#include "ui/signin/FirstRunDialog.h"
#include "ui/signin/SignInDialog.h"
#include "ui/verify/VerificationPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace sohoa::ui {

using fixtures::createDemoStore;
using fixtures::DemoAccount;
using fixtures::kDemoAdmin;
using fixtures::kDemoClerk;
using fixtures::kDemoSupervisor;

namespace {

// Lets queued work and its answers run until nothing is in flight for a while.
// A tool mode: no user is waiting on this event loop.
void settle(StoreAccess* store, int maxMs = 8000)
{
    QElapsedTimer t;
    t.start();
    int quiet = 0;
    while (t.elapsed() < maxMs && quiet < 5) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
        quiet = (!store || store->isIdle()) ? quiet + 1 : 0;
    }
    QCoreApplication::processEvents();
}

bool save(QWidget* w, const QString& dir, const QString& name)
{
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    const bool ok = w->grab().save(path, "PNG");
    QTextStream(stderr) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

std::unique_ptr<StoreAccess> open(const QString& store, const DemoAccount& who)
{
    auto s = accounts::Session::signIn(store, QString::fromLatin1(who.name), QByteArray(who.password));
    if (!s) {
        QTextStream(stderr) << "sign-in failed: " << s.error().message << '\n';
        return nullptr;
    }
    return std::make_unique<StoreAccess>(std::move(*s));
}

qint64 batchNamed(StoreAccess* store, const QString& prefix)
{
    auto f = store->read([](store::Database& db) { return batches::listBatches(db); });
    f.waitForFinished();
    const auto list = f.result();
    if (list)
        for (const batches::BatchSummary& b : *list)
            if (b.batch.name.startsWith(prefix))
                return b.batch.id;
    return 0;
}

QString batchName(StoreAccess* store, qint64 id)
{
    auto f = store->read([](store::Database& db) { return batches::listBatches(db); });
    f.waitForFinished();
    const auto list = f.result();
    if (list)
        for (const batches::BatchSummary& b : *list)
            if (b.batch.id == id)
                return b.batch.name;
    return {};
}

// Processes events until `done` or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return true;
}

// The scan dialog with three pages in its strip, the second turned: only when
// a scanner answers (SANE's `test` backend will do: SANE_CONFIG_DIR naming a
// folder whose dll.conf says "test"). Nothing is sent to reading or stored.
bool shootScan(StoreAccess* clerk, qint64 batch, const QString& batchName, const QString& dir, QSize screen)
{
    auto pool = std::make_shared<ocr::OcrWorkerPool>(1);
    ScanDialog dialog(clerk, batch, batchName, pool);
    dialog.resize(std::min(screen.width(), 1000), std::min(screen.height(), 640));
    dialog.show();
    auto* device = dialog.findChild<QComboBox*>(QStringLiteral("scanner"));
    auto* dpi = dialog.findChild<QComboBox*>(QStringLiteral("resolution"));
    auto* cont = dialog.findChild<QPushButton*>(QStringLiteral("continueScan"));
    int devices = -1;
    QObject::connect(&dialog, &ScanDialog::devicesListed, &dialog, [&devices](int n) { devices = n; });
    if (!device || !dpi || !cont || !waitFor([&] { return devices >= 0 || device->count() > 0; }, 20000) ||
        device->itemData(0).toString().isEmpty()) {
        QTextStream(stderr) << "no scanner: scan.png not taken\n";
        return true;
    }
    dialog.selectDevice(device->itemData(0).toString());
    if (!waitFor([&] { return dpi->count() > 0; }, 10000))
        return false;
    dpi->setCurrentIndex(0);
    int passes = 0;
    QObject::connect(&dialog, &ScanDialog::passFinished, &dialog, [&passes] { ++passes; });
    dialog.startScan();
    for (int pass = 1; pass <= 3; ++pass) {
        if (!waitFor([&] { return passes == pass; }, 60000))
            return false;
        if (pass < 3)
            cont->click();
    }
    ScanPageStrip* strip = dialog.pageStrip();
    const QList<quint64> ids = strip->ids();
    if (ids.size() == 3) {
        Q_EMIT strip->rotateRequested(ids.at(1), 1);
        strip->setCurrentId(ids.at(1));
    }
    settle(clerk, 800);
    // Not closed (that would read and store the pages): deleting the dialog
    // cancels its job, and the pages held in memory go.
    return save(&dialog, dir, QStringLiteral("scan"));
}

} // namespace

int takeScreenshots(const QString& dir, const QString& storePath, const QSize& screen)
{
    QDir().mkpath(dir);
    QTemporaryDir temp;
    QString store = storePath;
    if (store.isEmpty()) {
        store = temp.path() + QStringLiteral("/demo-store");
        QTextStream(stderr) << "making a demo store...\n";
        auto made = createDemoStore({store, 24, 0, 110, 7, crypto::KdfParams::interactive()});
        if (!made) {
            QTextStream(stderr) << "demo store: " << made.error().message << '\n';
            return 1;
        }
    }
    bool ok = true;
    {
        FirstRunDialog first(QDir::homePath() + QStringLiteral("/SoHoa-store"));
        first.show();
        settle(nullptr, 300);
        ok &= save(&first, dir, QStringLiteral("first-run"));
        SignInDialog signIn(store);
        signIn.setAccount(QString::fromLatin1(kDemoClerk.name));
        signIn.show();
        settle(nullptr, 300);
        ok &= save(&signIn, dir, QStringLiteral("sign-in"));
    }
    MainWindowOptions options;
    {
        auto clerk = open(store, kDemoClerk);
        if (!clerk)
            return 1;
        MainWindow w(clerk.get(), options);
        w.resize(screen);
        w.show();
        w.showPage(QStringLiteral("batches"));
        settle(clerk.get());
        ok &= save(&w, dir, QStringLiteral("batches"));
        const qint64 birth = batchNamed(clerk.get(), QStringLiteral("Sổ đăng ký khai sinh"));
        ok &= shootScan(clerk.get(), birth, batchName(clerk.get(), birth), dir, screen);
        w.verificationPage()->openBatch(birth);
        w.showPage(QStringLiteral("verify"));
        settle(clerk.get());
        settle(clerk.get(), 500);
        ok &= save(&w, dir, QStringLiteral("verify"));
        const qint64 handwritten = batchNamed(clerk.get(), QStringLiteral("Sổ khai sinh viết tay"));
        w.keyingPage()->openBatch(handwritten);
        w.showPage(QStringLiteral("keying"));
        settle(clerk.get());
        w.keyingPage()->setZone(1, QString(), QRect(40, 50, 830, 560));
        w.keyingPage()->setZone(1, QStringLiteral("full_name"), QRect(50, 100, 500, 40));
        if (auto* e = w.findChild<QLineEdit*>(QStringLiteral("field_full_name")))
            e->setFocus();
        settle(clerk.get(), 500);
        ok &= save(&w, dir, QStringLiteral("keying"));
        w.close();
    }
    {
        auto supervisor = open(store, kDemoSupervisor);
        if (!supervisor)
            return 1;
        MainWindow w(supervisor.get(), options);
        w.resize(screen);
        w.show();
        w.showPage(QStringLiteral("review"));
        settle(supervisor.get());
        settle(supervisor.get(), 500);
        ok &= save(&w, dir, QStringLiteral("review"));
        w.showPage(QStringLiteral("dashboard"));
        settle(supervisor.get());
        ok &= save(&w, dir, QStringLiteral("dashboard"));
        w.showPage(QStringLiteral("search"));
        if (auto* s = qobject_cast<SearchPage*>(w.page(QStringLiteral("search"))))
            s->setQuery(QStringLiteral("nguyen"));
        settle(supervisor.get());
        settle(supervisor.get(), 500);
        ok &= save(&w, dir, QStringLiteral("search"));
        w.showPage(QStringLiteral("audit"));
        settle(supervisor.get());
        ok &= save(&w, dir, QStringLiteral("audit"));
        w.close();
    }
    {
        auto admin = open(store, kDemoAdmin);
        if (!admin)
            return 1;
        MainWindow w(admin.get(), options);
        w.resize(screen);
        w.show();
        w.showPage(QStringLiteral("accounts"));
        settle(admin.get());
        ok &= save(&w, dir, QStringLiteral("accounts"));
        w.showPage(QStringLiteral("settings"));
        settle(admin.get());
        ok &= save(&w, dir, QStringLiteral("settings"));
        w.close();
    }
    return ok ? 0 : 1;
}

} // namespace sohoa::ui
