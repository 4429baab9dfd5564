// guichet-cli validate, run as a process: JSON lines, exit codes, --jsonl, --remote.
#include "core/json/parser.h"
#include "core/json/value.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace guichet;

namespace {

struct Run
{
    int exitCode = -1;
    QList<json::Value> lines;
    QString stderrText;
};

} // namespace

class TestCliValidate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void errorLines();
    void jsonl();
    void remote();
    void draftAndFormats();
    void bundledForms();

private:
    QString write(const QString &name, const QByteArray &content);
    Run run(const QStringList &args, const QByteArray &input = {});

    QTemporaryDir m_dir;
    QString m_cli;
};

void TestCliValidate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/bin/guichet-cli");
    if (!QFileInfo::exists(m_cli))
        QSKIP("guichet-cli is not built");
    write(QStringLiteral("person.json"), R"({
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "niss": {"type": "string", "format": "be-niss"},
            "age": {"$ref": "common.json#/$defs/age"}
        }
    })");
    write(QStringLiteral("common.json"),
          R"({"$defs": {"age": {"type": "integer", "minimum": 0}}})");
    write(QStringLiteral("valid.json"), R"({"name": "Anne", "age": 30})");
    write(QStringLiteral("invalid.json"), R"({"age": -2})");
    write(QStringLiteral("badniss.json"), R"({"name": "Luc", "niss": "12345678901"})");
    write(QStringLiteral("broken.json"), "{\"name\": ");
    write(QStringLiteral("badschema.json"), R"({"properties": {"age": {"minimum": "x"}}})");
}

QString TestCliValidate::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

Run TestCliValidate::run(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(m_cli, QStringList{QStringLiteral("validate")} + args);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.stderrText = QString::fromUtf8(process.readAllStandardError());
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        auto parsed = json::parse(std::string_view(line.constData(), std::size_t(line.size())));
        if (!parsed) {
            qWarning() << "not a JSON line:" << line;
            result.exitCode = -2;
            continue;
        }
        result.lines << std::move(parsed).value();
    }
    return result;
}

void TestCliValidate::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("lineCount");
    QTest::addRow("all valid") << QStringList{"person.json", "valid.json"} << 0 << 1;
    QTest::addRow("one invalid") << QStringList{"person.json", "valid.json", "invalid.json"} << 1
                                 << 2;
    QTest::addRow("schema only") << QStringList{"person.json"} << 0 << 0;
    QTest::addRow("no schema") << QStringList{} << 2 << 0;
    QTest::addRow("unknown option") << QStringList{"person.json", "--frobnicate"} << 2 << 0;
    QTest::addRow("unreadable data") << QStringList{"person.json", "missing.json"} << 2 << 1;
    QTest::addRow("data not JSON") << QStringList{"person.json", "broken.json"} << 2 << 1;
    QTest::addRow("unusable schema") << QStringList{"badschema.json", "valid.json"} << 2 << 0;
    QTest::addRow("unreadable schema") << QStringList{"nothere.json", "valid.json"} << 2 << 0;
    QTest::addRow("bad draft") << QStringList{"person.json", "--draft", "5"} << 2 << 0;
    QTest::addRow("format annotation by default")
        << QStringList{"person.json", "badniss.json"} << 0 << 1;
    QTest::addRow("format asserted")
        << QStringList{"person.json", "badniss.json", "--format-assertion"} << 1 << 1;
}

void TestCliValidate::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(int, lineCount);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.lines.size(), lineCount);
    if (exitCode == 2)
        QVERIFY(r.stderrText.startsWith(QLatin1String("guichet-cli: ")));
}

