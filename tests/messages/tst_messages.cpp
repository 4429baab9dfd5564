// The messages people read for each refused value: one sentence per keyword and per format,
// with its limit or field name, plural-aware, in the user's language, and the form's own wording
// where it gives one.
#include "core/i18n.h"
#include "core/schema/formats.h"
#include "core/schema/messages.h"

#include <QJsonDocument>
#include <QtTest>

using namespace guichet;
using namespace guichet::schema;

namespace {

ValidationError makeError(const char *keyword, std::vector<std::string> args = {},
                          const char *field = "/field")
{
    ValidationError e;
    e.instanceLocation = field;
    e.keywordLocation = std::string("/properties/field/") + keyword;
    e.keyword = keyword;
    e.args = std::move(args);
    e.fieldLocation = field;
    return e;
}

MessageOverrides overridesFrom(const char *json)
{
    const auto parsed = MessageOverrides::fromJson(QJsonDocument::fromJson(json).object());
    if (!parsed)
        qFatal("bad overrides in the test: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

// Every keyword of the contract in validationerror.h, with typical args.
const QList<QPair<const char *, std::vector<std::string>>> &contract()
{
    static const QList<QPair<const char *, std::vector<std::string>>> all = {
        {"type", {"integer", "string"}},
        {"enum", {R"(["a","b"])"}},
        {"const", {R"("BE")"}},
        {"required", {"niss"}},
        {"dependentRequired", {"iban", "bankTransfer"}},
        {"dependencies", {"iban", "bankTransfer"}},
        {"minLength", {"3", "1"}},
        {"maxLength", {"35", "40"}},
        {"minItems", {"2", "1"}},
        {"maxItems", {"5", "6"}},
        {"minProperties", {"2", "1"}},
        {"maxProperties", {"4", "5"}},
        {"minContains", {"2", "1"}},
        {"maxContains", {"3", "4"}},
        {"contains", {}},
        {"minimum", {"18"}},
        {"maximum", {"67"}},
        {"exclusiveMinimum", {"0"}},
        {"exclusiveMaximum", {"100"}},
        {"multipleOf", {"5"}},
        {"pattern", {"^[0-9]{4}$"}},
        {"format", {"be-niss"}},
        {"uniqueItems", {"0", "3"}},
        {"additionalProperties", {"nickname"}},
        {"unevaluatedProperties", {"nickname"}},
        {"propertyNames", {"Bad Name"}},
        {"additionalItems", {"2"}},
        {"unevaluatedItems", {"2"}},
        {"items", {"2"}},
        {"prefixItems", {"2"}},
        {"not", {}},
        {"anyOf", {}},
        {"oneOf", {"2"}},
        {"false", {}},
    };
    return all;
}

const char *const kFormats[] = {"date",
                                "date-time",
                                "time",
                                "duration",
                                "email",
                                "idn-email",
                                "hostname",
                                "idn-hostname",
                                "ipv4",
                                "ipv6",
                                "uri",
                                "uri-reference",
                                "iri",
                                "iri-reference",
                                "uri-template",
                                "uuid",
                                "regex",
                                "json-pointer",
                                "relative-json-pointer",
                                "be-niss",
                                "be-enterprise-number",
                                "iban",
                                "be-postal-code"};

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyKeyword_data();
    void everyKeyword();
    void english_data();
    void english();
    void everyFormat();
    void localisedNumbers_data();
    void localisedNumbers();
    void overrides_data();
    void overrides();
    void overridesRefused_data();
    void overridesRefused();
    void translatedMessages_data();
    void translatedMessages();
};

void TestMessages::initTestCase()
{
    QVERIFY(i18n::setLanguage(QStringLiteral("en")));
}

void TestMessages::init()
{
    i18n::setLanguage(QStringLiteral("en"));
}

void TestMessages::everyKeyword_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < contract().size(); ++i)
        QTest::newRow(contract()[i].first) << i;
}

