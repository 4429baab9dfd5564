// The redaction that every log line goes through: no national number, bearer token or PIN may
// survive it, and ordinary text must come through unchanged.
#include "core/logging.h"

#include <QtTest>

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void redact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::addRow("bare national number") << "worker 85073003328 hired"
                                              << "worker 85********* hired";
        QTest::addRow("printed national number") << "niss=85.07.30-033.28."
                                                 << "niss=85*********.";
        QTest::addRow("two numbers on a line") << "17073003384 and 98472899765"
                                               << "17********* and 98*********";
        QTest::addRow("longer digit run is not a national number") << "id 123456789012"
                                                                   << "id 123456789012";
        QTest::addRow("ten digits untouched (enterprise number)") << "enterprise 0403019261"
                                                                  << "enterprise 0403019261";
        QTest::addRow("bearer token") << "Authorization: Bearer abc.DEF-123_x="
                                      << "Authorization: Bearer [redacted]";
        QTest::addRow("PIN value") << "pkcs11:token=BELPIC;pin-value=1234"
                                   << "pkcs11:token=BELPIC;pin-value=[redacted]";
        QTest::addRow("pin colon") << "PIN: 987654"
                                   << "PIN: [redacted]";
        QTest::addRow("plain text unchanged") << "Dimona IN accepted"
                                              << "Dimona IN accepted";
    }

    void redact()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(guichet::logging::redact(input), expected);
    }

    void handlerRedactsMessages()
    {
        // Arrange: capture what reaches the handler below ours.
        static QStringList seen;
        seen.clear();
        QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &msg) { seen << msg; });
        guichet::logging::installRedactingMessageHandler();

        // Act
        qCWarning(lcEid) << "card holder" << QStringLiteral("85073003328");

        // Assert
        qInstallMessageHandler(previous);
        QCOMPARE(seen.size(), 1);
        QVERIFY(!seen.first().contains(QStringLiteral("85073003328")));
        QVERIFY(seen.first().contains(QStringLiteral("85*********")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
