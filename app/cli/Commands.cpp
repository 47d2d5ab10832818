#include "Commands.h"

#include "CliContext.h"
#include "Tr.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <algorithm>

namespace sohoa::cli {

namespace {

QList<void (*)(QList<Command>&)>& registrations()
{
    static QList<void (*)(QList<Command>&)> list;
    return list;
}

void printUsage(CliContext& ctx, const QList<Command>& commands)
{
    QString text = Tr::tr("SoHoa %1 - digitise civil-status books and land certificates offline.\n\n"
                          "Usage: sohoa-cli COMMAND [OPTIONS] [ARGS]\n\nCommands:\n")
                       .arg(QStringLiteral(SOHOA_VERSION));
    // The longest name sets the column, so no name runs into its summary.
    qsizetype width = 0;
    for (const Command& c : commands)
        width = qMax(width, c.name.size());
    for (const Command& c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c.name, -int(width)).arg(c.summary);
    text += Tr::tr("\nCommon options:\n"
                   "  --store PATH           the store folder\n"
                   "  --user NAME            account to sign in as (or SOHOA_USER)\n"
                   "  --password-file FILE   file whose first line is the password, '-' for stdin\n"
                   "                         (or SOHOA_PASSWORD)\n"
                   "  --json                 JSON (Lines) output for programs\n"
                   "  --lang vi|en           language of messages (default vi, or SOHOA_LANG)\n\n"
                   "Exit status: 0 success, 1 failure, 2 usage error, 3 some inputs could not be read.\n"
                   "'sohoa-cli COMMAND --help' describes a command.\n");
    ctx.out(text);
}

} // namespace

CommandRegistration::CommandRegistration(void (*add)(QList<Command>&))
{
    registrations().append(add);
}

QList<Command> registeredCommands()
{
    QList<Command> commands;
    for (auto add : registrations())
        add(commands);
    std::sort(commands.begin(), commands.end(),
              [](const Command& a, const Command& b) { return a.name < b.name; });
    return commands;
}

int runCommandLine(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    // --lang is global and may stand anywhere.
    QString lang;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            lang = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    i18n::installTranslations(*QCoreApplication::instance(), lang);

    CliContext ctx;
    const QList<Command> commands = registeredCommands();
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h") ||
        args.front() == QLatin1String("help")) {
        printUsage(ctx, commands);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.front() == QLatin1String("--version") || args.front() == QLatin1String("-V") ||
        args.front() == QLatin1String("version")) {
        ctx.out(QStringLiteral("sohoa-cli %1\n").arg(QStringLiteral(SOHOA_VERSION)));
        return ExitOk;
    }
    // Longest match first: "store init" before "store".
    const Command* best = nullptr;
    int bestWords = 0;
    for (const Command& c : commands) {
        const QStringList words = c.name.split(QLatin1Char(' '));
        if (words.size() <= args.size() && args.mid(0, words.size()) == words && words.size() > bestWords) {
            best = &c;
            bestWords = int(words.size());
        }
    }
    if (!best) {
        ctx.err(Tr::tr("Unknown command '%1'. Run 'sohoa-cli --help' for the list.\n").arg(args.front()));
        return ExitUsage;
    }
    return best->run(ctx, args.mid(bestWords));
}

} // namespace sohoa::cli
