// Exactly once, end to end: a demo data folder (SoftHSM2 token, `guichet-cli demo init`), a real
// guichet-sandbox with fault injection on the declarations paths (connections dropped before
// and after processing, 500, 503, 429 with Retry-After, duplicated replies, and rounds where
// every answer comes after the client's timeout), hundreds of submissions in the outbox, and
// `guichet-cli outbox flush` as a real process that is SIGKILLed at random moments and started
// again (the sandbox is restarted once too). At the end the client knows every final result, and
// the sandbox holds each idempotency key exactly once, as the same declaration the client knows.
//
// GUICHET_OUTBOX_ITEMS (default 200), GUICHET_OUTBOX_KILLS (default 6), GUICHET_OUTBOX_SEED and
// GUICHET_OUTBOX_SUMMARY (a file for the JSON summary) let scripts/soak-outbox run the same with
// 10,000 items.
#include "../common/childprocess.h"
#include "core/drafts/draftstore.h"
#include "core/drafts/keyprovider.h"
#include "core/drafts/localprofile.h"
#include "core/forms/formdefinition.h"
#include "core/forms/formreference.h"
#include "core/json/parser.h"
#include "core/paths.h"
#include "core/sync/outbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

using namespace guichet;

namespace {
const QByteArray kPin = "582046";
const QByteArray kPassphrase = "outbox exactly-once passphrase";
const QString kAdminToken = QStringLiteral("outbox-admin-token");

QString binary(const QString &name)
{
    return qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/bin/") + name;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// Schema-valid declarations of several forms (what Submit lets through); the portal's
// business rules still give A, W, B or S.
const QList<QPair<QString, QString>> kSamples{
    {"dimona", "valid-in-extra.json"},
    {"dimona", "valid-in-flexi-one-day.json"},
    {"dimona", "valid-in-student.json"},
    {"dimona", "valid-in-other-without-national-number.json"},
    {"dimona", "valid-out.json"},
    {"dimona", "valid-update.json"},
    {"citizen-address-change", "valid-citizen.json"},
    {"citizen-bank-account-change", "valid-belgian-account.json"},
};

QByteArray sampleBytes(const QString &form, const QString &file)
{
    QFile f(qEnvironmentVariable("GUICHET_SOURCE_DIR") +
            QStringLiteral("/forms/%1/1/samples/%2").arg(form, file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestOutboxExactlyOnce : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoDir;
    QString m_server;
    QProcess *m_sandbox = nullptr;
    int m_sandboxStarts = 0;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_ca;
    QJsonObject m_faults;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QStringList lines() const
        {
            return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
    };

    Run cli(const QStringList &args, const QByteArray &input = kPassphrase + '\n',
            int timeoutMs = 120000)
    {
        QProcess p;
        p.start(binary(QStringLiteral("guichet-cli")), args);
        Run r;
        if (!p.waitForStarted(30000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList outbox(const QString &action, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("outbox"), action, QStringLiteral("--data-dir"),
                           m_demoDir, QStringLiteral("--passphrase-stdin")} +
               more;
    }

    bool startSandbox()
    {
        ++m_sandboxStarts;
        m_sandbox = new QProcess(this);
        guichet::test::dieWithTheTest(*m_sandbox);
        m_sandbox->setProcessChannelMode(QProcess::SeparateChannels);
        m_sandbox->setStandardErrorFile(m_dir.filePath(QStringLiteral("sandbox.log")),
                                        QIODevice::Append);
        // Its "fault: ..." lines are counted for the summary; one debug line per request is not
        // wanted at 10,000 submissions.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("*.debug=false;guichet.sandbox.info=true"));
        m_sandbox->setProcessEnvironment(env);
        m_sandbox->start(binary(QStringLiteral("guichet-sandbox")),
                         {QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--data-dir"), m_demoDir,
                          QStringLiteral("--processing-delay"), QStringLiteral("30"),
                          QStringLiteral("--token-lifetime"), QStringLiteral("86400"),
                          QStringLiteral("--admin-token"), kAdminToken});
        if (!m_sandbox->waitForStarted(30000))
            return false;
        while (!m_sandbox->canReadLine()) {
            if (!m_sandbox->waitForReadyRead(60000))
                return false;
        }
        const int port = m_sandbox->readLine().trimmed().toInt();
        m_server = QStringLiteral("https://127.0.0.1:%1").arg(port);
        return port > 0 && (m_faults.isEmpty() || setFaults(m_faults));
    }

    bool stopSandbox()
    {
        if (!m_sandbox)
            return true;
        m_sandbox->terminate();
        // A clean exit (sanitizer builds report leaks and errors through the exit code).
        const bool stopped = m_sandbox->waitForFinished(30000) &&
                             m_sandbox->exitStatus() == QProcess::NormalExit &&
                             m_sandbox->exitCode() == 0;
        delete m_sandbox;
        m_sandbox = nullptr;
        return stopped;
    }

    // An admin request with the admin token; the admin paths are never faulted.
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(m_server + QStringLiteral("/api/v1") + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
        request.setRawHeader("Authorization", "Bearer " + kAdminToken.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setTransferTimeout(60000);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method,
            method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    bool setFaults(const QJsonObject &faults)
    {
        m_faults = faults;
        return !admin("PUT", QStringLiteral("/admin/faults"), faults).isEmpty();
    }

    // Shares chosen so that most items meet at least one fault on their way (a POST and one or
    // two polls each).
    QJsonObject faultyProfile(int seed, int latencyMs = 0) const
    {
        QJsonObject f{{"dropBeforeProcessing", 0.07},
                      {"dropAfterProcessing", 0.07},
                      {"error500", 0.05},
                      {"error503", 0.05},
                      {"error429", 0.04},
                      {"retryAfter", 1},
                      {"duplicateReply", 0.06},
                      {"paths", "^/api/v1/declarations"},
                      {"seed", seed}};
        if (latencyMs > 0)
            f.insert(QStringLiteral("latencyMs"), latencyMs);
        return f;
    }

    QStringList flushArguments(int timeoutSeconds) const
    {
        return outbox(QStringLiteral("flush"),
                      {QStringLiteral("--server"), m_server, QStringLiteral("--pin-stdin"),
                       QStringLiteral("--request-timeout"), QStringLiteral("1"),
                       QStringLiteral("--backoff-base"), QStringLiteral("20"),
                       QStringLiteral("--backoff-cap"), QStringLiteral("500"),
                       QStringLiteral("--concurrency"), QStringLiteral("2"),
                       QStringLiteral("--timeout"), QString::number(timeoutSeconds)});
    }

    std::unique_ptr<sync::Outbox> openOutbox()
    {
        auto profile = drafts::LocalProfile::openOrCreate(m_demoDir);
        if (!profile)
            return nullptr;
        drafts::KeyProvider keys;
        keys.setPassphrase(QString::fromLatin1(kPassphrase));
        auto store = drafts::DraftStore::open(m_demoDir, profile->owner(), keys);
        if (!store) {
            qWarning() << store.error().message;
            return nullptr;
        }
        auto outbox = sync::Outbox::open(**store);
        return outbox ? std::move(*outbox) : nullptr;
    }

    QList<QJsonObject> status()
    {
        QList<QJsonObject> items;
        const Run r = cli(outbox(QStringLiteral("status")));
        if (r.exitCode != 0)
            qWarning() << r.err;
        for (const QString &line : r.lines())
            items << QJsonDocument::fromJson(line.toUtf8()).object();
        return items;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Passphrase keys: the same in this process and in every guichet-cli it starts.
        qputenv("GUICHET_KEYCHAIN", "off");
        QVERIFY2(QFile::exists(binary(QStringLiteral("guichet-sandbox"))),
                 "guichet-sandbox is not built");
        m_demoDir = m_dir.filePath(QStringLiteral("demo"));
        const Run init =
            cli({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--data-dir"),
                 m_demoDir, QStringLiteral("--pin"), QString::fromLatin1(kPin)},
                {});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        m_ca = QSslCertificate::fromPath(m_demoDir + QStringLiteral("/pki/tls-ca.pem"));
        QVERIFY(!m_ca.isEmpty());
        QVERIFY(startSandbox());

        // What the test queues is what Submit would let through: valid in full.
        for (const auto &[form, file] : kSamples) {
            auto reference =
                forms::resolveFormReference(form + QStringLiteral("@1"), paths::formsDirectory());
            QVERIFY(reference);
            auto definition = forms::FormDefinition::load(reference->directory());
            QVERIFY(definition);
            const QByteArray bytes = sampleBytes(form, file);
            auto document = json::parse(std::string_view(bytes.constData(), bytes.size()));
            QVERIFY2(document, qPrintable(file));
            QVERIFY2((*definition)->compiled()->validate(*document).valid, qPrintable(file));
        }
    }

    void cleanupTestCase() { QVERIFY(stopSandbox()); }

    void invalidDeclarationIsNotQueued()
    {
        const Run add =
            cli(outbox(QStringLiteral("add"),
                       {QStringLiteral("dimona"), qEnvironmentVariable("GUICHET_SOURCE_DIR") +
                                                      "/forms/dimona/1/samples/"
                                                      "invalid-worker-bad-national-number.json"}));
        QCOMPARE(add.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(add.lines().value(0).toUtf8()).object();
        QCOMPARE(report.value("valid").toBool(true), false);
        QStringList pointers;
        for (const QJsonValue &e : report.value("errors").toArray())
            pointers << e.toObject().value("instanceLocation").toString();
        QVERIFY2(pointers.contains("/worker/ssin"), qPrintable(pointers.join(", ")));
        QVERIFY(!add.err.isEmpty());
        QCOMPARE(status().size(), 0);
    }

    void addQueuesAndStatusTellsTheContract()
    {
        const Run add =
            cli(outbox(QStringLiteral("add"), {QStringLiteral("citizen-address-change"),
                                               qEnvironmentVariable("GUICHET_SOURCE_DIR") +
                                                   "/forms/citizen-address-change/1/samples/"
                                                   "valid-citizen.json"}));
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QString id = add.lines().value(add.lines().size() - 1);
        QVERIFY2(!QUuid::fromString(id).isNull(), add.out.constData());
        const Run listed = cli(outbox(QStringLiteral("status")));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.lines().size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(listed.lines().at(0).toUtf8()).object();
        // DESIGN.md's keys first, in that order.
        QVERIFY(listed.lines().at(0).startsWith(
            "{\"id\":\"" + id +
            "\",\"form\":\"citizen-address-change@1\",\"state\":\"queued\","
            "\"result\":null,\"ticket\":null,\"attempts\":0,\"nextAttempt\":"));
        QVERIFY(line.contains("lastError"));
        QVERIFY(!QUuid::fromString(line.value("idempotencyKey").toString()).isNull());

        // Unreachable throughout: exit 6, nothing lost.
        const Run offline =
            cli(outbox(QStringLiteral("flush"),
                       {QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:1"),
                        QStringLiteral("--pin-stdin"), QStringLiteral("--timeout"),
                        QStringLiteral("5")}),
                kPassphrase + '\n' + kPin + '\n');
        QCOMPARE(offline.exitCode, 6);
        QCOMPARE(status().value(0).value("state").toString(), QStringLiteral("queued"));

        // Answered, but not done when the time is up: exit 7, and the item says why and when.
        QVERIFY(
            setFaults({{"error429", 1.0}, {"retryAfter", 8}, {"paths", "^/api/v1/declarations$"}}));
        const Run pending = cli(flushArguments(4), kPassphrase + '\n' + kPin + '\n');
        QVERIFY(setFaults({}));
        QCOMPARE(pending.exitCode, 7);
        const QJsonObject summary =
            QJsonDocument::fromJson(pending.lines().value(pending.lines().size() - 1).toUtf8())
                .object();
        QCOMPARE(summary.value("pending").toInt(), 1);
        QVERIFY(summary.value("throttled").toInt() >= 1);
        const QJsonObject throttled = status().value(0);
        QCOMPARE(throttled.value("state").toString(), QStringLiteral("sending"));
        QCOMPARE(throttled.value("attempts").toInt(), 1);
        QVERIFY2(throttled.value("lastError").toString().contains("429"),
                 qPrintable(throttled.value("lastError").toString()));
        QVERIFY(QDateTime::fromString(throttled.value("nextAttempt").toString(), Qt::ISODateWithMs)
                    .isValid());
    }

    void exactlyOnceUnderFaultsAndKills()
    {
        const int total = envInt("GUICHET_OUTBOX_ITEMS", 200);
        const int wantedKills = envInt("GUICHET_OUTBOX_KILLS", 6);
        const quint32 seed = quint32(envInt("GUICHET_OUTBOX_SEED", 20250611));
        qInfo("items %d, kills %d, seed %u", total, wantedKills, seed);
        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();

        // Queue them as Submit does (the store API), after what the earlier cases queued.
        const int already = int(status().size());
        auto queue = openOutbox();
        QVERIFY(queue);
        for (int i = 0; i < total; ++i) {
            const auto &[form, file] = kSamples.at(i % kSamples.size());
            auto item = queue->enqueue({form, 1, sampleBytes(form, file), {}, {}});
            QVERIFY2(item, qPrintable(item ? QString() : item.error().message));
        }
        const auto pending = [&] {
            auto counts = queue->counts();
            return counts ? counts->pending : -1;
        };
        const int expected = status().size();
        QCOMPARE(expected, already + total);

        QVERIFY(setFaults(faultyProfile(int(seed % 100000))));
        QJsonObject seen{{"noAnswer", 0},
                         {"serverErrors", 0},
                         {"throttled", 0},
                         {"replayed", 0},
                         {"unusable", 0}};
        const auto addSummary = [&](const Run &r) {
            const QJsonObject s =
                QJsonDocument::fromJson(r.lines().value(r.lines().size() - 1).toUtf8()).object();
            for (const QString &key : seen.keys())
                seen.insert(key, seen.value(key).toInt() + s.value(key).toInt());
        };

        // Flushes killed at random moments; some rounds with every answer too late, and one
        // restart of the sandbox itself.
        int kills = 0;
        int rounds = 0;
        bool finishedEarly = false;
        while (kills < wantedKills) {
            ++rounds;
            const bool slow = rounds % 3 == 0;
            QVERIFY(setFaults(faultyProfile(int(seed % 100000) + rounds, slow ? 1500 : 0)));
            if (rounds == 4) {
                QVERIFY(stopSandbox());
                QVERIFY(startSandbox());
            }
            QProcess flush;
            flush.setStandardErrorFile(m_dir.filePath(QStringLiteral("flush.log")),
                                       QIODevice::Append);
            flush.start(binary(QStringLiteral("guichet-cli")), flushArguments(600));
            QVERIFY(flush.waitForStarted(30000));
            flush.write(kPassphrase + '\n' + kPin + '\n');
            flush.closeWriteChannel();
            // Killed at a random moment: after a random share of what is left has moved on
            // (mid-work), or after a random time when nothing moves (startup, slow rounds).
            const int before = pending();
            const int progress =
                1 + int(random.bounded(quint32(std::max(1, before / (wantedKills - kills + 1)))));
            const int deadline = 1000 + int(random.bounded(6000));
            QElapsedTimer round;
            round.start();
            bool finished = false;
            while (!(finished = flush.waitForFinished(50))) {
                if (before - pending() >= progress || round.elapsed() > deadline)
                    break;
            }
            if (finished) {
                Run r;
                r.exitCode = flush.exitCode();
                r.out = flush.readAllStandardOutput();
                addSummary(r);
                if (r.exitCode == 0) {
                    finishedEarly = true;
                    break;
                }
                continue;
            }
            flush.kill(); // SIGKILL: no chance to tidy up
            QVERIFY(flush.waitForFinished(30000));
            QCOMPARE(flush.exitStatus(), QProcess::CrashExit);
            ++kills;
        }
        QVERIFY2(finishedEarly || kills >= wantedKills, "not killed enough");
        QVERIFY2(kills >= wantedKills, "the flush finished before it could be killed enough");

        // Then to the end, faults still on.
        QVERIFY(setFaults(faultyProfile(int(seed % 100000) + 1000)));
        int lastExit = -1;
        for (int attempt = 0; attempt < 5 && lastExit != 0; ++attempt) {
            const Run r = cli(flushArguments(600), kPassphrase + '\n' + kPin + '\n', 900000);
            lastExit = r.exitCode;
            if (r.exitCode != 0)
                qWarning() << "flush exit" << r.exitCode << r.err.right(2000);
            addSummary(r);
        }
        QCOMPARE(lastExit, 0);
        QVERIFY(setFaults({}));

        // The client knows every final result...
        const QList<QJsonObject> items = status();
        QCOMPARE(items.size(), expected);
        QHash<QString, QJsonObject> byKey;
        QHash<QString, int> states;
        for (const QJsonObject &item : items) {
            const QString state = item.value("state").toString();
            states[state]++;
            QVERIFY2(QStringList({"accepted", "accepted-with-warnings", "refused", "waiting"})
                         .contains(state),
                     qPrintable(QJsonDocument(item).toJson(QJsonDocument::Compact)));
            QVERIFY(!item.value("ticket").toString().isEmpty());
            QVERIFY(QStringList({"A", "W", "B", "S"}).contains(item.value("result").toString()));
            byKey.insert(item.value("idempotencyKey").toString(), item);
        }
        QCOMPARE(byKey.size(), expected);

        // ...and the sandbox holds each key exactly once, as that very declaration.
        const QJsonObject all = admin("GET", QStringLiteral("/admin/declarations"));
        QCOMPARE(all.value("total").toInt(), expected);
        QHash<QString, QJsonObject> held;
        for (const QJsonValue &value : all.value("declarations").toArray()) {
            const QJsonObject d = value.toObject();
            const QString key = d.value("idempotencyKey").toString();
            QVERIFY2(!held.contains(key), qPrintable("duplicate for key " + key));
            held.insert(key, d);
        }
        int duplicates = 0;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            const QJsonObject count =
                admin("GET", QStringLiteral("/admin/declarations?idempotencyKey=") + it.key());
            const int n = count.value("total").toInt();
            if (n != 1)
                ++duplicates;
            QCOMPARE(n, 1);
            const QJsonObject &server = held[it.key()];
            QCOMPARE(it.value().value("declarationId").toString(), server.value("id").toString());
            QCOMPARE(it.value().value("result").toString(), server.value("result").toString());
            QCOMPARE(it.value().value("ticket").toString(), server.value("ticket").toString());
        }

        // What was met on the way (the sandbox logs the drops and duplicates it made).
        QFile log(m_dir.filePath(QStringLiteral("sandbox.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray sandboxLog = log.readAll();
        const QJsonObject injected{
            {"dropBefore", int(sandboxLog.count("fault: drop before processing"))},
            {"dropAfter", int(sandboxLog.count("fault: drop after processing"))},
            {"duplicate", int(sandboxLog.count("fault: duplicate reply"))}};
        QJsonObject statesJson;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            statesJson.insert(it.key(), it.value());
        const QJsonObject summary{{"items", expected},
                                  {"kills", kills},
                                  {"flushRounds", rounds},
                                  {"sandboxStarts", m_sandboxStarts},
                                  {"duplicates", duplicates},
                                  {"states", statesJson},
                                  {"faultsInjected", injected},
                                  {"clientSaw", seen},
                                  {"seconds", double(clock.elapsed()) / 1000.0},
                                  {"seed", qint64(seed)}};
        qInfo().noquote() << QJsonDocument(summary).toJson(QJsonDocument::Compact);
        if (const QString file = qEnvironmentVariable("GUICHET_OUTBOX_SUMMARY"); !file.isEmpty()) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n');
        }
        QCOMPARE(duplicates, 0);
        QVERIFY2(seen.value("noAnswer").toInt() + seen.value("serverErrors").toInt() +
                         seen.value("throttled").toInt() + injected.value("dropBefore").toInt() >
                     0,
                 "no fault was injected");
    }
};

QTEST_GUILESS_MAIN(TestOutboxExactlyOnce)
#include "tst_outbox_exactlyonce.moc"
