#include "CliContext.h"

#include "Commands.h"
#include "Tr.h"
#include "core/crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace sohoa::cli {

namespace {

void writeTo(std::FILE* f, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), f);
    std::fflush(f);
}

} // namespace

void CliContext::out(const QString& text)
{
    writeTo(stdout, text);
}

void CliContext::err(const QString& text)
{
    writeTo(stderr, text);
}

void CliContext::jsonLine(const QJsonObject& object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

void CliContext::addJsonOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON (Lines) for programs.")});
}

void CliContext::addKdfOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("kdf-profile"),
                      Tr::tr("Password hashing cost: interactive, moderate (default) or sensitive."),
                      Tr::tr("PROFILE"), QStringLiteral("moderate")});
}

void CliContext::addStoreOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("store"), Tr::tr("The store folder (or SOHOA_STORE)."), Tr::tr("PATH")});
    parser.addOption(
        {QStringLiteral("user"), Tr::tr("Account to sign in as (or SOHOA_USER)."), Tr::tr("NAME")});
    parser.addOption({QStringLiteral("password-file"),
                      Tr::tr("File whose first line is the password; '-' reads stdin (or SOHOA_PASSWORD)."),
                      Tr::tr("FILE")});
    addJsonOption(parser);
}

int CliContext::parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("sohoa-cli ") + command} + args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        // Qt names the program by its path ("Usage: build/app/cli/sohoa-cli
        // [options]"); the user typed "sohoa-cli COMMAND".
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        QString usageLine = text.left(lineEnd);
        usageLine.replace(QCoreApplication::arguments().value(0), QStringLiteral("sohoa-cli ") + command);
        text = usageLine + text.mid(lineEnd);
        out(text);
        return ExitOk;
    }
    m_json = parser.optionNames().contains(QStringLiteral("json"));
    return -1;
}

QString CliContext::storePath(const QCommandLineParser& parser)
{
    QString path = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : QString();
    if (path.isEmpty())
        path = qEnvironmentVariable("SOHOA_STORE");
    return path;
}

Result<QByteArray> CliContext::readSecret(const QString& file, const char* envVar, const QString& what)
{
    if (file.isEmpty()) {
        QByteArray v = qgetenv(envVar);
        if (v.isEmpty())
            return makeError(
                QStringLiteral("usage.no_password"),
                Tr::tr("No %1 given: use the file option or set %2.").arg(what, QString::fromLatin1(envVar)));
        return v;
    }
    QFile f;
    bool opened = false;
    if (file == QLatin1String("-"))
        opened = f.open(stdin, QIODevice::ReadOnly);
    else {
        f.setFileName(file);
        opened = f.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return makeError(QStringLiteral("usage.no_password"),
                         Tr::tr("Cannot read the %1 from %2: %3").arg(what, file, f.errorString()));
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return makeError(QStringLiteral("usage.no_password"),
                         Tr::tr("The %1 file %2 is empty.").arg(what, file));
    return line;
}

Result<std::unique_ptr<accounts::Session>> CliContext::signIn(const QCommandLineParser& parser)
{
    const QString store = storePath(parser);
    if (store.isEmpty())
        return makeError(QStringLiteral("usage.no_store"),
                         Tr::tr("No store given: use --store PATH or set SOHOA_STORE."));
    QString user = parser.value(QStringLiteral("user"));
    if (user.isEmpty())
        user = qEnvironmentVariable("SOHOA_USER");
    if (user.isEmpty())
        return makeError(QStringLiteral("usage.no_user"),
                         Tr::tr("No account given: use --user NAME or set SOHOA_USER."));
    auto password =
        readSecret(parser.value(QStringLiteral("password-file")), "SOHOA_PASSWORD", Tr::tr("password"));
    if (!password)
        return password.error();
    const auto announceUpgrade = [this](int from, int to) {
        err(Tr::tr("Updating the store from schema %1 to %2. This happens once; a large store takes a few "
                   "minutes...\n")
                .arg(from)
                .arg(to));
    };
    return accounts::Session::signIn(store, user, std::move(*password), announceUpgrade);
}

int CliContext::fail(const Error& error, bool json)
{
    if (json)
        jsonLine({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                        {QStringLiteral("message"), error.message}}}});
    err(QStringLiteral("sohoa-cli: ") + error.message + QLatin1Char('\n'));
    return error.code.startsWith(QLatin1String("usage.")) ? ExitUsage : ExitFailure;
}

int CliContext::usage(const QString& message)
{
    err(QStringLiteral("sohoa-cli: ") + message + QLatin1Char('\n') + Tr::tr("Run with --help for usage.\n"));
    return ExitUsage;
}

StoreCommand::StoreCommand(CliContext& ctx, QString name, const QString& description)
    : m_ctx(ctx)
    , m_name(std::move(name))
    , m_exitCode(ExitFailure)
{
    if (!description.isEmpty())
        m_parser.setApplicationDescription(description);
    CliContext::addStoreOptions(m_parser);
}

StoreCommand::~StoreCommand() = default;

int StoreCommand::parse(const QStringList& args)
{
    const int rc = m_ctx.parse(m_parser, m_name, args);
    m_json = m_parser.isSet(QStringLiteral("json"));
    return rc;
}

accounts::Session* StoreCommand::signIn(std::optional<accounts::Permission> permission)
{
    auto session = m_ctx.signIn(m_parser);
    if (!session) {
        m_exitCode = fail(session.error());
        return nullptr;
    }
    if (permission) {
        if (auto allowed = (*session)->require(*permission); !allowed) {
            m_exitCode = fail(allowed.error());
            return nullptr;
        }
    }
    m_session = std::move(*session);
    return m_session.get();
}

int StoreCommand::fail(const Error& error)
{
    return m_ctx.fail(error, m_json);
}

} // namespace sohoa::cli
