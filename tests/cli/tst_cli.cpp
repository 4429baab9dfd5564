// guichet-cli's outer contract: version, help, unknown commands and bad options (exit 2 with a
// message on stderr), run as a real process.
#include <QProcess>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/bin/guichet-cli"),
                args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("guichet-cli 0.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Qt 6.")));
    }

    void helpListsCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: guichet-cli")));
    }

    void languageBeforeCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("--lang L first") << QStringList{"--lang", "nl", "--help"};
        QTest::addRow("--lang=L first") << QStringList{"--lang=de", "--help"};
        QTest::addRow("--lang L last") << QStringList{"--help", "--lang", "fr"};
    }

    void languageBeforeCommand()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("Usage: guichet-cli")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("guichet-cli")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("unknown command") << QStringList{"nonsense"} << "unknown command";
        QTest::addRow("no command") << QStringList{} << "no command";
        QTest::addRow("unsupported language")
            << QStringList{"--version", "--lang", "it"} << "unsupported language";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
