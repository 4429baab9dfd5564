// Round trip: a valid document loaded into a real FormView and read back from the widgets is
// the same document (numbers as written, unknown members, member order), in-process and through
// `guichet-cli form roundtrip`. Also: `form fields` and unusable schemas.
#include "formtestutil.h"

#include "core/model/formmodel.h"
#include "ui/form/formview.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QtTest>

using namespace guichet;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("GUICHET_SOURCE_DIR", QStringLiteral(GUICHET_TEST_SOURCE_DIR));
}

QString cliPath()
{
    return qEnvironmentVariable("GUICHET_BINARY_DIR", QStringLiteral(GUICHET_TEST_BINARY_DIR)) +
           QStringLiteral("/bin/guichet-cli");
}

// (case name, form folder or schema, ui, data)
void addCases()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("ui");
    QTest::addColumn<QString>("data");
    const QDir corpus(sourceDir() + QStringLiteral("/tests/form/corpus"));
    for (const QString &name : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(corpus.filePath(name));
        const QString ui = dir.exists(QStringLiteral("ui.json"))
                               ? dir.filePath(QStringLiteral("ui.json"))
                               : QString();
        for (const QString &file : dir.entryList({QStringLiteral("valid-*.json")}))
            QTest::newRow(qPrintable(name + QLatin1Char('/') + file))
                << dir.filePath(QStringLiteral("schema.json")) << ui << dir.filePath(file);
    }
    // The bundled forms' own samples, with their UI schema and texts.
    const QDir forms(sourceDir() + QStringLiteral("/forms"));
    for (const QString &id : forms.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir versions(forms.filePath(id));
        for (const QString &version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(versions.filePath(version) + QStringLiteral("/samples"));
            for (const QString &file : dir.entryList({QStringLiteral("valid-*.json")}))
                QTest::newRow(qPrintable(id + QLatin1Char('/') + file))
                    << versions.filePath(version) << QString() << dir.filePath(file);
        }
    }
}

} // namespace

class TestFormRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void inProcess_data() { addCases(); }
    void inProcess()
    {
        QFETCH(QString, schema);
        QFETCH(QString, ui);
        QFETCH(QString, data);
        auto definition = QFileInfo(schema).isDir()
                              ? forms::FormDefinition::load(schema)
                              : forms::FormDefinition::fromFiles(schema, ui, {});
        QVERIFY2(definition, qPrintable(definition ? QString() : definition.error().message));
        const QByteArray text = formtest::readFile(data);
        const json::Value document = formtest::parse(text);
        model::FormModel model((*definition)->compiled());
        model.setDocument(document, model::FormModel::Validation::Sync);
        QVERIFY2(model.errors().empty(), "the sample must be valid");
        ui::form::FormView view(*definition, &model);
        const json::Value back = view.readDocument();
        // Same text as the compact input: numbers as written, member order, unknown members.
        QCOMPARE(QString::fromStdString(formtest::compact(back)),
                 QString::fromStdString(formtest::compact(document)));
    }

    void throughTheCli_data() { addCases(); }
    void throughTheCli()
    {
        QFETCH(QString, schema);
        QFETCH(QString, ui);
        QFETCH(QString, data);
        QStringList args{QStringLiteral("form"), QStringLiteral("roundtrip"), schema, data};
        if (!ui.isEmpty())
            args << QStringLiteral("--ui") << ui;
        QProcess cli;
        cli.start(cliPath(), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const json::Value expected = formtest::parse(formtest::readFile(data));
        QCOMPARE(cli.readAllStandardOutput().trimmed(),
                 QByteArray::fromStdString(formtest::compact(expected)));
    }

    void fieldsListsEveryInput()
    {
        const QString form = sourceDir() + QStringLiteral("/tests/form/corpus/if-then-else-chain");
        QProcess cli;
        cli.start(cliPath(), {QStringLiteral("form"), QStringLiteral("fields"),
                              form + QStringLiteral("/schema.json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
        QMap<QString, json::Value> byPointer;
        for (const QByteArray &line : lines) {
            json::Value v = formtest::parse(line);
            byPointer.insert(QString::fromStdString(v["pointer"].string()), v);
        }
        QVERIFY(byPointer.contains(QStringLiteral("/country")));
        QCOMPARE(byPointer[QStringLiteral("/country")]["widget"].string(),
                 std::string("QComboBox"));
        // Fields of a branch that does not apply are listed, hidden.
        QVERIFY(byPointer.contains(QStringLiteral("/region")));
        QCOMPARE(byPointer[QStringLiteral("/region")]["visible"].toBool(), false);
        QCOMPARE(byPointer[QStringLiteral("/department")]["widget"].string(),
                 std::string("guichet::ui::form::NumberEdit"));
    }

    void fieldsOfATable()
    {
        const QString form = sourceDir() + QStringLiteral("/tests/form/corpus/nested-arrays");
        QProcess cli;
        cli.start(cliPath(), {QStringLiteral("form"), QStringLiteral("fields"),
                              form + QStringLiteral("/schema.json")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY(out.contains(R"({"pointer":"/orders","widget":"QTableView")"));
        QVERIFY(
            out.contains(R"({"pointer":"/orders/*/id","widget":"guichet::ui::form::NumberEdit")"));
        QVERIFY(out.contains(R"({"pointer":"/orders/*/lines/*/sku","widget":"QLineEdit")"));
        QVERIFY(
            out.contains(R"({"pointer":"/orders/*/date","widget":"guichet::ui::form::DateEdit")"));
        // An array of arrays is edited as JSON.
        QVERIFY(out.contains(R"({"pointer":"/orders/*/lines/*/matrix","widget":"QPlainTextEdit")"));
    }

    void unusableInputExitsWithTwo_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("ui");
        QTest::newRow("schema is not JSON") << QByteArray("{") << QByteArray();
        QTest::newRow("schema with a bad keyword")
            << QByteArray(R"({"minLength": "x"})") << QByteArray();
        QTest::newRow("ui.json of an unknown element")
            << QByteArray(R"({"type":"object"})") << QByteArray(R"({"type":"Carousel"})");
        QTest::newRow("ui.json control without scope")
            << QByteArray(R"({"type":"object"})")
            << QByteArray(R"({"type":"VerticalLayout","elements":[{"type":"Control"}]})");
    }
    void unusableInputExitsWithTwo()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, ui);
        QTemporaryDir dir;
        QFile s(dir.filePath(QStringLiteral("schema.json")));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(schema);
        s.close();
        QFile d(dir.filePath(QStringLiteral("data.json")));
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write("{}");
        d.close();
        QStringList args{QStringLiteral("form"), QStringLiteral("roundtrip"), s.fileName(),
                         d.fileName()};
        if (!ui.isEmpty()) {
            QFile u(dir.filePath(QStringLiteral("ui.json")));
            QVERIFY(u.open(QIODevice::WriteOnly));
            u.write(ui);
            u.close();
            args << QStringLiteral("--ui") << u.fileName();
        }
        QProcess cli;
        cli.start(cliPath(), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(!cli.readAllStandardError().isEmpty());
    }
};

QTEST_MAIN(TestFormRoundTrip)
#include "tst_formroundtrip.moc"
