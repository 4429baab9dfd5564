// The schema engine's contract beyond the official suite: where errors point, which branches
// apply, malformed schemas, registries, and hostile input.
#include "core/json/parser.h"
#include "core/json/writer.h"
#include "core/schema/schema.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace guichet;

namespace {

json::Value parse(const char *text)
{
    auto v = json::parse(text);
    if (!v)
        qFatal("bad test JSON: %s", qPrintable(v.error().message));
    return std::move(v).value();
}

std::shared_ptr<const schema::CompiledSchema> compileOrFail(const char *text,
                                                            schema::CompileOptions options = {})
{
    auto compiled = schema::compile(parse(text), options);
    if (!compiled)
        qFatal("schema does not compile: %s", qPrintable(compiled.error().message));
    return *compiled;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void errorLocations_data();
    void errorLocations();
    void collectsAllErrors();
    void requiredPointsAtMissingChild();
    void additionalPropertiesPointsAtTheProperty();
    void anyOfReportsAlternatives();
    void branches_data();
    void branches();
    void malformedSchema_data();
    void malformedSchema();
    void unresolvedReference();
    void refCycleIsAnError();
    void deepRecursionIsBounded();
    void catastrophicRegexReturns();
    void formatAssertionOption();
    void draftOption();
    void registryDirectory();
    void metaschemasResolveOffline();
    void dynamicRefExtension();
};

void TestSchema::errorLocations_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("instanceLocation");
    QTest::addColumn<QString>("keywordLocation");
    QTest::addColumn<QString>("absoluteEnd");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("args");

    QTest::addRow("minimum in a property") << R"({"properties":{"age":{"minimum":18}}})"
                                           << R"({"age":12})"
                                           << "/age"
                                           << "/properties/age/minimum"
                                           << "#/properties/age/minimum"
                                           << "minimum" << QStringList{"18"};
    QTest::addRow("through $ref") << R"({"$defs":{"w":{"properties":{"n":{"type":"string"}}}},
               "properties":{"workers":{"items":{"$ref":"#/$defs/w"}}}})"
                                  << R"({"workers":[{"n":"a"},{"n":3}]})"
                                  << "/workers/1/n"
                                  << "/properties/workers/items/$ref/properties/n/type"
                                  << "#/$defs/w/properties/n/type"
                                  << "type" << QStringList{"string", "integer"};
    QTest::addRow("escaped property name") << R"({"properties":{"a/b~c":{"maxLength":1}}})"
                                           << R"({"a/b~c":"xyz"})"
                                           << "/a~1b~0c"
                                           << "/properties/a~1b~0c/maxLength"
                                           << "#/properties/a~1b~0c/maxLength"
                                           << "maxLength" << QStringList{"1", "3"};
    QTest::addRow("enum arguments") << R"({"enum":["M","F"]})"
                                    << R"("Q")"
                                    << ""
                                    << "/enum"
                                    << "#/enum"
                                    << "enum" << QStringList{R"(["M","F"])"};
    QTest::addRow("uniqueItems indexes") << R"({"uniqueItems":true})"
                                         << "[1,2,1.0]"
                                         << ""
                                         << "/uniqueItems"
                                         << "#/uniqueItems"
                                         << "uniqueItems" << QStringList{"0", "2"};
    QTest::addRow("draft 4 exclusiveMinimum")
        << "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"minimum\":5,"
           "               \"exclusiveMinimum\":true}"
        << "5"
        << ""
        << "/exclusiveMinimum"
        << "#/exclusiveMinimum"
        << "exclusiveMinimum" << QStringList{"5"};
    QTest::addRow("false schema") << R"({"properties":{"x":false}})"
                                  << R"({"x":1})"
                                  << "/x"
                                  << "/properties/x"
                                  << "#/properties/x"
                                  << "false" << QStringList{};
}

