// Sync benchmark (issue 7):
//  - sync N records (default 10,000), each with one page image, from a real
//    encrypted store to the reference registry (sohoa-cli serve-registry, a
//    separate process) over TLS on 127.0.0.1: records per second;
//  - the same through a proxy that injects a failure every 500 requests
//    (in turn: 503 with Retry-After, a connection cut inside the request,
//    one cut inside the answer);
//  - export of a 1,000-record package and its import at the registry: seconds and size.
// Usage: sync_bench [--records N] [--image-kb K] [--package N] [--parallel P] [--per-request R]
//                   [--skip-clean] [--skip-faults] [--skip-package]
// Run from the build tree (it finds sohoa-cli beside it).
#include "BenchStore.h"
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/Session.h"
#include "core/accounts/StoreSetup.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/crypto/PasswordKdf.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/sync/Approvals.h"
#include "core/sync/Enrolment.h"
#include "core/sync/OfflinePackages.h"
#include "core/sync/Protocol.h"
#include "core/sync/SyncEngine.h"
#include "server/registry/RegistryService.h"
#include "server/registry/RegistryStore.h"

// The fault-injecting proxy of the sync tests, compiled in here so the
// benchmark injects exactly the faults the tests do.
#include "../tests/sync/FaultProxy.cpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <tuple>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace sohoa;
using bench::check;
using bench::say;

namespace {

const QByteArray kPassword = "bench-password-1";
const QByteArray kRegistryPass = "bench registry passphrase";

QString cli()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString& p :
         QStringList{here + QStringLiteral("/../app/cli/sohoa-cli"), here + QStringLiteral("/sohoa-cli")})
        if (QFileInfo(p).isExecutable())
            return QFileInfo(p).absoluteFilePath();
    qFatal("sohoa-cli not found beside %s", qPrintable(here));
}

