// guichet-cli outbox add|status|flush: the submission queue, headless.
//   outbox add FORM DATA [--on-behalf-of ID]           validate in full, queue, print the id
//   outbox status                                       one JSON line per item
//   outbox flush --server URL [--pin-stdin] [--timeout S] [--request-timeout S]
//                [--backoff-base MS] [--backoff-cap MS] [--concurrency N]
// Common: --data-dir DIR, --passphrase-stdin (the drafts passphrase on the first line of stdin,
// before the PIN), --lang L. The queue belongs to the data folder's local profile, as drafts do.
#include "command.h"
#include "portalsession.h"

#include "core/drafts/draftstore.h"
#include "core/drafts/localprofile.h"
#include "core/drafts/secretkey.h"
#include "core/forms/formdefinition.h"
#include "core/forms/formreference.h"
#include "core/json/parser.h"
#include "core/json/qtjson.h"
#include "core/json/writer.h"
#include "core/paths.h"
#include "core/schema/messages.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace guichet::cli {

namespace {

QString usageText()
{
    return tr(
        "usage: guichet-cli outbox add FORM DATA.json [--on-behalf-of ID]\n"
        "       guichet-cli outbox status\n"
        "       guichet-cli outbox flush --server URL [--pin-stdin] [--timeout SECONDS (600)] "
        "[--request-timeout SECONDS] [--backoff-base MS] [--backoff-cap MS] "
        "[--concurrency N]\n"
        "options: --data-dir DIR, --passphrase-stdin (the drafts passphrase on the first "
        "line of stdin, before the PIN)\n"
        "FORM is a bundled form's id (its latest version) or id@version.");
}

struct Options
{
    QString action;
    QStringList positional;
    QString onBehalfOf;
    bool passphraseStdin = false;
    int flushTimeoutSeconds = 600; // a script waiting on flush must get an answer
    int requestTimeoutSeconds = 20;
    int backoffBaseMs = int(sync::Backoff::defaultBase.count());
    int backoffCapMs = int(sync::Backoff::defaultCap.count());
    int concurrency = 1;
    PortalOptions portal;
};

QString parseArguments(QStringList args, Options &options)
{
    if (args.isEmpty())
        return tr("outbox needs an action: add, status or flush");
    options.action = args.takeFirst();
    if (options.action != QLatin1String("add") && options.action != QLatin1String("status") &&
        options.action != QLatin1String("flush"))
        return tr("unknown outbox action \"%1\"").arg(options.action);
    // Ours first: takePortalOptions() reads --timeout as the request timeout, while flush's
    // --timeout bounds the whole run.
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto number = [&](int min, int max, int &out) -> bool {
            if (i + 1 >= args.size())
                return false;
            bool ok = false;
            const int v = args[++i].toInt(&ok);
            if (!ok || v < min || v > max)
                return false;
            out = v;
            return true;
        };
        if (a == QLatin1String("--timeout")) {
            if (!number(1, 7 * 24 * 3600, options.flushTimeoutSeconds))
                return tr("--timeout needs a number of seconds");
        } else if (a == QLatin1String("--request-timeout")) {
            if (!number(1, 3600, options.requestTimeoutSeconds))
                return tr("--request-timeout needs a number of seconds");
        } else if (a == QLatin1String("--backoff-base")) {
            if (!number(1, 3600 * 1000, options.backoffBaseMs))
                return tr("--backoff-base needs milliseconds");
        } else if (a == QLatin1String("--backoff-cap")) {
            if (!number(1, 24 * 3600 * 1000, options.backoffCapMs))
                return tr("--backoff-cap needs milliseconds");
        } else if (a == QLatin1String("--concurrency")) {
            if (!number(1, 16, options.concurrency))
                return tr("--concurrency needs a number from 1 to 16");
        } else if (a == QLatin1String("--on-behalf-of")) {
            if (i + 1 >= args.size())
                return tr("--on-behalf-of needs an enterprise or national number");
            options.onBehalfOf = args[++i];
        } else if (a == QLatin1String("--passphrase-stdin")) {
            options.passphraseStdin = true;
        } else if (a == QLatin1String("--lang")) {
            if (i + 1 >= args.size()) // applied by main()
                return tr("--lang needs a language");
            ++i;
        } else {
            rest << a;
        }
    }
    if (const QString problem = takePortalOptions(rest, options.portal); !problem.isEmpty())
        return problem;
    options.portal.timeoutSeconds = options.requestTimeoutSeconds;
    for (const QString &a : rest) {
        if (a.startsWith(QLatin1String("--")))
            return tr("unknown option \"%1\"").arg(a);
        options.positional << a;
    }
    const int wanted = options.action == QLatin1String("add") ? 2 : 0;
    if (options.positional.size() != wanted)
        return options.positional.size() < wanted
                   ? tr("outbox add needs FORM and DATA")
                   : tr("unexpected argument \"%1\"").arg(options.positional.at(wanted));
    if (options.action != QLatin1String("flush") && options.portal.pinStdin)
        return tr("--pin-stdin is for outbox flush");
    return {};
}

