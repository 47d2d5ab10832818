// Page-hash cost benchmark (issue 21): the clerk's and the supervisor's signed
// statements cover the BLAKE2b-256 of every archived page image
// (sync/Approvals.h), so confirming, approving and queueing a record read each
// of its page images from the encrypted store and hash them. This measures,
// on a real SQLCipher store, N records of M pages of K kB each (incompressible
// bytes, like a JPEG scan):
//  - documentPageHashes alone (what each of the three steps adds), cold and warm;
//  - the page images read without hashing, and BLAKE2b over the same bytes in memory;
//  - confirmRecord, approveRecord and enqueueApproved through the workflow, per record.
// Usage: page_hash_bench [--records N] [--pages M] [--image-kb K] [--dir DIR]
#include "BenchStore.h"
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/Session.h"
#include "core/accounts/StoreSetup.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/crypto/PasswordKdf.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/sync/Approvals.h"
#include "core/sync/Outbox.h"
#include "core/sync/Protocol.h"
#include "core/workflow/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace sohoa;
using bench::check;
using bench::say;

namespace {

const QByteArray kPassword = "bench-password-123";

QByteArray pageBytes(int i, int kb)
{
    QByteArray b(kb * 1024, Qt::Uninitialized);
    QRandomGenerator rng{quint32(i * 7919 + 1)};
    rng.generate(reinterpret_cast<quint32*>(b.data()),
                 reinterpret_cast<quint32*>(b.data() + (b.size() & ~3)));
    b.replace(0, 3, QByteArray("\xff\xd8\xff", 3));
    return b;
}

std::unique_ptr<accounts::Session> signIn(const QString& path, const char* name)
{
    return check(accounts::Session::signIn(path, QLatin1String(name), kPassword), name);
}

void report(const char* what, double ms, int records, int pages, int kb)
{
    const double mb = double(records) * pages * kb / 1024.0;
    std::printf("%-44s %8.2f ms/record  %7.2f ms/page  %7.1f MB/s\n", what, ms / records,
                ms / (double(records) * pages), ms > 0 ? mb / (ms / 1000.0) : 0.0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("records"), QStringLiteral("Records (default 200)."), QStringLiteral("N"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("pages"), QStringLiteral("Pages per record (default 2)."),
                 QStringLiteral("M"), QStringLiteral("2")});
    p.addOption({QStringLiteral("image-kb"), QStringLiteral("Size of each page image (default 600)."),
                 QStringLiteral("K"), QStringLiteral("600")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Where the store goes (default a temporary folder)."),
                 QStringLiteral("DIR")});
    p.process(app);
    const int n = p.value(QStringLiteral("records")).toInt();
    const int m = p.value(QStringLiteral("pages")).toInt();
    const int kb = p.value(QStringLiteral("image-kb")).toInt();
    QTemporaryDir tmp(p.isSet(QStringLiteral("dir"))
                          ? p.value(QStringLiteral("dir")) + QStringLiteral("/phb-XXXXXX")
                          : QString());
    const QString path = tmp.path() + QStringLiteral("/store");

    check(accounts::createStore({path, QStringLiteral("admin"), kPassword, crypto::KdfParams::interactive()}),
          "create");
    {
        auto admin = signIn(path, "admin");
        check(accounts::addAccount(*admin, QStringLiteral("clerk"), accounts::Role::Clerk, kPassword,
                                   crypto::KdfParams::interactive()),
              "clerk");
        check(accounts::addAccount(*admin, QStringLiteral("supervisor"), accounts::Role::Supervisor,
                                   kPassword, crypto::KdfParams::interactive()),
              "supervisor");
    }
    auto clerk = signIn(path, "clerk");
    auto supervisor = signIn(path, "supervisor");
    std::fprintf(stderr, "preparing %d records x %d pages x %d kB...\n", n, m, kb);
    const batches::Batch batch = check(batches::findOrCreateBatch(*clerk, QStringLiteral("bench")), "batch");
    QList<qint64> ids, docs;
    {
        auto tx = check(store::Transaction::begin(clerk->db()), "begin");
        for (int i = 0; i < n; ++i) {
            batches::NewDocument doc;
            doc.batchId = batch.id;
            doc.sourceName = QStringLiteral("scan-%1.jpg").arg(i);
            for (int k = 0; k < m; ++k) {
                batches::NewPage page;
                page.imageData = pageBytes(i * 16 + k, kb);
                page.imageFormat = QStringLiteral("jpeg");
                page.width = 2480;
                page.height = 3508;
                page.dpi = 300;
                doc.pages.append(page);
            }
            const qint64 docId = check(batches::insertDocument(clerk->db(), doc, clerk->actor()), "document");
            const records::NewRecord r =
                bench::typedBirth(batch.id, docId, i, i + 1, QStringLiteral("NGUYỄN VĂN AN"));
            ids.append(check(records::insertRecord(clerk->db(), r, clerk->actor()), "record"));
            docs.append(docId);
        }
        check(tx.commit(), "commit");
    }
    QElapsedTimer t;

    // Reading the images alone, then hashing the same bytes in memory.
    t.start();
    QList<QByteArray> images;
    qint64 bytes = 0;
    for (qint64 doc : docs)
        for (const batches::PageInfo& info : check(batches::documentPages(clerk->db(), doc), "pages")) {
            const QByteArray data = check(batches::loadPageImage(clerk->db(), info.id), "image").data;
            bytes += data.size();
            if (images.size() < 64)
                images.append(data);
        }
    report("read page images (no hash), first time", double(t.nsecsElapsed()) / 1e6, n, m, kb);
    t.start();
    int rounds = 0;
    for (qint64 done = 0; done < bytes; ++rounds) {
        const QByteArray& b = images[rounds % images.size()];
        (void)sync::protocol::contentHash(b);
        done += b.size();
    }
    report("BLAKE2b-256 of the same bytes in memory", double(t.nsecsElapsed()) / 1e6, n, m, kb);

    // documentPageHashes: what confirm, approve and queue each add (no frozen hash yet).
    for (const char* pass :
         {"documentPageHashes (read + hash), 1st", "documentPageHashes (read + hash), 2nd"}) {
        t.start();
        for (qint64 doc : docs)
            (void)check(sync::approvals::documentPageHashes(clerk->db(), doc), "hashes");
        report(pass, double(t.nsecsElapsed()) / 1e6, n, m, kb);
    }

    // The workflow steps themselves.
    t.start();
    for (qint64 id : ids)
        (void)check(workflow::confirmRecord(*clerk, id), "confirm");
    report("confirmRecord (clerk, signs over the pages)", double(t.nsecsElapsed()) / 1e6, n, m, kb);
    t.start();
    workflow::Decision decision;
    decision.acknowledgeWarnings = true;
    for (qint64 id : ids)
        (void)check(workflow::approveRecord(*supervisor, id, decision), "approve");
    report("approveRecord (supervisor, signs over the pages)", double(t.nsecsElapsed()) / 1e6, n, m, kb);
    t.start();
    const int queued = check(sync::enqueueApproved(*supervisor, batch.id), "enqueue");
    report("enqueueApproved (queue, hashes the pages again)", double(t.nsecsElapsed()) / 1e6, n, m, kb);
    if (queued != n)
        std::fprintf(stderr, "queued %d of %d\n", queued, n);
    return 0;
}