// Every keyword has its own sentence (not the catch-all) that ends like a sentence.
void TestMessages::everyKeyword()
{
    QFETCH(int, index);
    const auto &[keyword, args] = contract()[index];
    const QString text = message(makeError(keyword, args));
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
    QVERIFY2(text != message(makeError("someFutureKeyword")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%n")) &&
                 !text.contains(QLatin1String("(s)")),
             qPrintable(text));
}

void TestMessages::english_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *keyword, const QStringList &args,
                        const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(keyword) << args << QString::fromUtf8(expected);
    };
    row("required", "required", {"niss"}, "This field is required.");
    row("dependentRequired names the trigger", "dependentRequired", {"iban", "bankTransfer"},
        "This field is required when \"bankTransfer\" is filled in.");
    row("minLength 1 means not empty", "minLength", {"1", "0"}, "This field cannot be empty.");
    row("minLength plural", "minLength", {"3", "1"}, "Enter at least 3 characters.");
    row("maxLength singular", "maxLength", {"1", "2"}, "Enter at most 1 character.");
    row("maxLength plural", "maxLength", {"35", "40"}, "Enter at most 35 characters.");
    row("minItems singular", "minItems", {"1", "0"}, "Add at least 1 item.");
    row("minItems plural", "minItems", {"2", "0"}, "Add at least 2 items.");
    row("maxItems plural", "maxItems", {"5", "6"}, "Enter no more than 5 items.");
    row("minProperties singular", "minProperties", {"1", "0"}, "Fill in at least 1 field.");
    row("minContains plural", "minContains", {"2", "1"},
        "At least 2 items must meet the condition.");
    row("maxContains singular", "maxContains", {"1", "2"},
        "At most 1 item may meet the condition.");
    row("minimum integer", "minimum", {"18"}, "Enter a value of at least 18.");
    row("maximum integer", "maximum", {"67"}, "Enter a value of at most 67.");
    row("exclusiveMinimum", "exclusiveMinimum", {"0"}, "Enter a value greater than 0.");
    row("exclusiveMaximum", "exclusiveMaximum", {"100"}, "Enter a value less than 100.");
    row("multipleOf whole", "multipleOf", {"1"}, "Enter a whole number.");
    row("multipleOf cents", "multipleOf", {"0.01"}, "Enter at most 2 decimals.");
    row("multipleOf tenths", "multipleOf", {"0.1"}, "Enter at most 1 decimal.");
    row("multipleOf five", "multipleOf", {"5"}, "Enter a multiple of 5.");
    row("type number", "type", {"number", "string"}, "Enter a number.");
    row("type integer", "type", {"integer", "string"}, "Enter a whole number.");
    row("type string or null", "type", {"string,null", "number"}, "Enter a text.");
    row("type boolean", "type", {"boolean", "string"}, "Choose yes or no.");
    row("enum", "enum", {R"(["a","b"])"}, "Choose one of the allowed values.");
    row("const true is a ticked box", "const", {"true"}, "This box must be ticked.");
    row("const string", "const", {R"("BE")"}, "The value must be \"BE\".");
    row("format be-niss", "format", {"be-niss"},
        "Enter a valid national register number (11 digits).");
    row("format date", "format", {"date"}, "Enter a valid date (YYYY-MM-DD).");
    row("format iban", "format", {"iban"}, "Enter a valid IBAN.");
    row("format unknown", "format", {"color"}, "The value is not in the expected format.");
    row("additionalProperties", "additionalProperties", {"nickname"},
        "The field \"nickname\" is not allowed here.");
    row("unevaluatedProperties", "unevaluatedProperties", {"nickname"},
        "The field \"nickname\" is not allowed here.");
    row("propertyNames", "propertyNames", {"Bad Name"},
        "The name \"Bad Name\" is not allowed here.");
    row("uniqueItems counts from one", "uniqueItems", {"0", "3"},
        "Items 1 and 4 are the same; each item must be different.");
    row("items counts from one", "items", {"2"}, "Item 3 is not allowed here.");
    row("oneOf none", "oneOf", {"0"}, "The value does not match any of the accepted options.");
    row("oneOf several", "oneOf", {"2"}, "The value fits 2 options; it must fit exactly one.");
    row("false schema", "false", {}, "This field is not allowed here.");
    row("evaluation too deep", "evaluationDepth", {"2048"},
        "The document is nested too deeply to be checked.");
    row("unknown keyword", "someFutureKeyword", {}, "This value is not valid.");
}