// One line of stdin, read with C stdio as the PIN is (portalsession.cpp), so that the two
// readers share one buffer: the passphrase is the first line, the PIN the next.
QString readLine()
{
    QByteArray line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n' && line.size() < 4096) {
        if (c != '\r')
            line.append(char(c));
    }
    QString text = QString::fromUtf8(line);
    drafts::wipe(line);
    return text;
}

int storageExit(const Error &error)
{
    using namespace drafts::errors;
    const QString &c = error.code;
    if (c == QLatin1String(damaged) || c == QLatin1String(storageDamaged) ||
        c == QLatin1String(keyMissing) || c == QLatin1String(sync::errors::damaged))
        return ExitDamaged;
    if (c == QLatin1String(passphraseWrong))
        return ExitInvalid;
    return ExitUsage;
}

int fail(const Error &error)
{
    printError(error.message);
    return storageExit(error);
}

struct Store
{
    std::unique_ptr<drafts::DraftStore> drafts;
    std::unique_ptr<sync::Outbox> outbox;
};

// The outbox of the data folder's local profile, with the drafts' key.
int openStore(const Options &options, Store &store)
{
    const QString dataDir = options.portal.dataDir.isEmpty()
                                ? drafts::LocalProfile::defaultDataDirectory()
                                : options.portal.dataDir;
    auto profile = drafts::LocalProfile::openOrCreate(dataDir);
    if (!profile)
        return fail(profile.error());
    std::optional<QString> passphrase;
    if (options.passphraseStdin) {
        // Read now, not when asked: the next line is the PIN.
        passphrase = readLine();
        if (passphrase->isEmpty())
            passphrase.reset();
    }
    drafts::KeyProvider keys;
    keys.setPassphraseSource([&](drafts::KeyProvider::PassphrasePurpose) { return passphrase; });
    auto opened = drafts::DraftStore::open(dataDir, profile->owner(), keys);
    if (passphrase)
        drafts::wipe(*passphrase);
    if (!opened)
        return fail(opened.error());
    store.drafts = std::move(*opened);
    auto outbox = sync::Outbox::open(*store.drafts);
    if (!outbox)
        return fail(outbox.error());
    store.outbox = std::move(*outbox);
    return ExitOk;
}

void printJsonLine(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
             QLatin1Char('\n'));
}