void TestCliValidate::errorLines()
{
    const Run r = run({"person.json", "valid.json", "invalid.json"});
    QCOMPARE(r.lines.size(), 2);
    const json::Value &ok = r.lines[0];
    QCOMPARE(ok["file"].string(), std::string("valid.json"));
    QVERIFY(ok["valid"].isBool() && ok["valid"].toBool());
    QCOMPARE(ok["errors"].size(), std::size_t(0));

    const json::Value &bad = r.lines[1];
    QCOMPARE(bad["file"].string(), std::string("invalid.json"));
    QVERIFY(!bad["valid"].toBool());
    QCOMPARE(bad["errors"].size(), std::size_t(2));
    QStringList seen;
    for (const json::Value &e : bad["errors"].arrayItems()) {
        QVERIFY(!e["message"].string().empty());
        seen << QString::fromStdString(e["instanceLocation"].string() + " " +
                                       e["keywordLocation"].string() + " " + e["keyword"].string());
    }
    seen.sort();
    QCOMPARE(seen,
             (QStringList{" /required required", "/age /properties/age/$ref/minimum minimum"}));
}

void TestCliValidate::jsonl()
{
    const QByteArray input = "{\"name\":\"a\"}\nnot json\n{\"age\":1}\n{\"name\":\"b\"}\n";
    const Run r = run({"person.json", "--jsonl"}, input);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(r.lines[i]["index"].toDouble(), double(i));
    QVERIFY(r.lines[0]["valid"].toBool());
    QVERIFY(!r.lines[1]["valid"].toBool());
    QVERIFY(r.lines[1]["error"].isString());
    QVERIFY(!r.lines[1].find("errors"));
    QVERIFY(!r.lines[2]["valid"].toBool());
    QCOMPARE(r.lines[2]["errors"][0]["keyword"].string(), std::string("required"));
    QVERIFY(r.lines[3]["valid"].toBool());

    const Run allValid = run({"person.json", "--jsonl"}, "{\"name\":\"x\"}\n");
    QCOMPARE(allValid.exitCode, 0);
    QCOMPARE(run({"person.json", "valid.json", "--jsonl"}).exitCode, 2);
}

void TestCliValidate::remote()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("remote/types")));
    write(QStringLiteral("remote/types/postal.json"),
          R"({"type":"string","pattern":"^[0-9]{4}$"})");
    write(QStringLiteral("address.json"),
          R"({"properties":{"postalCode":{"$ref":"https://forms.example/types/postal.json"}}})");
    write(QStringLiteral("address-ok.json"), R"({"postalCode":"1000"})");
    write(QStringLiteral("address-bad.json"), R"({"postalCode":"10"})");
    const QString mapping = QStringLiteral("https://forms.example/=") + m_dir.filePath("remote");
    const Run r = run({"address.json", "address-ok.json", "address-bad.json", "--remote", mapping});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), 2);
    QVERIFY(r.lines[0]["valid"].toBool());
    QCOMPARE(r.lines[1]["errors"][0]["keyword"].string(), std::string("pattern"));
    // Without the mapping the reference cannot resolve: never the network.
    const Run offline = run({"address.json", "address-ok.json"});
    QCOMPARE(offline.exitCode, 2);
    QVERIFY(offline.stderrText.contains(QLatin1String("forms.example")));
}

void TestCliValidate::draftAndFormats()
{
    write(QStringLiteral("int.json"), R"({"type":"integer"})");
    write(QStringLiteral("one.json"), "1.0");
    QCOMPARE(run({"int.json", "one.json", "--draft", "4"}).exitCode, 1);
    QCOMPARE(run({"int.json", "one.json", "--draft", "7"}).exitCode, 0);
    QCOMPARE(run({"int.json", "one.json", "--draft=2020-12"}).exitCode, 0);
    QCOMPARE(run({"person.json", "badniss.json", "--format-assertion", "--no-format-assertion"})
                 .exitCode,
             0);
}

// The bundled forms are reachable under the base URI of their "$id"s, offline.
void TestCliValidate::bundledForms()
{
    const QString sample = qEnvironmentVariable("GUICHET_SOURCE_DIR") +
                           QStringLiteral("/forms/citizen-bank-account-change/1/samples/"
                                          "valid-belgian-account.json");
    if (!QFileInfo::exists(sample))
        QSKIP("the bundled form is not there");
    write(QStringLiteral("viaforms.json"),
          "{\"$ref\": \"https:/"
          "/forms.guichet.example.be/citizen-bank-account-change/1/"
          "schema.json\"}");
    const Run r = run({"viaforms.json", sample});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 1);
}

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
