// guichet-cli drafts: new, list, show, export, import, delete and restore as a real process,
// with DESIGN.md's exit codes (2 usage, 1 unknown draft or refused passphrase, 8 damaged).
// Most cases force "no keychain" (GUICHET_KEYCHAIN=off) and use --passphrase-stdin; one uses the
// real keychain when a session bus is there (scripts/with-keyring).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <unistd.h>

class TestDraftsCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QString lastLine() const { return out.trimmed().split('\n').last(); }
    };

    std::unique_ptr<QTemporaryDir> m_dir;

    QString sample(const QString &name) const
    {
        return qEnvironmentVariable("GUICHET_SOURCE_DIR") +
               QStringLiteral("/forms/citizen-address-change/1/samples/") + name;
    }

    Run run(QStringList args, const QByteArray &stdinText = "correct horse\n",
            bool keychain = false) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!keychain)
            env.insert(QStringLiteral("GUICHET_KEYCHAIN"), QStringLiteral("off"));
        p.setProcessEnvironment(env);
        // No controlling terminal: a passphrase prompt would otherwise wait on the tester's.
        p.setChildProcessModifier([] { ::setsid(); });
        args.prepend(QStringLiteral("drafts"));
        args << QStringLiteral("--data-dir") << m_dir->path();
        if (!stdinText.isNull())
            args << QStringLiteral("--passphrase-stdin");
        p.start(qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/bin/guichet-cli"),
                args);
        p.write(stdinText);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QJsonObject parse(const QString &text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    static QJsonObject fileJson(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    QString newDraft(const QString &sampleName = QStringLiteral("valid-citizen.json"))
    {
        const Run r = run({"new", "citizen-address-change", sample(sampleName)});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.lastLine();
    }

    QStringList listIds(const QStringList &extra = {},
                        const QByteArray &stdinText = "correct horse\n")
    {
        QStringList ids;
        const Run r = run(QStringList{"list"} + extra, stdinText);
        for (const QString &line : r.out.split('\n', Qt::SkipEmptyParts))
            ids << parse(line).value("id").toString();
        return ids;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void newListShow()
    {
        const Run created = run({"new", "citizen-address-change", sample("valid-citizen.json")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.lastLine();
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(created.out));

        const Run listed = run({"list"});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = parse(lines.first());
        QCOMPARE(line.value("id").toString(), id);
        QCOMPARE(line.value("form").toString(), QStringLiteral("citizen-address-change"));
        QCOMPARE(line.value("version").toInt(), 1);
        QVERIFY(!line.value("title").toString().isEmpty());
        QCOMPARE(line.value("validity").toString(), QStringLiteral("valid"));
        QVERIFY(
            QDateTime::fromString(line.value("updated").toString(), Qt::ISODateWithMs).isValid());
        // The keys of the contract, in its order.
        QVERIFY(lines.first().startsWith("{\"id\":"));

        const Run shown = run({"show", id});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(parse(shown.out), fileJson(sample("valid-citizen.json")));
    }

    void formWithVersionAndTitle()
    {
        const Run r = run({"new", "citizen-address-change@1", sample("valid-citizen.json"),
                           "--title", "Namur flat"});
        QCOMPARE(r.exitCode, 0);
        const Run listed = run({"list"});
        QCOMPARE(parse(listed.out.trimmed()).value("title").toString(),
                 QStringLiteral("Namur flat"));
    }

    void invalidDraftIsSavedAnyway()
    {
        const Run r = run({"new", "citizen-address-change", sample("invalid-address.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("not valid"), qPrintable(r.err));
        const Run listed = run({"list"});
        QCOMPARE(parse(listed.out.trimmed()).value("validity").toString(),
                 QStringLiteral("invalid"));
    }

    void exportImport()
    {
        const QString id = newDraft();
        const QString file = m_dir->filePath("moved.guichet-draft");
        // Line 1: the drafts' passphrase (no keychain here); line 2: the file's own.
        const Run exported = run({"export", id, file}, "correct horse\nfile pass\n");
        QCOMPARE(exported.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("85073003328"));

        // Into another data folder (another machine), whose store gets a passphrase of its own.
        auto other = std::make_unique<QTemporaryDir>();
        std::swap(m_dir, other);
        const Run refused = run({"import", file}, "other store\nwrong pass\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("passphrase is wrong"), qPrintable(refused.err));
        QVERIFY(listIds({}, "other store\n").isEmpty());
        const Run imported = run({"import", file}, "other store\nfile pass\n");
        QCOMPARE(imported.exitCode, 0);
        const QString newId = imported.lastLine();
        QVERIFY(!QUuid::fromString(newId).isNull());
        QCOMPARE(parse(run({"show", newId}, "other store\n").out),
                 fileJson(sample("valid-citizen.json")));
        std::swap(m_dir, other);

        // One line serves both when the file has no passphrase of its own.
        QCOMPARE(run({"export", id, file}).exitCode, 0);
        auto third = std::make_unique<QTemporaryDir>();
        std::swap(m_dir, third);
        QCOMPARE(run({"import", file}).exitCode, 0);
        QCOMPARE(listIds().size(), 1);
        std::swap(m_dir, third);
    }

    void deleteAndRestore()
    {
        const QString keep = newDraft();
        const QString gone = newDraft("valid-helpdesk.json");
        QCOMPARE(listIds().size(), 2);
        QCOMPARE(run({"delete", gone}).exitCode, 0);
        QCOMPARE(listIds(), QStringList{keep});
        QCOMPARE(listIds({"--deleted"}), QStringList{gone});
        QCOMPARE(run({"restore", gone}).exitCode, 0);
        QCOMPARE(listIds().size(), 2);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("no action") << QStringList{} << 2 << "needs an action";
        QTest::addRow("unknown action")
            << QStringList{"frobnicate"} << 2 << "unknown drafts action";
        QTest::addRow("show without id") << QStringList{"show"} << 2 << "needs 1 argument";
        QTest::addRow("unknown option") << QStringList{"list", "--nope"} << 2 << "unknown option";
        QTest::addRow("unknown form")
            << QStringList{"new", "no-such-form", "x.json"} << 2 << "no form";
        QTest::addRow("unknown form version")
            << QStringList{"new", "citizen-address-change@9", "x.json"} << 2 << "no form";
        QTest::addRow("path in form id")
            << QStringList{"new", "../forms", "x.json"} << 2 << "no form";
        QTest::addRow("unknown id")
            << QStringList{"show", "1b4e28ba-2fa1-11d2-883f-0016d3cca427"} << 1 << "no draft";
        QTest::addRow("delete unknown id")
            << QStringList{"delete", "1b4e28ba-2fa1-11d2-883f-0016d3cca427"} << 1 << "no draft";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    }

    void unreadableData()
    {
        QFile bad(m_dir->filePath("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{not json");
        bad.close();
        Run r = run({"new", "citizen-address-change", bad.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not valid JSON"));
        r = run({"new", "citizen-address-change", m_dir->filePath("missing.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("cannot read"));
    }

    void tamperedDraftExitsEight()
    {
        const QString id = newDraft();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
            db.setDatabaseName(m_dir->filePath("drafts.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT blob FROM drafts WHERE id = '" + id + "'") && q.next());
            QByteArray blob = q.value(0).toByteArray();
            q.finish();
            blob[blob.size() / 2] = char(blob[blob.size() / 2] ^ 0x04);
            QSqlQuery u(db);
            u.prepare("UPDATE drafts SET blob = ? WHERE id = ?");
            u.addBindValue(blob);
            u.addBindValue(id);
            QVERIFY(u.exec());
        }
        QSqlDatabase::removeDatabase("tamper");
        const Run r = run({"show", id});
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains("damaged or was altered"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Exporting it is refused the same way.
        QCOMPARE(run({"export", id, m_dir->filePath("x")}).exitCode, 8);
    }

    void passphrases()
    {
        // No keychain and no passphrase: say so, and say how.
        Run r = run({"list"}, QByteArray());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No keychain answered"), qPrintable(r.err));
        QVERIFY(r.err.contains("--passphrase-stdin"));

        newDraft();
        r = run({"list"}, "not it\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("passphrase is wrong"), qPrintable(r.err));
        // Without a terminal to ask on, a passphrase store says how to give it.
        r = run({"list"}, QByteArray());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--passphrase-stdin"), qPrintable(r.err));
    }

    void keychainNeedsNoPassphrase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run under scripts/with-keyring");
        Run r = run({"new", "citizen-address-change", sample("valid-citizen.json")}, QByteArray(),
                    true);
        QCOMPARE(r.exitCode, 0);
        const QString id = r.lastLine();
        r = run({"show", id}, QByteArray(), true);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parse(r.out), fileJson(sample("valid-citizen.json")));
    }
};

QTEST_GUILESS_MAIN(TestDraftsCli)
#include "tst_draftscli.moc"