int runAdd(sync::Outbox &outbox, const Options &options)
{
    auto reference = forms::resolveFormReference(options.positional.at(0), paths::formsDirectory());
    if (!reference) {
        printError(reference.error().message);
        return ExitUsage;
    }
    auto definition = forms::FormDefinition::load(reference->directory());
    if (!definition) {
        printError(definition.error().message);
        return ExitUsage;
    }
    const QString path = options.positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read \"%1\": %2").arg(path, file.errorString()));
        return ExitUsage;
    }
    QByteArray bytes = file.readAll();
    auto document = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!document) {
        drafts::wipe(bytes);
        printError(tr("\"%1\" is not valid JSON: %2").arg(path, document.error().message));
        return ExitUsage;
    }
    // As the GUI's Submit: the whole document, formats asserted, before anything is queued.
    const schema::ValidationResult result = (*definition)->compiled()->validate(*document);
    if (!result.valid) {
        drafts::wipe(bytes);
        QJsonArray errors;
        for (const schema::ValidationError &e : result.errors)
            errors.append(QJsonObject{
                {QStringLiteral("instanceLocation"), QString::fromStdString(e.instanceLocation)},
                {QStringLiteral("keywordLocation"), QString::fromStdString(e.keywordLocation)},
                {QStringLiteral("keyword"), QString::fromStdString(e.keyword)},
                {QStringLiteral("message"),
                 schema::message(e, &(*definition)->messageOverrides())}});
        printJsonLine(
            QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("errors"), errors}});
        printError(QCoreApplication::translate("guichet::cli",
                                               "not queued: the declaration has %n error(s)",
                                               nullptr, int(result.errors.size())));
        return ExitInvalid;
    }
    auto item = outbox.enqueue(
        {(*definition)->id(), (*definition)->version(), bytes, options.onBehalfOf, QString()});
    drafts::wipe(bytes);
    if (!item) {
        printError(item.error().message);
        return item.error().code == QLatin1String(sync::errors::invalid)
                   ? ExitUsage
                   : storageExit(item.error());
    }
    printOut(item->id + QLatin1Char('\n'));
    return ExitOk;
}

// DESIGN.md's keys first, in that order (json::Object keeps it; QJsonObject would sort).
json::Value statusLine(const sync::OutboxItem &item)
{
    const auto text = [](const QString &value) {
        return value.isEmpty() ? json::Value() : json::Value(value.toStdString());
    };
    json::Object line;
    line.appendUnique("id", text(item.id));
    line.appendUnique("form",
                      text(item.formId + QLatin1Char('@') + QString::number(item.formVersion)));
    line.appendUnique("state", text(sync::stateName(item.state)));
    line.appendUnique("result", text(item.result.result));
    line.appendUnique("ticket", text(item.result.ticket));
    line.appendUnique("attempts", json::Value(std::int64_t(item.attempts)));
    line.appendUnique("nextAttempt", item.isFinal()
                                         ? json::Value()
                                         : text(item.nextAttempt.toString(Qt::ISODateWithMs)));
    line.appendUnique("lastError", text(item.lastError));
    line.appendUnique("idempotencyKey", text(item.idempotencyKey));
    line.appendUnique("declarationId", text(item.result.declarationId));
    line.appendUnique("polls", json::Value(std::int64_t(item.polls)));
    line.appendUnique("anomalies", json::fromQJsonValue(item.result.anomalies));
    if (!item.result.problem.isEmpty())
        line.appendUnique("problem", json::fromQJsonValue(item.result.problem));
    if (item.damaged)
        line.appendUnique("damaged", json::Value(true));
    return json::Value(std::move(line));
}