// CPU seconds used so far by this process and by another one (Linux; 0 elsewhere).
double ownCpuSeconds()
{
#ifdef Q_OS_LINUX
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

double processCpuSeconds(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
#else
    Q_UNUSED(pid);
    return 0;
#endif
}

struct Registry {
    QString dir;
    QString keyFile;
    QProcess process;
    QString url;
    quint16 port = 0;

    void init(const QString& base)
    {
        QDir().mkpath(base);
        dir = base + QStringLiteral("/registry");
        keyFile = base + QStringLiteral("/registry.pass");
        QFile f(keyFile);
        f.open(QIODevice::WriteOnly);
        f.write(kRegistryPass + '\n');
        f.close();
        QProcess p;
        p.start(cli(), {QStringLiteral("serve-registry"), QStringLiteral("init"), QStringLiteral("--data"),
                        dir, QStringLiteral("--key-file"), keyFile, QStringLiteral("--kdf-profile"),
                        QStringLiteral("interactive")});
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            qFatal("registry init failed: %s", p.readAllStandardError().constData());
    }

    void start()
    {
        process.start(cli(), {QStringLiteral("serve-registry"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dir,
                              QStringLiteral("--key-file"), keyFile, QStringLiteral("--json")});
        QByteArray out;
        QDeadlineTimer deadline(60000);
        while (!out.contains('\n') && !deadline.hasExpired() && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
        }
        const QJsonObject o = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
        url = o.value(QLatin1String("listening")).toString();
        port = quint16(o.value(QLatin1String("port")).toInt());
        if (url.isEmpty())
            qFatal("registry did not start: %s", process.readAllStandardError().constData());
    }

    void stop()
    {
        process.terminate();
        process.waitForFinished(30000);
    }

    QString ca() const { return dir + QStringLiteral("/tls/ca.pem"); }

    registry::RegistryStats stats() const
    {
        auto s = check(registry::RegistryStore::open(dir, kRegistryPass), "open registry");
        registry::RegistryService service(*s);
        return check(service.stats(), "stats");
    }

    QString code() const
    {
        auto s = check(registry::RegistryStore::open(dir, kRegistryPass), "open registry");
        registry::RegistryService service(*s);
        return check(service.issueEnrolmentCode(QStringLiteral("Bench office"), 1), "code");
    }
};

QByteArray pageBytes(int i, int kb)
{
    // Compressed scans look like noise to the network and the disk.
    QByteArray b(kb * 1024, Qt::Uninitialized);
    QRandomGenerator rng{quint32(i * 7919 + 1)};
    rng.generate(reinterpret_cast<quint32*>(b.data()),
                 reinterpret_cast<quint32*>(b.data() + (b.size() & ~3)));
    b.replace(0, 8, QByteArray("\x89PNG\r\n\x1a\n", 8));
    return b;
}

// A store with `count` approved birth records, each on a one-page document.
// Written straight through the repositories (the benchmark measures sync, not approval).
std::unique_ptr<accounts::Session> makeStore(const QString& path, const QString& batchName, int count, int kb,
                                             int firstNumber)
{
    if (!QFileInfo::exists(path + QStringLiteral("/keyring.json"))) {
        check(accounts::createStore(
                  {path, QStringLiteral("admin"), kPassword, crypto::KdfParams::interactive()}),
              "create store");
        auto admin = check(accounts::Session::signIn(path, QStringLiteral("admin"), kPassword), "admin");
        check(accounts::addAccount(*admin, QStringLiteral("clerk"), accounts::Role::Clerk, kPassword,
                                   crypto::KdfParams::interactive()),
              "clerk");
        check(accounts::addAccount(*admin, QStringLiteral("supervisor"), accounts::Role::Supervisor,
                                   kPassword, crypto::KdfParams::interactive()),
              "supervisor");
    }
    auto clerk = check(accounts::Session::signIn(path, QStringLiteral("clerk"), kPassword), "clerk");
    // Signed in so that its key signs the approvals written below.
    auto approver =
        check(accounts::Session::signIn(path, QStringLiteral("supervisor"), kPassword), "supervisor");
    const batches::Batch batch = check(batches::findOrCreateBatch(*clerk, batchName), "batch");
    for (int done = 0; done < count;) {
        auto tx = check(store::Transaction::begin(clerk->db()), "begin");
        for (int k = 0; k < 500 && done < count; ++k, ++done) {
            const int i = firstNumber + done;
            batches::NewDocument doc;
            doc.batchId = batch.id;
            doc.sourceName = QStringLiteral("scan-%1.png").arg(i);
            batches::NewPage page;
            page.imageData = pageBytes(i, kb);
            page.imageFormat = QStringLiteral("png");
            doc.pages.append(page);
            const qint64 docId = check(batches::insertDocument(clerk->db(), doc, clerk->actor()), "document");
            const records::NewRecord r =
                bench::typedBirth(batch.id, docId, i, i, QStringLiteral("NGUYỄN VĂN AN %1").arg(i));
            const qint64 id = check(records::insertRecord(clerk->db(), r, clerk->actor()), "record");
            auto st =
                check(clerk->db().prepare("UPDATE records SET state = 'approved', verified_by = 'clerk', "
                                          "decided_by = 'supervisor' WHERE id = ?;"),
                      "prepare");
            st.bind(1, id);
            check(st.run(), "approve");
            // The clerk's and the supervisor's signed statements, as the workflow writes
            // them: the registry takes a record only with both (sync/Approvals.h).
            const records::Record stored = check(records::loadRecord(clerk->db(), id), "load");
            for (const auto& [actor, step, action] :
                 {std::tuple{clerk->actor(), sync::approvals::kVerified, "record.confirmed"},
                  std::tuple{approver->actor(), sync::approvals::kApproved, "record.approved"}})
                check(
                    audit::appendAudit(
                        clerk->db(), actor, QLatin1String(action), QStringLiteral("record:%1").arg(id),
                        check(sync::approvals::signStep(clerk->db(), QLatin1String(step), actor, stored.type,
                                                        stored.plainValues(), stored.documentId),
                              "sign")),
                    "audit");
        }
        check(tx.commit(), "commit");
    }
    return check(accounts::Session::signIn(path, QStringLiteral("supervisor"), kPassword), "supervisor");
}

void enrol(const QString& storePath, const Registry& registry)
{
    auto admin = check(accounts::Session::signIn(storePath, QStringLiteral("admin"), kPassword), "admin");
    QFile ca(registry.ca());
    ca.open(QIODevice::ReadOnly);
    check(sync::enrolDevice(*admin,
                            {registry.url, registry.code(), ca.readAll(), QStringLiteral("bench"), 30000}),
          "enrol");
}

struct RunResult {
    double seconds = 0;
    double clientCpu = 0;
    double serverCpu = 0;
    sync::SyncSummary summary;
};

RunResult runSync(accounts::Session& s, const sync::SyncOptions& o, qint64 serverPid)
{
    QElapsedTimer t;
    t.start();
    const double client0 = ownCpuSeconds();
    const double server0 = processCpuSeconds(serverPid);
    RunResult r;
    int runs = 0;
    for (;;) {
        r.summary = check(sync::syncNow(s, o), "sync");
        ++runs;
        if (r.summary.failedWillRetry == 0 && r.summary.waiting == 0)
            break;
        if (runs > 5)
            qFatal("records still not delivered after %d runs", runs);
    }
    r.seconds = t.nsecsElapsed() / 1e9;
    r.clientCpu = ownCpuSeconds() - client0;
    r.serverCpu = processCpuSeconds(serverPid) - server0;
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("records"), QStringLiteral("records to sync"), QStringLiteral("N"),
                 QStringLiteral("10000")});
    p.addOption({QStringLiteral("image-kb"), QStringLiteral("page image size"), QStringLiteral("KB"),
                 QStringLiteral("64")});
    p.addOption({QStringLiteral("package"), QStringLiteral("records in the package"), QStringLiteral("N"),
                 QStringLiteral("1000")});
    p.addOption({QStringLiteral("parallel"), QStringLiteral("requests in flight"), QStringLiteral("P"),
                 QStringLiteral("4")});
    p.addOption({QStringLiteral("per-request"), QStringLiteral("records per request"), QStringLiteral("R"),
                 QStringLiteral("100")});
    p.addOption({QStringLiteral("skip-clean"), QStringLiteral("skip the clean run")});
    p.addOption({QStringLiteral("skip-faults"), QStringLiteral("skip the run with failures")});
    p.addOption({QStringLiteral("skip-package"), QStringLiteral("skip the package export/import")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("work folder (default: a temporary one)"),
                 QStringLiteral("DIR")});
    p.process(app);
    const int n = p.value(QStringLiteral("records")).toInt();
    const int kb = p.value(QStringLiteral("image-kb")).toInt();
    QTemporaryDir tmp(p.isSet(QStringLiteral("dir"))
                          ? p.value(QStringLiteral("dir")) + QStringLiteral("/sync-bench-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/sync-bench-XXXXXX"));
    const QString base = tmp.path();

    sync::SyncOptions o;
    o.maxParallel = p.value(QStringLiteral("parallel")).toInt();
    o.recordsPerRequest = p.value(QStringLiteral("per-request")).toInt();
    o.backoffBaseMs = 1000;
    o.patienceSeconds = 120;

    std::printf(
        "sync benchmark: %d records, one %d KiB page image each, %d in flight, %d records per request\n", n,
        kb, o.maxParallel, o.recordsPerRequest);
    double cleanRate = 0;
    if (!p.isSet(QStringLiteral("skip-clean"))) {
        Registry registry;
        registry.init(base + QStringLiteral("/clean"));
        registry.start();
        const QString store = base + QStringLiteral("/clean/store");
        say(QStringLiteral("preparing %1 approved records...").arg(n));
        auto s = makeStore(store, QStringLiteral("Bench"), n, kb, 1);
        enrol(store, registry);
        say(QStringLiteral("syncing (clean)..."));
        const RunResult r = runSync(*s, o, registry.process.processId());
        const auto stats = registry.stats();
        cleanRate = n / r.seconds;
        std::printf(
            "clean:        %6.1f s  %7.1f records/s  %6.1f MiB/s  (%d requests; registry holds %lld records, "
            "%lld re-sent; CPU: client %.1f s, registry %.1f s)\n",
            r.seconds, cleanRate, double(r.summary.bytesUploaded) / r.seconds / 1048576.0, r.summary.requests,
            stats.records, stats.resubmittedRecords, r.clientCpu, r.serverCpu);
        registry.stop();
    }
    if (!p.isSet(QStringLiteral("skip-faults"))) {
        Registry registry;
        registry.init(base + QStringLiteral("/faults"));
        registry.start();
        const QString store = base + QStringLiteral("/faults/store");
        say(QStringLiteral("preparing %1 approved records...").arg(n));
        auto s = makeStore(store, QStringLiteral("Bench"), n, kb, 1);
        enrol(store, registry);
        std::atomic_int injected{0};
        test::FaultProxy proxy(registry.port, registry.dir + QStringLiteral("/tls/cert.pem"),
                               registry.dir + QStringLiteral("/tls/key.pem"), registry.ca(),
                               [&injected](int i, const QByteArray&, const QByteArray&) {
                                   if (i % 500 != 0)
                                       return test::Fault::pass();
                                   ++injected;
                                   switch ((i / 500) % 3) {
                                   case 0:
                                       return test::Fault::respond(503, 1);
                                   case 1:
                                       return test::Fault::cutRequest(200);
                                   default:
                                       return test::Fault::cutResponse(30);
                                   }
                               });
        sync::SyncOptions fo = o;
        fo.serverUrl = proxy.url();
        const RunResult r = runSync(*s, fo, registry.process.processId());
        const auto stats = registry.stats();
        const double rate = n / r.seconds;
        std::printf("with faults:  %6.1f s  %7.1f records/s  (%d failures injected in %d requests; registry "
                    "holds %lld "
                    "records, %lld re-sent; CPU: client+proxy %.1f s, registry %.1f s)%s\n",
                    r.seconds, rate, int(injected), proxy.requests(), stats.records, stats.resubmittedRecords,
                    r.clientCpu, r.serverCpu,
                    cleanRate > 0
                        ? qPrintable(QStringLiteral("  %1x the clean time").arg(cleanRate / rate, 0, 'f', 2))
                        : "");
        registry.stop();
    }
    if (!p.isSet(QStringLiteral("skip-package"))) {
        const int m = p.value(QStringLiteral("package")).toInt();
        Registry registry;
        registry.init(base + QStringLiteral("/package"));
        registry.start();
        const QString store = base + QStringLiteral("/package/store");
        say(QStringLiteral("preparing %1 approved records...").arg(m));
        auto s = makeStore(store, QStringLiteral("Bench"), m, kb, 1);
        enrol(store, registry);
        registry.stop(); // offline from here on
        const QString file = base + QStringLiteral("/package/batch.sohoa");
        QElapsedTimer t;
        t.start();
        const auto batch = check(batches::findBatch(s->db(), QStringLiteral("Bench")), "batch");
        const sync::ExportResult ex = check(sync::exportBatch(*s, batch.id, file), "export");
        const double exportSeconds = t.nsecsElapsed() / 1e9;
        t.restart();
        QProcess imp;
        imp.start(cli(),
                  {QStringLiteral("serve-registry"), QStringLiteral("import"), QStringLiteral("--data"),
                   registry.dir, QStringLiteral("--key-file"), registry.keyFile, QStringLiteral("--package"),
                   file, QStringLiteral("--receipt-out"), base + QStringLiteral("/package/batch.receipt")});
        imp.waitForFinished(-1);
        const double importSeconds = t.nsecsElapsed() / 1e9;
        if (imp.exitCode() != 0)
            qFatal("import failed: %s", imp.readAllStandardError().constData());
        t.restart();
        const auto receipt =
            check(sync::importReceipt(*s, base + QStringLiteral("/package/batch.receipt")), "receipt");
        const double receiptSeconds = t.nsecsElapsed() / 1e9;
        std::printf(
            "package:      %d records, %.1f MiB; export %.2f s, registry import %.2f s (process, incl. key "
            "derivation), receipt back %.2f s (%d answers); receipt %lld bytes\n",
            ex.records, double(ex.bytes) / 1048576.0, exportSeconds, importSeconds, receiptSeconds,
            receipt.answers, QFileInfo(base + QStringLiteral("/package/batch.receipt")).size());
    }
    return 0;
}
