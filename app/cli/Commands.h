#pragma once

#include <QStringList>
#include <functional>

namespace sohoa::cli {

class CliContext;

// Exit statuses shared by every subcommand (SPEC §3).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitSomeInputsFailed = 3 };

struct Command {
    QString name;    // "store init", "extract", ...
    QString summary; // one line for --help
    std::function<int(CliContext&, const QStringList& args)> run;
};

// Each file of commands registers its own at start-up:
//   static const CommandRegistration registration(addMyCommands);
// so adding a command never means editing a shared list.
struct CommandRegistration {
    explicit CommandRegistration(void (*add)(QList<Command>&));
};
QList<Command> registeredCommands(); // sorted by name

// The reference registry's commands ("serve-registry ..."), names and
// summaries without `run`: sohoa-cli lists them and hands them to the
// sohoa-registry program, which runs them.
QList<Command> registryCommandList();

int runCommandLine(const QStringList& arguments);

} // namespace sohoa::cli
