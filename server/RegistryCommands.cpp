// serve-registry: the reference national registry (for tests and demonstrations),
// run by the sohoa-registry program (sohoa-cli hands these commands to it).
#include "CliContext.h"
#include "Commands.h"
#include "core/crypto/PasswordKdf.h"
#include "core/crypto/SecretBytes.h"
#include "server/registry/DemoCertificates.h"
#include "server/registry/RegistryServer.h"
#include "server/registry/RegistryService.h"
#include "server/registry/RegistryStore.h"
#include "server/registry/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSocketNotifier>
#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace sohoa::cli {

namespace {

void addDataOptions(QCommandLineParser& p)
{
    p.addOption(
        {QStringLiteral("data"), registry::Tr::tr("The registry's data folder."), registry::Tr::tr("DIR")});
    p.addOption(
        {QStringLiteral("key-file"),
         registry::Tr::tr(
             "File whose first line is the passphrase that encrypts the registry's data (or "
             "SOHOA_REGISTRY_KEY). Without it, a folder made by 'serve-registry' in demonstration mode uses "
             "its own DIR/registry.key."),
         registry::Tr::tr("FILE")});
    CliContext::addJsonOption(p);
}

QString demoKeyFile(const QString& dir)
{
    return dir + QStringLiteral("/registry.key");
}

Result<QByteArray> registryPassphrase(CliContext& ctx, const QCommandLineParser& p, const QString& dir)
{
    if (p.isSet(QStringLiteral("key-file")) || !qEnvironmentVariableIsEmpty("SOHOA_REGISTRY_KEY"))
        return ctx.readSecret(p.value(QStringLiteral("key-file")), "SOHOA_REGISTRY_KEY",
                              registry::Tr::tr("registry passphrase"));
    if (QFileInfo::exists(demoKeyFile(dir)))
        return ctx.readSecret(demoKeyFile(dir), "SOHOA_REGISTRY_KEY",
                              registry::Tr::tr("registry passphrase"));
    return makeError(
        QStringLiteral("usage.no_key"),
        registry::Tr::tr("Give the registry passphrase with --key-file FILE or SOHOA_REGISTRY_KEY."));
}

Result<std::unique_ptr<registry::RegistryStore>> openRegistry(CliContext& ctx, const QCommandLineParser& p)
{
    const QString dir = p.value(QStringLiteral("data"));
    if (dir.isEmpty())
        return makeError(QStringLiteral("usage.no_data"),
                         registry::Tr::tr("Give the registry's data folder with --data DIR."));
    auto pass = registryPassphrase(ctx, p, dir);
    if (!pass)
        return pass.error();
    return registry::RegistryStore::open(dir, std::move(*pass));
}

// --- serve-registry init

int registryInit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        registry::Tr::tr("Create the reference registry's encrypted data folder with fresh keys."));
    addDataOptions(p);
    p.addOption({QStringLiteral("name"), registry::Tr::tr("The registry's name shown to offices."),
                 registry::Tr::tr("NAME"), QStringLiteral("SoHoa reference registry")});
    p.addOption({QStringLiteral("kdf-profile"),
                 registry::Tr::tr("Passphrase hashing cost: interactive, moderate (default) or "
                                  "sensitive."),
                 registry::Tr::tr("PROFILE"), QStringLiteral("moderate")});
    if (int rc = ctx.parse(p, QStringLiteral("serve-registry init"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    const QString dir = p.value(QStringLiteral("data"));
    if (dir.isEmpty() || !p.isSet(QStringLiteral("key-file")))
        return ctx.usage(registry::Tr::tr("serve-registry init needs --data DIR and --key-file FILE."));
    auto kdf = crypto::KdfParams::fromProfileName(p.value(QStringLiteral("kdf-profile")));
    if (!kdf)
        return ctx.usage(kdf.error().message);
    auto pass = ctx.readSecret(p.value(QStringLiteral("key-file")), "SOHOA_REGISTRY_KEY",
                               registry::Tr::tr("registry passphrase"));
    if (!pass)
        return ctx.fail(pass.error(), json);
    if (auto r =
            registry::RegistryStore::create(dir, std::move(*pass), *kdf, p.value(QStringLiteral("name")));
        !r)
        return ctx.fail(r.error(), json);
    if (json)
        ctx.jsonLine({{QStringLiteral("data"), dir}, {QStringLiteral("created"), true}});
    else
        ctx.out(registry::Tr::tr("Registry data created in %1.\n").arg(dir));
    return ExitOk;
}

// --- serve-registry

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};
void onTerminate(int)
{
    const char c = 1;
    (void)!::write(g_signalPipe[0], &c, 1);
}
#endif

void addServeOptions(QCommandLineParser& p)
{
    addDataOptions(p);
    p.addOption({QStringLiteral("listen"),
                 registry::Tr::tr("Address and port to listen on (port 0: any free port)."),
                 registry::Tr::tr("HOST:PORT"), QStringLiteral("127.0.0.1:8443")});
    p.addOption({QStringLiteral("tls-cert"), registry::Tr::tr("PEM certificate (chain) of the server."),
                 registry::Tr::tr("FILE")});
    p.addOption({QStringLiteral("tls-key"), registry::Tr::tr("PEM private key of the server."),
                 registry::Tr::tr("FILE")});
    p.addOption({QStringLiteral("rate-limit"),
                 registry::Tr::tr("Requests per second allowed per device (0: no limit)."),
                 registry::Tr::tr("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("burst"),
                 registry::Tr::tr("Requests a device may send at once above the rate."),
                 registry::Tr::tr("N"), QStringLiteral("50")});
    p.addOption({QStringLiteral("max-body"), registry::Tr::tr("Largest request body accepted, in bytes."),
                 registry::Tr::tr("BYTES")});
    p.addOption({QStringLiteral("name"), registry::Tr::tr("The registry's name (for a new data folder)."),
                 registry::Tr::tr("NAME"), QStringLiteral("SoHoa reference registry")});
    p.addOption(
        {QStringLiteral("log"), registry::Tr::tr("Log one line per request on stderr (no personal data).")});
    p.addOption({QStringLiteral("max-connections"),
                 registry::Tr::tr("Connections open at once; more are closed."), registry::Tr::tr("N"),
                 QStringLiteral("128")});
    p.addOption(
        {QStringLiteral("header-timeout-ms"),
         registry::Tr::tr("Time allowed for the TLS handshake and for each request's head, in milliseconds."),
         registry::Tr::tr("MS"), QStringLiteral("15000")});
    p.addOption({QStringLiteral("idle-timeout-ms"),
                 registry::Tr::tr("A connection without traffic for this long is closed, in milliseconds."),
                 registry::Tr::tr("MS"), QStringLiteral("60000")});
    p.addOption({QStringLiteral("max-buffered"),
                 registry::Tr::tr(
                     "Request bodies announced and not yet received on all connections together, in bytes."),
                 registry::Tr::tr("BYTES"), QString::number(64ll << 20)});
    p.addOption({QStringLiteral("device-quota"),
                 registry::Tr::tr("Page-image bytes the registry stores for one device."),
                 registry::Tr::tr("BYTES"), QString::number(64ll << 30)});
    p.addOption({QStringLiteral("upload-max-age-hours"),
                 registry::Tr::tr("Uploads not finished after this many hours are deleted."),
                 registry::Tr::tr("HOURS"), QStringLiteral("168")});
}

// --listen HOST:PORT: an IP address (IPv6 in brackets) or localhost, and a port; false when not.
bool parseListen(const QString& listen, QHostAddress* address, int* port)
{
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    *port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    *address = QHostAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    return portOk && *port >= 0 && *port <= 65535 && !address->isNull();
}

// A data folder that does not exist yet: created, with the passphrase given, or else a random one
// written beside it (demonstration mode).
Result<void> createRegistryFolder(CliContext& ctx, const QCommandLineParser& p, const QString& dir)
{
    QByteArray pass;
    if (p.isSet(QStringLiteral("key-file")) || !qEnvironmentVariableIsEmpty("SOHOA_REGISTRY_KEY")) {
        SOHOA_TRY_ASSIGN(pass, registryPassphrase(ctx, p, dir));
    } else {
        if (!QDir().mkpath(dir))
            return makeError(QStringLiteral("registry.cannot_write"),
                             registry::Tr::tr("Cannot create %1.").arg(dir));
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(random.data()),
                                             reinterpret_cast<quint32*>(random.data() + random.size()));
        pass = random.toBase64();
        crypto::wipe(random);
        QSaveFile keyFile(demoKeyFile(dir));
        if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(pass + '\n') != pass.size() + 1 ||
            !keyFile.commit())
            return makeError(QStringLiteral("registry.cannot_write"),
                             registry::Tr::tr("Cannot write %1.").arg(demoKeyFile(dir)));
        QFile::setPermissions(demoKeyFile(dir), QFile::ReadOwner | QFile::WriteOwner);
        ctx.err(registry::Tr::tr("Demonstration mode: the registry's passphrase was written to %1, "
                                 "beside the data. A real "
                                 "registry keeps it elsewhere (--key-file on another medium).\n")
                    .arg(demoKeyFile(dir)));
    }
    SOHOA_TRY(registry::RegistryStore::create(dir, pass, crypto::KdfParams::interactive(),
                                              p.value(QStringLiteral("name"))));
    crypto::wipe(pass);
    return {};
}