int runStatus(sync::Outbox &outbox)
{
    auto items = outbox.items();
    if (!items)
        return fail(items.error());
    for (const sync::OutboxItem &item : *items) {
        std::string text = json::serialize(statusLine(item));
        text.push_back('\n');
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    std::fflush(stdout);
    return ExitOk;
}

QJsonObject summary(const sync::Outbox::Counts &counts, const sync::OutboxWorker::Statistics *s)
{
    QJsonObject line{{QStringLiteral("items"), counts.total()},
                     {QStringLiteral("pending"), counts.pending},
                     {QStringLiteral("final"), counts.finished}};
    if (s) {
        line.insert(QStringLiteral("posts"), s->posts);
        line.insert(QStringLiteral("polls"), s->polls);
        line.insert(QStringLiteral("noAnswer"), s->noAnswer);
        line.insert(QStringLiteral("serverErrors"), s->serverErrors);
        line.insert(QStringLiteral("throttled"), s->throttled);
        line.insert(QStringLiteral("replayed"), s->replayed);
        line.insert(QStringLiteral("unusable"), s->unusable);
        line.insert(QStringLiteral("finished"), s->finished);
    }
    return line;
}

int runFlush(sync::Outbox &outbox, const Options &options)
{
    auto before = outbox.counts();
    if (!before)
        return fail(before.error());
    if (before->pending == 0) {
        // Nothing to send: no need to sign in.
        printJsonLine(summary(*before, nullptr));
        return ExitOk;
    }
    PortalSession session;
    if (const int rc = openPortalSession(options.portal, session); rc != ExitOk)
        return rc;
    const QString declarant =
        session.signIn.identity.value(QLatin1String("nationalNumber")).toString();

    sync::OutboxWorker::Settings settings;
    settings.backoff = sync::Backoff(std::chrono::milliseconds(options.backoffBaseMs),
                                     std::chrono::milliseconds(options.backoffCapMs));
    settings.maxInFlight = options.concurrency;
    sync::OutboxWorker worker(outbox, *session.client, declarant, settings);

    QEventLoop loop;
    bool signInNeeded = false;
    std::optional<Error> storageError;
    QObject::connect(&worker, &sync::OutboxWorker::idle, &loop, &QEventLoop::quit);
    QObject::connect(&worker, &sync::OutboxWorker::stopped, &loop, &QEventLoop::quit);
    QObject::connect(&worker, &sync::OutboxWorker::signInNeeded, &loop, [&] {
        signInNeeded = true;
        loop.quit();
    });
    QObject::connect(&worker, &sync::OutboxWorker::storageFailed, &loop, [&](const Error &e) {
        storageError = e;
        loop.quit();
    });
    QObject::connect(&worker, &sync::OutboxWorker::onlineChanged, &loop, [](bool online) {
        if (!online)
            printError(tr("the portal does not answer; still trying"));
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    {
        QObject::connect(&deadline, &QTimer::timeout, &worker, [&] {
            // Let the requests in flight finish and be recorded, then stop.
            worker.stop();
            QTimer::singleShot(2 * options.requestTimeoutSeconds * 1000 + 1000, &loop,
                               &QEventLoop::quit);
        });
        deadline.start(std::chrono::seconds(options.flushTimeoutSeconds));
    }
    worker.start();
    loop.exec();
    worker.stop();

    auto after = outbox.counts();
    if (!after)
        return fail(after.error());
    printJsonLine(summary(*after, &worker.statistics()));
    if (storageError)
        return fail(*storageError);
    if (after->pending == 0)
        return ExitOk;
    if (signInNeeded)
        printError(tr("the portal asks to sign in again: %1 submission(s) still pending")
                       .arg(after->pending));
    if (!worker.statistics().everAnswered) {
        printError(tr("the portal could not be reached; %1 submission(s) wait in the outbox")
                       .arg(after->pending));
        return ExitUnreachable;
    }
    printError(tr("%1 submission(s) still pending; run outbox flush again").arg(after->pending));
    return ExitPending;
}

} // namespace

int runOutbox(const QStringList &args)
{
    Options options;
    if (const QString problem = parseArguments(args, options); !problem.isEmpty()) {
        printError(problem);
        printError(usageText());
        return ExitUsage;
    }
    Store store;
    if (const int rc = openStore(options, store); rc != ExitOk)
        return rc;
    if (options.action == QLatin1String("add"))
        return runAdd(*store.outbox, options);
    if (options.action == QLatin1String("status"))
        return runStatus(*store.outbox);
    return runFlush(*store.outbox, options);
}

GUICHET_CLI_COMMAND("outbox",
                    QT_TRANSLATE_NOOP("guichet::cli",
                                      "the submission queue: add (validated), status, flush "
                                      "(send, retry, poll until every result is known)"),
                    false, runOutbox);

} // namespace guichet::cli
