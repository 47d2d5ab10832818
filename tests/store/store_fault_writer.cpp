// Test helper: writes records to a store in transactions.
//   store_fault_writer crash STORE PROGRESS_FILE   - commits batches forever, appending the
//                                                    committed count to PROGRESS_FILE after each
//   store_fault_writer fill STORE LIMIT_BYTES      - caps file size (RLIMIT_FSIZE), writes until
//                                                    the disk "fills"; prints the error code
//   store_fault_writer ingest STORE PROGRESS_FILE  - like crash, but each transaction is a document
//                                                    with a page image and a record, as ingest writes
#include "TestSupport.h"
#include "core/accounts/Session.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace sohoa;

namespace {

records::NewRecord makeRecord(qint64 batchId, int n, int padding)
{
    records::NewRecord r;
    r.batchId = batchId;
    r.type = QStringLiteral("birth");
    records::FieldValue name;
    name.value = QStringLiteral("NGUYỄN VĂN THỬ %1").arg(n);
    name.confidence = 0.9;
    r.fields.insert(QStringLiteral("full_name"), name);
    records::FieldValue place;
    place.value = QString(padding, QLatin1Char('x'));
    r.fields.insert(QStringLiteral("place_of_birth"), place);
    return r;
}

// One transaction of `count` records plus an audit entry; returns false on error.
bool writeBatch(accounts::Session& s, qint64 batchId, int first, int count, int padding, QString* errorCode)
{
    auto tx = store::Transaction::begin(s.db());
    if (!tx) {
        *errorCode = tx.error().code;
        return false;
    }
    for (int i = 0; i < count; ++i) {
        auto id = records::insertRecord(s.db(), makeRecord(batchId, first + i, padding), s.actor());
        if (!id) {
            *errorCode = id.error().code;
            return false;
        }
    }
    if (auto a = s.audit(QStringLiteral("test.batch_written"), QStringLiteral("batch:%1").arg(batchId),
                         {{QStringLiteral("first"), first}, {QStringLiteral("count"), count}});
        !a) {
        *errorCode = a.error().code;
        return false;
    }
    if (auto c = tx->commit(); !c) {
        *errorCode = c.error().code;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString store = QString::fromLocal8Bit(argv[2]);
    auto session = accounts::Session::signIn(store, QStringLiteral("clerk"), test::kClerkPassword);
    if (!session) {
        std::printf("signin-failed %s\n", qPrintable(session.error().code));
        return 3;
    }
    auto batch = batches::findOrCreateBatch(**session, QStringLiteral("fault"));
    if (!batch)
        return 4;

    QString error;
    if (mode == QLatin1String("crash")) {
        QFile progress(QString::fromLocal8Bit(argv[3]));
        if (!progress.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return 5;
        for (int committed = 0;; committed += 500) {
            if (!writeBatch(**session, batch->id, committed, 500, 2000, &error)) {
                std::printf("error %s\n", qPrintable(error));
                return 6;
            }
            const QByteArray line = QByteArray::number(committed + 500) + '\n';
            progress.write(line);
            ::fsync(progress.handle());
        }
    }
    if (mode == QLatin1String("ingest")) {
        QFile progress(QString::fromLocal8Bit(argv[3]));
        if (!progress.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return 5;
        for (int n = 1;; ++n) {
            auto tx = store::Transaction::begin((*session)->db());
            if (!tx)
                return 6;
            batches::NewDocument doc;
            doc.batchId = batch->id;
            doc.sourceName = QStringLiteral("scan-%1.png").arg(n);
            batches::NewPage page;
            page.imageFormat = QStringLiteral("png");
            page.imageData = QByteArray(30000 + n % 1000, char('a' + n % 26)); // distinct bytes per page
            page.width = 2480;
            page.height = 3508;
            doc.pages.append(page);
            auto docId = batches::insertDocument((*session)->db(), doc, (*session)->actor());
            auto rec = makeRecord(batch->id, n, 100);
            rec.documentId = docId ? *docId : 0;
            auto recId = records::insertRecord((*session)->db(), rec, (*session)->actor());
            if (!docId || !recId ||
                !(*session)->audit(QStringLiteral("document.ingested"),
                                   QStringLiteral("record:%1").arg(*recId)) ||
                !tx->commit())
                return 6;
            const QByteArray line = QByteArray::number(n) + '\n';
            progress.write(line);
        }
    }
    if (mode == QLatin1String("fill")) {
        std::signal(SIGXFSZ, SIG_IGN); // get EFBIG from write() instead of being killed
        rlimit limit{};
        limit.rlim_cur = limit.rlim_max = rlim_t(QByteArray(argv[3]).toLongLong());
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return 7;
        for (int written = 0; written < 1000000; written += 50) {
            if (!writeBatch(**session, batch->id, written, 50, 20000, &error)) {
                std::printf("stopped %s after %d\n", qPrintable(error), written);
                std::fflush(stdout);
                return 0;
            }
        }
        return 8; // never hit the limit
    }
    return 2;
}
