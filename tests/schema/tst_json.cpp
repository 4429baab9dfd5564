// The JSON document model: lossless round-trips, strict parsing with located errors, limits,
// JSON Pointer helpers and JSON Schema equality.
#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/qtjson.h"
#include "core/json/value.h"
#include "core/json/writer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace guichet;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void prettyKeepsOrder();
    void escaping();
    void unicode();
    void numbers_data();
    void numbers();
    void duplicateKeysKeepLast();
    void parseErrors_data();
    void parseErrors();
    void depthLimit();
    void deepNestingIsACleanError();
    void sizeLimit();
    void pointerTokens_data();
    void pointerTokens();
    void resolveAndSet();
    void removeAndAppend();
    void malformedPointers();
    void equality_data();
    void equality();
    void largeObjectLookup();
    void qjsonConversion();
    void moveAndCopy();
};

void TestJson::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("member order kept") << R"({"z":1,"a":2,"m":{"y":true,"b":null}})";
    QTest::addRow("number text kept") << R"([1.0,1e2,-0,0.5,1E+2,12345678901234567890123])";
    QTest::addRow("empty containers") << R"({"a":[],"b":{},"c":[{}]})";
    QTest::addRow("literals") << R"([true,false,null,"x"])";
    QTest::addRow("escaped string") << R"(["a\"b\\c\n\t\u0001"])";
}

void TestJson::roundTrip()
{
    QFETCH(QString, text);
    const std::string in = text.toStdString();
    auto parsed = json::parse(in);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(QString::fromStdString(json::serialize(*parsed)), text);
    // Pretty output parses back to the same document.
    auto again = json::parse(json::serialize(*parsed, json::Style::Pretty));
    QVERIFY(again);
    QCOMPARE(json::serialize(*again), in);
}

void TestJson::prettyKeepsOrder()
{
    auto parsed = json::parse(R"({"b":1,"a":[1,2]})");
    QVERIFY(parsed);
    QCOMPARE(QString::fromStdString(json::serialize(*parsed, json::Style::Pretty)),
             QStringLiteral("{\n  \"b\": 1,\n  \"a\": [\n    1,\n    2\n  ]\n}"));
}

void TestJson::escaping()
{
    const json::Value v(std::string("quote\" backslash\\ nl\n cr\r tab\t bell\x07 del\x7f"));
    QCOMPARE(QString::fromStdString(json::serialize(v)),
             QStringLiteral(R"("quote\" backslash\\ nl\n cr\r tab\t bell\u0007 del)") +
                 QChar(0x7f) + QLatin1Char('"'));
}

void TestJson::unicode()
{
    auto parsed = json::parse(R"(["é€😀", "\u00e9\u20ac\ud83d\ude00", "\ud800"])");
    QVERIFY(parsed);
    const json::Array &items = parsed->arrayItems();
    QCOMPARE(items[0].string(), std::string("é€😀"));
    QCOMPARE(items[1].string(), items[0].string());
    QCOMPARE(items[2].string(), std::string("\xEF\xBF\xBD")); // lone surrogate -> U+FFFD
    // Non-ASCII is written as UTF-8, not escaped.
    QCOMPARE(json::serialize(items[0]), std::string("\"é€😀\""));
    QVERIFY(!json::parse("\"\xC3\x28\""));         // invalid UTF-8
    QVERIFY(!json::parse("\"\xED\xA0\x80\""));     // encoded surrogate
    QVERIFY(!json::parse("\"\xF0\x82\x82\xAC\"")); // overlong
}

void TestJson::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("integerLiteral");
    QTest::addColumn<bool>("integral");
    QTest::addRow("integer") << "42" << 42.0 << true << true;
    QTest::addRow("negative") << "-7" << -7.0 << true << true;
    QTest::addRow("one point zero") << "1.0" << 1.0 << false << true;
    QTest::addRow("exponent") << "1e2" << 100.0 << false << true;
    QTest::addRow("fraction") << "0.5" << 0.5 << false << false;
    QTest::addRow("big integer") << "123456789012345678901234567890" << 1.2345678901234568e29
                                 << true << true;
    QTest::addRow("tiny") << "1e-400" << 0.0 << false << true;
}

void TestJson::numbers()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(bool, integerLiteral);
    QFETCH(bool, integral);
    auto parsed = json::parse(text.toStdString());
    QVERIFY(parsed);
    QVERIFY(parsed->isNumber());
    QCOMPARE(parsed->number().text(), text.toStdString());
    QCOMPARE(parsed->toDouble(), value);
    QCOMPARE(parsed->number().isIntegerLiteral(), integerLiteral);
    QCOMPARE(parsed->number().isIntegral(), integral);
}

