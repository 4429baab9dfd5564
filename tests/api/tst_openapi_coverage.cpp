// Every operation of api/openapi.yaml is exercised by some test against the sandbox. The sandbox
// fixture (tests/sandbox) writes each operation it calls, "METHOD /path/template" one a line, to
// $GUICHET_BINARY_DIR/tests/openapi-coverage/<test>.txt; this test reads them all after the
// sandbox tests ran and lists the operations no test called.
#include "openapichecker.h"

#include "core/json/parser.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <map>
#include <set>

using namespace guichet;
using guichet::testing::operationKey;

namespace {

QString coverageDir()
{
    return qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/tests/openapi-coverage");
}

} // namespace

class TestOpenApiCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void operationKeyOfARecord_data();
    void operationKeyOfARecord();
    void everyOperationIsExercised();
    void recordedCallsAreInTheContract();

private:
    std::map<std::string, std::string> m_operations; // key -> "GET /path (operationId)"
    std::map<std::string, QStringList> m_recorded;   // key -> the files that recorded it
    QStringList m_files;
};

void TestOpenApiCoverage::initTestCase()
{
    QFile file(QStringLiteral(GUICHET_OPENAPI_JSON));
    QVERIFY2(file.open(QIODevice::ReadOnly), "cannot read " GUICHET_OPENAPI_JSON);
    const QByteArray bytes = file.readAll();
    auto document = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
    const testing::OpenApiChecker checker(std::move(document).value());
    for (const auto &op : checker.operations())
        m_operations[operationKey(op.method, op.path)] =
            op.method + ' ' + op.path + " (" + op.operationId + ')';
    QVERIFY(!m_operations.empty());

    const QDir dir(coverageDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile record(dir.filePath(name));
        QVERIFY2(record.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(name));
        m_files << name;
        while (!record.atEnd()) {
            const QString line = QString::fromUtf8(record.readLine()).trimmed();
            const qsizetype space = line.indexOf(QLatin1Char(' '));
            if (line.isEmpty() || space <= 0)
                continue;
            const std::string key = operationKey(line.left(space).toStdString(),
                                                 line.mid(space + 1).trimmed().toStdString());
            if (!m_recorded[key].contains(name))
                m_recorded[key] << name;
        }
    }
}

void TestOpenApiCoverage::operationKeyOfARecord_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");

    QTest::newRow("as the contract writes it") << "GET"
                                               << "/declarations/{id}"
                                               << "GET /declarations/{}";
    QTest::newRow("parameter names do not matter") << "GET"
                                                   << "/enterprises/{n}/staff/{staffId}"
                                                   << "GET /enterprises/{}/staff/{}";
    QTest::newRow("lower-case method") << "post"
                                       << "/auth/token"
                                       << "POST /auth/token";
    QTest::newRow("with the server's base path") << "GET"
                                                 << "/api/v1/me/audit"
                                                 << "GET /me/audit";
    QTest::newRow("query and trailing slash dropped") << "GET"
                                                      << "/declarations/?status=done"
                                                      << "GET /declarations";
    QTest::newRow("a path that merely starts like the base") << "GET"
                                                             << "/api/v10/health"
                                                             << "GET /api/v10/health";
}

void TestOpenApiCoverage::operationKeyOfARecord()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, key);
    QCOMPARE(QString::fromStdString(operationKey(method.toStdString(), path.toStdString())), key);
}

void TestOpenApiCoverage::everyOperationIsExercised()
{
    QVERIFY2(!m_files.isEmpty(),
             qPrintable(QStringLiteral("no coverage recorded in %1: the sandbox tests "
                                       "(tst_sandbox_*) write it; run them first")
                            .arg(coverageDir())));
    QStringList missing;
    for (const auto &[key, description] : m_operations)
        if (!m_recorded.count(key))
            missing << QString::fromStdString(description);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 operations exercised by no test (records read: "
                                       "%3):\n  %4")
                            .arg(missing.size())
                            .arg(m_operations.size())
                            .arg(m_files.join(QStringLiteral(", ")),
                                 missing.join(QStringLiteral("\n  ")))));
}

void TestOpenApiCoverage::recordedCallsAreInTheContract()
{
    // A call outside the contract is worth a look (a route the contract lacks, or a fixture that
    // recorded a concrete path instead of its template) but tests may call unknown paths on
    // purpose, so it is reported, not failed.
    for (const auto &[key, files] : m_recorded)
        if (!m_operations.count(key))
            qWarning("recorded but not in api/openapi.yaml: %s (%s)", key.c_str(),
                     qPrintable(files.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestOpenApiCoverage)
#include "tst_openapi_coverage.moc"