void TestMessages::english()
{
    QFETCH(QString, keyword);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);

    std::vector<std::string> a;
    for (const QString &arg : args)
        a.push_back(arg.toStdString());
    const QByteArray k = keyword.toLatin1();
    QCOMPARE(message(makeError(k.constData(), a)), expected);
}

// Each format the engine checks has a sentence of its own.
void TestMessages::everyFormat()
{
    const QString fallback = message(makeError("format", {"color"}));
    for (const char *format : kFormats) {
        QVERIFY2(isKnownFormat(format), format);
        const QString text = message(makeError("format", {format}));
        QVERIFY2(!text.isEmpty() && text != fallback, format);
    }
}

void TestMessages::localisedNumbers_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("shown");

    const auto row = [](const char *name, const char *language, const char *keyword,
                        const char *limit, const char *shown) {
        QTest::newRow(name) << QString::fromLatin1(language) << QString::fromLatin1(keyword)
                            << QString::fromLatin1(limit) << QString::fromLatin1(shown);
    };
    row("fr minimum 2.5", "fr", "minimum", "2.5", "2,5");
    row("nl maximum 1234.75", "nl", "maximum", "1234.75", "1234,75");
    row("de exclusiveMinimum -0.5", "de", "exclusiveMinimum", "-0.5", "-0,5");
    row("fr exponent 1e3", "fr", "maximum", "1e3", "1000");
    row("fr exponent 2.5E-1", "fr", "minimum", "2.5E-1", "0,25");
    row("fr multipleOf 2.5", "fr", "multipleOf", "2.5", "2,5");
    row("en 2.5", "en", "minimum", "2.5", "2.5");
}

// Limits are written as the user's locale writes numbers, whether the language is switched for
// the whole application or asked for one message.
void TestMessages::localisedNumbers()
{
    QFETCH(QString, language);
    QFETCH(QString, keyword);
    QFETCH(QString, limit);
    QFETCH(QString, shown);

    const QByteArray k = keyword.toLatin1();
    const ValidationError error = makeError(k.constData(), {limit.toStdString()});

    const QString asked = message(error, nullptr, language);
    QVERIFY2(asked.contains(shown), qPrintable(asked));

    QVERIFY(i18n::setLanguage(language));
    const QString current = message(error);
    QVERIFY2(current.contains(shown), qPrintable(current));
    QCOMPARE(current, asked);
}

void TestMessages::overrides_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("expected"); // null: the built-in message

    const auto row = [](const QString &name, const char *language, const char *field,
                        const char *keyword, const QString &expected) {
        QTest::newRow(qPrintable(name))
            << QString::fromLatin1(language) << QString::fromLatin1(field)
            << QString::fromLatin1(keyword) << expected;
    };
    for (const char *lang : {"en", "fr", "nl", "de"}) {
        const QString l = QString::fromLatin1(lang);
        row(l + QStringLiteral(": any worker's niss"), lang, "/workers/12/niss", "format",
            QStringLiteral("niss-format-") + l);
        row(l + QStringLiteral(": exact field beats wildcard"), lang, "/workers/0/niss", "format",
            QStringLiteral("first-worker-") + l);
        row(l + QStringLiteral(": one text for every language"), lang, "/workers/3/niss",
            "required", QStringLiteral("NISS needed"));
    }
    row(QStringLiteral("de missing falls back to the built-in message"), "de", "/startDate",
        "format", QString());
    row(QStringLiteral("fr present for the same field"), "fr", "/startDate", "format",
        QStringLiteral("Date de début invalide"));
    row(QStringLiteral("wildcard keyword"), "nl", "/startDate", "minimum",
        QStringLiteral("alles-nl"));
    row(QStringLiteral("exact keyword beats wildcard keyword"), "nl", "/startDate", "format",
        QStringLiteral("datum-nl"));
    row(QStringLiteral("other keyword of the field is not overridden"), "en", "/workers/1/niss",
        "minLength", QString());
    row(QStringLiteral("wildcard matches one segment only"), "en", "/workers/1/2/niss", "format",
        QString());
    row(QStringLiteral("other field"), "en", "/employer", "format", QString());
    row(QStringLiteral("root field"), "en", "", "additionalProperties", QStringLiteral("Root-en"));
}

