// Runs the official JSON-Schema-Test-Suite against Guichet's engine: Debian's packaged copy and
// the current upstream in $GUICHET_SHARED_DIR when present.
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/schema/formats.h"
#include "core/schema/schema.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtTest>

#include <cstdio>

using namespace guichet;

namespace {

struct KnownFailure
{
    QString key; // draft/file | case | test
    QString reason;
};

QHash<QString, QString> loadKnownFailures()
{
    QHash<QString, QString> known;
    QString path = qEnvironmentVariable("GUICHET_SCHEMA_KNOWN_FAILURES");
    if (path.isEmpty())
        path = QStringLiteral(GUICHET_TESTS_SCHEMA_DIR "/known-failures.txt");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return known;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QStringLiteral(" | "));
        if (parts.size() < 4)
            continue;
        known.insert(parts.mid(0, 3).join(QStringLiteral(" | ")),
                     parts.mid(3).join(QStringLiteral(" | ")));
    }
    return known;
}

std::optional<json::Value> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!parsed)
        return std::nullopt;
    return std::move(parsed).value();
}

schema::Draft draftOf(const QString &name)
{
    if (name == QLatin1String("draft4"))
        return schema::Draft::Draft4;
    if (name == QLatin1String("draft6"))
        return schema::Draft::Draft6;
    if (name == QLatin1String("draft7"))
        return schema::Draft::Draft7;
    return schema::Draft::Draft2020_12;
}

struct Tally
{
    int passed = 0;
    int failed = 0;
    int knownFailed = 0;
    QStringList unexpected;
};

// Runs one suite file; failures are checked against the known list.
void runFile(const QString &path, const QString &draftName, const QString &label,
             const schema::SchemaRegistry &registry, bool formatAssertion,
             const QHash<QString, QString> &known, Tally &total)
{
    auto doc = readJson(path);
    if (!doc) {
        total.unexpected << QStringLiteral("%1: unreadable").arg(path);
        return;
    }
    Tally file;
    for (const json::Value &group : doc->arrayItems()) {
        const QString caseName = QString::fromStdString(group["description"].string());
        schema::CompileOptions options;
        options.defaultDraft = draftOf(draftName);
        options.registry = &registry;
        options.formatAssertion = formatAssertion;
        auto compiled = schema::compile(group["schema"], options);
        for (const json::Value &test : group["tests"].arrayItems()) {
            const QString testName = QString::fromStdString(test["description"].string());
            const bool expected = test["valid"].toBool();
            QString problem;
            if (!compiled) {
                problem = QStringLiteral("compile error: %1").arg(compiled.error().message);
            } else {
                const schema::ValidationResult result = (*compiled)->validate(test["data"]);
                const bool quick = (*compiled)->isValid(test["data"]);
                if (result.valid != expected)
                    problem = QStringLiteral("expected %1").arg(expected ? "valid" : "invalid");
                else if (quick != result.valid)
                    problem = QStringLiteral("isValid() disagrees with validate()");
                else if (result.valid != result.errors.empty())
                    problem = QStringLiteral("valid flag and error list disagree");
            }
            const QString key =
                QStringLiteral("%1/%2 | %3 | %4").arg(draftName, label, caseName, testName);
            if (problem.isEmpty()) {
                ++file.passed;
            } else if (known.contains(key)) {
                ++file.knownFailed;
            } else {
                ++file.failed;
                total.unexpected << key + QStringLiteral(" -- ") + problem;
            }
        }
    }
    std::printf("  %-40s %4d/%d%s\n", qPrintable(label), file.passed,
                file.passed + file.failed + file.knownFailed,
                file.knownFailed ? qPrintable(QStringLiteral(" (%1 known)").arg(file.knownFailed))
                                 : "");
    total.passed += file.passed;
    total.failed += file.failed;
    total.knownFailed += file.knownFailed;
}

} // namespace

class TestJsonSchemaSuite : public QObject
{
    Q_OBJECT

private slots:
    void required_data();
    void required();
    void formats_data();
    void formats();

private:
    void addRows(bool formats);
};

