// guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait]
//                    [--idempotency-key KEY] [--wait-timeout S] [--pin-stdin] [--module PATH]
#include "command.h"
#include "portalsession.h"

#include "core/forms/formreference.h"
#include "core/json/parser.h"
#include "core/paths.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace guichet::cli {
namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int exitForResult(const QJsonObject &declaration)
{
    const QString status = declaration.value(QLatin1String("status")).toString();
    const QString result = declaration.value(QLatin1String("result")).toString();
    if (status != QLatin1String("done") || result == QLatin1String("S"))
        return ExitPending;
    if (result == QLatin1String("A") || result == QLatin1String("W"))
        return ExitOk;
    return ExitInvalid;
}

void printDeclaration(QJsonObject declaration, const QByteArray &key)
{
    declaration.insert(QStringLiteral("idempotencyKey"), QString::fromLatin1(key));
    printOut(QString::fromUtf8(QJsonDocument(declaration).toJson(QJsonDocument::Compact)) +
             QLatin1Char('\n'));
}

int runSubmit(const QStringList &argsIn)
{
    QStringList args = argsIn;
    PortalOptions options;
    if (const QString problem = takePortalOptions(args, options); !problem.isEmpty()) {
        printError(problem);
        return ExitUsage;
    }
    const QString usageText =
        tr("usage: guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] "
           "[--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin]");
    QStringList positional;
    QString onBehalfOf;
    QByteArray key;
    bool waitForResult = false;
    int waitSeconds = 120;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--on-behalf-of") && i + 1 < args.size()) {
            onBehalfOf = args[++i];
        } else if (a == QLatin1String("--idempotency-key") && i + 1 < args.size()) {
            key = args[++i].toLatin1();
        } else if (a == QLatin1String("--wait")) {
            waitForResult = true;
        } else if (a == QLatin1String("--wait-timeout") && i + 1 < args.size()) {
            waitSeconds = args[++i].toInt();
        } else if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            ++i;
        } else if (a.startsWith(QLatin1String("--"))) {
            printError(usageText);
            return ExitUsage;
        } else {
            positional << a;
        }
    }
    if (positional.size() != 2 || waitSeconds <= 0) {
        printError(usageText);
        return ExitUsage;
    }
    auto form = forms::resolveFormReference(positional[0], paths::formsDirectory());
    if (!form) {
        printError(form.error().message);
        return ExitUsage;
    }
    QFile dataFile(positional[1]);
    if (!dataFile.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(positional[1], dataFile.errorString()));
        return ExitUsage;
    }
    QJsonParseError parseError;
    const QJsonDocument data = QJsonDocument::fromJson(dataFile.readAll(), &parseError);
    if (data.isNull()) {
        printError(tr("%1 is not JSON: %2").arg(positional[1], parseError.errorString()));
        return ExitUsage;
    }
    if (key.isEmpty())
        key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    PortalSession session;
    if (const int rc = openPortalSession(options, session); rc != ExitOk)
        return rc;

    QJsonObject body{{QStringLiteral("formId"), form->id},
                     {QStringLiteral("formVersion"), form->version},
                     {QStringLiteral("data"),
                      data.isObject() ? QJsonValue(data.object()) : QJsonValue(data.array())}};
    if (!onBehalfOf.isEmpty())
        body.insert(QStringLiteral("onBehalfOf"), onBehalfOf);
    auto posted =
        session.client->postJson(QStringLiteral("/declarations"), body, {{"Idempotency-Key", key}});
    if (!posted) {
        printError(posted.error().message);
        printError(tr("nothing is lost: submit again with --idempotency-key %1 and the portal "
                      "will not file it twice")
                       .arg(QString::fromLatin1(key)));
        return exitCodeFor(posted.error());
    }
    if (posted->status != 201 && posted->status != 200) {
        printError(tr("the portal refused the declaration (%1): %2")
                       .arg(posted->status)
                       .arg(posted->detail().isEmpty() ? posted->reason() : posted->detail()));
        printOut(QString::fromUtf8(posted->body) + QLatin1Char('\n'));
        return posted->status >= 500 ? ExitUnreachable : ExitInvalid;
    }
    QJsonObject declaration = posted->json;
    const QString id = declaration.value(QLatin1String("id")).toString();
    if (waitForResult) {
        // The cadence Dimona's documentation suggests, compressed: soon, then every second.
        const QDeadlineTimer deadline(qint64(waitSeconds) * 1000);
        int delay = 500;
        while (exitForResult(declaration) == ExitPending &&
               declaration.value(QLatin1String("status")).toString() != QLatin1String("done") &&
               !deadline.hasExpired()) {
            wait(delay);
            delay = 1000;
            auto polled = session.client->getJson(QStringLiteral("/declarations/") + id);
            if (!polled) {
                printError(polled.error().message);
                continue; // a dropped poll is retried until the deadline
            }
            if (polled->status == 200)
                declaration = polled->json;
        }
    }
    printDeclaration(declaration, key);
    return exitForResult(declaration);
}

} // namespace

GUICHET_CLI_COMMAND("submit",
                    QT_TRANSLATE_NOOP("guichet::cli",
                                      "sign in and file a declaration; --wait polls its result"),
                    false, runSubmit);

} // namespace guichet::cli