void TestSchema::errorLocations()
{
    QFETCH(QString, schema);
    QFETCH(QString, instance);
    QFETCH(QString, instanceLocation);
    QFETCH(QString, keywordLocation);
    QFETCH(QString, absoluteEnd);
    QFETCH(QString, keyword);
    QFETCH(QStringList, args);
    schema::CompileOptions options;
    options.baseUri = "https://forms.example/test.json";
    auto compiled = compileOrFail(schema.toUtf8().constData(), options);
    const auto result = compiled->validate(parse(instance.toUtf8().constData()));
    QVERIFY(!result.valid);
    QCOMPARE(result.errors.size(), std::size_t(1));
    const schema::ValidationError &e = result.errors.front();
    QCOMPARE(QString::fromStdString(e.instanceLocation), instanceLocation);
    QCOMPARE(QString::fromStdString(e.keywordLocation), keywordLocation);
    QCOMPARE(QString::fromStdString(e.absoluteKeywordLocation),
             QStringLiteral("https://forms.example/test.json") + absoluteEnd);
    QCOMPARE(QString::fromStdString(e.keyword), keyword);
    QStringList actualArgs;
    for (const std::string &a : e.args)
        actualArgs << QString::fromStdString(a);
    QCOMPARE(actualArgs, args);
}

void TestSchema::collectsAllErrors()
{
    auto compiled = compileOrFail(R"({"items":{"type":"integer","maximum":10}})");
    const auto result = compiled->validate(parse(R"([1,"a",20,3.5,4])"));
    QCOMPARE(result.errors.size(), std::size_t(3));
    QCOMPARE(result.errors[0].instanceLocation, std::string("/1"));
    QCOMPARE(result.errors[1].instanceLocation, std::string("/2"));
    QCOMPARE(result.errors[2].instanceLocation, std::string("/3"));
    QVERIFY(!compiled->isValid(parse(R"([1,"a"])")));
    QVERIFY(compiled->isValid(parse("[1,2]")));
}

void TestSchema::requiredPointsAtMissingChild()
{
    auto compiled = compileOrFail(R"({"properties":{"employer":{"required":["name","vat"],
        "properties":{"name":{"type":"string"}}}}})");
    const auto result = compiled->validate(parse(R"({"employer":{"vat":"x"}})"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    const auto &e = result.errors.front();
    QCOMPARE(e.keyword, std::string("required"));
    QCOMPARE(e.instanceLocation, std::string("/employer"));
    QCOMPARE(e.fieldLocation, std::string("/employer/name"));
    QCOMPARE(e.keywordLocation, std::string("/properties/employer/required"));
    QCOMPARE(e.args, std::vector<std::string>{"name"});

    auto dependent = compileOrFail(R"({"dependentRequired":{"iban":["bic"]}})");
    const auto r2 = dependent->validate(parse(R"({"iban":"BE68"})"));
    QCOMPARE(r2.errors.size(), std::size_t(1));
    QCOMPARE(r2.errors[0].fieldLocation, std::string("/bic"));
    QCOMPARE(r2.errors[0].args, (std::vector<std::string>{"bic", "iban"}));
}

void TestSchema::additionalPropertiesPointsAtTheProperty()
{
    auto compiled = compileOrFail(R"({"properties":{"a":true},"additionalProperties":false})");
    const auto result = compiled->validate(parse(R"({"a":1,"zz":2})"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].keyword, std::string("additionalProperties"));
    QCOMPARE(result.errors[0].instanceLocation, std::string(""));
    QCOMPARE(result.errors[0].fieldLocation, std::string("/zz"));
    QCOMPARE(result.errors[0].args, std::vector<std::string>{"zz"});
}

void TestSchema::anyOfReportsAlternatives()
{
    auto compiled = compileOrFail(R"({"anyOf":[{"type":"string"},{"minimum":3}]})");
    QVERIFY(compiled->validate(parse("\"x\"")).valid);
    QVERIFY(compiled->validate(parse("5")).errors.empty());
    const auto result = compiled->validate(parse("1"));
    QCOMPARE(result.errors.size(), std::size_t(3));
    QCOMPARE(result.errors.back().keyword, std::string("anyOf"));
    auto one = compileOrFail(R"({"oneOf":[{"minimum":1},{"minimum":2}]})");
    const auto r2 = one->validate(parse("3"));
    QCOMPARE(r2.errors.size(), std::size_t(1));
    QCOMPARE(r2.errors[0].args, std::vector<std::string>{"2"});
}

void TestSchema::branches_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QStringList>("applied"); // "location keyword alternative property"
    QTest::addRow("self-employed, no vat")
        << R"({"kind":"self","contact":{"phone":"1"}})"
        << (QStringList{" anyOf 0 ", " if 0 ", "/contact oneOf 1 "});
    QTest::addRow("company with vat")
        << R"({"kind":"company","vat":"x","contact":{"email":"a"}})"
        << (QStringList{" anyOf 0 ", " if 1 ", "/contact oneOf 0 ", " dependentSchemas 0 vat"});
}

