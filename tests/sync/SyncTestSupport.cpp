#include "SyncTestSupport.h"

#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Outbox.h"
#include "core/sync/Protocol.h"
#include "core/workflow/Workflow.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <gtest/gtest.h>

namespace sohoa::test {

namespace {

const QByteArray kRegistryPassphrase = "registry passphrase for tests";

QByteArray pngOf(const QImage& image)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    image.save(&buf, "PNG");
    return bytes;
}

QByteArray pageImage(int i, bool big)
{
    if (big) {
        // Noise does not compress: a few MiB, more than one upload chunk.
        QImage noise(1400, 1100, QImage::Format_RGB32);
        QRandomGenerator rng{quint32(i)};
        for (int y = 0; y < noise.height(); ++y) {
            auto* line = reinterpret_cast<quint32*>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = rng.generate() | 0xff000000u;
        }
        return pngOf(noise);
    }
    QImage img(320, 120, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QPainter p(&img);
    p.drawText(10, 60, QStringLiteral("GIẤY KHAI SINH số %1").arg(i));
    p.end();
    return pngOf(img);
}

} // namespace

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

RegistryProcess::RegistryProcess(QStringList extraArgs)
    : m_extra(std::move(extraArgs))
{
    m_keyFile = m_dir.path() + QStringLiteral("/registry.pass");
    QFile f(m_keyFile);
    f.open(QIODevice::WriteOnly);
    f.write(kRegistryPassphrase + '\n');
    f.close();
    const ProcessResult init =
        runCli({QStringLiteral("serve-registry"), QStringLiteral("init"), QStringLiteral("--data"), dataDir(),
                QStringLiteral("--key-file"), m_keyFile, QStringLiteral("--kdf-profile"),
                QStringLiteral("interactive")});
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
}

RegistryProcess::~RegistryProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

qint64 RegistryProcess::pid() const
{
    return running() ? m_process->processId() : 0;
}

bool RegistryProcess::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool RegistryProcess::start(quint16 port)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOHOA_LANG"), QStringLiteral("en"));
    m_process->setProcessEnvironment(env);
    m_process->start(binaryPath(QStringLiteral("sohoa-cli")),
                     QStringList{QStringLiteral("serve-registry"), QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data"),
                                 dataDir(), QStringLiteral("--key-file"), m_keyFile,
                                 QStringLiteral("--json")} +
                         m_extra);
    if (!m_process->waitForStarted(20000))
        return false;
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
    }
    m_log += m_process->readAllStandardError();
    const QJsonObject o = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    m_url = o.value(QLatin1String("listening")).toString();
    m_port = quint16(o.value(QLatin1String("port")).toInt());
    if (m_url.isEmpty()) {
        ADD_FAILURE() << "registry did not start: " << out.toStdString() << m_log.toStdString();
        return false;
    }
    return true;
}

void RegistryProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_log += m_process->readAllStandardError();
}

bool RegistryProcess::restart()
{
    kill();
    return start(m_port);
}

std::unique_ptr<registry::RegistryStore> RegistryProcess::openStore() const
{
    auto s = registry::RegistryStore::open(dataDir(), kRegistryPassphrase);
    if (!s) {
        ADD_FAILURE() << "open registry: " << s.error().message.toStdString();
        return nullptr;
    }
    return std::move(*s);
}

registry::RegistryStats RegistryProcess::stats() const
{
    auto store = openStore();
    if (!store)
        return {};
    registry::RegistryService service(*store);
    auto s = service.stats();
    EXPECT_TRUE(s.ok());
    return s ? *s : registry::RegistryStats{};
}

QList<registry::StoredRecord> RegistryProcess::records() const
{
    auto store = openStore();
    if (!store)
        return {};
    registry::RegistryService service(*store);
    auto r = service.storedRecords();
    EXPECT_TRUE(r.ok());
    return r ? *r : QList<registry::StoredRecord>{};
}

QString RegistryProcess::enrolmentCode(const QString& office) const
{
    auto store = openStore();
    if (!store)
        return {};
    registry::RegistryService service(*store);
    auto code = service.issueEnrolmentCode(office, 1);
    EXPECT_TRUE(code.ok());
    return code ? *code : QString();
}

