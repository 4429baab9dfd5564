// Batch submission (issue #9) against a real guichet-sandbox over HTTPS on loopback: a batch is
// queued in one transaction with a key per item; the worker keeps at most maxInFlight requests on
// the wire and fills up to it; a refused and a failed item show in the counts and the result list;
// Cancel (pause) holds the items never sent while those sent get their result; Resume, also after
// a restart with new Outbox and worker objects on the same file, files every declaration exactly
// once (the sandbox's admin listing by Idempotency-Key); and the batch dialog, driven offscreen,
// shows the numbers. Nothing is mocked; the worker runs on the test's thread.
#include "sandboxfixture.h"

#include "core/api/portalclient.h"
#include "core/drafts/draftstore.h"
#include "core/drafts/keyprovider.h"
#include "core/i18n.h"
#include "core/sync/outbox.h"
#include "core/sync/outboxworker.h"
#include "ui/batch/batchdialog.h"
#include "ui/batch/batchitemmodel.h"
#include "ui/batch/batchprogresswidget.h"
#include "ui/batch/batchsubmission.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace guichet;
using guichet::sandbox::test::SandboxFixture;
using sync::Backoff;
using sync::BatchProgress;
using sync::Outbox;
using sync::OutboxItem;
using sync::OutboxState;
using sync::OutboxWorker;
using ui::batch::BatchDialog;
using ui::batch::BatchItemModel;
using ui::batch::BatchProgressWidget;
using ui::batch::BatchSubmission;
using ms = std::chrono::milliseconds;

Q_DECLARE_METATYPE(guichet::sync::OutboxState)

namespace {
const QString kDemo = QStringLiteral("86031412323");
const QString kEmployer = QStringLiteral("0403019261"); // Brasserie Janssens SRL, his own
const QString kLabel = QStringLiteral("Dimona IN Brasserie Janssens, June");

QByteArray sample(const QString &form, const QString &file)
{
    QFile f(qEnvironmentVariable("GUICHET_SOURCE_DIR") +
            QStringLiteral("/forms/%1/1/samples/%2").arg(form, file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The Dimona IN sample as the employer files it for one of its workers.
QByteArray dimonaIn(const char *file = "valid-in-extra.json")
{
    return sample(QStringLiteral("dimona"), QString::fromLatin1(file))
        .replace("0812345603", kEmployer.toLatin1());
}

enum class Spoil
{
    None,
    Refused, // a worker's national number the portal's rules refuse (result B)
    Failed,  // a form version the portal does not know (404: the request is refused)
};

// n Dimona items for the employer, with the one at `at` spoiled as said.
QList<Outbox::Submission> dimonaBatch(int n, int at = -1, Spoil spoil = Spoil::None)
{
    QList<Outbox::Submission> list;
    for (int i = 0; i < n; ++i) {
        Outbox::Submission s{QStringLiteral("dimona"), 1, dimonaIn(), kEmployer, {}};
        if (i == at && spoil == Spoil::Refused)
            s.data = dimonaIn("invalid-worker-bad-national-number.json");
        if (i == at && spoil == Spoil::Failed)
            s.formVersion = 99;
        list.append(s);
    }
    return list;
}

QStringList workerNames(int n)
{
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << QStringLiteral("Worker Peeters %1").arg(i + 1);
    return names;
}

// Short waits so the tests run in seconds; the shapes are the defaults'.
OutboxWorker::Settings quickSettings(int maxInFlight)
{
    OutboxWorker::Settings s;
    s.backoff = Backoff(ms(20), ms(500));
    s.useNetworkInformation = false;
    s.seed = 9;
    s.maxInFlight = maxInFlight;
    return s;
}

// Counts the requests a client has on the wire from its network access manager's replies (a
// reply not finished is a request in flight), independently of the worker's own bookkeeping.
class InFlightProbe : public QObject
{
public:
    explicit InFlightProbe(api::PortalClient &client)
        : m_nam(client.findChild<QNetworkAccessManager *>())
    {
        Q_ASSERT(m_nam);
        m_nam->installEventFilter(this);
        connect(m_nam, &QNetworkAccessManager::finished, this, &InFlightProbe::sample);
    }

    void sample()
    {
        int n = 0;
        const auto replies = m_nam->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
        for (const QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                ++n;
        }
        m_peak = std::max(m_peak, n);
        ++m_samples;
    }
    int peak() const { return m_peak; }
    int samples() const { return m_samples; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A new reply: count once it is built (the worker sends a whole round in one go).
        if (watched == m_nam && event->type() == QEvent::ChildAdded)
            QTimer::singleShot(0, this, &InFlightProbe::sample);
        return false;
    }

private:
    QNetworkAccessManager *m_nam;
    int m_peak = 0;
    int m_samples = 0;
};

// Translates a few of the batch widget's texts, to see a live language change reach them
// (the real .ts files are filled at the end of the project).
class TestTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "guichet::ui::batch::BatchProgressWidget" &&
            QByteArrayView(context) != "guichet::ui::batch::BatchItemModel")
            return {};
        if (QByteArrayView(source) == "Done:")
            return QStringLiteral("Fait :");
        if (QByteArrayView(source) == "Ca&ncel the rest")
            return QStringLiteral("A&nnuler le reste");
        if (QByteArrayView(source) == "Refused")
            return QStringLiteral("Refusée");
        return {};
    }
    bool isEmpty() const override { return false; }
};

QString text(const QWidget *root, const char *name)
{
    const auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}
} // namespace

