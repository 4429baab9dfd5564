// guichet-cli login --server URL [--data-dir DIR] [--module PATH] [--token LABEL] [--pin-stdin]
#include "command.h"
#include "portalsession.h"

#include <QJsonDocument>

namespace guichet::cli {
namespace {

int runLogin(QStringList args)
{
    PortalOptions options;
    if (const QString problem = takePortalOptions(args, options); !problem.isEmpty()) {
        printError(problem);
        return ExitUsage;
    }
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            ++i;
            continue;
        }
        printError(tr("usage: guichet-cli login --server URL [--data-dir DIR] [--module PATH] "
                      "[--token LABEL] [--pin-stdin]"));
        return ExitUsage;
    }
    PortalSession session;
    if (const int rc = openPortalSession(options, session); rc != ExitOk)
        return rc;
    printOut(
        QString::fromUtf8(QJsonDocument(session.signIn.identity).toJson(QJsonDocument::Compact)) +
        QLatin1Char('\n'));
    return ExitOk;
}

int run(const QStringList &args)
{
    return runLogin(args);
}

} // namespace

GUICHET_CLI_COMMAND("login",
                    QT_TRANSLATE_NOOP("guichet::cli",
                                      "sign in with the eID card and print who the portal says "
                                      "you are"),
                    false, run);

} // namespace guichet::cli