void TestSchema::branches()
{
    QFETCH(QString, instance);
    QFETCH(QStringList, applied);
    auto compiled = compileOrFail(R"({
        "if": {"properties": {"kind": {"const": "self"}}},
        "then": {"properties": {"niss": {"type": "string"}}},
        "else": {"required": ["vat"]},
        "dependentSchemas": {"vat": {"properties": {"vat": {"minLength": 1}}}},
        "anyOf": [{"type": "object"}, {"type": "null"}],
        "properties": {"contact": {"oneOf": [{"required": ["email"]}, {"required": ["phone"]}]}}
    })");
    const auto result =
        compiled->validate(parse(instance.toUtf8().constData()), schema::ValidateOptions{true});
    QVERIFY(result.valid);
    QStringList actual;
    for (const schema::AppliedBranch &b : result.branches)
        if (b.applies)
            actual << QStringLiteral("%1 %2 %3 %4")
                          .arg(QString::fromStdString(b.instanceLocation),
                               QString::fromStdString(b.keyword))
                          .arg(b.alternative)
                          .arg(QString::fromStdString(b.property));
    QCOMPARE(actual, applied);
    // The same through the dedicated call; keyword locations are the keywords' own.
    const auto branches = compiled->appliedBranches(parse(instance.toUtf8().constData()));
    QCOMPARE(branches.size(), result.branches.size());
    for (const auto &b : branches) {
        if (b.keyword == "oneOf")
            QCOMPARE(b.keywordLocation, std::string("/properties/contact/oneOf"));
        if (b.keyword == "if")
            QCOMPARE(b.keywordLocation, std::string("/if"));
    }
}

void TestSchema::malformedSchema_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");
    QTest::addRow("minimum not a number") << R"({"properties":{"age":{"minimum":"x"}}})"
                                          << "schema.invalidKeyword"
                                          << "/properties/age/minimum";
    QTest::addRow("unknown type") << R"({"items":{"type":"text"}})"
                                  << "schema.invalidKeyword"
                                  << "/items/type";
    QTest::addRow("negative minLength") << R"({"minLength":-1})"
                                        << "schema.invalidKeyword"
                                        << "/minLength";
    QTest::addRow("required not an array") << R"({"required":"a"})"
                                           << "schema.invalidKeyword"
                                           << "/required";
    QTest::addRow("bad regex") << "{\"properties\":{\"p\":{\"pattern\":\"[unclosed\"}}}"
                               << "schema.invalidRegex"
                               << "/properties/p/pattern";
    QTest::addRow("empty allOf") << R"({"allOf":[]})"
                                 << "schema.invalidKeyword"
                                 << "/allOf";
    QTest::addRow("schema not an object") << R"({"properties":{"a":3}})"
                                          << "schema.invalidKeyword"
                                          << "/properties";
}