registry::ServerOptions serverOptions(const QCommandLineParser& p, const QHostAddress& address, int port)
{
    registry::ServerOptions options;
    options.address = address;
    options.port = quint16(port);
    options.requestsPerSecond = p.value(QStringLiteral("rate-limit")).toDouble();
    options.burst = qMax(1, p.value(QStringLiteral("burst")).toInt());
    options.maxBodyBytes = p.value(QStringLiteral("max-body")).toLongLong();
    options.logRequests = p.isSet(QStringLiteral("log"));
    options.maxConnections = qMax(1, p.value(QStringLiteral("max-connections")).toInt());
    options.headerTimeoutMs = qMax(100, p.value(QStringLiteral("header-timeout-ms")).toInt());
    options.idleTimeoutMs = qMax(100, p.value(QStringLiteral("idle-timeout-ms")).toInt());
    options.maxBufferedBytes = qMax<qint64>(1, p.value(QStringLiteral("max-buffered")).toLongLong());
    options.deviceQuotaBytes = qMax<qint64>(0, p.value(QStringLiteral("device-quota")).toLongLong());
    options.uploadMaxAgeSeconds =
        qMax<qint64>(60, qint64(p.value(QStringLiteral("upload-max-age-hours")).toDouble() * 3600));
    return options;
}

