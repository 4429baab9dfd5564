// FormModel: edits by pointer, undo/redo, incremental errors equal to a full validation,
// branches, background validation.
#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/model/formmodel.h"
#include "core/schema/schema.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace guichet;

namespace {

json::Value parse(const char *text)
{
    auto v = json::parse(text);
    return v ? std::move(*v) : json::Value();
}

std::shared_ptr<const schema::CompiledSchema> compileSchema(const char *text)
{
    auto compiled = schema::compile(parse(text));
    return compiled ? *compiled : nullptr;
}

const char *kSchema = R"({
  "type": "object",
  "required": ["name"],
  "properties": {
    "name": {"type": "string", "minLength": 2},
    "kind": {"enum": ["person", "company"]},
    "rows": {"type": "array", "items": {"type": "object", "required": ["id"],
             "properties": {"id": {"type": "integer"}, "label": {"type": "string"}}}}
  },
  "if": {"properties": {"kind": {"const": "company"}}, "required": ["kind"]},
  "then": {"required": ["vat"], "properties": {"vat": {"type": "string"}}}
})";

std::vector<std::string> sortedErrors(const std::vector<schema::ValidationError> &errors)
{
    std::vector<std::string> out;
    for (const auto &e : errors)
        out.push_back(e.fieldLocation + " " + e.keyword + " " + e.keywordLocation);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestFormModel : public QObject
{
    Q_OBJECT

private slots:
    void setValueThenUndoRedo()
    {
        // Arrange
        model::FormModel m(compileSchema(kSchema));
        m.setDocument(parse(R"({"name":"An","z":1.0})"));
        const std::string original = json::serialize(m.document());
        QSignalSpy changed(&m, &model::FormModel::valueChanged);
        // Act
        QVERIFY(m.setValue("/name", json::Value("Anna")));
        QVERIFY(m.setValue("/kind", json::Value("company")));
        // Assert
        QCOMPARE(changed.count(), 2);
        QCOMPARE(json::serialize(m.document()),
                 std::string(R"({"name":"Anna","z":1.0,"kind":"company"})"));
        m.undo();
        m.undo();
        QCOMPARE(json::serialize(m.document()), original);
        m.redo();
        QCOMPARE(m.value("/name")->string(), std::string("Anna"));
    }

    void typingMergesIntoOneUndoStep()
    {
        model::FormModel m(compileSchema(kSchema));
        m.setDocument(parse(R"({"name":"A"})"));
        for (const char *t : {"An", "Ann", "Anna"})
            m.setValue("/name", json::Value(t));
        m.undo();
        QCOMPARE(m.value("/name")->string(), std::string("A"));
        QVERIFY(!m.canUndo());
    }

    void arrayEditsAndUndo()
    {
        model::FormModel m(compileSchema(kSchema));
        m.setDocument(parse(R"({"name":"An","rows":[{"id":1},{"id":2},{"id":3}]})"));
        QSignalSpy inserted(&m, &model::FormModel::itemsInserted);
        QSignalSpy removed(&m, &model::FormModel::itemsRemoved);
        QVERIFY(m.insertItems("/rows", 1, {parse(R"({"id":9})")}));
        QCOMPARE(inserted.count(), 1);
        QVERIFY(m.removeItems("/rows", {0, 2}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(json::serialize(*m.value("/rows")), std::string(R"([{"id":9},{"id":3}])"));
        QVERIFY(m.moveItem("/rows", 0, 1));
        QCOMPARE(json::serialize(*m.value("/rows")), std::string(R"([{"id":3},{"id":9}])"));
        m.undo();
        m.undo();
        m.undo();
        QCOMPARE(json::serialize(*m.value("/rows")),
                 std::string(R"([{"id":1},{"id":2},{"id":3}])"));
    }

    void macroUndoesAsOneStep()
    {
        model::FormModel m(compileSchema(kSchema));
        m.setDocument(parse(R"({"name":"An"})"));
        m.beginMacro();
        m.setValue("/kind", json::Value("company"));
        m.setValue("/vat", json::Value("BE1"));
        m.endMacro();
        m.undo();
        QCOMPARE(json::serialize(m.document()), std::string(R"({"name":"An"})"));
    }

    void incrementalErrorsEqualFullValidation()
    {
        model::FormModel m(compileSchema(kSchema));
        m.setDocument(parse(R"({"name":"A","rows":[{"id":1},{"label":"x"}]})"));
        QCOMPARE(sortedErrors(m.errors()), sortedErrors(m.validateNow().errors));
        QCOMPARE(m.errorCountUnder("/rows/1"), 1);
        QCOMPARE(m.errorCountUnder("/rows/0"), 0);
        QSignalSpy errors(&m, &model::FormModel::errorsChanged);
        m.setValue("/name", json::Value("Anna"));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toStringList().contains(QStringLiteral("/name")));
        m.removeItems("/rows", {0});
        QCOMPARE(m.errorCountUnder("/rows/0"), 1);
        m.setValue("/kind", json::Value("company"));
        QCOMPARE(m.errorsAt("/vat").size(), std::size_t(1));
        QCOMPARE(sortedErrors(m.errors()), sortedErrors(m.validateNow().errors));
    }

    // A list that reads only the rows errorRowsChanged names stays equal to errors(), in order.
    void errorRowsFollowEdits_data()
    {
        QTest::addColumn<QString>("edits");
        QTest::newRow("fix a field") << QStringLiteral("name");
        QTest::newRow("break and fix a row") << QStringLiteral("rowbad rowfix");
        QTest::newRow("insert and remove rows") << QStringLiteral("insert remove");
        QTest::newRow("move a row") << QStringLiteral("move");
        QTest::newRow("branch applies") << QStringLiteral("company vat");
        QTest::newRow("everything then undo") << QStringLiteral(
            "name rowbad insert move company vat remove rowfix undo undo undo undo redo");
    }

    void errorRowsFollowEdits()
    {
        QFETCH(QString, edits);
        auto key = [](const schema::ValidationError &e) {
            return e.fieldLocation + " " + e.keyword + " " + e.keywordLocation;
        };
        model::FormModel m(compileSchema(kSchema));
        m.setDocument(parse(R"({"name":"A","rows":[{"id":1},{"label":"x"},{"id":"z"}]})"),
                      model::FormModel::Validation::Sync);
        std::vector<std::string> mirror;
        for (const auto &e : m.errors())
            mirror.push_back(key(e));
        connect(&m, &model::FormModel::errorRowsChanged, this,
                [&](int first, int removed, int inserted) {
                    QVERIFY(first >= 0 && first + removed <= int(mirror.size()));
                    mirror.erase(mirror.begin() + first, mirror.begin() + first + removed);
                    for (int i = 0; i < inserted; ++i)
                        mirror.insert(mirror.begin() + first + i, key(m.errorAt(first + i)));
                });
        for (const QString &edit : edits.split(QLatin1Char(' '))) {
            if (edit == QLatin1String("name"))
                m.setValue("/name", json::Value("Anna"));
            else if (edit == QLatin1String("rowbad"))
                m.setValue("/rows/0/id", json::Value("one"));
            else if (edit == QLatin1String("rowfix"))
                m.setValue("/rows/0/id", json::Value(std::int64_t(2)));
            else if (edit == QLatin1String("insert"))
                m.insertItems("/rows", 1, {parse("{}"), parse(R"({"id":3})")});
            else if (edit == QLatin1String("remove"))
                m.removeItems("/rows", {0, 2});
            else if (edit == QLatin1String("move"))
                m.moveItem("/rows", 0, 2);
            else if (edit == QLatin1String("company"))
                m.setValue("/kind", json::Value("company"));
            else if (edit == QLatin1String("vat"))
                m.setValue("/vat", json::Value(std::int64_t(5)));
            else if (edit == QLatin1String("undo"))
                m.undo();
            else if (edit == QLatin1String("redo"))
                m.redo();
            else
                QFAIL(qPrintable(edit));
            std::vector<std::string> expected;
            for (const auto &e : m.errors())
                expected.push_back(key(e));
            QCOMPARE(mirror, expected);
            QCOMPARE(m.errorCount(), int(expected.size()));
            for (int i = 0; i < m.errorCount(); ++i)
                QCOMPARE(key(m.errorAt(i)), expected[std::size_t(i)]);
            QCOMPARE(sortedErrors(m.errors()), sortedErrors(m.validateNow().errors));
        }
    }

    // A form folder (a bundled form) asserts formats; a bare schema file only if asked.
    void formFoldersAssertFormats_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<bool>("askAssertion");
        QTest::addColumn<int>("errors");
        QTest::newRow("form folder") << true << false << 1;
        QTest::newRow("schema file") << false << false << 0;
        QTest::newRow("schema file, asserting") << false << true << 1;
    }

    void formFoldersAssertFormats()
    {
        QFETCH(bool, folder);
        QFETCH(bool, askAssertion);
        QFETCH(int, errors);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString formDir = dir.filePath(QStringLiteral("forms/test/1"));
        QVERIFY(QDir().mkpath(formDir));
        const QString schemaPath = formDir + QStringLiteral("/schema.json");
        QFile file(schemaPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "object", "properties": {"born": {"type": "string",
                   "format": "date"}}})");
        file.close();
        forms::FormDefinition::LoadOptions options;
        options.compile.formatAssertion = askAssertion;
        auto definition = folder ? forms::FormDefinition::load(formDir, options)
                                 : forms::FormDefinition::fromFiles(schemaPath, {}, {}, options);
        QVERIFY(definition);
        model::FormModel m((*definition)->compiled());
        m.setDocument(parse(R"({"born": "2024-02-30"})"), model::FormModel::Validation::Sync);
        QCOMPARE(m.errorCount(), errors);
        QCOMPARE(int(m.errorsAt("/born").size()), errors);
    }

    void branchesFollowTheData()
    {
        model::FormModel m(compileSchema(kSchema));
        m.setDocument(parse(R"({"name":"An","kind":"person"})"));
        QCOMPARE(m.branchApplies("", "/if", 0), std::optional<bool>(false));
        QCOMPARE(m.branchApplies("", "/if", 1), std::optional<bool>(true));
        m.setValue("/kind", json::Value("company"));
        QCOMPARE(m.branchApplies("", "/if", 0), std::optional<bool>(true));
    }

    void backgroundValidationKeepsEditsMadeMeanwhile()
    {
        model::FormModel m(compileSchema(kSchema));
        QSignalSpy finished(&m, &model::FormModel::validationFinished);
        m.setDocument(parse(R"({"name":"A","rows":[{"label":"x"}]})"),
                      model::FormModel::Validation::Async);
        m.setValue("/name", json::Value("Anna")); // while the worker validates
        m.waitForValidation();
        QVERIFY(!m.isValidating());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(sortedErrors(m.errors()), sortedErrors(m.validateNow().errors));
        QVERIFY(m.errorsAt("/name").empty());
    }

    void touchedAndShowAll()
    {
        model::FormModel m(compileSchema(kSchema));
        m.setDocument(parse("{}"));
        QVERIFY(!m.isErrorShown("/name"));
        m.setTouched("/name");
        QVERIFY(m.isErrorShown("/name"));
        QVERIFY(!m.isErrorShown("/kind"));
        m.setShowAllErrors(true);
        QVERIFY(m.isErrorShown("/kind"));
    }
};

QTEST_GUILESS_MAIN(TestFormModel)
#include "tst_formmodel.moc"
