// The encrypted draft store: the API round trip, what reaches the disk (nothing personal in
// clear), tampering (every altered or moved value is refused as damaged), the data key from the
// OS keychain or from a passphrase, saving from a worker thread, export and import.
//
// Tests that need the keychain run against a real Secret Service: ctest under
// scripts/with-keyring (as the CI runs it). Without a session bus they are skipped.
#include "core/drafts/aesgcm.h"
#include "core/drafts/draftfile.h"
#include "core/drafts/draftstore.h"
#include "core/drafts/keychain.h"
#include "core/drafts/localprofile.h"
#include "core/drafts/migrations.h"
#include "core/drafts/scryptkdf.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtTest>

using namespace guichet;
using namespace guichet::drafts;

namespace {

// The failure's message, for QVERIFY2 (which evaluates its message even on success).
template<typename T>
QByteArray why(const guichet::Expected<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

const QString niss = QStringLiteral("85073003328");
const QString distinctive = QStringLiteral("Zwanzegem-Quatorze-Distinctive");

QByteArray documentWith(const QString &value, int seq = 0)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("niss"), niss},
                                     {QStringLiteral("street"), value},
                                     {QStringLiteral("seq"), seq}})
        .toJson(QJsonDocument::Compact);
}

QString newOwner()
{
    return QStringLiteral("test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Tests that are not about the passphrase's cost use a cheap scrypt, so that they stay quick.
KeyProvider passphraseKeys(const QString &passphrase)
{
    KeyProvider::Options options;
    options.useKeychain = false;
    options.kdf.n = 1 << 10;
    KeyProvider keys(options);
    if (!passphrase.isNull())
        keys.setPassphrase(passphrase);
    return keys;
}

// A second, plain connection to the file, as an attacker with disk access would have.
class RawFile
{
public:
    explicit RawFile(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile() { QSqlDatabase::removeDatabase(m_name); }

    bool exec(const QString &sql, const QVariantList &bindings = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (const QVariant &v : bindings)
            q.addBindValue(v);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return q.lastError().type() == QSqlError::NoError;
    }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (const QVariant &v : bindings)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_owner;

    std::unique_ptr<DraftStore> openWithPassphrase(const QString &passphrase = "correct horse")
    {
        KeyProvider keys = passphraseKeys(passphrase);
        auto store = DraftStore::open(m_dir->path(), m_owner, keys);
        if (!store)
            qWarning() << store.error().code << store.error().message;
        return store ? std::move(*store) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("GUICHET_KEYCHAIN");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_owner = newOwner();
    }

    void cleanup() { qunsetenv("GUICHET_KEYCHAIN"); }

    void envelopeRoundTripAndBinding()
    {
        const SecretKey key = SecretKey::random();
        const QByteArray aad = AesGcm::associatedData({"a", "b"});
        const QByteArray sealed = AesGcm::seal(key, "secret text", aad);
        QCOMPARE(sealed.size(), AesGcm::overhead + 11);
        QCOMPARE(sealed.at(0), AesGcm::version);
        QCOMPARE(AesGcm::open(key, sealed, aad).value_or("(failed)"), QByteArray("secret text"));
        // Nonces are fresh: the same plaintext never gives the same envelope.
        QVERIFY(AesGcm::seal(key, "secret text", aad) != sealed);
        QVERIFY(!AesGcm::open(key, sealed, AesGcm::associatedData({"ab", ""})));
        QVERIFY(!AesGcm::open(SecretKey::random(), sealed, aad));
        QVERIFY(!AesGcm::open(key, sealed.left(AesGcm::overhead - 1), aad));
        // The empty plaintext is sealed too.
        QCOMPARE(AesGcm::open(key, AesGcm::seal(key, "", aad), aad).value_or("x"), QByteArray());
    }

    void scryptParamsRefuseHostileCosts_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QJsonObject good = ScryptKdf::freshParams().toJson();
        QTest::addRow("defaults are accepted") << good;
        QJsonObject huge = good;
        huge["n"] = double(1 << 24);
        QTest::addRow("n beyond 2^20") << huge;
        QJsonObject odd = good;
        odd["n"] = 1000;
        QTest::addRow("n not a power of two") << odd;
        QJsonObject other = good;
        other["name"] = "pbkdf2";
        QTest::addRow("another KDF") << other;
        QJsonObject salt = good;
        salt["salt"] = "AAAA";
        QTest::addRow("short salt") << salt;
    }

    void scryptParamsRefuseHostileCosts()
    {
        QFETCH(QJsonObject, params);
        const bool expected = QString::fromLatin1(QTest::currentDataTag()).startsWith("defaults");
        QCOMPARE(ScryptKdf::Params::fromJson(params).hasValue(), expected);
    }

    void roundTrip()
    {
        auto store = openWithPassphrase();
        QVERIFY(store);
        auto id = store->create("citizen-address-change", 1, "Move to Ghent", documentWith("a"));
        QVERIFY2(id, why(id).constData());
        QVERIFY(!QUuid::fromString(*id).isNull());

        auto loaded = store->load(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->document, documentWith("a"));
        QCOMPARE(loaded->info.title, QStringLiteral("Move to Ghent"));
        QCOMPARE(loaded->info.formId, QStringLiteral("citizen-address-change"));
        QCOMPARE(loaded->info.formVersion, 1);
        QCOMPARE(loaded->info.revision, 1);
        QCOMPARE(loaded->info.syncState, SyncState::Local);
        QCOMPARE(loaded->info.validity.state, DraftValidity::Unknown);

        QVERIFY(store->save(*id, documentWith("b"), {DraftValidity::Invalid, 3}));
        loaded = store->load(*id);
        QCOMPARE(loaded->document, documentWith("b"));
        QCOMPARE(loaded->info.revision, 2);
        QCOMPARE(loaded->info.validity, (DraftValidity{DraftValidity::Invalid, 3}));
        QVERIFY(loaded->info.updated >= loaded->info.created);

        QVERIFY(store->setTitle(*id, "Move to Bruges"));
        QVERIFY(store->setSyncState(*id, SyncState::Queued));
        auto listed = store->list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t(1));
        QCOMPARE(listed->front().title, QStringLiteral("Move to Bruges"));
        QCOMPARE(listed->front().syncState, SyncState::Queued);
        QVERIFY(!listed->front().damaged);

        auto copy = store->duplicate(*id);
        QVERIFY(copy);
        QVERIFY(*copy != *id);
        auto copied = store->load(*copy);
        QVERIFY(copied);
        QCOMPARE(copied->document, documentWith("b"));
        QCOMPARE(copied->info.title, QStringLiteral("Move to Bruges"));
        QCOMPARE(copied->info.syncState, SyncState::Local);
        QCOMPARE(store->list()->size(), std::size_t(2));
    }

    void removeRestoreAndPurge()
    {
        auto store = openWithPassphrase();
        QVERIFY(store);
        const QString id = *store->create("dimona", 1, "Hire", documentWith("a"));
        const QString other = *store->create("dimona", 1, "Other", documentWith("b"));

        QVERIFY(store->remove(id));
        QCOMPARE(store->list()->size(), std::size_t(1));
        auto bin = store->list({true, {}});
        QCOMPARE(bin->size(), std::size_t(1));
        QCOMPARE(bin->front().id, id);
        QVERIFY(bin->front().deleted.isValid());
        // In the bin a draft still opens (the GUI shows what it would restore) but takes no edit.
        QVERIFY(store->load(id));
        QCOMPARE(store->save(id, documentWith("c"), {}).error().code,
                 QString::fromLatin1(errors::notFound));
        QCOMPARE(store->remove(id).error().code, QString::fromLatin1(errors::notFound));

        QVERIFY(store->restore(id));
        QCOMPARE(store->list()->size(), std::size_t(2));
        QCOMPARE(store->restore(id).error().code, QString::fromLatin1(errors::notFound));

        QVERIFY(store->remove(id));
        QVERIFY(store->remove(other));
        QCOMPARE(*store->purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(-3600)), 0);
        QCOMPARE(*store->purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(1)), 2);
        QCOMPARE(store->load(id).error().code, QString::fromLatin1(errors::notFound));
        QVERIFY(store->list({true, {}})->empty());
    }

    void unknownIdIsNotFound()
    {
        auto store = openWithPassphrase();
        QVERIFY(store);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(store->load(id).error().code, QString::fromLatin1(errors::notFound));
        QCOMPARE(store->save(id, "{}", {}).error().code, QString::fromLatin1(errors::notFound));
        QCOMPARE(store->duplicate(id).error().code, QString::fromLatin1(errors::notFound));
        QVERIFY(store->load(id).error().message.contains(id));
    }

    void otherOwnerSeesNothing()
    {
        auto store = openWithPassphrase();
        const QString id = *store->create("dimona", 1, "Mine", documentWith("a"));
        const QString mine = m_owner;
        m_owner = newOwner();
        auto other = openWithPassphrase("another passphrase");
        QVERIFY(other);
        QVERIFY(other->list()->empty());
        QCOMPARE(other->load(id).error().code, QString::fromLatin1(errors::notFound));
        m_owner = mine;
    }

    void onBehalfOfIsKeyedAndFiltered()
    {
        auto store = openWithPassphrase();
        const QString a = *store->create("dimona", 1, "For A", documentWith("a"), niss);
        const QString b = *store->create("dimona", 1, "For B", documentWith("b"), "90010100123");
        QVERIFY(store->create("dimona", 1, "Own", documentWith("c")));
        QCOMPARE(store->load(a)->onBehalfOf, niss);
        QVERIFY(store->load(a)->info.onBehalfOf);
        auto forA = store->list({false, niss});
        QCOMPARE(forA->size(), std::size_t(1));
        QCOMPARE(forA->front().id, a);
        QCOMPARE(store->list()->size(), std::size_t(3));
        Q_UNUSED(b);
        // The column holds a keyed hash, not the national number or its plain SHA-256.
        RawFile raw(store->filePath());
        const QString hash =
            raw.value("SELECT on_behalf_of_hash FROM drafts WHERE id = ?", {a}).toString();
        QCOMPARE(hash.size(), 64);
        QVERIFY(hash !=
                QString::fromLatin1(
                    QCryptographicHash::hash(niss.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }

    void nothingPersonalAtRest()
    {
        auto store = openWithPassphrase();
        QVERIFY(store);
        const QString title = QStringLiteral("Dossier Marie Dupont-Distinctive");
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << *store->create("citizen-address-change", 1, title, documentWith(distinctive, i),
                                  niss);
        for (const QString &id : ids)
            QVERIFY(store->save(id, documentWith(distinctive, 99), {DraftValidity::Valid, 0}));
        QVERIFY(store->setTitle(ids.first(), title + " (2)"));

        const QString path = store->filePath();
        auto check = [&](const QString &file) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.isEmpty(), qPrintable(file));
            for (const QString &secret : {niss, distinctive, QStringLiteral("Dupont-Distinctive"),
                                          QStringLiteral("Marie")}) {
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("%1 found in %2").arg(secret, file)));
                QVERIFY(!bytes.contains(
                    QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
            }
        };
        // While the store is open the recent pages are in the write-ahead log.
        QVERIFY(QFile::exists(path + "-wal"));
        check(path);
        check(path + "-wal");
        store.reset();
        check(path);
        // The file and its folder are for the owner only.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), 0);
    }

    void tamperingIsDamage_data()
    {
        // Either one byte of a column flipped, or a raw SQL change (:a the victim, :b another row).
        QTest::addColumn<QString>("flipColumn");
        QTest::addColumn<QString>("sql");
        QTest::addRow("one byte flipped in the document") << "blob"
                                                          << "";
        QTest::addRow("one byte flipped in the title") << "meta"
                                                       << "";
        QTest::addRow("documents swapped between rows")
            << ""
            << "UPDATE drafts SET blob = (SELECT blob FROM drafts WHERE id = :b) WHERE id = :a";
        QTest::addRow("titles swapped between rows")
            << ""
            << "UPDATE drafts SET meta = (SELECT meta FROM drafts WHERE id = :b) WHERE id = :a";
        QTest::addRow("title copied into the document")
            << ""
            << "UPDATE drafts SET blob = meta WHERE id = :a";
        QTest::addRow("form changed") << ""
                                      << "UPDATE drafts SET form_id = 'dmfa' WHERE id = :a";
        QTest::addRow("form version changed") << ""
                                              << "UPDATE drafts SET form_version = 2 WHERE id = :a";
        QTest::addRow("document truncated")
            << ""
            << "UPDATE drafts SET blob = substr(blob, 1, 10) WHERE id = :a";
        QTest::addRow("on-behalf-of hash cleared")
            << ""
            << "UPDATE drafts SET on_behalf_of_hash = NULL WHERE id = :a";
        QTest::addRow("on-behalf-of hash copied")
            << ""
            << "UPDATE drafts SET on_behalf_of_hash = (SELECT on_behalf_of_hash FROM drafts "
               "WHERE id = :b) WHERE id = :a";
    }

    void tamperingIsDamage()
    {
        QFETCH(QString, flipColumn);
        QFETCH(QString, sql);
        auto store = openWithPassphrase();
        QVERIFY(store);
        const QString a = *store->create("dimona", 1, "A", documentWith("first"), niss);
        const QString b = *store->create("dimona", 1, "B", documentWith("second"), "90010100123");
        {
            RawFile raw(store->filePath());
            if (!flipColumn.isEmpty()) {
                QByteArray bytes =
                    raw.value(QStringLiteral("SELECT %1 FROM drafts WHERE id = ?").arg(flipColumn),
                              {a})
                        .toByteArray();
                QVERIFY(bytes.size() > 20);
                bytes[20] = char(bytes[20] ^ 0x01);
                QVERIFY(raw.exec(
                    QStringLiteral("UPDATE drafts SET %1 = ? WHERE id = ?").arg(flipColumn),
                    {bytes, a}));
            } else {
                sql.replace(":a", "'" + a + "'").replace(":b", "'" + b + "'");
                QVERIFY(raw.exec(sql));
            }
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("failed authentication"));
        auto loaded = store->load(a);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, QString::fromLatin1(errors::damaged));
        QVERIFY(loaded.error().message.contains("damaged"));
        // The other row was only read from: it still opens.
        QVERIFY(store->load(b));
        // A listing still works; a row whose title fails is flagged, not hidden.
        auto listed = store->list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t(2));
        const bool titleTouched =
            flipColumn == "meta" || sql.contains("SET meta") || sql.contains("form_");
        for (const DraftInfo &info : *listed)
            QCOMPARE(info.damaged, info.id == a && titleTouched);
    }

    void noKeychainSaysSoAndOffersPassphrase()
    {
        qputenv("GUICHET_KEYCHAIN", "off");
        KeyProvider keys; // keychain wanted, but switched off
        auto store = DraftStore::open(m_dir->path(), m_owner, keys);
        QVERIFY(!store);
        QCOMPARE(store.error().code, QString::fromLatin1(errors::keychainUnavailable));
        QVERIFY2(store.error().message.contains("No keychain answered"),
                 qPrintable(store.error().message));
        QVERIFY(store.error().message.contains("--passphrase-stdin"));
        QVERIFY(store.error().message.contains("GUICHET_KEYCHAIN=off"));

        keys.setPassphrase("p4ssphrase é");
        store = DraftStore::open(m_dir->path(), m_owner, keys);
        QVERIFY2(store, why(store).constData());
        const QString id = *(*store)->create("dimona", 1, "T", documentWith("x"));
        store = Error{};

        KeyProvider wrong;
        wrong.setPassphrase("p4ssphrase e");
        store = DraftStore::open(m_dir->path(), m_owner, wrong);
        QVERIFY(!store);
        QCOMPARE(store.error().code, QString::fromLatin1(errors::passphraseWrong));
        QVERIFY(store.error().message.contains("passphrase is wrong"));

        KeyProvider none;
        store = DraftStore::open(m_dir->path(), m_owner, none);
        QCOMPARE(store.error().code, QString::fromLatin1(errors::passphraseNeeded));

        // The passphrase is asked for only when needed, with the reason.
        QList<KeyProvider::PassphrasePurpose> asked;
        KeyProvider prompting;
        prompting.setPassphraseSource([&](KeyProvider::PassphrasePurpose purpose) {
            asked << purpose;
            return std::optional<QString>(QStringLiteral("p4ssphrase é"));
        });
        store = DraftStore::open(m_dir->path(), m_owner, prompting);
        QVERIFY(store);
        QCOMPARE(asked, QList{KeyProvider::PassphrasePurpose::Unlock});
        QCOMPARE((*store)->load(id)->document, documentWith("x"));

        // The key row keeps the scrypt parameters and a wrapped key, never the key itself.
        RawFile raw((*store)->filePath());
        QCOMPARE(raw.value("SELECT kind FROM keys").toString(), QStringLiteral("passphrase"));
        const QJsonObject kdf =
            QJsonDocument::fromJson(raw.value("SELECT kdf FROM keys").toByteArray()).object();
        QCOMPARE(kdf.value("name").toString(), QStringLiteral("scrypt"));
        QCOMPARE(kdf.value("n").toInt(), 1 << 15);
        QCOMPARE(kdf.value("r").toInt(), 8);
        QCOMPARE(kdf.value("p").toInt(), 1);
        const QByteArray wrapped = raw.value("SELECT wrapped FROM keys").toByteArray();
        QCOMPARE(wrapped.size(), AesGcm::overhead + int(SecretKey::size));
        QVERIFY(!wrapped.contains((*store)->dataKey().key.toByteArray()));
    }

    void keychainKeyCreatedAndFoundAgain()
    {
        if (!hasSessionBus())
            QSKIP("no session bus: run under scripts/with-keyring");
        QString keyId;
        {
            KeyProvider keys;
            auto store = DraftStore::open(m_dir->path(), m_owner, keys);
            QVERIFY2(store, why(store).constData());
            keyId = (*store)->dataKey().keyId;
            QVERIFY((*store)->create("dimona", 1, "Keychain", documentWith("k")));
            RawFile raw((*store)->filePath());
            QCOMPARE(raw.value("SELECT kind FROM keys").toString(), QStringLiteral("keychain"));
        }
        const Keychain::Result entry =
            Keychain::read(KeyProvider::keychainEntry(m_owner), std::chrono::seconds(5));
        QCOMPARE(entry.status, Keychain::Result::Ok);

        KeyProvider again;
        auto store = DraftStore::open(m_dir->path(), m_owner, again);
        QVERIFY2(store, why(store).constData());
        QCOMPARE((*store)->dataKey().keyId, keyId);
        auto listed = (*store)->list();
        QCOMPARE(listed->size(), std::size_t(1));
        QCOMPARE((*store)->load(listed->front().id)->document, documentWith("k"));

        // Another data folder of the same owner adopts the key instead of replacing it.
        QTemporaryDir second;
        auto other = DraftStore::open(second.path(), m_owner, again);
        QVERIFY(other);
        QCOMPARE((*other)->dataKey().keyId, keyId);
        store = Error{};
        other = Error{};

        // Without the keychain these drafts cannot open, and the error says why.
        qputenv("GUICHET_KEYCHAIN", "off");
        store = DraftStore::open(m_dir->path(), m_owner, again);
        QCOMPARE(store.error().code, QString::fromLatin1(errors::keychainUnavailable));
        QVERIFY(store.error().message.contains("No keychain answered"));
        qunsetenv("GUICHET_KEYCHAIN");

        // A keychain that lost the key: the drafts are unreadable, and said so.
        QCOMPARE(
            Keychain::remove(KeyProvider::keychainEntry(m_owner), std::chrono::seconds(5)).status,
            Keychain::Result::Ok);
        store = DraftStore::open(m_dir->path(), m_owner, again);
        QVERIFY(!store);
        QCOMPARE(store.error().code, QString::fromLatin1(errors::keyMissing));
    }

    void savesFromAWorkerThread()
    {
        auto store = openWithPassphrase();
        QVERIFY(store);
        const QString id = *store->create("dmfa", 1, "Quarter", documentWith("0"));
        const DataKey key = store->dataKey();
        const QString dir = m_dir->path();
        const QString owner = m_owner;
        QStringList failures;
        QThread *worker = QThread::create([&] {
            auto own = DraftStore::open(dir, owner, key);
            if (!own) {
                failures << own.error().message;
                return;
            }
            for (int i = 1; i <= 30; ++i)
                if (auto saved = (*own)->save(id, documentWith(QString::number(i), i), {}); !saved)
                    failures << saved.error().message;
        });
        worker->start();
        // The UI thread keeps reading meanwhile.
        while (!worker->isFinished()) {
            QVERIFY(store->load(id));
            QThread::msleep(1);
        }
        worker->wait();
        delete worker;
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
        QCOMPARE(store->load(id)->info.revision, 31);
        QCOMPARE(store->load(id)->document, documentWith("30", 30));
    }

    void openWithAnotherKeyIsRefused()
    {
        auto store = openWithPassphrase();
        QVERIFY(store);
        store.reset();
        auto other = DraftStore::open(m_dir->path(), m_owner,
                                      DataKey{QStringLiteral("nope"), SecretKey::random()});
        QCOMPARE(other.error().code, QString::fromLatin1(errors::keyMissing));
    }

    void migrations()
    {
        auto store = openWithPassphrase();
        QVERIFY(store);
        const QString path = store->filePath();
        store.reset();
        {
            RawFile raw(path);
            QCOMPARE(raw.value("SELECT max(version) FROM schema_version").toInt(),
                     Migrations::latestVersion());
            QCOMPARE(raw.value("SELECT count(*) FROM schema_version").toInt(),
                     Migrations::latestVersion());
            QCOMPARE(raw.value("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        }
        // Opening again applies nothing twice.
        QVERIFY(openWithPassphrase());
        {
            RawFile raw(path);
            QCOMPARE(raw.value("SELECT count(*) FROM schema_version").toInt(),
                     Migrations::latestVersion());
            QVERIFY(raw.exec("INSERT INTO schema_version VALUES (99, 0)"));
        }
        KeyProvider keys = passphraseKeys("correct horse");
        auto newer = DraftStore::open(m_dir->path(), m_owner, keys);
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, QString::fromLatin1(errors::storageNewer));
        QVERIFY(newer.error().message.contains("newer version"));
    }

    void notAnSqliteFileIsDamage()
    {
        QFile file(QDir(m_dir->path()).filePath(DraftStore::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        KeyProvider keys = passphraseKeys("p");
        auto store = DraftStore::open(m_dir->path(), m_owner, keys);
        QVERIFY(!store);
        QCOMPARE(store.error().code, QString::fromLatin1(errors::storageDamaged));
    }

    void exportAndImport()
    {
        auto store = openWithPassphrase();
        QVERIFY(store);
        const QString id =
            *store->create("citizen-address-change", 1, "Moving " + distinctive,
                           documentWith(distinctive), niss, {DraftValidity::Valid, 0});
        const QString file = QDir(m_dir->path()).filePath("draft.guichet");
        QVERIFY(store->exportDraft(id, file, "export pass"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(niss.toUtf8()));
        QVERIFY(!bytes.contains(distinctive.toUtf8()));
        const QJsonObject outer = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(outer.value("format").toString(), QStringLiteral("guichet-draft"));
        QCOMPARE(outer.value("kdf").toObject().value("name").toString(), QStringLiteral("scrypt"));

        // Into another owner's store (another machine).
        m_owner = newOwner();
        auto other = openWithPassphrase("other");
        QVERIFY(other);
        auto wrong = other->importDraft(file, "export pas");
        QCOMPARE(wrong.error().code, QString::fromLatin1(errors::exportRefused));
        auto imported = other->importDraft(file, "export pass");
        QVERIFY2(imported, why(imported).constData());
        auto draft = other->load(*imported);
        QVERIFY(draft);
        QCOMPARE(draft->document, documentWith(distinctive));
        QCOMPARE(draft->info.title, "Moving " + distinctive);
        QCOMPARE(draft->onBehalfOf, niss);
        QCOMPARE(draft->info.formId, QStringLiteral("citizen-address-change"));
        QCOMPARE(draft->info.validity.state, DraftValidity::Valid);

        // An altered file is refused, not half-read.
        QJsonObject altered = outer;
        QByteArray data = QByteArray::fromBase64(outer.value("data").toString().toLatin1());
        data[30] = char(data[30] ^ 0x40);
        altered["data"] = QString::fromLatin1(data.toBase64());
        QCOMPARE(DraftFile::open(QJsonDocument(altered).toJson(), "export pass").error().code,
                 QString::fromLatin1(errors::exportRefused));
        QCOMPARE(DraftFile::open("{\"format\": \"something else\"}", "x").error().code,
                 QString::fromLatin1(errors::exportInvalid));
        QCOMPARE(other->importDraft(QDir(m_dir->path()).filePath("missing"), "x").error().code,
                 QString::fromLatin1(errors::fileUnreadable));
    }

    void localProfileIsStable()
    {
        auto first = LocalProfile::openOrCreate(m_dir->path() + "/sub/dir");
        QVERIFY(first);
        QVERIFY(first->owner().startsWith("local:"));
        auto second = LocalProfile::openOrCreate(m_dir->path() + "/sub/dir");
        QVERIFY(second);
        QCOMPARE(second->owner(), first->owner());
        auto elsewhere = LocalProfile::openOrCreate(m_dir->path() + "/other");
        QVERIFY(elsewhere->owner() != first->owner());

        QFile broken(m_dir->path() + "/other/profile.json");
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{}");
        broken.close();
        QCOMPARE(LocalProfile::openOrCreate(m_dir->path() + "/other").error().code,
                 QStringLiteral("io.unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
