// guichet-cli demo init --data-dir DIR [--key ec|rsa]: the demo PKI, token and trust settings.
#include "command.h"

#include "core/eid/demosetup.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::cli {
namespace {

int runDemo(const QStringList &args)
{
    const QString usageText =
        tr("usage: guichet-cli demo init --data-dir DIR [--key ec|rsa] [--pin PIN] "
           "[--national-number NN] [--given-name NAME] [--surname NAME]");
    if (args.isEmpty() || args.first() != QLatin1String("init")) {
        printError(usageText);
        return ExitUsage;
    }
    QString dir;
    eid::DemoOptions options;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--data-dir") && i + 1 < args.size()) {
            dir = args[++i];
        } else if (a == QLatin1String("--key") && i + 1 < args.size()) {
            const QString key = args[++i];
            if (key == QLatin1String("rsa")) {
                options.keyType = eid::KeyType::Rsa2048;
            } else if (key != QLatin1String("ec")) {
                printError(usageText);
                return ExitUsage;
            }
        } else if (a == QLatin1String("--pin") && i + 1 < args.size()) {
            // Tests use a PIN of their own, so that they can look for it in logs and files.
            options.pin = args[++i];
        } else if (a == QLatin1String("--national-number") && i + 1 < args.size()) {
            options.nationalNumber = args[++i];
        } else if (a == QLatin1String("--given-name") && i + 1 < args.size()) {
            options.givenName = args[++i];
        } else if (a == QLatin1String("--surname") && i + 1 < args.size()) {
            options.surname = args[++i];
        } else if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            ++i;
        } else {
            printError(usageText);
            return ExitUsage;
        }
    }
    if (dir.isEmpty()) {
        printError(usageText);
        return ExitUsage;
    }
    auto result = eid::initDemoDataDir(dir, options);
    if (!result) {
        printError(result.error().message);
        return ExitUsage;
    }
    const QJsonObject out{{QStringLiteral("dataDir"), dir},
                          {QStringLiteral("created"), result->created},
                          {QStringLiteral("token"), result->tokenLabel},
                          {QStringLiteral("holder"), result->holder},
                          {QStringLiteral("nationalNumber"), result->nationalNumber}};
    printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) +
             QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

GUICHET_CLI_COMMAND("demo",
                    QT_TRANSLATE_NOOP("guichet::cli",
                                      "prepare a demo data folder (PKI, eID token, trust)"),
                    false, runDemo);

} // namespace guichet::cli
