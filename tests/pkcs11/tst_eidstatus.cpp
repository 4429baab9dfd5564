// `guichet-cli eid status` as a real process on a fresh SoftHSM2 token labelled BELPIC (and on
// p11wrap for the states SoftHSM2 cannot show): the JSON contract, the exit codes, and no national
// number in the log.
#include "tokenfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace guichet::eid;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &args,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/bin/guichet-cli"),
                  args);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The token object of the first slot holding a token labelled `label`, or an empty object.
QJsonObject findToken(const QJsonObject &status, const QString &label)
{
    for (const QJsonValue &module : status.value(QLatin1String("modules")).toArray()) {
        for (const QJsonValue &slot : module.toObject().value(QLatin1String("slots")).toArray()) {
            const QJsonObject token = slot.toObject().value(QLatin1String("token")).toObject();
            if (token.value(QLatin1String("label")).toString() == label)
                return token;
        }
    }
    return {};
}
} // namespace

class TestEidStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsTheCard();
    void pinStates_data();
    void pinStates();
    void cardOutOrNoReader_data();
    void cardOutOrNoReader();
    void dataDirSetsTheTokenConfiguration();
    void nationalNumberNeverLogged();
    void usageErrors_data();
    void usageErrors();

private:
    TokenFixture m_token;
    QString m_serial;
};

void TestEidStatus::initTestCase()
{
    const QString created = m_token.create();
    QVERIFY2(created.isEmpty(), qPrintable(created));
    auto module = Module::load(TokenFixture::softHsmModule());
    QVERIFY(module);
    const QString added = TokenFixture::addKeyWithCertificate(
        *module, KeyType::EcP384, QStringLiteral("Authentication"), QByteArray("\x01", 1), nullptr,
        nullptr);
    QVERIFY2(added.isEmpty(), qPrintable(added));
    const auto token = (*module)->findToken(TokenFixture::tokenLabel());
    QVERIFY(token);
    m_serial = token->serialNumber;
}

void TestEidStatus::init()
{
    QVERIFY(m_token.writeState({}));
}

void TestEidStatus::listsTheCard()
{
    const Run run = runCli({QStringLiteral("eid"), QStringLiteral("status"),
                            QStringLiteral("--module"), TokenFixture::softHsmModule()});

    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    const QJsonArray modules = document.object().value(QLatin1String("modules")).toArray();
    QCOMPARE(modules.size(), 1);
    QCOMPARE(modules.first().toObject().value(QLatin1String("path")).toString(),
             TokenFixture::softHsmModule());

    const QJsonObject token = findToken(document.object(), QStringLiteral("BELPIC"));
    QVERIFY2(!token.isEmpty(), run.out.constData());
    QCOMPARE(token.value(QLatin1String("pinState")).toString(), QStringLiteral("ok"));
    QCOMPARE(token.value(QLatin1String("protectedAuthPath")).toBool(true), false);
    QCOMPARE(token.value(QLatin1String("minPin")).toInt(), 4);
    QVERIFY(!token.value(QLatin1String("serial")).toString().isEmpty());

    const QJsonArray certificates = token.value(QLatin1String("certificates")).toArray();
    QCOMPARE(certificates.size(), 1);
    const QJsonObject certificate = certificates.first().toObject();
    QCOMPARE(certificate.value(QLatin1String("label")).toString(),
             QStringLiteral("Authentication"));
    QCOMPARE(certificate.value(QLatin1String("holder")).toString(), QStringLiteral("Alice Test"));
    QCOMPARE(certificate.value(QLatin1String("nationalNumber")).toString(),
             TokenFixture::nationalNumber());
    QCOMPARE(certificate.value(QLatin1String("keyType")).toString(), QStringLiteral("EC P-384"));
    QVERIFY(certificate.value(QLatin1String("subject"))
                .toString()
                .contains(QLatin1String("Alice Test (Authentication)")));
    const QDateTime notBefore = QDateTime::fromString(
        certificate.value(QLatin1String("notBefore")).toString(), Qt::ISODate);
    const QDateTime notAfter =
        QDateTime::fromString(certificate.value(QLatin1String("notAfter")).toString(), Qt::ISODate);
    QVERIFY(notBefore.isValid() && notAfter.isValid() && notBefore < notAfter);
}

void TestEidStatus::pinStates_data()
{
    QTest::addColumn<QString>("tries");
    QTest::addColumn<QString>("pinState");
    QTest::addRow("no wrong PIN") << QStringLiteral("0") << QStringLiteral("ok");
    QTest::addRow("one wrong PIN") << QStringLiteral("1") << QStringLiteral("count-low");
    QTest::addRow("two wrong PINs") << QStringLiteral("2") << QStringLiteral("final-try");
    QTest::addRow("blocked") << QStringLiteral("3") << QStringLiteral("locked");
}

