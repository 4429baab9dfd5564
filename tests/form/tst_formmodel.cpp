// FormModel: edits by pointer, undo/redo, incremental errors equal to a full validation,
// branches, background validation.
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/model/formmodel.h"
#include "core/schema/schema.h"

#include <QSignalSpy>
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
