// guichet-cli: the same core as the GUI, headless, for batch work, support and tests.
#include "command.h"

#include "buildinfo.h"
#include "core/i18n.h"
#include "core/logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSslSocket>

#include <cstdio>
#include <memory>

namespace guichet::cli {

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> all;
    return all;
}

QString usage()
{
    QString text =
        QCoreApplication::translate("guichet::cli",
                                    "Usage: guichet-cli COMMAND [ARGUMENTS] [--lang fr|nl|de|en]") +
        QLatin1Char('\n') + QLatin1Char('\n') +
        QCoreApplication::translate("guichet::cli", "Commands:") + QLatin1Char('\n');
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(10),
                         QCoreApplication::translate("guichet::cli", c.summary));
    text +=
        QLatin1Char('\n') +
        QCoreApplication::translate("guichet::cli", "Options: --help, --version, --lang LANGUAGE") +
        QLatin1Char('\n');
    return text;
}

// --lang is understood by every command: it sets the language of messages before anything runs.
QString languageFromArguments(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return QStringLiteral("en");
}
} // namespace

void registerCommand(const Command &command)
{
    registry().push_back(command);
}

const std::vector<Command> &commands()
{
    return registry();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("guichet::cli", text);
}

QString parseRemote(const QString &mapping, std::pair<std::string, QString> &remote)
{
    const int eq = mapping.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == mapping.size() - 1)
        return tr("--remote needs BASE_URI=DIR, got \"%1\"").arg(mapping);
    const QString dir = mapping.mid(eq + 1);
    if (!QFileInfo(dir).isDir())
        return tr("--remote: \"%1\" is not a folder").arg(dir);
    remote = {mapping.left(eq).toStdString(), dir};
    return {};
}

void printError(const QString &message)
{
    const QByteArray bytes = QStringLiteral("guichet-cli: %1\n").arg(message).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace guichet::cli

int main(int argc, char **argv)
{
    using namespace guichet::cli;
    guichet::logging::installRedactingMessageHandler();
    // stdout and stderr are the CLI's interface: only warnings and errors by default, the rest
    // on request (QT_LOGGING_RULES="guichet.*=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("guichet.*.debug=false\nguichet.*.info=false"));

    // Find the command before creating the application object: widget commands need a
    // QApplication, and run offscreen unless a platform was chosen.
    // A leading "--lang L" (or --lang=L) may come before the command.
    int commandIndex = 1;
    while (commandIndex < argc) {
        if (qstrcmp(argv[commandIndex], "--lang") == 0)
            commandIndex += 2;
        else if (qstrncmp(argv[commandIndex], "--lang=", 7) == 0)
            commandIndex += 1;
        else
            break;
    }
    const Command *command = nullptr;
    if (commandIndex < argc) {
        for (const Command &c : commands())
            if (qstrcmp(argv[commandIndex], c.name) == 0)
                command = &c;
    }
    // `--receipt FILE.pdf` renders a receipt with Qt WebEngine, which needs a GUI application
    // and shared OpenGL contexts set before it exists; other runs stay on a QCoreApplication and
    // never start Qt WebEngine.
    bool rendersReceipt = false;
    for (int i = commandIndex + 1; command && i < argc; ++i)
        rendersReceipt = rendersReceipt || qstrcmp(argv[i], "--receipt") == 0;
    const bool needsGui = command && (command->needsWidgets || rendersReceipt);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (rendersReceipt)
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);

    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-cli"));
    QCoreApplication::setOrganizationName(
        QString::fromLatin1(guichet::buildinfo::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(guichet::buildinfo::version));

    const QStringList allArgs = QCoreApplication::arguments().mid(1);
    const QString language = languageFromArguments(allArgs);
    // The command's own arguments keep a --lang that follows the command (validate reads it).
    QStringList args = allArgs.mid(qMin(commandIndex - 1, int(allArgs.size())));
    if (!guichet::i18n::setLanguage(language)) {
        printError(QCoreApplication::translate("guichet::cli",
                                               "unsupported language \"%1\" (use fr, nl, de or en)")
                       .arg(language));
        return ExitUsage;
    }

    if (args.isEmpty()) {
        printError(QCoreApplication::translate("guichet::cli", "no command given"));
        std::fputs(qPrintable(usage()), stderr);
        return ExitUsage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printOut(QStringLiteral("guichet-cli %1 (Qt %2, %3)\n")
                     .arg(QString::fromLatin1(guichet::buildinfo::version),
                          QString::fromLatin1(qVersion()),
                          QSslSocket::sslLibraryBuildVersionString()));
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    if (!command) {
        printError(QCoreApplication::translate("guichet::cli",
                                               "unknown command \"%1\"; see guichet-cli --help")
                       .arg(first));
        return ExitUsage;
    }
    return command->run(args.mid(1));
}