QMap<QString, QString> birthValues(int i, const QString& bookNumber)
{
    const int year = 2000 + (i % 20);
    const bool male = i % 2 == 0;
    const QString dob = QStringLiteral("%1-%2-%3")
                            .arg(year)
                            .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    // Hà Nội (001), century 2000s: 2 male / 3 female, two digits of the year, six of our own.
    const QString personalId = QStringLiteral("001%1%2%3")
                                   .arg(male ? 2 : 3)
                                   .arg(year % 100, 2, 10, QLatin1Char('0'))
                                   .arg(i % 1000000, 6, 10, QLatin1Char('0'));
    const QStringList given{QStringLiteral("AN"),   QStringLiteral("BÌNH"),  QStringLiteral("CHÂU"),
                            QStringLiteral("DŨNG"), QStringLiteral("GIANG"), QStringLiteral("HẠNH"),
                            QStringLiteral("KHOA"), QStringLiteral("LINH")};
    return {
        {QStringLiteral("registration_number"), QString::number(i)},
        {QStringLiteral("book_number"), bookNumber},
        {QStringLiteral("full_name"), QStringLiteral("NGUYỄN VĂN %1 %2").arg(given[i % given.size()]).arg(i)},
        {QStringLiteral("date_of_birth"), dob},
        {QStringLiteral("sex"), male ? QStringLiteral("male") : QStringLiteral("female")},
        {QStringLiteral("ethnicity"), QStringLiteral("Kinh")},
        {QStringLiteral("nationality"), QStringLiteral("Việt Nam")},
        {QStringLiteral("personal_id"), personalId},
        {QStringLiteral("registration_place"),
         QStringLiteral("Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội")},
        {QStringLiteral("registration_date"), QStringLiteral("%1-01-15").arg(year + 1)}};
}

SampleBatch makeApprovedBirths(TestStore& store, const QString& batchName, int n,
                               const SampleOptions& options)
{
    SampleBatch out;
    out.name = batchName;
    auto clerk = store.clerk();
    auto supervisor = store.supervisor();
    if (!clerk || !supervisor)
        return out;
    auto batch = batches::findOrCreateBatch(*clerk, batchName);
    EXPECT_TRUE(batch.ok());
    if (!batch)
        return out;
    out.batchId = batch->id;
    for (int k = 0; k < n; ++k) {
        const int i = options.firstNumber + k;
        batches::NewDocument doc;
        doc.batchId = batch->id;
        doc.sourceName = QStringLiteral("scan-%1.png").arg(i);
        doc.docType = QStringLiteral("birth");
        batches::NewPage page;
        page.imageData = pageImage(i, options.bigImageEvery > 0 && (k + 1) % options.bigImageEvery == 0);
        page.imageFormat = QStringLiteral("png");
        page.width = 320;
        page.height = 120;
        page.dpi = 150;
        doc.pages.append(page);
        qint64 docId = 0;
        {
            auto tx = store::Transaction::begin(clerk->db());
            auto id = batches::insertDocument(clerk->db(), doc, clerk->actor());
            EXPECT_TRUE(id.ok()) << (id ? "" : id.error().message.toStdString());
            if (!id)
                return out;
            docId = *id;
            EXPECT_TRUE(tx->commit().ok());
        }
        QMap<QString, QString> values = birthValues(i, options.bookNumber);
        for (auto it = options.fieldOverrides.begin(); it != options.fieldOverrides.end(); ++it)
            values.insert(it.key(), it.value());
        auto rid = workflow::createManualRecord(*clerk, batch->id, docId, 1, QStringLiteral("birth"), values);
        EXPECT_TRUE(rid.ok()) << (rid ? "" : rid.error().message.toStdString());
        if (!rid)
            return out;
        auto confirmed = workflow::confirmRecord(*clerk, *rid);
        EXPECT_TRUE(confirmed.ok()) << (confirmed ? "" : confirmed.error().message.toStdString());
        workflow::Decision decision;
        decision.acknowledgeWarnings = true;
        auto approved = workflow::approveRecord(*supervisor, *rid, decision);
        EXPECT_TRUE(approved.ok()) << (approved ? "" : approved.error().message.toStdString());
        if (!approved)
            return out;
        out.recordIds.append(*rid);
    }
    return out;
}