void TestJsonSchemaSuite::addRows(bool formats)
{
    QTest::addColumn<QString>("testsDir");
    QTest::addColumn<QString>("remotesDir");
    QTest::addColumn<QString>("draft");
    const QString debian = QStringLiteral("/usr/share/json-schema-test-suite");
    const QString shared =
        qEnvironmentVariable("GUICHET_SHARED_DIR") + QStringLiteral("/json-schema-test-suite");
    for (const char *draft : {"draft4", "draft6", "draft7"}) {
        const QString dir = debian + QStringLiteral("/tests/") + QLatin1String(draft);
        if (QDir(dir).exists() &&
            (!formats || QDir(dir + QStringLiteral("/optional/format")).exists()))
            QTest::addRow("debian %s", draft)
                << dir << debian + QStringLiteral("/remotes") << QString::fromLatin1(draft);
    }
    for (const char *draft : {"draft2020-12", "draft7", "draft6", "draft4"}) {
        const QString dir = shared + QStringLiteral("/tests/") + QLatin1String(draft);
        if (QDir(dir).exists())
            QTest::addRow("upstream %s", draft)
                << dir << shared + QStringLiteral("/remotes") << QString::fromLatin1(draft);
    }
}

void TestJsonSchemaSuite::required_data()
{
    addRows(false);
}

void TestJsonSchemaSuite::required()
{
    QFETCH(QString, testsDir);
    QFETCH(QString, remotesDir);
    QFETCH(QString, draft);
    schema::SchemaRegistry registry;
    registry.addDirectory("http://localhost:1234/", remotesDir);
    const auto known = loadKnownFailures();
    Tally total;
    std::printf("%s (%s)\n", qPrintable(draft), qPrintable(testsDir));
    const QStringList files =
        QDir(testsDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        runFile(testsDir + QLatin1Char('/') + file, draft, file, registry, false, known, total);
    const int all = total.passed + total.failed + total.knownFailed;
    std::printf("%s total: %d/%d passed, %d known failures, %d unexpected failures\n",
                qPrintable(draft), total.passed, all, total.knownFailed, total.failed);
    std::fflush(stdout);
    for (const QString &u : total.unexpected)
        qWarning().noquote() << "FAIL" << u;
    QVERIFY2(total.unexpected.isEmpty(),
             qPrintable(QStringLiteral("%1 unexpected failures").arg(total.unexpected.size())));
}

void TestJsonSchemaSuite::formats_data()
{
    addRows(true);
}

// optional/format with format assertion on, for the formats formats.h knows.
void TestJsonSchemaSuite::formats()
{
    QFETCH(QString, testsDir);
    QFETCH(QString, remotesDir);
    QFETCH(QString, draft);
    const QString dir = testsDir + QStringLiteral("/optional/format");
    if (!QDir(dir).exists())
        QSKIP("no optional/format folder");
    schema::SchemaRegistry registry;
    registry.addDirectory("http://localhost:1234/", remotesDir);
    const auto known = loadKnownFailures();
    Tally total;
    std::printf("%s formats (%s)\n", qPrintable(draft), qPrintable(dir));
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString format = file.chopped(5);
        if (!schema::isKnownFormat(format.toStdString()))
            continue;
        runFile(dir + QLatin1Char('/') + file, draft, QStringLiteral("optional/format/") + file,
                registry, true, known, total);
    }
    const int all = total.passed + total.failed + total.knownFailed;
    std::printf("%s formats total: %d/%d passed, %d known failures, %d unexpected failures\n",
                qPrintable(draft), total.passed, all, total.knownFailed, total.failed);
    std::fflush(stdout);
    for (const QString &u : total.unexpected)
        qWarning().noquote() << "FAIL" << u;
    QVERIFY2(total.unexpected.isEmpty(),
             qPrintable(QStringLiteral("%1 unexpected failures").arg(total.unexpected.size())));
}

QTEST_GUILESS_MAIN(TestJsonSchemaSuite)
#include "tst_jsonschemasuite.moc"