void TestMessages::overrides()
{
    QFETCH(QString, language);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    QFETCH(QString, expected);

    const MessageOverrides overrides = overridesFrom(R"({
        "/workers/*/niss": {
            "format": {"en": "niss-format-en", "fr": "niss-format-fr",
                       "nl": "niss-format-nl", "de": "niss-format-de"},
            "required": "NISS needed"
        },
        "/workers/0/niss": {
            "format": {"en": "first-worker-en", "fr": "first-worker-fr",
                       "nl": "first-worker-nl", "de": "first-worker-de"}
        },
        "/startDate": {
            "format": {"fr": "Date de début invalide", "nl": "datum-nl"},
            "*": {"nl": "alles-nl"}
        },
        "": {"additionalProperties": {"en": "Root-en"}}
    })");
    QVERIFY(!overrides.isEmpty());

    const QByteArray k = keyword.toLatin1();
    const QByteArray f = field.toUtf8();
    ValidationError error = makeError(k.constData(), {"date"}, f.constData());
    // The override follows the field a form shows the error on, not the instance location.
    error.instanceLocation = "/elsewhere";

    const QString builtIn = message(error, nullptr, language);
    const QString text = message(error, &overrides, language);
    QCOMPARE(text, expected.isEmpty() ? builtIn : expected);

    // Without an explicit language, the current one is used.
    QVERIFY(i18n::setLanguage(language));
    QCOMPARE(message(error, &overrides), text);
}

void TestMessages::overridesRefused_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("where");

    const auto row = [](const char *name, const char *json, const char *where) {
        QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(where);
    };
    row("field is not a pointer", R"({"niss": {"format": "x"}})", "niss");
    row("keywords not an object", R"({"/niss": "x"})", "/niss");
    row("unsupported language", R"({"/niss": {"format": {"es": "x"}}})", "/niss → format → es");
    row("text not a string", R"({"/niss": {"format": {"fr": 3}}})", "/niss → format → fr");
    row("keyword value a number", R"({"/niss": {"format": 3}})", "/niss → format");
}

void TestMessages::overridesRefused()
{
    QFETCH(QString, json);
    QFETCH(QString, where);

    const auto parsed = MessageOverrides::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("messages.badOverrides"));
    QCOMPARE(parsed.error().params, QStringList{where});
    QVERIFY(parsed.error().message.contains(where));
}

void TestMessages::translatedMessages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("arg");

    const QList<QPair<const char *, const char *>> cases = {
        {"required", "niss"},  {"minLength", "3"},
        {"format", "be-niss"}, {"format", "date"},
        {"format", "iban"},    {"enum", R"(["a"])"},
        {"type", "number"},    {"additionalProperties", "nickname"},
    };
    for (const char *lang : {"fr", "nl", "de"}) {
        for (const auto &[keyword, arg] : cases)
            QTest::addRow("%s %s %s", lang, keyword, arg)
                << QString::fromLatin1(lang) << QString::fromLatin1(keyword)
                << QString::fromLatin1(arg);
    }
}

// Passes once the translation pass has filled translations/guichet_{fr,nl,de}.ts.
void TestMessages::translatedMessages()
{
    QFETCH(QString, language);
    QFETCH(QString, keyword);
    QFETCH(QString, arg);

    const QByteArray k = keyword.toLatin1();
    const ValidationError error = makeError(k.constData(), {arg.toStdString(), "1"});
    const QString english = message(error);
    QVERIFY(i18n::setLanguage(language));
    const QString translated = message(error);
    QVERIFY2(!translated.isEmpty() && translated != english,
             qPrintable(QStringLiteral("%1: %2").arg(language, translated)));
    QCOMPARE(message(error, nullptr, language), translated);
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