void TestJson::duplicateKeysKeepLast()
{
    auto parsed = json::parse(R"({"a":1,"b":2,"a":3})");
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), std::size_t(2));
    QCOMPARE(json::serialize(*parsed), std::string(R"({"a":3,"b":2})"));
}

void TestJson::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("empty input") << "" << 0 << 1 << 1;
    QTest::addRow("trailing comma") << "[1,2,]" << 5 << 1 << 6;
    QTest::addRow("missing colon") << "{\"a\" 1}" << 5 << 1 << 6;
    QTest::addRow("unquoted key") << "{a:1}" << 1 << 1 << 2;
    QTest::addRow("second line") << "{\n  \"a\": tru\n}" << 9 << 2 << 8;
    QTest::addRow("leading zero") << "[01]" << 2 << 1 << 3;
    QTest::addRow("text after value") << "{} x" << 3 << 1 << 4;
    QTest::addRow("control character") << "[\"a\tb\"]" << 3 << 1 << 4;
    QTest::addRow("unterminated string") << "[\"abc" << 5 << 1 << 6;
    QTest::addRow("bad escape") << "[\"\\q\"]" << 3 << 1 << 4;
    QTest::addRow("lone minus") << "-" << 1 << 1 << 2;
}

void TestJson::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    auto parsed = json::parse(text.toStdString());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("json.syntax"));
    QCOMPARE(parsed.error().params.value(0).toInt(), offset);
    QCOMPARE(parsed.error().params.value(1).toInt(), line);
    QCOMPARE(parsed.error().params.value(2).toInt(), column);
    QVERIFY(parsed.error().message.contains(QStringLiteral("line %1").arg(line)));
}

void TestJson::depthLimit()
{
    json::ParseOptions options;
    options.maxDepth = 3;
    QVERIFY(json::parse("[[[1]]]", options));
    auto tooDeep = json::parse("[[[[1]]]]", options);
    QVERIFY(!tooDeep);
    QCOMPARE(tooDeep.error().code, QStringLiteral("json.tooDeep"));
    QVERIFY(!json::parse(R"({"a":{"b":{"c":{}}}})", options));
}

void TestJson::deepNestingIsACleanError()
{
    const std::string hostile(100000, '[');
    auto parsed = json::parse(hostile);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("json.tooDeep"));
    const std::string objects = [] {
        std::string s;
        for (int i = 0; i < 100000; ++i)
            s += "{\"a\":";
        return s;
    }();
    QVERIFY(!json::parse(objects));
}

void TestJson::sizeLimit()
{
    json::ParseOptions options;
    options.maxSize = 10;
    auto parsed = json::parse("[1,2,3,4,5,6]", options);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("json.tooLarge"));
}

void TestJson::pointerTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("escaped");
    QTest::addRow("plain") << "name"
                           << "name";
    QTest::addRow("slash") << "a/b"
                           << "a~1b";
    QTest::addRow("tilde") << "a~b"
                           << "a~0b";
    QTest::addRow("tilde then one") << "~1"
                                    << "~01";
    QTest::addRow("empty") << ""
                           << "";
}

void TestJson::pointerTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, escaped);
    QCOMPARE(QString::fromStdString(json::escapePointerToken(token.toStdString())), escaped);
    QCOMPARE(QString::fromStdString(json::unescapePointerToken(escaped.toStdString())), token);
    auto tokens = json::parsePointer("/" + escaped.toStdString());
    QVERIFY(tokens);
    QCOMPARE(tokens->size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(tokens->front()), token);
}

void TestJson::resolveAndSet()
{
    json::Value doc = *json::parse(R"({"workers":[{"niss":"1"},{"a/b":{"~":5}}]})");
    QCOMPARE(json::resolvePointer(doc, "/workers/0/niss")->string(), std::string("1"));
    QCOMPARE(json::resolvePointer(doc, "/workers/1/a~1b/~0")->toDouble(), 5.0);
    QCOMPARE(json::resolvePointer(doc, ""), &doc);
    QVERIFY(!json::resolvePointer(doc, "/workers/2"));
    QVERIFY(!json::resolvePointer(doc, "/workers/01"));
    QVERIFY(!json::resolvePointer(doc, "/workers/0/niss/x"));

    QVERIFY(json::setPointer(doc, "/workers/0/niss", json::Value("2")));
    QVERIFY(json::setPointer(doc, "/workers/0/address/city", json::Value("Namur")));
    QCOMPARE(json::serialize(doc["workers"][0]),
             std::string(R"({"niss":"2","address":{"city":"Namur"}})"));
    QVERIFY(!json::setPointer(doc, "/workers/0/niss/x", json::Value(1)));
    QVERIFY(!json::setPointer(doc, "/workers/5", json::Value(1)));
}