class TestBatch : public QObject
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

    // Opens the drafts file of the test's folder as the client does at start-up.
    bool openStore()
    {
        drafts::KeyProvider::Options options;
        options.useKeychain = false;
        options.kdf.n = 1 << 10; // cheap: these keys protect test data
        drafts::KeyProvider keys(options);
        keys.setPassphrase(QStringLiteral("batch test passphrase"));
        auto store = drafts::DraftStore::open(m_dir->path(), QStringLiteral("local:test"), keys);
        if (!store) {
            qWarning() << store.error().message;
            return false;
        }
        m_drafts = std::move(*store);
        auto outbox = Outbox::open(*m_drafts);
        if (!outbox) {
            qWarning() << outbox.error().message;
            return false;
        }
        m_outbox = std::move(*outbox);
        return true;
    }

    QString enqueueBatch(const QList<Outbox::Submission> &submissions,
                         const QStringList &names = {})
    {
        auto batch = m_outbox->enqueueBatch(submissions, kLabel, names);
        if (!batch)
            qWarning() << batch.error().message;
        return batch ? *batch : QString();
    }

    std::vector<OutboxItem> itemsOf(const QString &batchId) const
    {
        auto items = m_outbox->batchItems(batchId);
        return items ? *items : std::vector<OutboxItem>{};
    }

    BatchProgress progressOf(const QString &batchId) const
    {
        auto p = m_outbox->batchProgress(batchId);
        return p ? *p : BatchProgress{};
    }

    // How many declarations the portal holds for each Idempotency-Key.
    QHash<QString, int> filedByKey()
    {
        const auto all = m_sandbox.admin("GET", QStringLiteral("/admin/declarations")).json();
        QHash<QString, int> byKey;
        for (const QJsonValue &d : all.value("declarations").toArray())
            ++byKey[d.toObject().value("idempotencyKey").toString()];
        return byKey;
    }

    // Declarations filed for the batch's items.
    int filedFor(const QString &batchId)
    {
        const QHash<QString, int> byKey = filedByKey();
        int n = 0;
        for (const OutboxItem &item : itemsOf(batchId))
            n += byKey.value(item.idempotencyKey);
        return n;
    }

    // Every item final, and each filed exactly once under its key (none for a request the portal
    // refused outright).
    void verifyFiledExactlyOnce(const QString &batchId)
    {
        const QHash<QString, int> byKey = filedByKey();
        for (const OutboxItem &item : itemsOf(batchId)) {
            QVERIFY2(item.isFinal(), qPrintable(QStringLiteral("item %1: %2")
                                                    .arg(item.batchIndex + 1)
                                                    .arg(sync::stateName(item.state))));
            const int expected = item.state == OutboxState::Failed ? 0 : 1;
            QVERIFY2(byKey.value(item.idempotencyKey) == expected,
                     qPrintable(QStringLiteral("item %1 filed %2 time(s)")
                                    .arg(item.batchIndex + 1)
                                    .arg(byKey.value(item.idempotencyKey))));
        }
    }

    // Waits for the worker's next idle (nothing due: finished, or held by a paused batch).
    static bool waitIdle(OutboxWorker &worker, QSignalSpy &idle, int timeoutMs = 120000)
    {
        Q_UNUSED(worker);
        return idle.count() > 0 || idle.wait(timeoutMs);
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
        QVERIFY(openStore());
        QVERIFY(m_sandbox.setFaults({}));
        i18n::setLanguage(QStringLiteral("en"));
    }

    void cleanup()
    {
        m_outbox.reset();
        m_drafts.reset();
        m_dir.reset();
    }

    // --- The store -------------------------------------------------------------------------

    void batchIsQueuedWholeWithAKeyPerItem()
    {
        const QString batchId = enqueueBatch(dimonaBatch(12), workerNames(12));
        QVERIFY(!batchId.isEmpty());
        const auto items = itemsOf(batchId);
        QCOMPARE(items.size(), std::size_t(12));
        QSet<QString> keys;
        for (int i = 0; i < 12; ++i) {
            const OutboxItem &item = items[std::size_t(i)];
            QCOMPARE(item.batchId, batchId);
            QCOMPARE(item.batchIndex, i);
            QCOMPARE(item.label, QStringLiteral("Worker Peeters %1").arg(i + 1));
            QCOMPARE(item.state, OutboxState::Queued);
            QVERIFY(!QUuid::fromString(item.idempotencyKey).isNull());
            keys.insert(item.idempotencyKey);
        }
        QCOMPARE(keys.size(), 12);
        const BatchProgress p = progressOf(batchId);
        QCOMPARE(p.label, kLabel);
        QCOMPARE(p.total(), 12);
        QCOMPARE(p.queued, 12);
        QVERIFY(!p.paused);
        QVERIFY(!p.isComplete());
        auto all = m_outbox->batches();
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(1));
        QCOMPARE(all->front().id, batchId);

        // The labels are personal data: sealed, nowhere in clear in the file.
        m_outbox.reset();
        m_drafts.reset();
        for (const QString &name :
             {QStringLiteral("drafts.sqlite"), QStringLiteral("drafts.sqlite-wal")}) {
            QFile file(m_dir->filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains("Worker Peeters"));
            QVERIFY(!bytes.contains("Brasserie Janssens"));
            QVERIFY(!bytes.contains("92063024454"));
        }
    }

    void batchWithABadSubmissionQueuesNothing_data()
    {
        QTest::addColumn<int>("badAt");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("onBehalfOf");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("first is not JSON") << 0 << QByteArray("{\"a\": ") << kEmployer << "1";
        QTest::addRow("last on behalf of a name") << 4 << dimonaIn() << "ACME"
                                                  << "5";
    }

    void batchWithABadSubmissionQueuesNothing()
    {
        QFETCH(int, badAt);
        QFETCH(QByteArray, data);
        QFETCH(QString, onBehalfOf);
        QFETCH(QString, mentions);
        QList<Outbox::Submission> list = dimonaBatch(5);
        list[badAt].data = data;
        list[badAt].onBehalfOf = onBehalfOf;
        auto batch = m_outbox->enqueueBatch(list, kLabel);
        QVERIFY(!batch);
        QCOMPARE(batch.error().code, QString::fromLatin1(sync::errors::invalid));
        QCOMPARE(batch.error().params.value(0), mentions); // which one, for the message
        QCOMPARE(m_outbox->counts()->total(), 0);
        QVERIFY(m_outbox->batches()->empty());
    }

    void emptyBatchOrMismatchedNamesAreRefused()
    {
        QCOMPARE(m_outbox->enqueueBatch({}, kLabel).error().code,
                 QString::fromLatin1(sync::errors::invalid));
        QCOMPARE(m_outbox->enqueueBatch(dimonaBatch(3), kLabel, workerNames(2)).error().code,
                 QString::fromLatin1(sync::errors::invalid));
        QCOMPARE(m_outbox->counts()->total(), 0);
        QCOMPARE(m_outbox->batchProgress(QStringLiteral("nope")).error().code,
                 QString::fromLatin1(sync::errors::notFound));
        QCOMPARE(m_outbox->pauseBatch(QStringLiteral("nope")).error().code,
                 QString::fromLatin1(sync::errors::notFound));
    }

    void progressCountsEveryState()
    {
        const QString batchId = enqueueBatch(dimonaBatch(7));
        const auto items = itemsOf(batchId);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        const auto finish = [&](int i, const char *letter) {
            QVERIFY(m_outbox->beginSend(items[std::size_t(i)].id, kDemo, later));
            sync::OutboxResult r;
            r.declarationId = QStringLiteral("d%1").arg(i);
            r.status = QStringLiteral("done");
            r.result = QString::fromLatin1(letter);
            QVERIFY(m_outbox->recordDeclaration(items[std::size_t(i)].id, r, later));
        };
        finish(0, "A");
        finish(1, "W");
        finish(2, "B");
        finish(3, "S");
        QVERIFY(m_outbox->beginSend(items[4].id, kDemo, later));
        QVERIFY(m_outbox->recordFailure(items[4].id, {{"status", 404}}, QStringLiteral("404")));
        QVERIFY(m_outbox->beginSend(items[5].id, kDemo, later)); // sending, answer awaited
        const BatchProgress p = progressOf(batchId);
        QCOMPARE(p.accepted, 1);
        QCOMPARE(p.acceptedWithWarnings, 1);
        QCOMPARE(p.refused, 1);
        QCOMPARE(p.waiting, 1);
        QCOMPARE(p.failed, 1);
        QCOMPARE(p.inProgress, 1);
        QCOMPARE(p.queued, 1);
        QCOMPARE(p.total(), 7);
        QCOMPARE(p.finished(), 5);
        QCOMPARE(p.succeeded(), 2);
        QCOMPARE(p.unsuccessful(), 2);
        QCOMPARE(p.remaining(), 2);
        QCOMPARE(p.finishedInRun, 5);
        QVERIFY(p.firstCompleted.isValid());
        QVERIFY(p.lastCompleted >= p.firstCompleted);
        QVERIFY(p.lastChanged >= p.lastCompleted);
        // Items outside the batch do not count.
        QVERIFY(m_outbox->enqueue({QStringLiteral("dimona"), 1, dimonaIn(), {}, {}}));
        QCOMPARE(progressOf(batchId).total(), 7);
        QCOMPARE(m_outbox->counts()->total(), 8);
    }

    void rateAndTimeLeft_data()
    {
        QTest::addColumn<int>("finishedInRun");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("elapsedSeconds");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<double>("rate");     // -1: none
        QTest::addColumn<int>("leftSeconds"); // -1: none
        QTest::addRow("nothing finished yet") << 0 << 10 << 30 << false << -1.0 << -1;
        QTest::addRow("ten in two minutes, ten left") << 10 << 10 << 120 << false << 5.0 << 120;
        QTest::addRow("thirty in one minute, 45 left") << 30 << 45 << 60 << false << 30.0 << 90;
        QTest::addRow("paused: rate up to the pause, no time left")
            << 10 << 10 << 120 << true << 5.0 << -1;
        QTest::addRow("complete: no time left") << 10 << 0 << 120 << false << 5.0 << -1;
    }

    void rateAndTimeLeft()
    {
        QFETCH(int, finishedInRun);
        QFETCH(int, remaining);
        QFETCH(int, elapsedSeconds);
        QFETCH(bool, paused);
        QFETCH(double, rate);
        QFETCH(int, leftSeconds);
        const QDateTime start(QDate(2025, 6, 21), QTime(8, 0), Qt::UTC);
        const QDateTime end = start.addSecs(elapsedSeconds);
        BatchProgress p;
        p.created = start;
        p.accepted = finishedInRun;
        p.finishedInRun = finishedInRun;
        p.queued = remaining;
        p.lastCompleted = finishedInRun > 0 ? end : QDateTime();
        p.paused = paused;
        p.pausedAt = paused ? end : QDateTime();
        // While paused or once complete the clock does not count: an hour later, same rate.
        const QDateTime now = (paused || remaining == 0) ? end.addSecs(3600) : end;
        const auto r = p.ratePerMinute(now);
        QCOMPARE(r.has_value(), rate >= 0);
        if (r)
            QCOMPARE(*r, rate);
        const auto left = p.timeLeft(now);
        QCOMPARE(left.has_value(), leftSeconds >= 0);
        if (left)
            QCOMPARE(int(left->count()), leftSeconds);
    }

    void pausedBatchHoldsOnlyWhatWasNeverSent()
    {
        const QString batchId = enqueueBatch(dimonaBatch(3));
        const QString other =
            m_outbox->enqueue({QStringLiteral("dimona"), 1, dimonaIn(), {}, {}})->id;
        const auto items = itemsOf(batchId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The first one went out, and its answer was lost: it is "sending", due again.
        QVERIFY(m_outbox->beginSend(items[0].id, kDemo, now));
        QVERIFY(m_outbox->retry(items[0].id, now, QStringLiteral("timeout")));

        QVERIFY(m_outbox->pauseBatch(batchId));
        QVERIFY(m_outbox->pauseBatch(batchId)); // again: fine
        QVERIFY(progressOf(batchId).paused);
        auto due = m_outbox->due(now.addSecs(1), 10);
        QVERIFY(due);
        QStringList dueIds;
        for (const OutboxItem &item : *due)
            dueIds << item.id;
        // The one sent must still be resolved (it may be on the portal); items outside the
        // batch are not held; the two never sent are.
        QCOMPARE(dueIds.size(), 2);
        QVERIFY(dueIds.contains(items[0].id));
        QVERIFY(dueIds.contains(other));
        QVERIFY(!dueIds.contains(items[1].id));
        auto refused = m_outbox->beginSend(items[1].id, kDemo, now);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString::fromLatin1(sync::errors::paused));
        QCOMPARE(m_outbox->item(items[1].id)->attempts, 0);
        QVERIFY(m_outbox->beginSend(items[0].id, kDemo, now)); // sent again, same key
        QCOMPARE(m_outbox->counts()->paused, 2);
        QCOMPARE(m_outbox->counts()->pending, 4);

        // Only the held ones left: nothing is due, ever, until resumed.
        QVERIFY(m_outbox->recordFailure(items[0].id, {}, QStringLiteral("x")));
        QVERIFY(m_outbox->beginSend(other, kDemo, now));
        QVERIFY(m_outbox->recordFailure(other, {}, QStringLiteral("x")));
        QVERIFY(m_outbox->due(now.addSecs(3600), 10)->empty());
        QVERIFY(!m_outbox->nextDue()->has_value());

        QVERIFY(m_outbox->resumeBatch(batchId));
        const BatchProgress resumed = progressOf(batchId);
        QVERIFY(!resumed.paused);
        QVERIFY(resumed.resumedAt.isValid());
        QCOMPARE(m_outbox->due(QDateTime::currentDateTimeUtc(), 10)->size(), std::size_t(2));
        QVERIFY(m_outbox->nextDue()->has_value());
        QCOMPARE(m_outbox->counts()->paused, 0);
    }

    void removeBatchOnlyWhenNothingIsOnItsWay()
    {
        const QString batchId = enqueueBatch(dimonaBatch(3));
        const auto items = itemsOf(batchId);
        QVERIFY(m_outbox->beginSend(items[0].id, kDemo, QDateTime::currentDateTimeUtc()));
        QVERIFY(m_outbox->pauseBatch(batchId));
        auto refused = m_outbox->removeBatch(batchId);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString::fromLatin1(sync::errors::badState));
        QVERIFY(m_outbox->recordFailure(items[0].id, {}, QStringLiteral("x")));
        QVERIFY(m_outbox->removeBatch(batchId));
        QCOMPARE(m_outbox->counts()->total(), 0);
        QVERIFY(m_outbox->batches()->empty());
        QCOMPARE(m_outbox->batchItems(batchId).error().code,
                 QString::fromLatin1(sync::errors::notFound));
    }

    void submissionChecksEveryDocumentFirst()
    {
        QList<QByteArray> documents;
        for (int i = 0; i < 6; ++i)
            documents << dimonaIn();
        documents[2] = dimonaIn("invalid-worker-too-short.json");
        documents[5] = "{\"declarationType\": ";
        auto refused = BatchSubmission::queue(
            *m_outbox, {QStringLiteral("dimona"), documents, kEmployer, kLabel, workerNames(6)});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("batch-invalid"));
        QCOMPARE(refused.error().params, QStringList({"3", "6"}));
        QVERIFY2(refused.error().message.contains("3, 6"), qPrintable(refused.error().message));
        QCOMPARE(m_outbox->counts()->total(), 0);
        auto problems = BatchSubmission::check(QStringLiteral("dimona"), documents);
        QVERIFY(problems);
        QCOMPARE(problems->size(), std::size_t(2));
        QCOMPARE(problems->at(0).index, 2);
        QVERIFY(!problems->at(0).messages.isEmpty());

        auto unknown = BatchSubmission::queue(
            *m_outbox, {QStringLiteral("no-such-form"), {dimonaIn()}, kEmployer, kLabel, {}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("forms.unknown"));

        documents[2] = dimonaIn();
        documents[5] = dimonaIn();
        auto batch = BatchSubmission::queue(
            *m_outbox, {QStringLiteral("dimona"), documents, kEmployer, kLabel, workerNames(6)});
        QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().message));
        const auto items = itemsOf(*batch);
        QCOMPARE(items.size(), std::size_t(6));
        QCOMPARE(items[0].formVersion, BatchSubmission::latestVersion(QStringLiteral("dimona")));
        QVERIFY(items[0].formVersion >= 1);
        auto body = QJsonDocument::fromJson(*m_outbox->requestBody(items[3].id)).object();
        QCOMPARE(body.value("onBehalfOf").toString(), kEmployer);
        QCOMPARE(body.value("data").toObject(), QJsonDocument::fromJson(dimonaIn()).object());
    }

    // --- The worker against the sandbox ----------------------------------------------------

    void concurrencyIsBoundedAndFilled_data()
    {
        QTest::addColumn<int>("maxInFlight");
        QTest::addRow("one at a time") << 1;
        QTest::addRow("four at once") << 4;
        QTest::addRow("eight at once") << 8;
    }

    void concurrencyIsBoundedAndFilled()
    {
        QFETCH(int, maxInFlight);
        // Every declarations request lingers on the portal: requests overlap whenever the worker
        // lets them.
        QVERIFY(m_sandbox.setFaults({{"latencyMs", 60}, {"paths", "^/api/v1/declarations"}}));
        const int n = 40;
        const QString batchId = enqueueBatch(dimonaBatch(n), workerNames(n));
        auto portal = client();
        InFlightProbe probe(*portal);
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings(maxInFlight));
        int workerPeak = 0;
        connect(&worker, &OutboxWorker::itemChanged, this, [&] {
            probe.sample();
            workerPeak = std::max(workerPeak, worker.inFlight());
        });
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.start();
        QVERIFY(waitIdle(worker, idle));
        QVERIFY(m_sandbox.setFaults({}));

        verifyFiledExactlyOnce(batchId);
        const BatchProgress p = progressOf(batchId);
        QCOMPARE(p.total(), n);
        QCOMPARE(p.finished(), n);
        QVERIFY(p.isComplete());
        QVERIFY(p.ratePerMinute(QDateTime::currentDateTimeUtc()).has_value());
        // Never more than allowed on the wire, and the worker fills up to it.
        QVERIFY2(probe.peak() <= maxInFlight,
                 qPrintable(QStringLiteral("%1 on the wire").arg(probe.peak())));
        QVERIFY2(workerPeak <= maxInFlight, qPrintable(QString::number(workerPeak)));
        QCOMPARE(worker.statistics().peakInFlight, maxInFlight);
        QCOMPARE(probe.peak(), maxInFlight);
        QVERIFY(probe.samples() > n);
        QCOMPARE(worker.statistics().posts, n);
    }

    void refusedAndFailedItemsShow_data()
    {
        QTest::addColumn<int>("at");
        QTest::addColumn<int>("spoil");
        QTest::addColumn<OutboxState>("state");
        QTest::addRow("refused by the portal's rules")
            << 7 << int(Spoil::Refused) << OutboxState::Refused;
        QTest::addRow("request refused: unknown form version")
            << 23 << int(Spoil::Failed) << OutboxState::Failed;
    }

    void refusedAndFailedItemsShow()
    {
        QFETCH(int, at);
        QFETCH(int, spoil);
        QFETCH(OutboxState, state);
        const int n = 30;
        const QString batchId = enqueueBatch(dimonaBatch(n, at, Spoil(spoil)), workerNames(n));
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings(4));
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.start();
        QVERIFY(waitIdle(worker, idle));
        verifyFiledExactlyOnce(batchId);

        const BatchProgress p = progressOf(batchId);
        QCOMPARE(p.unsuccessful(), 1);
        QCOMPARE(state == OutboxState::Refused ? p.refused : p.failed, 1);
        QCOMPARE(p.succeeded() + p.waiting, n - 1);
        const auto items = itemsOf(batchId);
        for (const OutboxItem &item : items) {
            if (item.batchIndex == at) {
                QCOMPARE(item.state, state);
                QCOMPARE(item.label, QStringLiteral("Worker Peeters %1").arg(at + 1));
                QVERIFY(!BatchItemModel::messageText(item).isEmpty());
            } else {
                QVERIFY2(item.state != OutboxState::Refused && item.state != OutboxState::Failed,
                         qPrintable(sync::stateName(item.state)));
                QVERIFY(!item.result.ticket.isEmpty());
            }
        }
        // The result list shows it, and its filter finds only it.
        BatchItemModel model;
        model.reset(items);
        QCOMPARE(model.rowCount(), n);
        const QModelIndex stateCell = model.index(at, BatchItemModel::StateColumn);
        QCOMPARE(model.data(stateCell).toString(), BatchItemModel::stateText(state));
        QCOMPARE(model.data(stateCell, BatchItemModel::FinishedUnsuccessfullyRole).toBool(), true);
        QVERIFY(!model.data(model.index(at, BatchItemModel::MessageColumn)).toString().isEmpty());
        QCOMPARE(model.data(model.index(at, BatchItemModel::NameColumn)).toString(),
                 QStringLiteral("Worker Peeters %1").arg(at + 1));
        if (state == OutboxState::Refused) {
            // The anomaly's message in the UI language.
            const QString nl = items[std::size_t(at)].result.anomalyList().first().message("nl");
            QVERIFY(!nl.isEmpty());
            i18n::setLanguage(QStringLiteral("nl"));
            QCOMPARE(model.data(model.index(at, BatchItemModel::MessageColumn)).toString(), nl);
            i18n::setLanguage(QStringLiteral("en"));
        }
    }

    void cancelMidwayThenResume()
    {
        QVERIFY(m_sandbox.setFaults({{"latencyMs", 80}, {"paths", "^/api/v1/declarations"}}));
        const int n = 40;
        const QString batchId = enqueueBatch(dimonaBatch(n));
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings(3));
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(progressOf(batchId).finished() >= 5, 60000);

        // Cancel: from now on nothing that was never sent goes out.
        QVERIFY(m_outbox->pauseBatch(batchId));
        QVERIFY(waitIdle(worker, idle)); // what was on its way got its result
        const BatchProgress paused = progressOf(batchId);
        QVERIFY(paused.paused);
        QVERIFY2(paused.queued > 0 && paused.finished() > 0,
                 qPrintable(QStringLiteral("%1 queued, %2 finished")
                                .arg(paused.queued)
                                .arg(paused.finished())));
        QCOMPARE(paused.inProgress, 0);
        QCOMPARE(paused.remaining(), paused.queued);
        for (const OutboxItem &item : itemsOf(batchId)) {
            if (item.state == OutboxState::Queued)
                QCOMPARE(item.attempts, 0);
            else
                QVERIFY(item.isFinal());
        }
        const int filed = filedFor(batchId);
        QCOMPARE(filed, paused.finished());
        const int posts = worker.statistics().posts;

        // Woken while paused: still nothing sent.
        idle.clear();
        worker.wake();
        QVERIFY(waitIdle(worker, idle));
        QCOMPARE(worker.statistics().posts, posts);
        QCOMPARE(filedFor(batchId), filed);
        QCOMPARE(progressOf(batchId).queued, paused.queued);

        // Resume: the rest goes, each once.
        QVERIFY(m_outbox->resumeBatch(batchId));
        idle.clear();
        worker.wake();
        QVERIFY(waitIdle(worker, idle));
        QVERIFY(m_sandbox.setFaults({}));
        verifyFiledExactlyOnce(batchId);
        QCOMPARE(progressOf(batchId).finished(), n);
        QCOMPARE(worker.statistics().posts, n);
    }

    void resumeAfterARestartSendsNothingTwice()
    {
        QVERIFY(m_sandbox.setFaults({{"latencyMs", 80},
                                     {"dropAfterProcessing", 0.15},
                                     {"duplicateReply", 0.1},
                                     {"paths", "^/api/v1/declarations"},
                                     {"seed", 5}}));
        const int n = 40;
        const QString batchId = enqueueBatch(dimonaBatch(n));
        QString lostId;
        {
            auto portal = client(2000);
            OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings(3));
            worker.start();
            QTRY_VERIFY_WITH_TIMEOUT(progressOf(batchId).finished() >= 5, 60000);
            QSignalSpy stopped(&worker, &OutboxWorker::stopped);
            worker.stop();
            QVERIFY(stopped.count() > 0 || stopped.wait(30000));

            // The last thing that process did: an item went out and reached the portal, then
            // the process died before it recorded the answer (left "sending", claimed).
            const auto items = itemsOf(batchId);
            const auto queued = std::find_if(items.cbegin(), items.cend(), [](const auto &i) {
                return i.state == OutboxState::Queued;
            });
            QVERIFY(queued != items.cend());
            lostId = queued->id;
            QVERIFY(
                m_outbox->beginSend(lostId, kDemo, QDateTime::currentDateTimeUtc().addSecs(600)));
            QVERIFY(m_sandbox.setFaults({}));
            const auto filed = m_sandbox.request(
                "POST", QStringLiteral("/declarations"), *m_outbox->requestBody(lostId),
                {{"Idempotency-Key", queued->idempotencyKey.toLatin1()},
                 {"Content-Type", "application/json"}},
                m_token);
            QCOMPARE(filed.status, 201);
            // And the user had pressed Cancel.
            QVERIFY(m_outbox->pauseBatch(batchId));
        }
        const BatchProgress before = progressOf(batchId);
        QVERIFY(before.paused);
        QVERIFY(before.queued > 0);

        // The restart: new store, outbox, client and worker on the same file.
        m_outbox.reset();
        m_drafts.reset();
        QVERIFY(openStore());
        QVERIFY(m_sandbox.setFaults({{"latencyMs", 40},
                                     {"dropAfterProcessing", 0.15},
                                     {"duplicateReply", 0.1},
                                     {"paths", "^/api/v1/declarations"},
                                     {"seed", 6}}));
        auto portal = client(2000);
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings(3));
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.start();
        // Still paused: only the item that was on its way is resolved (sent again with its key:
        // the portal answers with the declaration it has).
        QVERIFY(waitIdle(worker, idle));
        QVERIFY(m_outbox->item(lostId)->isFinal());
        QCOMPARE(progressOf(batchId).queued, before.queued);
        QVERIFY(worker.statistics().replayed >= 1);

        QVERIFY(m_outbox->resumeBatch(batchId));
        idle.clear();
        worker.wake();
        QVERIFY(waitIdle(worker, idle));
        QVERIFY(m_sandbox.setFaults({}));
        verifyFiledExactlyOnce(batchId);
        QCOMPARE(progressOf(batchId).finished(), n);
    }

    // --- The dialog ------------------------------------------------------------------------

    void dialogShowsTheNumbers()
    {
        const int n = 12;
        const int refusedAt = 4;
        const QString batchId =
            enqueueBatch(dimonaBatch(n, refusedAt, Spoil::Refused), workerNames(n));
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings(2));
        int wakes = 0;
        BatchDialog dialog(*m_outbox, batchId, [&] {
            ++wakes;
            worker.wake();
        });
        BatchProgressWidget *w = dialog.progressWidget();
        w->setPollInterval(ms(30));
        QSignalSpy completed(w, &BatchProgressWidget::completed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.windowTitle().contains(kLabel));
        QCOMPARE(text(w, "remainingValue"), QString::number(n));
        QCOMPARE(text(w, "doneValue"), QStringLiteral("0"));
        QCOMPARE(w->itemModel()->rowCount(), n);
        QVERIFY(w->cancelButton()->isEnabled());
        QVERIFY(!w->resumeButton()->isEnabled());

        worker.start();
        QVERIFY(completed.wait(120000));
        QCOMPARE(text(w, "doneValue"), QString::number(n - 1));
        QCOMPARE(text(w, "failedValue"), QStringLiteral("1"));
        QCOMPARE(text(w, "remainingValue"), QStringLiteral("0"));
        QCOMPARE(w->progressBar()->maximum(), n);
        QCOMPARE(w->progressBar()->value(), n);
        QVERIFY2(text(w, "rateValue").contains("per minute"), qPrintable(text(w, "rateValue")));
        QVERIFY2(text(w, "batchStatus").contains("Finished"), qPrintable(text(w, "batchStatus")));
        QVERIFY(!w->cancelButton()->isEnabled());
        QCOMPARE(wakes, 0);

        // Each row: its state and ticket; the refused one with the portal's first message.
        QAbstractItemModel *view = w->itemView()->model();
        QCOMPARE(view->rowCount(), n);
        for (int row = 0; row < n; ++row) {
            const QString state = view->index(row, BatchItemModel::StateColumn).data().toString();
            QVERIFY(!view->index(row, BatchItemModel::TicketColumn).data().toString().isEmpty());
            if (row == refusedAt) {
                QCOMPARE(state, QStringLiteral("Refused"));
                QVERIFY(
                    !view->index(row, BatchItemModel::MessageColumn).data().toString().isEmpty());
            } else {
                QVERIFY2(state.startsWith("Accepted") || state.startsWith("Waiting"),
                         qPrintable(state));
            }
        }
        // For the docs: GUICHET_BATCH_SCREENSHOT=FILE.png saves the dialog as it is now.
        if (const QString shot = qEnvironmentVariable("GUICHET_BATCH_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(dialog.grab().save(shot));

        // Only the failed ones, from the keyboard.
        auto *onlyFailed = w->findChild<QCheckBox *>(QStringLiteral("onlyFailed"));
        QVERIFY(onlyFailed);
        onlyFailed->setFocus();
        QTest::keyClick(onlyFailed, Qt::Key_Space);
        QVERIFY(onlyFailed->isChecked());
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->index(0, BatchItemModel::NameColumn).data().toString(),
                 QStringLiteral("Worker Peeters %1").arg(refusedAt + 1));
    }

    void dialogCancelsAndResumes()
    {
        QVERIFY(m_sandbox.setFaults({{"latencyMs", 80}, {"paths", "^/api/v1/declarations"}}));
        const int n = 30;
        const QString batchId = enqueueBatch(dimonaBatch(n), workerNames(n));
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings(2));
        int wakes = 0;
        BatchDialog dialog(*m_outbox, batchId, [&] {
            ++wakes;
            worker.wake();
        });
        BatchProgressWidget *w = dialog.progressWidget();
        w->setPollInterval(ms(30));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Accessible names and the Cancel button's promise.
        QAccessibleInterface *cancel = QAccessible::queryAccessibleInterface(w->cancelButton());
        QVERIFY(cancel);
        QCOMPARE(cancel->text(QAccessible::Name), QStringLiteral("Cancel the rest"));
        QVERIFY(cancel->text(QAccessible::Description).contains("already sent"));
        QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(w->progressBar());
        QCOMPARE(bar->text(QAccessible::Name), QStringLiteral("Batch progress"));
        QCOMPARE(QAccessible::queryAccessibleInterface(w->itemView())->text(QAccessible::Name),
                 QStringLiteral("Result per item"));
        auto *listLabel = w->findChild<QLabel *>(QStringLiteral("itemListLabel"));
        QCOMPARE(listLabel->buddy(), w->itemView());

        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(w->progress().finished() >= 4, 60000);
        // Cancel with the keyboard (its mnemonic).
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(w->progress().paused);
        QTRY_VERIFY(w->resumeButton()->isEnabled());
        QVERIFY(!w->cancelButton()->isEnabled());
        QVERIFY2(text(w, "batchStatus").contains("Cancelled"), qPrintable(text(w, "batchStatus")));
        QCOMPARE(text(w, "timeLeftValue"), QStringLiteral("Paused"));

        QVERIFY(waitIdle(worker, idle));
        QTRY_COMPARE(w->progress().inProgress, 0);
        const int filed = filedFor(batchId);
        QCOMPARE(filed, w->progress().finished());
        QCOMPARE(text(w, "remainingValue"), QString::number(n - filed));
        QVERIFY(w->progress().queued > 0);

        // Resume with the button: the worker is woken, everything finishes once.
        QSignalSpy completed(w, &BatchProgressWidget::completed);
        QTest::mouseClick(w->resumeButton(), Qt::LeftButton);
        QCOMPARE(wakes, 1);
        QVERIFY(completed.wait(120000));
        QVERIFY(m_sandbox.setFaults({}));
        verifyFiledExactlyOnce(batchId);
        QCOMPARE(text(w, "doneValue"), QString::number(n));
        QCOMPARE(text(w, "remainingValue"), QStringLiteral("0"));
    }

    void dialogFollowsTheLanguage()
    {
        const QString batchId = enqueueBatch(dimonaBatch(3, 1, Spoil::Refused), workerNames(3));
        auto portal = client();
        OutboxWorker worker(*m_outbox, *portal, kDemo, quickSettings(2));
        QSignalSpy idle(&worker, &OutboxWorker::idle);
        worker.start();
        QVERIFY(waitIdle(worker, idle));
        BatchDialog dialog(*m_outbox, batchId, [&] { worker.wake(); });
        BatchProgressWidget *w = dialog.progressWidget();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(text(w, "doneLabel"), QStringLiteral("Done:"));
        QAbstractItemModel *view = w->itemView()->model();
        const QModelIndex message = view->index(1, BatchItemModel::MessageColumn);
        const OutboxItem refused = itemsOf(batchId)[1];
        QCOMPARE(message.data().toString(), refused.result.anomalyList().first().message("en"));

        // The language changes while it is open: the texts and the portal's messages follow.
        // (Ours after the French files, so it is asked first whatever they hold.)
        QVERIFY(i18n::setLanguage(QStringLiteral("fr")));
        TestTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(text(w, "doneLabel"), QStringLiteral("Fait :"));
        QCOMPARE(w->cancelButton()->text(), QStringLiteral("A&nnuler le reste"));
        QCOMPARE(view->index(1, BatchItemModel::StateColumn).data().toString(),
                 QStringLiteral("Refusée"));
        QCOMPARE(view->index(1, BatchItemModel::MessageColumn).data().toString(),
                 refused.result.anomalyList().first().message("fr"));
        QCoreApplication::removeTranslator(&translator);
        i18n::setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(text(w, "doneLabel"), QStringLiteral("Done:"));
    }

    void dialogClosesWithItsOutbox()
    {
        const QString batchId = enqueueBatch(dimonaBatch(2));
        auto owner = std::make_unique<QObject>();
        BatchDialog dialog(*m_outbox, batchId, [] {});
        dialog.closeWith(owner.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.progressWidget()->cancelButton()->isEnabled());
        // The space that held the outbox goes (sign-out): the dialog lets go of it at once.
        owner.reset();
        QVERIFY(dialog.progressWidget()->isDetached());
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.progressWidget()->cancelButton()->isEnabled());
        dialog.progressWidget()->refresh(); // harmless
    }

    void durationsInWords_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("words");
        QTest::addRow("seconds") << 20 << "less than a minute";
        // (English plurals come from the translation files: "minute" or "minutes" either way.)
        QTest::addRow("one minute") << 60 << "about 1 minute";
        QTest::addRow("a minute and a bit rounds up") << 61 << "about 2 minute";
        QTest::addRow("hours") << 2 * 3600 + 5 * 60 << "about 2 h 5 min";
    }

    void durationsInWords()
    {
        QFETCH(int, seconds);
        QFETCH(QString, words);
        const QString text = BatchProgressWidget::durationText(std::chrono::seconds(seconds));
        QVERIFY2(text.startsWith(words), qPrintable(text));
    }
};

QTEST_MAIN(TestBatch)
#include "tst_batch.moc"