void TestSchema::malformedSchema()
{
    QFETCH(QString, schema);
    QFETCH(QString, code);
    QFETCH(QString, where);
    auto compiled = schema::compile(parse(schema.toUtf8().constData()));
    QVERIFY(!compiled);
    QCOMPARE(compiled.error().code, code);
    QVERIFY2(compiled.error().message.startsWith(where + QLatin1Char(':')),
             qPrintable(compiled.error().message));
}

void TestSchema::unresolvedReference()
{
    auto compiled = schema::compile(parse(R"({"properties":{"a":{"$ref":"#/$defs/none"}}})"));
    QVERIFY(!compiled);
    QCOMPARE(compiled.error().code, QStringLiteral("schema.unresolvedRef"));
    // Never the network: an http reference nobody registered does not resolve.
    const auto remote = schema::compile(parse("{\"$ref\":\"https://example.com/x.json\"}"));
    QVERIFY(!remote);
}

void TestSchema::refCycleIsAnError()
{
    auto loop = schema::compile(parse(
        R"({"$defs":{"a":{"$ref":"#/$defs/b"},"b":{"$ref":"#/$defs/a"}},"$ref":"#/$defs/a"})"));
    QVERIFY(!loop);
    QCOMPARE(loop.error().code, QStringLiteral("schema.refCycle"));
    const auto selfLoop = schema::compile(parse(R"({"anyOf":[{"type":"string"},{"$ref":"#"}]})"));
    QVERIFY(!selfLoop);
    // Recursion that consumes the instance is fine.
    auto tree =
        compileOrFail(R"({"properties":{"children":{"items":{"$ref":"#"}}},"required":["name"]})");
    QVERIFY(tree->isValid(parse(R"({"name":1,"children":[{"name":2,"children":[]}]})")));
    QVERIFY(!tree->isValid(parse(R"({"name":1,"children":[{"children":[]}]})")));
}

void TestSchema::deepRecursionIsBounded()
{
    // A document nested as deep as the parser allows, against a recursive schema.
    std::string text;
    for (int i = 0; i < 500; ++i)
        text += "[";
    for (int i = 0; i < 500; ++i)
        text += "]";
    auto doc = json::parse(text);
    QVERIFY(doc);
    auto compiled = compileOrFail(R"({"items":{"$ref":"#"}})");
    QVERIFY(compiled->isValid(*doc));
    schema::CompileOptions shallow;
    shallow.maxEvaluationDepth = 100;
    auto limited = compileOrFail(R"({"items":{"$ref":"#"}})", shallow);
    const auto result = limited->validate(*doc);
    QVERIFY(!result.valid);
    QCOMPARE(result.errors.front().keyword, std::string("evaluationDepth"));
}

void TestSchema::catastrophicRegexReturns()
{
    auto compiled = compileOrFail(R"({"pattern":"^(a+)+$"})");
    const json::Value subject(std::string(100000, 'a') + "!");
    QElapsedTimer timer;
    timer.start();
    const auto result = compiled->validate(subject);
    QVERIFY(!result.valid); // a match that hits the limit counts as no match
    QCOMPARE(result.errors.front().keyword, std::string("pattern"));
    QVERIFY(compiled->validate(json::Value(std::string(100000, 'a'))).valid);
    qInfo() << "catastrophic pattern took" << timer.elapsed() << "ms";
    // Invalid UTF-8 in an instance never crashes the matcher.
    QVERIFY(!compiled->isValid(json::Value(std::string("a\xff"))));
}

void TestSchema::formatAssertionOption()
{
    const char *schemaText = R"({"format":"date"})";
    QVERIFY(compileOrFail(schemaText)->isValid(json::Value("2024-02-30")));
    schema::CompileOptions asserting;
    asserting.formatAssertion = true;
    auto compiled = compileOrFail(schemaText, asserting);
    QVERIFY(!compiled->isValid(json::Value("2024-02-30")));
    QVERIFY(compiled->isValid(json::Value("2024-02-29")));
    QVERIFY(compiled->isValid(json::Value(12))); // formats apply to strings only
    // An unknown format never fails.
    QVERIFY(compileOrFail(R"({"format":"no-such-format"})", asserting)->isValid(json::Value("x")));
}

void TestSchema::draftOption()
{
    const char *schemaText = R"({"type":"integer","items":[{"type":"string"}]})";
    schema::CompileOptions draft4;
    draft4.defaultDraft = schema::Draft::Draft4;
    QVERIFY(!compileOrFail(schemaText, draft4)->isValid(parse("1.0")));
    schema::CompileOptions draft7;
    draft7.defaultDraft = schema::Draft::Draft7;
    QVERIFY(compileOrFail(schemaText, draft7)->isValid(parse("1.0")));
    QCOMPARE(compileOrFail(schemaText, draft7)->draft(), schema::Draft::Draft7);
    // 2020-12 refuses the array form of items.
    QVERIFY(!schema::compile(parse(schemaText)));
    // $schema wins over the default.
    auto explicitDraft = compileOrFail(
        "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"type\":\"integer\"}", draft7);
    QCOMPARE(explicitDraft->draft(), schema::Draft::Draft4);
}

void TestSchema::registryDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("common")));
    QFile file(dir.filePath(QStringLiteral("common/types.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"$defs":{"postal":{"type":"string","pattern":"^[0-9]{4}$"}}})");
    file.close();
    schema::SchemaRegistry registry;
    registry.addDirectory("https://forms.example/", dir.path());
    schema::CompileOptions options;
    options.registry = &registry;
    options.baseUri = "https://forms.example/forms/address.json";
    auto compiled = compileOrFail(R"({"$ref":"../common/types.json#/$defs/postal"})", options);
    QVERIFY(compiled->isValid(json::Value("1000")));
    QVERIFY(!compiled->isValid(json::Value("10000")));
    const auto result = compiled->validate(json::Value("x"));
    QCOMPARE(result.errors[0].absoluteKeywordLocation,
             std::string("https://forms.example/common/types.json#/$defs/postal/pattern"));
    QVERIFY(registry.document("https://forms.example/common/types.json"));
    QVERIFY(!registry.document("https://forms.example/../etc/passwd"));
}

void TestSchema::metaschemasResolveOffline()
{
    for (const char *uri :
         {"http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#",
          "http://json-schema.org/draft-07/schema#",
          "https://json-schema.org/draft/2020-12/schema"}) {
        json::Object s;
        s.insert("$ref", json::Value(uri));
        auto compiled = schema::compile(json::Value(std::move(s)));
        QVERIFY2(compiled, uri);
        QVERIFY((*compiled)->isValid(parse(R"({"type":"string","minLength":1})")));
        QVERIFY(!(*compiled)->isValid(parse(R"({"minLength":-1})")));
    }
}

void TestSchema::dynamicRefExtension()
{
    // A generic list whose item type is chosen by the schema that extends it.
    auto compiled =
        compileOrFail("{"
                      "        \"$id\": \"https://forms.example/strings\","
                      "        \"$ref\": \"list\","
                      "        \"$defs\": {"
                      "            \"item\": {\"$dynamicAnchor\": \"item\", \"type\": \"string\"},"
                      "            \"list\": {"
                      "                \"$id\": \"list\","
                      "                \"type\": \"array\","
                      "                \"items\": {\"$dynamicRef\": \"#item\"},"
                      "                \"$defs\": {\"item\": {\"$dynamicAnchor\": \"item\"}}"
                      "            }"
                      "        }"
                      "    }");
    QVERIFY(compiled->isValid(parse(R"(["a","b"])")));
    const auto result = compiled->validate(parse(R"(["a",2])"));
    QVERIFY(!result.valid);
    QCOMPARE(result.errors[0].keywordLocation, std::string("/$ref/items/$dynamicRef/type"));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
