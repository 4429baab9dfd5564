// `guichet --screenshot FILE.png` as scripts and the documentation use it: the real executable,
// offscreen, with settings and data kept in a folder of the test.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void diagnosticsDialog();
    void refusals_data();
    void refusals();

private:
    // Runs guichet with `arguments`; returns its exit code, -1 if it did not finish.
    int run(const QStringList &arguments, QByteArray *errorOutput = nullptr);

    QString m_program;
    QTemporaryDir m_home;
};

void TestScreenshot::initTestCase()
{
    const QString binaryDir = qEnvironmentVariable("GUICHET_BINARY_DIR");
    QVERIFY2(!binaryDir.isEmpty(), "GUICHET_BINARY_DIR is not set (run through ctest)");
    m_program = QDir(binaryDir).filePath(QStringLiteral("bin/guichet"));
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
    QVERIFY(m_home.isValid());
}

int TestScreenshot::run(const QStringList &arguments, QByteArray *errorOutput)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.start(m_program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    const QByteArray stderrText = process.readAllStandardError();
    if (errorOutput)
        *errorOutput = stderrText;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qWarning().noquote() << "guichet said:" << stderrText;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

namespace {
// True when the picture has at least two different pixels: a real rendering, not a blank.
bool hasContent(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}
} // namespace

void TestScreenshot::mainWindow_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("welcome page") << QStringList();
    QTest::addRow("employer workspace, in French")
        << QStringList{QStringLiteral("--workspace"), QStringLiteral("employer"),
                       QStringLiteral("--lang"), QStringLiteral("fr")};
}

void TestScreenshot::mainWindow()
{
    QFETCH(QStringList, extra);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString file = out.filePath(QStringLiteral("main.png"));
    const QString dataDir = out.filePath(QStringLiteral("data/nested"));

    const int code = run(
        QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--screenshot"), file} +
        extra);

    QCOMPARE(code, 0);
    QVERIFY(QFileInfo(dataDir).isDir()); // --data-dir creates the folder
    QImage image;
    QVERIFY(image.load(file, "PNG"));
    QVERIFY2(image.width() > 600 && image.height() > 400,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    QVERIFY(hasContent(image));
}

void TestScreenshot::diagnosticsDialog()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString file = out.filePath(QStringLiteral("diagnostics.png"));

    QCOMPARE(run({QStringLiteral("--screenshot-dialog"), QStringLiteral("diagnostics"),
                  QStringLiteral("--screenshot"), file}),
             0);

    QImage image;
    QVERIFY(image.load(file, "PNG"));
    QVERIFY(image.width() > 300 && image.height() > 200);
    QVERIFY(hasContent(image));
}

void TestScreenshot::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("screenshot into a missing folder")
        << QStringList{QStringLiteral("--screenshot"),
                       QStringLiteral("/nonexistent-guichet-folder/shot.png")}
        << "cannot save the screenshot";
    QTest::addRow("unsupported language")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("es"),
                       QStringLiteral("--screenshot"), QStringLiteral("x.png")}
        << "unsupported language";
    QTest::addRow("unknown option")
        << QStringList{QStringLiteral("--no-such-option")} << "no-such-option";
    QTest::addRow("unknown workspace")
        << QStringList{QStringLiteral("--workspace"), QStringLiteral("garden"),
                       QStringLiteral("--screenshot"), QStringLiteral("x.png")}
        << "unknown workspace";
}

void TestScreenshot::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QByteArray errors;

    const int code = run(arguments, &errors);

    QCOMPARE(code, 2);
    QVERIFY2(QString::fromUtf8(errors).contains(message), errors.constData());
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