int serveRegistry(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(registry::Tr::tr(
        "Run the reference national registry (civil-status and land endpoints) over HTTPS, for tests and "
        "demonstrations. Its data folder is encrypted (SQLCipher). A folder that does not exist yet is "
        "created: "
        "with --key-file the passphrase comes from that file; without it a random passphrase is written to "
        "DIR/registry.key (demonstration mode: the key then sits beside the data). Without "
        "--tls-cert/--tls-key "
        "a demonstration CA and certificate are made in DIR/tls with openssl; offices pin DIR/tls/ca.pem. "
        "Stops "
        "on SIGTERM or Ctrl+C.\n\nOther commands: serve-registry init, enrol-code, import, stats, records, "
        "devices, revoke-device, accept-history."));
    addServeOptions(p);
    if (int rc = ctx.parse(p, QStringLiteral("serve-registry"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    const QString dir = p.value(QStringLiteral("data"));
    if (dir.isEmpty())
        return ctx.usage(registry::Tr::tr("serve-registry needs --data DIR."));
    QHostAddress address;
    int port = -1;
    if (!parseListen(p.value(QStringLiteral("listen")), &address, &port))
        return ctx.usage(registry::Tr::tr(
            "--listen needs HOST:PORT with an IP address or localhost, e.g. 127.0.0.1:8443."));

    if (!registry::RegistryStore::exists(dir))
        if (auto made = createRegistryFolder(ctx, p, dir); !made)
            return ctx.fail(made.error(), json);
    auto store = openRegistry(ctx, p);
    if (!store)
        return ctx.fail(store.error(), json);

    registry::ServerOptions options = serverOptions(p, address, port);
    QString pin;
    if (p.isSet(QStringLiteral("tls-cert")) || p.isSet(QStringLiteral("tls-key"))) {
        options.certificateFile = p.value(QStringLiteral("tls-cert"));
        options.privateKeyFile = p.value(QStringLiteral("tls-key"));
    } else {
        auto tls = registry::ensureDemoCertificates(dir, {address.toString()});
        if (!tls)
            return ctx.fail(tls.error(), json);
        options.certificateFile = tls->certificate;
        options.privateKeyFile = tls->privateKey;
        pin = QFileInfo(tls->caCertificate).absoluteFilePath();
    }
#ifdef __GLIBC__
    // Every upload passes through several multi-MiB buffers (TLS, HTTP, SQL).
    // With glibc's adaptive defaults each one is mapped or grown afresh and its
    // pages faulted in again (a sixth of the server's CPU time, measured); a
    // fixed threshold keeps such buffers in the heap for reuse, at the cost of
    // up to 64 MiB of freed memory kept by this process.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    registry::RegistryServer server(**store, options);
    auto bound = server.start();
    if (!bound)
        return ctx.fail(bound.error(), json);
    const QString hostText = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                 : address.toString();
    const QString url = QStringLiteral("https://%1:%2").arg(hostText).arg(*bound);
    if (json)
        ctx.jsonLine({{QStringLiteral("listening"), url},
                      {QStringLiteral("port"), int(*bound)},
                      {QStringLiteral("ca"), pin.isEmpty() ? QJsonValue() : QJsonValue(pin)},
                      {QStringLiteral("data"), QFileInfo(dir).absoluteFilePath()},
                      {QStringLiteral("pid"), double(QCoreApplication::applicationPid())}});
    else
        ctx.out(
            registry::Tr::tr("SoHoa reference registry listening on %1\n").arg(url) +
            (pin.isEmpty() ? QString() : registry::Tr::tr("Offices pin the CA certificate %1\n").arg(pin)));

#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onTerminate);
        std::signal(SIGINT, onTerminate);
    }
#endif
    QCoreApplication::exec();
    ctx.err(registry::Tr::tr("Registry stopped after %1 requests.\n").arg(server.requestsHandled()));
    return ExitOk;
}

// --- administration

// What every administration command opens with: its options (--data, --key-file, --json and its
// own), parsing, the options it cannot do without, and the registry opened.
class RegistryCommand {
public:
    RegistryCommand(CliContext& ctx, QString name, const QString& description)
        : m_ctx(ctx)
        , m_name(std::move(name))
    {
        m_parser.setApplicationDescription(description);
        addDataOptions(m_parser);
    }
    QCommandLineParser& options() { return m_parser; }
    QString value(const QString& option) const { return m_parser.value(option); }
    bool json() const { return m_json; }

    // -1 to go on, or the exit status to return: after --help, a usage error, or when one of
    // the required options is missing (then usage is the message).
    int parse(const QStringList& args, const QStringList& required = {}, const QString& usage = {})
    {
        if (int rc = m_ctx.parse(m_parser, m_name, args); rc >= 0)
            return rc;
        m_json = m_parser.isSet(QStringLiteral("json"));
        for (const QString& option : required)
            if (!m_parser.isSet(option))
                return m_ctx.usage(usage);
        return -1;
    }

    // The registry's service; null after reporting why not (then return exitCode()).
    registry::RegistryService* open()
    {
        auto store = openRegistry(m_ctx, m_parser);
        if (!store) {
            m_exitCode = fail(store.error());
            return nullptr;
        }
        m_store = std::move(*store);
        m_service = std::make_unique<registry::RegistryService>(*m_store);
        return m_service.get();
    }
    int exitCode() const { return m_exitCode; }
    int fail(const Error& error) { return m_ctx.fail(error, m_json); }

private:
    CliContext& m_ctx;
    QString m_name;
    QCommandLineParser m_parser;
    bool m_json = false;
    int m_exitCode = ExitOk;
    std::unique_ptr<registry::RegistryStore> m_store;
    std::unique_ptr<registry::RegistryService> m_service;
};

int enrolCode(CliContext& ctx, const QStringList& args)
{
    RegistryCommand cmd(
        ctx, QStringLiteral("serve-registry enrol-code"),
        registry::Tr::tr("Issue a one-time enrolment code for an office's device. Give it to the "
                         "office; its administrator runs 'sohoa-cli sync enrol' with it."));
    cmd.options().addOption({QStringLiteral("office"),
                             registry::Tr::tr("The office (commune) the code is for."),
                             registry::Tr::tr("NAME")});
    cmd.options().addOption({QStringLiteral("valid-hours"),
                             registry::Tr::tr("How long the code can be used."), registry::Tr::tr("HOURS"),
                             QStringLiteral("72")});
    if (int rc = cmd.parse(args, {QStringLiteral("office")},
                           registry::Tr::tr("serve-registry enrol-code needs --office NAME."));
        rc >= 0)
        return rc;
    registry::RegistryService* service = cmd.open();
    if (!service)
        return cmd.exitCode();
    auto code = service->issueEnrolmentCode(cmd.value(QStringLiteral("office")),
                                            cmd.value(QStringLiteral("valid-hours")).toInt());
    if (!code)
        return cmd.fail(code.error());
    if (cmd.json())
        ctx.jsonLine({{QStringLiteral("code"), *code},
                      {QStringLiteral("office"), cmd.value(QStringLiteral("office"))}});
    else
        ctx.out(*code + QLatin1Char('\n'));
    return ExitOk;
}

int importPackage(CliContext& ctx, const QStringList& args)
{
    RegistryCommand cmd(
        ctx, QStringLiteral("serve-registry import"),
        registry::Tr::tr("Import an office's offline package (from removable media) and write the "
                         "signed receipt to carry back. Importing the same package again writes "
                         "the same receipt and changes nothing."));
    cmd.options().addOption(
        {QStringLiteral("package"), registry::Tr::tr("The package file."), registry::Tr::tr("FILE")});
    cmd.options().addOption({QStringLiteral("receipt-out"), registry::Tr::tr("Where to write the receipt."),
                             registry::Tr::tr("FILE")});
    if (int rc =
            cmd.parse(args, {QStringLiteral("package"), QStringLiteral("receipt-out")},
                      registry::Tr::tr("serve-registry import needs --package FILE and --receipt-out FILE."));
        rc >= 0)
        return rc;
    registry::RegistryService* service = cmd.open();
    if (!service)
        return cmd.exitCode();
    auto receipt = service->importPackage(cmd.value(QStringLiteral("package")));
    if (!receipt)
        return cmd.fail(receipt.error());
    QSaveFile out(cmd.value(QStringLiteral("receipt-out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(*receipt) != receipt->size() || !out.commit())
        return cmd.fail(
            makeError(QStringLiteral("receipt.cannot_write"),
                      registry::Tr::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString())));
    if (cmd.json())
        ctx.jsonLine({{QStringLiteral("receipt"), out.fileName()},
                      {QStringLiteral("bytes"), double(receipt->size())}});
    else
        ctx.out(registry::Tr::tr("Receipt written to %1.\n").arg(out.fileName()));
    return ExitOk;
}

int registryStats(CliContext& ctx, const QStringList& args)
{
    RegistryCommand cmd(ctx, QStringLiteral("serve-registry stats"),
                        registry::Tr::tr("Counts of the registry: devices, records, answers, and how often "
                                         "something was received twice (deduplicated)."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    registry::RegistryService* service = cmd.open();
    if (!service)
        return cmd.exitCode();
    auto s = service->stats();
    if (!s)
        return cmd.fail(s.error());
    if (cmd.json()) {
        ctx.jsonLine(s->toJson());
    } else {
        const QJsonObject o = s->toJson();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            ctx.out(QStringLiteral("%1: %2\n").arg(it.key()).arg(it.value().toDouble()));
    }
    return ExitOk;
}

int registryRecords(CliContext& ctx, const QStringList& args)
{
    RegistryCommand cmd(ctx, QStringLiteral("serve-registry records"),
                        registry::Tr::tr("List the records the registry holds (JSON Lines with --json)."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    registry::RegistryService* service = cmd.open();
    if (!service)
        return cmd.exitCode();
    auto records = service->storedRecords();
    if (!records)
        return cmd.fail(records.error());
    for (const registry::StoredRecord& r : *records) {
        if (cmd.json())
            ctx.jsonLine({{QStringLiteral("registry_id"), r.registryId},
                          {QStringLiteral("registry"), r.registry},
                          {QStringLiteral("type"), r.type},
                          {QStringLiteral("key"), r.recordKey},
                          {QStringLiteral("device_id"), r.deviceId},
                          {QStringLiteral("batch_key"), r.batchKey},
                          {QStringLiteral("channel"), r.channel},
                          {QStringLiteral("version"), r.version},
                          {QStringLiteral("fields"), r.fields},
                          {QStringLiteral("pages"), QJsonArray::fromStringList(r.pageHashes)}});
        else
            ctx.out(QStringLiteral("%1  %2  %3  %4\n").arg(r.registryId, r.type, r.deviceId, r.channel));
    }
    return ExitOk;
}

int registryDevices(CliContext& ctx, const QStringList& args)
{
    RegistryCommand cmd(ctx, QStringLiteral("serve-registry devices"),
                        registry::Tr::tr("List the enrolled devices."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    registry::RegistryService* service = cmd.open();
    if (!service)
        return cmd.exitCode();
    auto devices = service->devices();
    if (!devices)
        return cmd.fail(devices.error());
    for (const registry::Device& d : *devices) {
        if (cmd.json())
            ctx.jsonLine({{QStringLiteral("device_id"), d.id},
                          {QStringLiteral("office"), d.office},
                          {QStringLiteral("name"), d.name},
                          {QStringLiteral("enrolled_at"), d.enrolledAt},
                          {QStringLiteral("revoked"), d.revoked}});
        else
            ctx.out(
                QStringLiteral("%1  %2  %3%4\n")
                    .arg(d.id, d.office, d.name, d.revoked ? registry::Tr::tr("  (revoked)") : QString()));
    }
    return ExitOk;
}

// revoke-device and accept-history: one change to one device (--device ID), reported as done.
int deviceChange(CliContext& ctx, const QStringList& args, RegistryCommand& cmd, const QString& usage,
                 const std::function<Result<void>(registry::RegistryService&, const QString&)>& change,
                 const QString& jsonKey, const QString& doneText)
{
    cmd.options().addOption(
        {QStringLiteral("device"), registry::Tr::tr("The device id."), registry::Tr::tr("ID")});
    if (int rc = cmd.parse(args, {QStringLiteral("device")}, usage); rc >= 0)
        return rc;
    registry::RegistryService* service = cmd.open();
    if (!service)
        return cmd.exitCode();
    const QString device = cmd.value(QStringLiteral("device"));
    if (auto r = change(*service, device); !r)
        return cmd.fail(r.error());
    if (cmd.json())
        ctx.jsonLine({{QStringLiteral("device_id"), device}, {jsonKey, true}});
    else
        ctx.out(doneText.arg(device));
    return ExitOk;
}

int revokeDevice(CliContext& ctx, const QStringList& args)
{
    RegistryCommand cmd(
        ctx, QStringLiteral("serve-registry revoke-device"),
        registry::Tr::tr("Revoke a device: its requests and packages are refused from now on."));
    return deviceChange(
        ctx, args, cmd, registry::Tr::tr("serve-registry revoke-device needs --device ID."),
        [](registry::RegistryService& service, const QString& device) {
            return service.revokeDevice(device);
        },
        QStringLiteral("revoked"), registry::Tr::tr("Device %1 revoked.\n"));
}

int acceptHistory(CliContext& ctx, const QStringList& args)
{
    RegistryCommand cmd(
        ctx, QStringLiteral("serve-registry accept-history"),
        registry::Tr::tr(
            "Accept a device's audit trail after the registry refused it as rewritten, once the office "
            "has explained why (for example a store restored from a backup): the heads it anchored are "
            "forgotten and its next sync anchors afresh."));
    return deviceChange(
        ctx, args, cmd, registry::Tr::tr("serve-registry accept-history needs --device ID."),
        [](registry::RegistryService& service, const QString& device) {
            return service.acceptNewHistory(device);
        },
        QStringLiteral("history_accepted"),
        registry::Tr::tr("Device %1: its audit trail will be anchored afresh at its next sync.\n"));
}

void addRegistryCommands(QList<Command>& out)
{
    const QHash<QString, std::function<int(CliContext&, const QStringList&)>> runs{
        {QStringLiteral("serve-registry"), serveRegistry},
        {QStringLiteral("serve-registry init"), registryInit},
        {QStringLiteral("serve-registry enrol-code"), enrolCode},
        {QStringLiteral("serve-registry import"), importPackage},
        {QStringLiteral("serve-registry stats"), registryStats},
        {QStringLiteral("serve-registry records"), registryRecords},
        {QStringLiteral("serve-registry devices"), registryDevices},
        {QStringLiteral("serve-registry revoke-device"), revokeDevice},
        {QStringLiteral("serve-registry accept-history"), acceptHistory},
    };
    for (Command c : registryCommandList()) {
        c.run = runs.value(c.name);
        Q_ASSERT(c.run);
        out.append(c);
    }
}

const CommandRegistration registration(addRegistryCommands);

} // namespace

} // namespace sohoa::cli
