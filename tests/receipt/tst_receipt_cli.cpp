// `guichet-cli submit ... --receipt FILE.pdf` end to end: `demo init` makes the SoftHSM2 card,
// guichet-sandbox serves HTTPS on loopback, the CLI signs in with the card, files a bundled
// sample, waits for the result and writes the signed receipt as a PDF (Qt WebEngine, offscreen),
// read back here with pdftotext.
#include "../common/childprocess.h"
#include "receipttestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace receipttest;

namespace {
const QByteArray testPin = "628417";

QString binary(const QString &name)
{
    return qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/bin/") + name;
}

QString sample(const QString &file)
{
    return qEnvironmentVariable("GUICHET_SOURCE_DIR") + QStringLiteral("/forms/dimona/1/samples/") +
           file;
}
} // namespace

class TestReceiptCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const
        {
            const QList<QByteArray> lines = out.trimmed().split('\n');
            return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
        }
    };

    // As tests/portal/tst_portal_cli.cpp: under LeakSanitizer a leak report fails the run only
    // when it names our code; a third-party one is shown as a warning.
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // As a desktop session has it (else QGuiApplication warns on stderr at start).
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir);
        if (env.contains(QStringLiteral("ASAN_OPTIONS"))) {
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       env.value(QStringLiteral("ASAN_OPTIONS")) +
                           QStringLiteral(":fast_unwind_on_malloc=0:malloc_context_size=40"));
            env.insert(QStringLiteral("LSAN_OPTIONS"),
                       env.value(QStringLiteral("LSAN_OPTIONS")) + QStringLiteral(":exitcode=0"));
        }
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary(QStringLiteral("guichet-cli")), args);
        Run r;
        if (!p.waitForStarted(30000))
            return r;
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        const qsizetype leak = r.err.indexOf("==ERROR: LeakSanitizer");
        if (leak >= 0) {
            const QByteArray report = r.err.mid(leak);
            if (report.contains("guichet::") || report.contains("/app/") ||
                report.contains("/tests/")) {
                r.exitCode = 23;
            } else {
                qWarning("third-party leak at exit of guichet-cli %s:\n%s",
                         qPrintable(args.join(QLatin1Char(' '))), report.left(4000).constData());
                r.err.truncate(leak);
            }
        }
        return r;
    }

    QStringList submit(const QString &data, const QString &receipt,
                       const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("submit"),
                           QStringLiteral("dimona"),
                           data,
                           QStringLiteral("--server"),
                           m_server,
                           QStringLiteral("--data-dir"),
                           m_dataDir,
                           QStringLiteral("--pin-stdin"),
                           QStringLiteral("--wait"),
                           QStringLiteral("--receipt"),
                           receipt} +
               extra;
    }

    void checkPdf(const QString &path, const QStringList &texts)
    {
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QString error;
        QVERIFY2(pdfPages(path, &error) >= 1, qPrintable(error));
        const QString text = pdfText(path, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        for (const QString &t : texts)
            QVERIFY2(squeezed(text).contains(squeezed(t)),
                     qPrintable(t + QStringLiteral(" not in:\n") + text));
    }

    QTemporaryDir m_dir;
    QString m_runtimeDir;
    QString m_dataDir;
    QString m_server;
    QProcess *m_sandbox = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_runtimeDir = m_dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(m_runtimeDir));
        QVERIFY(QFile::setPermissions(m_runtimeDir, QFileDevice::ReadOwner |
                                                        QFileDevice::WriteOwner |
                                                        QFileDevice::ExeOwner));
        QVERIFY2(!tool("pdftotext").isEmpty(), "pdftotext is missing: install poppler-utils");
        QVERIFY2(!tool("pdfinfo").isEmpty(), "pdfinfo is missing: install poppler-utils");
        QVERIFY2(QFile::exists(binary(QStringLiteral("guichet-sandbox"))),
                 "guichet-sandbox is not built");
        m_dataDir = m_dir.filePath(QStringLiteral("demo"));
        const Run made =
            cli({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--data-dir"),
                 m_dataDir, QStringLiteral("--pin"), QString::fromLatin1(testPin)});
        QVERIFY2(made.exitCode == 0, made.err.constData());

        m_sandbox = new QProcess(this);
        guichet::test::dieWithTheTest(*m_sandbox);
        m_sandbox->setStandardErrorFile(m_dir.filePath(QStringLiteral("sandbox.log")));
        m_sandbox->start(binary(QStringLiteral("guichet-sandbox")),
                         {QStringLiteral("--port"), QStringLiteral("0"),
                          QStringLiteral("--data-dir"), m_dataDir,
                          QStringLiteral("--processing-delay"), QStringLiteral("200")});
        QVERIFY(m_sandbox->waitForStarted(30000));
        while (!m_sandbox->canReadLine())
            QVERIFY(m_sandbox->waitForReadyRead(30000));
        const int port = m_sandbox->readLine().trimmed().toInt();
        QVERIFY(port > 0);
        m_server = QStringLiteral("https://127.0.0.1:%1").arg(port);
    }

    void cleanupTestCase()
    {
        if (m_sandbox) {
            m_sandbox->terminate();
            QVERIFY(m_sandbox->waitForFinished(10000));
            QCOMPARE(m_sandbox->exitCode(), 0);
        }
    }

    // The sample with the ticket the JSON result prints, in the --lang language.
    void receiptOfABundledSample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QStringList>("texts");
        // Valid for the schema; the portal accepts it with a warning (its start is past).
        QTest::addRow("valid student IN, English")
            << "valid-in-student.json"
            << "en" << 0 << "W"
            << QStringList{"Dimona – immediate declaration of employment",
                           "Accepted with warnings",
                           "86.03.14-123.23",
                           "STU – student",
                           "Valid: the portal's key signed exactly this",
                           "matches the data sent"};
        QTest::addRow("valid OUT, French")
            << "valid-out.json"
            << "fr" << 1 << "B" << QStringList{"Dimona – déclaration immédiate de l'emploi"};
        QTest::addRow("bad national number, Dutch")
            << "invalid-worker-bad-national-number.json"
            << "nl" << 1 << "B"
            << QStringList{"Dimona – onmiddellijke aangifte van tewerkstelling"};
    }

    void receiptOfABundledSample()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(int, exitCode);
        QFETCH(QString, result);
        QFETCH(QStringList, texts);
        const QString pdf =
            m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(QTest::currentDataTag()).arg(language))
                .replace(QLatin1Char(' '), QLatin1Char('_'))
                .replace(QLatin1Char(','), QLatin1Char('_'));
        const Run r =
            cli(submit(sample(file), pdf, {QStringLiteral("--lang"), language}), testPin + '\n');
        QVERIFY2(r.exitCode == exitCode, r.err.constData() + r.out);
        const QJsonObject declaration = r.json();
        QCOMPARE(declaration.value("status").toString(), QStringLiteral("done"));
        QCOMPARE(declaration.value("result").toString(), result);
        QCOMPARE(declaration.value("receipt").toString(), pdf);
        const QString ticket = declaration.value("ticket").toString();
        QVERIFY(!ticket.isEmpty());
        // The anomalies the JSON lists are on the receipt in the language asked for.
        QStringList expected = texts;
        expected << ticket;
        for (const QJsonValue &a : declaration.value("anomalies").toArray())
            expected << a.toObject().value("message").toObject().value(language).toString();
        checkPdf(pdf, expected);
    }

    void acceptedDeclarationHasItsReceipt()
    {
        const QString data = m_dir.filePath(QStringLiteral("student.json"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(studentIn()).toJson());
        f.close();
        const QString pdf = m_dir.filePath(QStringLiteral("accepted.pdf"));
        const Run r = cli(submit(data, pdf), testPin + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData() + r.out);
        const QJsonObject declaration = r.json();
        QVERIFY2(QStringList({"A", "W"}).contains(declaration.value("result").toString()),
                 r.out.constData());
        // Signature and data match, and Qt WebEngine's start-up chatter stays off stderr.
        QVERIFY2(r.err.trimmed().isEmpty(), r.err.constData());
        checkPdf(pdf, {declaration.value("ticket").toString(), QStringLiteral("Accepted"),
                       QStringLiteral("matches the data sent"),
                       declaration.value("periodId").toString()});
    }

    // Checked before anything is filed: a receipt that could not be written is a usage error,
    // and the portal has nothing.
    void unwritableReceiptIsRefusedBeforeFiling_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("missing folder") << "no/such/folder/receipt.pdf";
        QTest::addRow("a folder") << ".";
    }

    void unwritableReceiptIsRefusedBeforeFiling()
    {
        QFETCH(QString, path);
        const Run r = cli(submit(sample(QStringLiteral("valid-out.json")), m_dir.filePath(path)),
                          testPin + '\n');
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--receipt"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReceiptCli)
#include "tst_receipt_cli.moc"
