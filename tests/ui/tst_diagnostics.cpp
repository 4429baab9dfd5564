// The diagnostics model without its dialog: PKCS#11 module discovery, the keychain probe, the
// versions, and the plain-text report that leaves the machine.
#include "core/eid/modulefinder.h"
#include "ui/appsettings.h"
#include "ui/componentversions.h"
#include "ui/diagnosticsreport.h"
#include "ui/keychainprobe.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using guichet::ui::AppSettings;
using guichet::ui::ComponentVersions;
using guichet::ui::DiagnosticsReport;
using guichet::ui::KeychainProbe;
using Pkcs11ModuleFinder = guichet::eid::ModuleFinder;

namespace {
bool writeFile(const QString &path, const QByteArray &content = {})
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsLibrariesAndP11KitModules();
    void defaultLocationsAreDebian();
    void versions();
    void reportRedactsNationalNumbers();
    void reportKeychainStates_data();
    void reportKeychainStates();
    void keychainProbeAnswers();

private:
    QTemporaryDir m_settingsDir;
};

void TestDiagnostics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_diagnostics"));
}

void TestDiagnostics::findsLibrariesAndP11KitModules()
{
    // Arrange: a library folder, a known single location and p11-kit registrations, one of
    // them relative, one pointing at a library that is not there, one at a library also found
    // by pattern.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir dir(root.path());
    QVERIFY(dir.mkpath(QStringLiteral("lib/pkcs11")));
    QVERIFY(dir.mkpath(QStringLiteral("modules")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lib/pkcs11/opensc-pkcs11.so"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lib/pkcs11/other.so"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lib/pkcs11/readme.txt"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lib/libbeidpkcs11.so.0"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("modules/opensc.module")),
                      "# comment\nmodule: opensc-pkcs11.so\npriority: 1\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("modules/gone.module")),
                      "module: " + dir.filePath(QStringLiteral("lib/gone.so")).toUtf8() + "\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("modules/empty.module")), "# nothing\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("modules/not-a-module.conf")),
                      "module: ignored.so\n"));

    Pkcs11ModuleFinder finder;
    finder.setLibraryPatterns({dir.filePath(QStringLiteral("lib/pkcs11/*.so")),
                               dir.filePath(QStringLiteral("lib/libbeidpkcs11.so.0")),
                               dir.filePath(QStringLiteral("lib/absent.so"))});
    finder.setP11KitModuleDirectories({dir.filePath(QStringLiteral("modules"))});
    finder.setP11KitLibraryDirectory(dir.filePath(QStringLiteral("lib/pkcs11")));

    // Act
    const QList<Pkcs11ModuleFinder::Module> modules = finder.find();

    // Assert: registrations first (sorted by path), then the other libraries, each once.
    QCOMPARE(modules.size(), 4);
    QCOMPARE(modules.at(0).path, dir.filePath(QStringLiteral("lib/gone.so")));
    QCOMPARE(modules.at(0).p11KitName, QStringLiteral("gone"));
    QVERIFY(!modules.at(0).exists);
    QCOMPARE(modules.at(1).path, dir.filePath(QStringLiteral("lib/pkcs11/opensc-pkcs11.so")));
    QCOMPARE(modules.at(1).p11KitName, QStringLiteral("opensc"));
    QVERIFY(modules.at(1).exists);
    QCOMPARE(modules.at(2).path, dir.filePath(QStringLiteral("lib/libbeidpkcs11.so.0")));
    QVERIFY(modules.at(2).p11KitName.isEmpty());
    QCOMPARE(modules.at(3).path, dir.filePath(QStringLiteral("lib/pkcs11/other.so")));
}

void TestDiagnostics::defaultLocationsAreDebian()
{
    const Pkcs11ModuleFinder finder;

    QVERIFY(
        finder.p11KitModuleDirectories().contains(QStringLiteral("/usr/share/p11-kit/modules")));
    QVERIFY(finder.libraryPatterns().contains(QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")));
    const bool hasBeid =
        std::any_of(finder.libraryPatterns().cbegin(), finder.libraryPatterns().cend(),
                    [](const QString &p) { return p.contains(QStringLiteral("libbeidpkcs11")); });
    QVERIFY(hasBeid);
}

void TestDiagnostics::versions()
{
    static const QRegularExpression version(QStringLiteral(R"(^\d+\.\d+)"));

    QCOMPARE(ComponentVersions::qtRuntime(), QString::fromLatin1(qVersion()));
    QVERIFY(ComponentVersions::openSsl().startsWith(QStringLiteral("OpenSSL 3")));
    QVERIFY2(version.match(ComponentVersions::qtKeychain()).hasMatch(),
             qPrintable(ComponentVersions::qtKeychain()));
    QVERIFY(version.match(ComponentVersions::guichet()).hasMatch());
}

void TestDiagnostics::reportRedactsNationalNumbers()
{
    // A data folder named after a national number is the one way personal data could slip in.
    const DiagnosticsReport report = DiagnosticsReport::collect(QStringLiteral("/tmp/85073003328"));

    const QString text = report.toPlainText();

    QVERIFY(!text.contains(QStringLiteral("85073003328")));
    QVERIFY(text.contains(QStringLiteral("/tmp/85")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
}

void TestDiagnostics::reportKeychainStates_data()
{
    QTest::addColumn<KeychainProbe::State>("state");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("expected");
    QTest::addRow("still checking") << KeychainProbe::State::Running << QString() << "Checking";
    QTest::addRow("reachable") << KeychainProbe::State::Reachable << QString() << "Reachable";
    QTest::addRow("unreachable, with the keychain's reason")
        << KeychainProbe::State::Unreachable << QStringLiteral("No D-Bus session")
        << "Not reachable: No D-Bus session";
    QTest::addRow("no answer") << KeychainProbe::State::TimedOut << QString() << "Not reachable";
}

void TestDiagnostics::reportKeychainStates()
{
    QFETCH(KeychainProbe::State, state);
    QFETCH(QString, error);
    QFETCH(QString, expected);
    DiagnosticsReport report = DiagnosticsReport::collect(AppSettings::dataDirectory());

    report.setKeychainState(state, error);

    QVERIFY2(report.value(QStringLiteral("Keychain")).startsWith(expected),
             qPrintable(report.value(QStringLiteral("Keychain"))));
    QVERIFY(report.toPlainText().contains(QStringLiteral("Keychain: ") + expected));
}

void TestDiagnostics::keychainProbeAnswers()
{
    KeychainProbe probe;
    QSignalSpy finished(&probe, &KeychainProbe::finished);

    probe.start(std::chrono::seconds(10));

    QCOMPARE(probe.state(), KeychainProbe::State::Running);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(probe.isFinished());
    // Which answer depends on the machine (the test command provides a Secret Service); a
    // keychain that is not reachable must say why.
    if (probe.state() == KeychainProbe::State::Unreachable)
        QVERIFY(!probe.errorString().isEmpty());
    qInfo() << "keychain probe:" << probe.state() << probe.errorString();
}

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