bool enrol(TestStore& store, RegistryProcess& registry, const QString& office)
{
    auto admin = store.admin();
    if (!admin)
        return false;
    QFile ca(registry.caFile());
    if (!ca.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "no CA file " << registry.caFile().toStdString();
        return false;
    }
    auto s = sync::enrolDevice(*admin, {registry.url(), registry.enrolmentCode(office), ca.readAll(),
                                        QStringLiteral("test device"), 20000});
    EXPECT_TRUE(s.ok()) << (s ? "" : s.error().message.toStdString());
    return s.ok();
}

DeliveryReport checkDelivery(TestStore& store, const RegistryProcess& registry)
{
    DeliveryReport report;
    auto session = store.supervisor();
    if (!session) {
        report.problems.append(QStringLiteral("cannot sign in"));
        return report;
    }
    records::RecordQuery q;
    q.state = records::RecordState::Approved;
    q.limit = 1000000;
    auto approved = records::queryRecords(session->db(), q);
    if (!approved) {
        report.problems.append(approved.error().message);
        return report;
    }
    QList<qint64> ids;
    for (const records::Record& r : *approved)
        ids.append(r.id);
    auto outbox = sync::outboxRecordsFor(session->db(), ids);
    if (!outbox) {
        report.problems.append(outbox.error().message);
        return report;
    }
    QMultiHash<QString, registry::StoredRecord> serverByKey;
    QHash<QString, registry::StoredRecord> serverById;
    for (const registry::StoredRecord& s : registry.records()) {
        serverByKey.insert(s.recordKey, s);
        serverById.insert(s.registryId, s);
    }
    QSet<QString> expectedKeys;
    for (const records::Record& r : *approved) {
        ++report.approved;
        const auto it = outbox->constFind(r.id);
        if (it == outbox->constEnd()) {
            report.problems.append(QStringLiteral("record %1 is approved but not in the outbox").arg(r.id));
            continue;
        }
        const sync::OutboxRecord& o = *it;
        if (o.state != sync::SyncState::Accepted) {
            if (o.state == sync::SyncState::Rejected || o.state == sync::SyncState::Conflict ||
                o.state == sync::SyncState::NeedsAttention) {
                if (o.lastMessage.isEmpty() || o.lastCode.isEmpty())
                    report.problems.append(QStringLiteral("record %1 is %2 without a reason")
                                               .arg(r.id)
                                               .arg(sync::syncStateName(o.state)));
                ++report.marked;
            } else {
                report.problems.append(QStringLiteral("record %1 is still %2: %3")
                                           .arg(r.id)
                                           .arg(sync::syncStateName(o.state), o.lastMessage));
            }
            continue;
        }
        ++report.accepted;
        const bool alreadyRegistered = o.answer.value(QLatin1String("already_registered")).toBool();
        const QList<registry::StoredRecord> held = serverByKey.values(o.recordKey);
        if (alreadyRegistered) {
            if (!serverById.contains(o.registryId))
                report.problems.append(QStringLiteral("record %1: registry id %2 unknown to the registry")
                                           .arg(r.id)
                                           .arg(o.registryId));
            continue;
        }
        expectedKeys.insert(o.recordKey);
        if (held.size() != 1) {
            report.problems.append(QStringLiteral("record %1 (key %2) is held %3 times by the registry")
                                       .arg(r.id)
                                       .arg(o.recordKey)
                                       .arg(held.size()));
            continue;
        }
        const registry::StoredRecord& s = held.front();
        if (s.registryId != o.registryId)
            report.problems.append(QStringLiteral("record %1: registry id %2 locally, %3 on the registry")
                                       .arg(r.id)
                                       .arg(o.registryId, s.registryId));
        if (s.fields != r.plainValues())
            report.problems.append(
                QStringLiteral("record %1: the registry holds different content").arg(r.id));
        QStringList pages;
        if (r.documentId) {
            auto docPages = batches::documentPages(session->db(), r.documentId);
            for (const auto& p : *docPages)
                pages.append(sync::protocol::contentHash(batches::loadPageImage(session->db(), p.id)->data));
        }
        if (s.pageHashes != pages)
            report.problems.append(
                QStringLiteral("record %1: the registry holds other page images").arg(r.id));
    }
    for (auto it = serverByKey.constBegin(); it != serverByKey.constEnd(); ++it)
        if (!expectedKeys.contains(it.key()))
            report.problems.append(
                QStringLiteral("the registry holds %1 (key %2), which the office did not have accepted")
                    .arg(it.value().registryId, it.key()));
    return report;
}

} // namespace sohoa::test