void TestEidStatus::pinStates()
{
    QFETCH(QString, tries);
    QFETCH(QString, pinState);
    QVERIFY(m_token.writeState(
        {{QStringLiteral("tries"), tries}, {QStringLiteral("protected"), QStringLiteral("1")}}));

    const Run run = runCli({QStringLiteral("eid"), QStringLiteral("status"),
                            QStringLiteral("--module=") + TokenFixture::wrapModule()});

    QCOMPARE(run.exitCode, 0);
    const QJsonObject token =
        findToken(QJsonDocument::fromJson(run.out).object(), QStringLiteral("BELPIC"));
    QVERIFY2(!token.isEmpty(), run.out.constData());
    QCOMPARE(token.value(QLatin1String("pinState")).toString(), pinState);
    QCOMPARE(token.value(QLatin1String("protectedAuthPath")).toBool(), true);
}

void TestEidStatus::cardOutOrNoReader_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("slotCount");
    QTest::addRow("card out of the reader") << QStringLiteral("present") << -1;
    QTest::addRow("no reader") << QStringLiteral("readers") << 0;
}

void TestEidStatus::cardOutOrNoReader()
{
    QFETCH(QString, key);
    QFETCH(int, slotCount);
    QVERIFY(m_token.writeState({{key, QStringLiteral("0")}}));

    const Run run = runCli({QStringLiteral("eid"), QStringLiteral("status"),
                            QStringLiteral("--module"), TokenFixture::wrapModule()});

    // Not an error: the JSON says what is (not) there.
    QCOMPARE(run.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(run.out).object();
    const QJsonArray slotArray = status.value(QLatin1String("modules"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("slots"))
                                     .toArray();
    if (slotCount >= 0)
        QCOMPARE(slotArray.size(), slotCount);
    else
        QVERIFY(!slotArray.isEmpty());
    for (const QJsonValue &slot : slotArray) {
        QCOMPARE(slot.toObject().value(QLatin1String("tokenPresent")).toBool(true), false);
        QVERIFY(!slot.toObject().contains(QLatin1String("token")));
    }
}

void TestEidStatus::dataDirSetsTheTokenConfiguration()
{
    // The demo folder layout: DIR/softhsm/softhsm2.conf, found without SOFTHSM2_CONF.
    QTemporaryDir dataDir;
    QVERIFY(QDir(dataDir.path()).mkpath(QStringLiteral("softhsm")));
    QVERIFY(QFile::copy(m_token.configurationFile(),
                        dataDir.filePath(QStringLiteral("softhsm/softhsm2.conf"))));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SOFTHSM2_CONF"));

    const Run run =
        runCli({QStringLiteral("eid"), QStringLiteral("status"), QStringLiteral("--module"),
                TokenFixture::softHsmModule(), QStringLiteral("--data-dir"), dataDir.path()},
               environment);

    // Our token, not one of the system configuration's.
    QCOMPARE(run.exitCode, 0);
    const QJsonObject token =
        findToken(QJsonDocument::fromJson(run.out).object(), QStringLiteral("BELPIC"));
    QCOMPARE(token.value(QLatin1String("serial")).toString(), m_serial);
}

void TestEidStatus::nationalNumberNeverLogged()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("guichet.*=true"));

    const Run run = runCli({QStringLiteral("eid"), QStringLiteral("status"),
                            QStringLiteral("--module"), TokenFixture::softHsmModule()},
                           environment);

    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(TokenFixture::nationalNumber().toLatin1())); // the holder's own
    QVERIFY2(!run.err.contains(TokenFixture::nationalNumber()), qPrintable(run.err));
}

void TestEidStatus::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("no subcommand")
        << QStringList{QStringLiteral("eid")} << QStringLiteral("subcommand");
    QTest::addRow("unknown subcommand")
        << QStringList{QStringLiteral("eid"), QStringLiteral("frobnicate")}
        << QStringLiteral("frobnicate");
    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("eid"), QStringLiteral("status"), QStringLiteral("--bogus")}
        << QStringLiteral("--bogus");
    QTest::addRow("--module without a path")
        << QStringList{QStringLiteral("eid"), QStringLiteral("status"), QStringLiteral("--module")}
        << QStringLiteral("--module");
    QTest::addRow("missing module")
        << QStringList{QStringLiteral("eid"), QStringLiteral("status"), QStringLiteral("--module"),
                       QStringLiteral("/nonexistent/libnothing.so")}
        << QStringLiteral("/nonexistent/libnothing.so");
}

void TestEidStatus::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);

    const Run run = runCli(args);

    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestEidStatus)
#include "tst_eidstatus.moc"
