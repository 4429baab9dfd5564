// Crash safety of the draft store: a writer process (draftwriter) saves drafts in a loop and is
// killed with SIGKILL at random moments, many times over the same file. After every kill the file
// must pass SQLite's integrity check, every draft must open and decrypt, and every save the
// writer reported as done must be there (with at least the seq it reported).
//
// GUICHET_DRAFTS_KILLS sets the number of kills (default 100); scripts/soak-drafts-kill runs
// 1,000 and reports the summary line this test prints ("soak: ...").
#include "core/drafts/draftstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <map>

using namespace guichet::drafts;

namespace {

// The failure's message, for QVERIFY2 (which evaluates its message even on success).
template<typename T>
QByteArray why(const guichet::Expected<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}
} // namespace

class TestDraftsCrash : public QObject
{
    Q_OBJECT

    struct Tally
    {
        int kills = 0;
        int killedBeforeReady = 0;
        qint64 savesReported = 0;
        qint64 draftsChecked = 0;
        QStringList failures;
    };

    // PRAGMA integrity_check on a fresh plain connection (which also recovers the WAL).
    static QString integrity(const QString &path)
    {
        const QString name = QUuid::createUuid().toString(QUuid::Id128);
        QString answer;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                return QStringLiteral("cannot open");
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                answer = q.value(0).toString();
            else
                answer = QStringLiteral("integrity_check failed to run");
        }
        QSqlDatabase::removeDatabase(name);
        return answer;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWriterLosesNothing()
    {
        const int kills = qEnvironmentVariableIntValue("GUICHET_DRAFTS_KILLS") > 0
                              ? qEnvironmentVariableIntValue("GUICHET_DRAFTS_KILLS")
                              : 100;
        const QString writer =
            qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/tests/draftwriter");
        QVERIFY2(QFile::exists(writer), qPrintable(writer));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString owner = QStringLiteral("local:") + QUuid::createUuid().toString();
        const QString passphrase = QStringLiteral("soak passphrase");

        // The key is made once with the passphrase; the writer and the checks then reuse it, so
        // that no run spends its time in scrypt.
        std::optional<DataKey> key;
        {
            KeyProvider keys(
                KeyProvider::Options{false, std::chrono::seconds(5), ScryptKdf::freshParams()});
            keys.setPassphrase(passphrase);
            auto store = DraftStore::open(dir.path(), owner, keys);
            QVERIFY2(store, why(store).constData());
            key = (*store)->dataKey();
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GUICHET_KEYCHAIN"), QStringLiteral("off"));
        env.insert(QStringLiteral("GUICHET_WRITER_KEY"),
                   key->keyId + QLatin1Char(':') +
                       QString::fromLatin1(key->key.toByteArray().toHex()));

        std::map<QString, qint64> reported; // id -> highest seq reported saved
        Tally tally;
        QElapsedTimer clock;
        clock.start();
        auto *random = QRandomGenerator::global();
        for (int run = 0; run < kills && tally.failures.size() < 5; ++run) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.setProcessChannelMode(QProcess::SeparateChannels);
            process.start(writer, {dir.path(), owner, passphrase});
            if (!process.waitForStarted(10000)) {
                tally.failures << QStringLiteral("run %1: writer did not start").arg(run);
                break;
            }
            QByteArray out;
            // One kill in ten lands anywhere from the start (opening, migrating, creating);
            // the others while saves are under way.
            if (random->bounded(10) == 0) {
                QThread::msleep(random->bounded(40));
            } else {
                QElapsedTimer wait;
                wait.start();
                while (!out.contains("ready") && wait.elapsed() < 20000 &&
                       process.state() == QProcess::Running) {
                    process.waitForReadyRead(100);
                    out += process.readAllStandardOutput();
                }
                if (!out.contains("ready"))
                    tally.failures << QStringLiteral("run %1: writer never ready: %2")
                                          .arg(run)
                                          .arg(QString::fromUtf8(process.readAllStandardError()));
                QThread::msleep(random->bounded(150));
            }
            if (process.state() != QProcess::Running)
                tally.failures << QStringLiteral("run %1: writer stopped by itself: %2")
                                      .arg(run)
                                      .arg(QString::fromUtf8(process.readAllStandardError()));
            process.kill(); // SIGKILL
            process.waitForFinished(10000);
            out += process.readAllStandardOutput();
            ++tally.kills;
            if (!out.contains("ready"))
                ++tally.killedBeforeReady;

            // Only complete lines count: a line cut by the kill was not fully reported.
            const QList<QByteArray> lines = out.split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> parts = lines[i].split(' ');
                if (parts.size() == 3 && parts[0] == "saved") {
                    qint64 &seq = reported[QString::fromLatin1(parts[1])];
                    seq = qMax(seq, parts[2].toLongLong());
                    ++tally.savesReported;
                }
            }

            const QString path = QDir(dir.path()).filePath(DraftStore::fileName());
            if (const QString check = integrity(path); check != QLatin1String("ok")) {
                tally.failures << QStringLiteral("run %1: integrity_check: %2").arg(run).arg(check);
                continue;
            }
            auto store = DraftStore::open(dir.path(), owner, *key);
            if (!store) {
                tally.failures
                    << QStringLiteral("run %1: open: %2").arg(run).arg(store.error().message);
                continue;
            }
            auto listed = (*store)->list();
            if (!listed) {
                tally.failures
                    << QStringLiteral("run %1: list: %2").arg(run).arg(listed.error().message);
                continue;
            }
            std::map<QString, qint64> stored;
            for (const DraftInfo &info : *listed) {
                auto draft = (*store)->load(info.id);
                ++tally.draftsChecked;
                if (!draft) {
                    tally.failures << QStringLiteral("run %1: draft %2: %3")
                                          .arg(run)
                                          .arg(info.id, draft.error().message);
                    continue;
                }
                stored[info.id] = qint64(
                    QJsonDocument::fromJson(draft->document).object().value("seq").toDouble());
            }
            for (const auto &[id, seq] : reported) {
                const auto found = stored.find(id);
                if (found == stored.end())
                    tally.failures
                        << QStringLiteral("run %1: reported draft %2 is missing").arg(run).arg(id);
                else if (found->second < seq)
                    tally.failures << QStringLiteral("run %1: draft %2 has seq %3, %4 was reported")
                                          .arg(run)
                                          .arg(id)
                                          .arg(found->second)
                                          .arg(seq);
            }
        }
        const QString summary =
            QStringLiteral("soak: kills %1 (before ready %2), saves reported %3, drafts checked "
                           "%4, failures %5, duration %6 s")
                .arg(tally.kills)
                .arg(tally.killedBeforeReady)
                .arg(tally.savesReported)
                .arg(tally.draftsChecked)
                .arg(tally.failures.size())
                .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
        std::fprintf(stdout, "%s\n", qPrintable(summary));
        std::fflush(stdout);
        QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(QLatin1Char('\n'))));
        QCOMPARE(tally.kills, kills);
        QVERIFY(tally.savesReported > 0);
    }
};

QTEST_GUILESS_MAIN(TestDraftsCrash)
#include "tst_draftscrash.moc"
