// guichet-cli submit FORM DATA --server URL [--data-dir DIR] [--on-behalf-of ID] [--wait]
//                    [--idempotency-key KEY] [--wait-timeout S] [--pin-stdin] [--module PATH]
//                    [--receipt FILE.pdf]
#include "command.h"
#include "portalsession.h"

#include "core/forms/formreference.h"
#include "core/i18n.h"
#include "core/json/parser.h"
#include "core/paths.h"
#include "core/receipt/receiptdata.h"
#include "core/receipt/receiptloader.h"
#include "core/receipt/receiptrenderer.h"
#include "ui/receipt/receiptprinter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
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

void printDeclaration(QJsonObject declaration, const QByteArray &key,
                      const QString &receiptPath = {})
{
    declaration.insert(QStringLiteral("idempotencyKey"), QString::fromLatin1(key));
    if (!receiptPath.isEmpty())
        declaration.insert(QStringLiteral("receipt"), receiptPath);
    printOut(QString::fromUtf8(QJsonDocument(declaration).toJson(QJsonDocument::Compact)) +
             QLatin1Char('\n'));
}

// Whether the receipt can be written there, checked before anything is filed.
QString receiptPathProblem(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo dir(file.absolutePath());
    if (file.isDir())
        return tr("--receipt %1 is a folder; name the PDF file to write").arg(path);
    if (!dir.isDir() || !dir.isWritable())
        return tr("--receipt %1: the folder %2 does not exist or is not writable")
            .arg(path, QDir::toNativeSeparators(dir.absoluteFilePath()));
    return {};
}

// Fetches the signed receipt of a processed declaration and writes it as a PDF in the --lang
// language. Returns an ExitCode; the message is printed.
int writeReceipt(api::PortalClient &client, const QJsonObject &declaration, const QJsonValue &data,
                 const QString &path)
{
    const QString id = declaration.value(QLatin1String("id")).toString();
    auto reply = client.getJson(QStringLiteral("/declarations/") + id + QStringLiteral("/receipt"));
    if (!reply) {
        printError(tr("no receipt: %1").arg(reply.error().message));
        return exitCodeFor(reply.error());
    }
    if (reply->status != 200) {
        printError(receipt::ReceiptLoader::errorFor(*reply, id).message);
        return reply->status >= 500 ? ExitUnreachable : ExitUsage;
    }
    auto receiptData = receipt::ReceiptData::fromPortal(reply->body, declaration);
    if (!receiptData) {
        printError(receiptData.error().message);
        return ExitUsage;
    }
    receiptData->setSubmittedData(data);
    if (receiptData->signatureCheck != receipt::Check::Valid)
        printError(tr("warning: the receipt's signature does not match its content"));
    if (receiptData->dataCheck == receipt::Check::Invalid)
        printError(tr("warning: the receipt's data fingerprint does not match the data sent"));

    receipt::ReceiptRenderer renderer;
    renderer.setLanguage(i18n::currentLanguage());
    const Expected<QString> html = renderer.render(*receiptData);
    if (!html) {
        printError(html.error().message);
        return ExitUsage;
    }
    const Expected<QByteArray> pdf = ui::ReceiptPrinter::printBlocking(*html);
    if (!pdf) {
        printError(pdf.error().message);
        return ExitUsage;
    }
    if (auto written = ui::ReceiptPrinter::writeFile(*pdf, path); !written) {
        printError(written.error().message);
        return ExitUsage;
    }
    return ExitOk;
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
           "[--wait] [--wait-timeout SECONDS] [--idempotency-key KEY] [--pin-stdin] "
           "[--receipt FILE.pdf]");
    QStringList positional;
    QString onBehalfOf;
    QByteArray key;
    QString receiptPath;
    bool waitForResult = false;
    int waitSeconds = 120;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--on-behalf-of") && i + 1 < args.size()) {
            onBehalfOf = args[++i];
        } else if (a == QLatin1String("--idempotency-key") && i + 1 < args.size()) {
            key = args[++i].toLatin1();
        } else if (a == QLatin1String("--receipt") && i + 1 < args.size()) {
            receiptPath = args[++i];
            waitForResult = true; // a receipt exists once the portal has processed it
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
    if (!receiptPath.isEmpty()) {
        if (const QString problem = receiptPathProblem(receiptPath); !problem.isEmpty()) {
            printError(problem);
            return ExitUsage;
        }
        receiptPath = QFileInfo(receiptPath).absoluteFilePath();
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
    const int resultCode = exitForResult(declaration);
    if (!receiptPath.isEmpty()) {
        if (declaration.value(QLatin1String("status")).toString() != QLatin1String("done")) {
            printError(tr("no receipt yet: the portal has not processed the declaration"));
        } else if (const int rc = writeReceipt(*session.client, declaration,
                                               body.value(QLatin1String("data")), receiptPath);
                   rc != ExitOk) {
            printDeclaration(declaration, key);
            return rc;
        } else {
            printDeclaration(declaration, key, receiptPath);
            return resultCode;
        }
    }
    printDeclaration(declaration, key);
    return resultCode;
}

} // namespace

GUICHET_CLI_COMMAND("submit",
                    QT_TRANSLATE_NOOP("guichet::cli",
                                      "sign in and file a declaration; --wait polls its result"),
                    false, runSubmit);

} // namespace guichet::cli
