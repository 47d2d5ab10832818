#pragma once

#include "TestSupport.h"
#include "server/registry/RegistryService.h"
#include "server/registry/RegistryStore.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace sohoa::test {

// The reference registry as a real process (sohoa-cli serve-registry) on
// 127.0.0.1 with an encrypted data folder and demonstration TLS certificates.
class RegistryProcess {
public:
    explicit RegistryProcess(QStringList extraArgs = {});
    ~RegistryProcess();

    bool start(quint16 port = 0); // waits until it listens
    void kill();                  // SIGKILL, as a crash or a power cut of the server process
    bool restart();               // on the same port
    bool running() const;
    qint64 pid() const; // of the server process (0 when not running)

    QString url() const { return m_url; }
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/registry"); }
    QString keyFile() const { return m_keyFile; }
    QString caFile() const { return dataDir() + QStringLiteral("/tls/ca.pem"); }
    QString certFile() const { return dataDir() + QStringLiteral("/tls/cert.pem"); }
    QString tlsKeyFile() const { return dataDir() + QStringLiteral("/tls/key.pem"); }
    QByteArray serverLog() const { return m_log; }

    // Views of its store, opened afresh (the server may be running).
    std::unique_ptr<registry::RegistryStore> openStore() const;
    registry::RegistryStats stats() const;
    QList<registry::StoredRecord> records() const;
    QString enrolmentCode(const QString& office = QStringLiteral("UBND phường Hoàn Kiếm")) const;

private:
    QTemporaryDir m_dir;
    QString m_keyFile;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_url;
    QByteArray m_log;
};

struct SampleBatch {
    QString name;
    qint64 batchId = 0;
    QList<qint64> recordIds;
};

struct SampleOptions {
    int firstNumber = 1;   // registration numbers count up from here
    int bigImageEvery = 0; // every Nth record gets a page image of several MiB (chunked upload)
    QString bookNumber = QStringLiteral("01/2015");
    QMap<QString, QString> fieldOverrides; // replace these values in every record
};

// Sample records whose registration numbers count up from `first`.
inline SampleOptions numberedFrom(int first)
{
    SampleOptions o;
    o.firstNumber = first;
    return o;
}

// n approved birth records, each on its own one-page document (a distinct PNG),
// created through the real workflow (clerk keys and confirms, supervisor approves).
SampleBatch makeApprovedBirths(TestStore& store, const QString& batchName, int n,
                               const SampleOptions& options = {});
// Valid values for one birth record number i (a distinct person).
QMap<QString, QString> birthValues(int i, const QString& bookNumber = QStringLiteral("01/2015"));

// Enrols the store's device with the registry (as admin); false on failure (with a test failure).
bool enrol(TestStore& store, RegistryProcess& registry,
           const QString& office = QStringLiteral("UBND phường Hoàn Kiếm"));

// Every approved record of the store either accepted exactly once by the
// registry with the same content and pages, or clearly marked with the
// registry's (or the network's) reason; nothing on the registry that the
// office did not send; no record twice.
struct DeliveryReport {
    int approved = 0;
    int accepted = 0;
    int marked = 0;
    QStringList problems;
};
DeliveryReport checkDelivery(TestStore& store, const RegistryProcess& registry);

// A free TCP port on 127.0.0.1 (bound, read, released).
quint16 freePort();

} // namespace sohoa::test
