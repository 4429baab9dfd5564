// The outbox from the inside: Backoff's bounds and Retry-After, the store's transitions and
// encryption at rest, and the worker against a real guichet-sandbox over HTTPS on loopback
// (SandboxFixture): results and anomalies, Retry-After honoured, a restart that finds an item
// left "sending", permanent refusals kept with their problem, offline and back, an expired
// sign-in. Nothing is mocked; the keys are passphrase keys (no keychain needed).
#include "sandboxfixture.h"

#include "core/api/portalclient.h"
#include "core/drafts/draftstore.h"
#include "core/drafts/keyprovider.h"
#include "core/sync/backoff.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxworker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace guichet;
using guichet::sandbox::test::SandboxFixture;
using sync::Backoff;
using sync::Outbox;
using sync::OutboxItem;
using sync::OutboxState;
using sync::OutboxWorker;
using ms = std::chrono::milliseconds;

Q_DECLARE_METATYPE(guichet::sync::OutboxState)

namespace {
const QString kDemo = QStringLiteral("86031412323");

QByteArray sample(const QString &form, const QString &file)
{
    QFile f(qEnvironmentVariable("GUICHET_SOURCE_DIR") +
            QStringLiteral("/forms/%1/1/samples/%2").arg(form, file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Short waits so the worker tests run in seconds; the shapes are the defaults'.
OutboxWorker::Settings quickSettings()
{
    OutboxWorker::Settings s;
    s.backoff = Backoff(ms(20), ms(500));
    s.useNetworkInformation = false;
    s.seed = 7;
    return s;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<drafts::DraftStore> m_drafts;
    std::unique_ptr<Outbox> m_outbox;
    SandboxFixture m_sandbox;
    QString m_token;

    std::unique_ptr<api::PortalClient> client(int timeoutMs = 5000) const
    {
        api::ClientConfig config;
        config.server = QUrl(m_sandbox.origin());
        config.caCertificates =
            QSslCertificate::fromPath(m_sandbox.dataDir() + QStringLiteral("/sandbox/tls/ca.pem"));
        config.proxyMode = api::ClientConfig::Proxy::None;
        config.timeoutMs = timeoutMs;
        auto c = std::make_unique<api::PortalClient>(config);
        c->setAccessToken(m_token.toLatin1());
        return c;
    }

    OutboxItem enqueue(const QString &form, const QByteArray &data, int version = 1)
    {
        auto item = m_outbox->enqueue({form, version, data, {}, {}});
        if (!item)
            qWarning() << item.error().message;
        return item ? *item : OutboxItem{};
    }

    OutboxItem reload(const QString &id) const
    {
        auto item = m_outbox->item(id);
        return item ? *item : OutboxItem{};
    }

    // Runs a worker until the outbox has nothing pending (or the wait gives up).
    bool runUntilIdle(OutboxWorker &worker, int timeoutMs = 60000)
    {
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.start();
        return idle.count() > 0 || idle.wait(timeoutMs);
    }

    int serverCount(const QString &idempotencyKey)
    {
        const auto reply = m_sandbox.admin(
            "GET", QStringLiteral("/admin/declarations?idempotencyKey=") + idempotencyKey);
        return reply.status == 200 ? reply.json().value(QStringLiteral("total")).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<guichet::sync::OutboxState>();
        qputenv("GUICHET_KEYCHAIN", "off");
        QVERIFY2(m_sandbox.start({QStringLiteral("--processing-delay"), QStringLiteral("40")}),
                 qPrintable(m_sandbox.lastError()));
        m_token = m_sandbox.signIn(kDemo);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_sandbox.lastError()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        drafts::KeyProvider::Options options;
        options.useKeychain = false;
        options.kdf.n = 1 << 10; // cheap: these keys protect test data
        drafts::KeyProvider keys(options);
        keys.setPassphrase(QStringLiteral("outbox test passphrase"));
        auto store = drafts::DraftStore::open(m_dir->path(), QStringLiteral("local:test"), keys);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        m_drafts = std::move(*store);
        auto outbox = Outbox::open(*m_drafts);
        QVERIFY2(outbox, qPrintable(outbox ? QString() : outbox.error().message));
        m_outbox = std::move(*outbox);
        QVERIFY(m_sandbox.setFaults({}));
    }

    void cleanup()
    {
        m_outbox.reset();
        m_drafts.reset();
        m_dir.reset();
    }

    // --- Backoff ---------------------------------------------------------------------------

    void backoffStaysWithinItsCeiling_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("cap");
        QTest::addRow("test settings 20 ms / 500 ms") << 20 << 500;
        QTest::addRow("defaults 2 s / 5 min") << 2000 << 300000;
    }

    void backoffStaysWithinItsCeiling()
    {
        QFETCH(int, base);
        QFETCH(int, cap);
        const Backoff backoff{ms(base), ms(cap)};
        QRandomGenerator random(42);
        for (int failures = 1; failures <= 40; ++failures) {
            const qint64 ceiling =
                std::min<qint64>(qint64(base) << std::min(failures - 1, 30), cap);
            QCOMPARE(backoff.ceiling(failures).count(), ceiling);
            qint64 highest = 0;
            QSet<qint64> seen;
            for (int draw = 0; draw < 200; ++draw) {
                const qint64 d = backoff.delay(failures, random).count();
                QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QString::number(d)));
                highest = std::max(highest, d);
                seen.insert(d);
            }
            // Full jitter: the draws spread over the whole range, not around one value.
            QVERIFY(seen.size() > 1 || ceiling <= 1);
            QVERIFY2(highest > ceiling / 2, qPrintable(QString::number(highest)));
        }
        QCOMPARE(backoff.ceiling(0).count(), 0);
        QCOMPARE(backoff.ceiling(1000).count(), qint64(cap));
    }

    void defaultsAreTwoSecondsAndFiveMinutes()
    {
        const Backoff backoff;
        QCOMPARE(backoff.base(), ms(2000));
        QCOMPARE(backoff.cap(), ms(300000));
        QCOMPARE(OutboxWorker::Settings{}.backoff.cap(), ms(300000));
    }

    void retryAfterIsParsed_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::addRow("one second") << QByteArray("1") << qint64(1000);
        QTest::addRow("two minutes") << QByteArray("120") << qint64(120000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("spaces") << QByteArray(" 3 ") << qint64(3000);
        QTest::addRow("absent") << QByteArray() << qint64(-1);
        QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("a week is capped at an hour") << QByteArray("604800") << qint64(3600000);
        QTest::addRow("HTTP-date 30 s ahead")
            << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
        QTest::addRow("HTTP-date in the past")
            << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    }

    void retryAfterIsParsed()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        const auto parsed = Backoff::parseRetryAfter(header, now);
        if (expected < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), expected);
        }
    }

    void retryAfterWinsOverAShorterDraw()
    {
        const Backoff backoff{ms(20), ms(500)};
        QRandomGenerator random(1);
        for (int failures = 1; failures < 10; ++failures) {
            QVERIFY(backoff.delay(failures, ms(1000), random) >= ms(1000));
            QVERIFY(backoff.delay(failures, ms(0), random) <= ms(500));
        }
    }

    // --- The store -------------------------------------------------------------------------

    void enqueueWritesTheKeyBeforeAnyAttempt()
    {
        const QByteArray data = sample("dimona", "valid-in-extra.json");
        const OutboxItem item = enqueue(QStringLiteral("dimona"), data);
        QVERIFY(!item.id.isEmpty());
        QVERIFY(!QUuid::fromString(item.idempotencyKey).isNull());
        QCOMPARE(item.state, OutboxState::Queued);
        QCOMPARE(item.attempts, 0);

        // Another connection (another process would see the same) finds it, key and all.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-enqueue"));
        raw.setDatabaseName(m_dir->filePath(QStringLiteral("drafts.sqlite")));
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT idempotency_key, state, attempts, payload FROM "
                                          "outbox WHERE id = '%1'")
                               .arg(item.id)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), item.idempotencyKey);
            QCOMPARE(q.value(1).toString(), QStringLiteral("queued"));
            QCOMPARE(q.value(2).toInt(), 0);
            // Encrypted at rest: the worker's national number is nowhere in clear.
            QVERIFY(!q.value(3).toByteArray().contains("92063024454"));
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw-enqueue"));
        QFile file(m_dir->filePath(QStringLiteral("drafts.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("92063024454"));

        // The body that will be sent, every time.
        auto body = m_outbox->requestBody(item.id);
        QVERIFY(body);
        const QJsonObject json = QJsonDocument::fromJson(*body).object();
        QCOMPARE(json.value("formId").toString(), QStringLiteral("dimona"));
        QCOMPARE(json.value("formVersion").toInt(), 1);
        QCOMPARE(json.value("data").toObject(), QJsonDocument::fromJson(data).object());
        QVERIFY(!json.contains("onBehalfOf"));
    }

    void enqueueRefusesWhatThePortalCannotTake_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("onBehalfOf");
        QTest::addRow("not JSON") << "dimona" << 1 << QByteArray("{\"a\": ") << QString();
        QTest::addRow("on behalf of a name") << "dimona" << 1 << QByteArray("{}") << "ACME";
        QTest::addRow("on behalf of 9 digits") << "dimona" << 1 << QByteArray("{}") << "123456789";
        QTest::addRow("form id with a slash") << "../dimona" << 1 << QByteArray("{}") << QString();
        QTest::addRow("version 0") << "dimona" << 0 << QByteArray("{}") << QString();
    }

    void enqueueRefusesWhatThePortalCannotTake()
    {
        QFETCH(QString, form);
        QFETCH(int, version);
        QFETCH(QByteArray, data);
        QFETCH(QString, onBehalfOf);
        auto item = m_outbox->enqueue({form, version, data, onBehalfOf, {}});
        QVERIFY(!item);
        QCOMPARE(item.error().code, QString::fromLatin1(sync::errors::invalid));
        QCOMPARE(m_outbox->counts()->total(), 0);
    }

    void onBehalfOfTravelsInTheBody()
    {
        const OutboxItem item = [&] {
            auto i = m_outbox->enqueue(
                {QStringLiteral("dimona"), 1, QByteArray("{}"), QStringLiteral("0812345603"), {}});
            return i ? *i : OutboxItem{};
        }();
        auto body = m_outbox->requestBody(item.id);
        QVERIFY(body);
        QCOMPARE(QJsonDocument::fromJson(*body).object().value("onBehalfOf").toString(),
                 QStringLiteral("0812345603"));
    }

    void transitionsFollowTheDeclaration()
    {
        auto draftId = m_drafts->create(QStringLiteral("dimona"), 1, QStringLiteral("t"),
                                        sample("dimona", "valid-in-extra.json"));
        QVERIFY(draftId);
        auto queued = m_outbox->enqueue(
            {QStringLiteral("dimona"), 1, sample("dimona", "valid-in-extra.json"), {}, *draftId});
        QVERIFY(queued);
        const QString id = queued->id;
        QCOMPARE(m_drafts->load(*draftId)->info.syncState, drafts::SyncState::Queued);

        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        auto sending = m_outbox->beginSend(id, kDemo, later);
        QVERIFY(sending);
        QCOMPARE(sending->state, OutboxState::Sending);
        QCOMPARE(sending->attempts, 1);
        QCOMPARE(sending->idempotencyKey, queued->idempotencyKey);
        // Claimed: not due for anyone else meanwhile.
        QVERIFY(m_outbox->due(QDateTime::currentDateTimeUtc(), 10)->empty());

        // No answer: still "sending" (the portal may have it), due again later, same key.
        QVERIFY(m_outbox->retry(id, QDateTime::currentDateTimeUtc(), QStringLiteral("timeout")));
        QCOMPARE(reload(id).state, OutboxState::Sending);
        QCOMPARE(reload(id).lastError, QStringLiteral("timeout"));
        QCOMPARE(m_outbox->due(QDateTime::currentDateTimeUtc().addMSecs(1), 10)->size(),
                 std::size_t(1));

        // Someone else may not send it again (the portal's idempotency is per caller).
        auto other = m_outbox->beginSend(id, QStringLiteral("85073003328"), later);
        QVERIFY(!other);
        QCOMPARE(other.error().code, QString::fromLatin1(sync::errors::otherDeclarant));
        QVERIFY(m_outbox->beginSend(id, kDemo, later));
        QCOMPARE(reload(id).attempts, 2);

        sync::OutboxResult received;
        received.declarationId = QStringLiteral("d-1");
        received.ticket = QStringLiteral("T-1");
        received.status = QStringLiteral("received");
        QVERIFY(m_outbox->recordDeclaration(id, received, QDateTime::currentDateTimeUtc()));
        QCOMPARE(reload(id).state, OutboxState::Received);
        QCOMPARE(reload(id).result.ticket, QStringLiteral("T-1"));
        QCOMPARE(m_drafts->load(*draftId)->info.syncState, drafts::SyncState::Sent);
        QVERIFY(!m_outbox->beginSend(id, kDemo, later)); // received: never POSTed again

        QCOMPARE(m_outbox->beginPoll(id, QStringLiteral("85073003328"), later).error().code,
                 QString::fromLatin1(sync::errors::otherDeclarant));
        auto polled = m_outbox->beginPoll(id, kDemo, later);
        QVERIFY(polled);
        QCOMPARE(polled->polls, 1);
        QCOMPARE(polled->result.declarationId, QStringLiteral("d-1"));

        sync::OutboxResult done = received;
        done.status = QStringLiteral("done");
        done.result = QStringLiteral("B");
        done.anomalies =
            QJsonArray{QJsonObject{{"code", "SCHEMA-format"},
                                   {"severity", "blocking"},
                                   {"pointer", "/worker/ssin"},
                                   {"message", QJsonObject{{"en", "Not a national number"},
                                                           {"fr", "Pas un numéro national"}}}},
                       QJsonObject{{"code", "SCHEMA-required"},
                                   {"severity", "blocking"},
                                   {"pointer", "/dimonaIn"},
                                   {"field", "/dimonaIn/startDate"},
                                   {"message", QJsonObject{{"en", "Required"}}}},
                       QJsonObject{{"code", "W-1"},
                                   {"severity", "warning"},
                                   {"pointer", "/worker/ssin"},
                                   {"message", QJsonObject{{"en", "Check it"}}}}};
        QVERIFY(m_outbox->recordDeclaration(id, done, QDateTime::currentDateTimeUtc()));
        const OutboxItem refused = reload(id);
        QCOMPARE(refused.state, OutboxState::Refused);
        QVERIFY(refused.isFinal());
        QVERIFY(refused.completed.isValid());
        QCOMPARE(m_drafts->load(*draftId)->info.syncState, drafts::SyncState::Rejected);

        // The anomalies on the fields of the draft, as the form view marks them.
        const auto byField = refused.result.anomaliesByField();
        QCOMPARE(byField.size(), 2);
        QCOMPARE(byField.value("/worker/ssin").size(), 2);
        QCOMPARE(byField.value("/worker/ssin").at(0).message("fr"),
                 QStringLiteral("Pas un numéro national"));
        QCOMPARE(byField.value("/worker/ssin").at(1).blocking, false);
        QCOMPARE(byField.value("/dimonaIn/startDate").at(0).code,
                 QStringLiteral("SCHEMA-required"));
        QCOMPARE(byField.value("/dimonaIn/startDate").at(0).message("de"),
                 QStringLiteral("Required"));

        // Final is final: a late answer changes nothing.
        QVERIFY(!m_outbox->recordDeclaration(id, received, QDateTime::currentDateTimeUtc()));
        QVERIFY(!m_outbox->recordFailure(id, {}, QStringLiteral("late")));
        QVERIFY(!m_outbox->retry(id, QDateTime::currentDateTimeUtc(), QStringLiteral("late")));
        QCOMPARE(reload(id).state, OutboxState::Refused);
        QCOMPARE(m_outbox->counts()->pending, 0);
        QVERIFY(!m_outbox->nextDue()->has_value());
        QVERIFY(m_outbox->remove(id));
        QCOMPARE(m_outbox->counts()->total(), 0);
    }

    void resultLetterGivesTheFinalState_data()
    {
        QTest::addColumn<QString>("letter");
        QTest::addColumn<OutboxState>("state");
        QTest::addRow("A accepted") << "A" << OutboxState::Accepted;
        QTest::addRow("W accepted with warnings") << "W" << OutboxState::AcceptedWithWarnings;
        QTest::addRow("B refused") << "B" << OutboxState::Refused;
        QTest::addRow("S waiting") << "S" << OutboxState::Waiting;
    }

    void resultLetterGivesTheFinalState()
    {
        QFETCH(QString, letter);
        QFETCH(OutboxState, state);
        const OutboxItem item = enqueue(QStringLiteral("dimona"), "{}");
        QVERIFY(m_outbox->beginSend(item.id, kDemo, QDateTime::currentDateTimeUtc()));
        sync::OutboxResult r;
        r.declarationId = QStringLiteral("d");
        r.status = QStringLiteral("done");
        r.result = letter;
        QVERIFY(m_outbox->recordDeclaration(item.id, r, QDateTime::currentDateTimeUtc()));
        QCOMPARE(reload(item.id).state, state);
        QVERIFY(sync::isFinal(state));
        QCOMPARE(sync::stateFromName(sync::stateName(state)), std::optional(state));
    }

    void alteredResultIsDamagedNotWrong()
    {
        const OutboxItem item = enqueue(QStringLiteral("dimona"), "{}");
        QVERIFY(m_outbox->beginSend(item.id, kDemo, QDateTime::currentDateTimeUtc()));
        sync::OutboxResult r;
        r.declarationId = QStringLiteral("d");
        r.status = QStringLiteral("done");
        r.result = QStringLiteral("A");
        QVERIFY(m_outbox->recordDeclaration(item.id, r, QDateTime::currentDateTimeUtc()));
        const OutboxItem second = enqueue(QStringLiteral("dimona"), "{}");
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-tamper"));
            raw.setDatabaseName(m_dir->filePath(QStringLiteral("drafts.sqlite")));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            // The result moved to another row, and a payload with a flipped byte.
            QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET result = (SELECT result FROM outbox "
                                          "WHERE id = '%1') WHERE id = '%2'")
                               .arg(item.id, second.id)));
            QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET payload = substr(payload, 1, 20) || "
                                          "X'00' || substr(payload, 22) WHERE id = '%1'")
                               .arg(second.id)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-tamper"));
        auto read = m_outbox->item(second.id);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QString::fromLatin1(sync::errors::damaged));
        auto body = m_outbox->requestBody(second.id);
        QVERIFY(!body);
        QCOMPARE(body.error().code, QString::fromLatin1(sync::errors::damaged));
        auto all = m_outbox->items();
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(2));
        QVERIFY(!all->at(0).damaged);
        QVERIFY(all->at(1).damaged);
    }

    // --- The worker against the sandbox ----------------------------------------------------

    void everyResultComesBack()
    {
        // The portal's rules decide A, W, B or S; a document that breaks the schema is B.
        const QList<QPair<const char *, const char *>> cases{
            {"dimona", "valid-in-extra.json"},
            {"dimona", "valid-in-other-without-national-number.json"},
            {"dimona", "invalid-worker-bad-national-number.json"},
            {"citizen-address-change", "valid-citizen.json"},
        };
        QStringList ids;
        for (const auto &[form, file] : cases)
            ids << enqueue(QString::fromLatin1(form), sample(form, file)).id;
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings());
        QSignalSpy results(&worker, &OutboxWorker::resultArrived);
        QVERIFY(runUntilIdle(worker));
        QCOMPARE(results.count(), cases.size());
        for (int i = 0; i < cases.size(); ++i) {
            const OutboxItem item = reload(ids[i]);
            QVERIFY2(item.isFinal(), qPrintable(sync::stateName(item.state)));
            QCOMPARE(sync::stateForResult(item.result.result), std::optional(item.state));
            QCOMPARE(item.result.status, QStringLiteral("done"));
            QCOMPARE(item.attempts, 1);
            QVERIFY(!item.result.ticket.isEmpty());
            QVERIFY(item.completed.isValid());
            QCOMPARE(serverCount(item.idempotencyKey), 1);
        }
        QCOMPARE(reload(ids[2]).state, OutboxState::Refused);
        // A refused declaration's anomalies land on the draft's fields.
        const auto byField = worker.anomalies(ids[2]);
        QVERIFY2(byField.contains("/worker/ssin"), qPrintable(byField.keys().join(", ")));
        QVERIFY(!byField.value("/worker/ssin").at(0).message("nl").isEmpty());
        QCOMPARE(worker.statistics().finished, cases.size());
        QVERIFY(worker.isOnline());
    }

    void retryAfterIsHonoured()
    {
        QVERIFY(m_sandbox.setFaults(
            {{"error429", 1.0}, {"retryAfter", 1}, {"paths", "^/api/v1/declarations$"}}));
        const OutboxItem item =
            enqueue(QStringLiteral("dimona"), sample("dimona", "valid-in-extra.json"));
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings());
        QSignalSpy changed(&worker, &OutboxWorker::itemChanged);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        worker.start();
        // The first answer is a 429 with Retry-After: 1.
        QTRY_VERIFY_WITH_TIMEOUT(!reload(item.id).lastError.isEmpty(), 30000);
        const OutboxItem throttled = reload(item.id);
        QCOMPARE(throttled.state, OutboxState::Sending);
        QCOMPARE(throttled.attempts, 1);
        QVERIFY2(throttled.lastError.contains("429"), qPrintable(throttled.lastError));
        // Not before a second after the answer, although the backoff alone would say 20 ms.
        QVERIFY2(throttled.nextAttempt >= before.addMSecs(1000),
                 qPrintable(throttled.nextAttempt.toString(Qt::ISODateWithMs) + " vs " +
                            before.toString(Qt::ISODateWithMs)));
        QVERIFY(m_sandbox.setFaults({}));
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        QVERIFY(idle.wait(30000));
        const OutboxItem done = reload(item.id);
        QVERIFY(done.isFinal());
        QCOMPARE(done.attempts, 2);
        QCOMPARE(done.idempotencyKey, item.idempotencyKey);
        QVERIFY(worker.statistics().throttled >= 1);
        QCOMPARE(serverCount(item.idempotencyKey), 1);
    }

    void restartSendsTheSameKeyAndGetsTheSameDeclaration()
    {
        const OutboxItem item =
            enqueue(QStringLiteral("dimona"), sample("dimona", "valid-in-extra.json"));
        // A worker claimed it and the POST reached the portal, then the process was killed
        // before the answer was recorded: the row says "sending", claimed for a long while.
        QVERIFY(m_outbox->beginSend(item.id, kDemo, QDateTime::currentDateTimeUtc().addSecs(600)));
        auto body = m_outbox->requestBody(item.id);
        QVERIFY(body);
        const auto filed = m_sandbox.request("POST", QStringLiteral("/declarations"), *body,
                                             {{"Idempotency-Key", item.idempotencyKey.toLatin1()},
                                              {"Content-Type", "application/json"}},
                                             m_token);
        QCOMPARE(filed.status, 201);
        const QString declarationId = filed.json().value("id").toString();
        QCOMPARE(reload(item.id).state, OutboxState::Sending);
        QVERIFY(m_outbox->due(QDateTime::currentDateTimeUtc(), 10)->empty());

        // The next run takes it back at once and sends it again, with the same key.
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings());
        QVERIFY(runUntilIdle(worker));
        const OutboxItem done = reload(item.id);
        QVERIFY(done.isFinal());
        QCOMPARE(done.attempts, 2);
        QCOMPARE(done.idempotencyKey, item.idempotencyKey);
        QCOMPARE(done.result.declarationId, declarationId);
        QCOMPARE(worker.statistics().replayed, 1);
        QCOMPARE(serverCount(item.idempotencyKey), 1);
    }

    void permanentRefusalsAreKeptNotRetried_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("onBehalfOf");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<QString>("reason");
        QTest::addRow("404 unknown form version")
            << "dimona" << 99 << QString() << false << "unknown-form";
        QTest::addRow("403 no mandate") << "dimona" << 1 << "0999999984" << false << "no-mandate";
        QTest::addRow("409 key used with another body")
            << "dimona" << 1 << QString() << true << "idempotency-conflict";
    }

    void permanentRefusalsAreKeptNotRetried()
    {
        QFETCH(QString, form);
        QFETCH(int, version);
        QFETCH(QString, onBehalfOf);
        QFETCH(bool, conflict);
        QFETCH(QString, reason);
        auto queued = m_outbox->enqueue(
            {form, version, sample("dimona", "valid-in-extra.json"), onBehalfOf, {}});
        QVERIFY(queued);
        if (conflict) {
            // Someone used this key first with another body (cannot happen through the outbox:
            // that is why it is a bug state and not something to retry).
            const auto first = m_sandbox.post(
                QStringLiteral("/declarations"),
                QJsonObject{
                    {"formId", "dimona"},
                    {"formVersion", 1},
                    {"data", QJsonDocument::fromJson(sample("dimona", "valid-out.json")).object()}},
                m_token, {{"Idempotency-Key", queued->idempotencyKey.toLatin1()}});
            QCOMPARE(first.status, 201);
        }
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings());
        QVERIFY(runUntilIdle(worker));
        const OutboxItem failed = reload(queued->id);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.attempts, 1);
        QCOMPARE(failed.idempotencyKey, queued->idempotencyKey); // never re-keyed
        QCOMPARE(failed.result.problem.value("reason").toString(), reason);
        QVERIFY(!failed.lastError.isEmpty());
        QCOMPARE(serverCount(queued->idempotencyKey), conflict ? 1 : 0);
    }

    void offlineThenBackOnline()
    {
        // Every declarations request outlives the client's 1 s timeout: no answers at all.
        QVERIFY(m_sandbox.setFaults({{"latencyMs", 2500}, {"paths", "^/api/v1/declarations"}}));
        const OutboxItem item =
            enqueue(QStringLiteral("dimona"), sample("dimona", "valid-in-extra.json"));
        auto portal = client(1000);
        OutboxWorker::Settings settings = quickSettings();
        settings.offlineAfter = 2;
        settings.backoff = Backoff(ms(20), ms(200));
        OutboxWorker worker(*m_outbox, *portal, kDemo, settings);
        QSignalSpy online(&worker, &OutboxWorker::onlineChanged);
        worker.start();
        QVERIFY(online.wait(60000));
        QCOMPARE(online.last().at(0).toBool(), false);
        QVERIFY(!worker.isOnline());
        QVERIFY(!worker.statistics().everAnswered);
        const OutboxItem waiting = reload(item.id);
        QVERIFY(!waiting.isFinal());
        QVERIFY(waiting.attempts >= 2);
        QVERIFY(!waiting.lastError.isEmpty());

        QVERIFY(m_sandbox.setFaults({}));
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        QTRY_VERIFY_WITH_TIMEOUT(worker.isOnline(), 60000);
        QCOMPARE(online.last().at(0).toBool(), true);
        QVERIFY(idle.count() > 0 || idle.wait(60000));
        const OutboxItem done = reload(item.id);
        QVERIFY(done.isFinal());
        QCOMPARE(done.idempotencyKey, item.idempotencyKey);
        // Requests that timed out may have been processed later: still one declaration.
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(item.idempotencyKey), 1, 10000);
    }

    void expiredSignInPausesAndResumes()
    {
        const OutboxItem item =
            enqueue(QStringLiteral("dimona"), sample("dimona", "valid-in-extra.json"));
        auto portal = client();
        portal->setAccessToken("not-a-token-the-portal-gave");
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings());
        QSignalSpy signIn(&worker, &OutboxWorker::signInNeeded);
        worker.start();
        QVERIFY(signIn.wait(30000));
        QVERIFY(worker.needsSignIn());
        const OutboxItem paused = reload(item.id);
        QVERIFY(!paused.isFinal());
        QCOMPARE(paused.attempts, 1);

        portal->setAccessToken(m_token.toLatin1());
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.resume();
        QVERIFY(idle.wait(30000));
        QVERIFY(reload(item.id).isFinal());
        QCOMPARE(serverCount(item.idempotencyKey), 1);
    }

    void faultsAndConcurrencyStillFileEachOnce()
    {
        QVERIFY(m_sandbox.setFaults({{"dropBeforeProcessing", 0.1},
                                     {"dropAfterProcessing", 0.15},
                                     {"error500", 0.1},
                                     {"error503", 0.1},
                                     {"duplicateReply", 0.1},
                                     {"paths", "^/api/v1/declarations"},
                                     {"seed", 11}}));
        QList<OutboxItem> items;
        for (int i = 0; i < 24; ++i)
            items << enqueue(QStringLiteral("dimona"), sample("dimona", "valid-in-extra.json"));
        auto portal = client();
        OutboxWorker::Settings settings = quickSettings();
        settings.maxInFlight = 3;
        OutboxWorker worker(*m_outbox, *portal, kDemo, settings);
        QVERIFY(runUntilIdle(worker, 120000));
        QVERIFY(m_sandbox.setFaults({}));
        const auto &s = worker.statistics();
        QVERIFY2(s.noAnswer + s.serverErrors > 0, "no fault was met");
        const auto all = m_sandbox.admin("GET", QStringLiteral("/admin/declarations")).json();
        QHash<QString, QStringList> byKey;
        for (const QJsonValue &d : all.value("declarations").toArray())
            byKey[d.toObject().value("idempotencyKey").toString()]
                << d.toObject().value("id").toString();
        for (const OutboxItem &queued : items) {
            const OutboxItem done = reload(queued.id);
            QVERIFY2(done.isFinal(), qPrintable(sync::stateName(done.state)));
            QCOMPARE(byKey.value(done.idempotencyKey).size(), 1);
            QCOMPARE(byKey.value(done.idempotencyKey).first(), done.result.declarationId);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
