#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

// guichet-cli's subcommands register themselves here, one file per command (cmd_<name>.cpp),
// so that adding a command touches no shared file.
namespace guichet::cli {

// Exit codes shared by every command (see docs/ARCHITECTURE.md and DESIGN.md's contract).
enum ExitCode : int
{
    ExitOk = 0,          // success, valid, accepted (A or W)
    ExitInvalid = 1,     // invalid or refused (B)
    ExitUsage = 2,       // bad arguments, unreadable file, unusable schema
    ExitWrongPin = 3,    //
    ExitPinLocked = 4,   //
    ExitAuthRefused = 5, // authentication refused by the server
    ExitUnreachable = 6, // server unreachable or timed out
    ExitPending = 7,     // still pending
    ExitDamaged = 8,     // damaged or tampered local data
};

struct Command
{
    const char *name;
    // One line for `guichet-cli --help`; marked with QT_TRANSLATE_NOOP("guichet::cli", ...).
    const char *summary;
    // Whether the command drives real widgets (QApplication, offscreen by default) rather than
    // running on a QCoreApplication.
    bool needsWidgets;
    // Receives the arguments after the command name. Prints results on stdout, messages on
    // stderr, and returns an ExitCode.
    int (*run)(const QStringList &args);
};

void registerCommand(const Command &command);
const std::vector<Command> &commands();

// Writes "guichet-cli: <message>" to stderr.
void printError(const QString &message);
// Writes the text to stdout as UTF-8, flushed.
void printOut(const QString &text);

// Translates a CLI message (context "guichet::cli", as lupdate reads QT_TRANSLATE_NOOP there).
QString tr(const char *text);

// Parses a --remote value "BASE_URI=DIR" into (base URI, existing folder). Returns an empty
// string on success, else the translated reason.
QString parseRemote(const QString &mapping, std::pair<std::string, QString> &remote);

struct Registrar
{
    explicit Registrar(const Command &command) { registerCommand(command); }
};

} // namespace guichet::cli

#define GUICHET_CLI_CONCAT2(a, b) a##b
#define GUICHET_CLI_CONCAT(a, b) GUICHET_CLI_CONCAT2(a, b)
// GUICHET_CLI_COMMAND("validate", QT_TRANSLATE_NOOP("guichet::cli", "..."), false, runValidate);
#define GUICHET_CLI_COMMAND(name, summary, needsWidgets, fn)                                       \
    static const guichet::cli::Registrar GUICHET_CLI_CONCAT(s_registrar_, __LINE__)(               \
        guichet::cli::Command{name, summary, needsWidgets, fn})
