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

// Each file of commands adds its own.
void addStoreCommands(QList<Command>& out);
void addUserCommands(QList<Command>& out);
void addAuditCommands(QList<Command>& out);

int runCommandLine(const QStringList& arguments);

} // namespace sohoa::cli