void TestJson::removeAndAppend()
{
    json::Value doc = *json::parse(R"({"a":[1,2,3],"b":true})");
    QVERIFY(json::setPointer(doc, "/a/-", json::Value(4)));
    QVERIFY(json::setPointer(doc, "/a/4", json::Value(5)));
    QVERIFY(json::removePointer(doc, "/a/0"));
    QVERIFY(json::removePointer(doc, "/b"));
    QVERIFY(!json::removePointer(doc, "/b"));
    QCOMPARE(json::serialize(doc), std::string(R"({"a":[2,3,4,5]})"));
}

void TestJson::malformedPointers()
{
    QVERIFY(!json::parsePointer("a/b"));
    QVERIFY(!json::parsePointer("/a~2"));
    QVERIFY(!json::parsePointer("/a~"));
    QVERIFY(json::parsePointer("/"));
    QCOMPARE(json::parsePointer("/")->front(), std::string());
}

void TestJson::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    QTest::addRow("1 == 1.0") << "1"
                              << "1.0" << true;
    QTest::addRow("1 == 1e0") << "1"
                              << "1e0" << true;
    QTest::addRow("-0 == 0") << "-0"
                             << "0" << true;
    QTest::addRow("object order ignored") << R"({"a":1,"b":[1,2]})"
                                          << R"({"b":[1.0,2],"a":1})" << true;
    QTest::addRow("array order matters") << "[1,2]"
                                         << "[2,1]" << false;
    QTest::addRow("false != 0") << "false"
                                << "0" << false;
    QTest::addRow("big integers exact") << "123456789012345678901234567890"
                                        << "123456789012345678901234567891" << false;
    QTest::addRow("missing member") << R"({"a":1})"
                                    << R"({"a":1,"b":null})" << false;
}

void TestJson::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    const json::Value va = *json::parse(a.toStdString());
    const json::Value vb = *json::parse(b.toStdString());
    QCOMPARE(va == vb, equal);
    QCOMPARE(vb == va, equal);
    if (equal)
        QCOMPARE(va.hash(), vb.hash());
}

void TestJson::largeObjectLookup()
{
    json::Object o;
    for (int i = 0; i < 1000; ++i)
        o.insert("key" + std::to_string(i), json::Value(i));
    QCOMPARE(o.size(), std::size_t(1000));
    for (int i = 0; i < 1000; i += 37)
        QCOMPARE(o.find("key" + std::to_string(i))->toDouble(), double(i));
    QVERIFY(!o.find("key1000"));
    o.insert("key5", json::Value("replaced"));
    QCOMPARE(o.indexOf("key5"), std::ptrdiff_t(5));
    QVERIFY(o.remove("key5"));
    QVERIFY(!o.find("key5"));
    QCOMPARE(o.find("key999")->toDouble(), 999.0);
}

void TestJson::qjsonConversion()
{
    const json::Value v = *json::parse(R"({"a":[1,2.5,"x",null,true],"b":{"c":3}})");
    const QJsonValue q = json::toQJsonValue(v);
    QCOMPARE(q.toObject().value(QLatin1String("a")).toArray().at(1).toDouble(), 2.5);
    const json::Value back = json::fromQJsonValue(q);
    QVERIFY(back == v);
    QCOMPARE(json::serialize(back["a"]), std::string(R"([1,2.5,"x",null,true])"));
}

void TestJson::moveAndCopy()
{
    json::Value a = *json::parse(R"({"x":[1,{"y":"z"}]})");
    json::Value copy = a;
    json::Value moved = std::move(a);
    QVERIFY(copy == moved);
    // Assigning a child to its parent must not use freed memory.
    moved = json::Value(moved["x"]);
    QCOMPARE(json::serialize(moved), std::string(R"([1,{"y":"z"}])"));
    json::Value self = *json::parse(R"({"k":{"k":1}})");
    self = std::move(*self.find("k"));
    QCOMPARE(json::serialize(self), std::string(R"({"k":1})"));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
