// The forms under forms/<id>/<version>/ and forms/catalogue.json, checked against the contract of
// forms/README.md and docs/ui-schema.md. Forms are discovered from the source tree when the test
// runs: a new form or version is covered as soon as its folder exists.
// The renderer is checked through the real `guichet-cli form` command: every form lists labelled
// fields in each language, and every valid sample survives a round trip through the widgets.
#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/value.h"
#include "core/json/writer.h"
#include "core/schema/formats.h"
#include "core/schema/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QtTest>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>

using namespace guichet;

namespace {

const QStringList kLanguages = {QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de"),
                                QStringLiteral("en")};
const QString kFormsBaseUri = QStringLiteral("https://forms.guichet.example.be/");
const char *const kDraft2020 = "https://json-schema.org/draft/2020-12/schema";

QString formsDir()
{
    return qEnvironmentVariable("GUICHET_SOURCE_DIR") + QStringLiteral("/forms");
}

struct FormVersion
{
    QString id;
    int version = 0;
    QString dir;
    QString name() const { return id + QLatin1Char('/') + QString::number(version); }
};

bool isPositiveInteger(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]*$"));
    return re.match(text).hasMatch();
}

QList<FormVersion> formVersions()
{
    QList<FormVersion> out;
    const QDir root(formsDir());
    for (const QString &id : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir formDir(root.filePath(id));
        for (const QString &v : formDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (isPositiveInteger(v))
                out.append({id, v.toInt(), formDir.filePath(v)});
        }
    }
    return out;
}

QStringList sampleFiles(const QString &dir, const QString &prefix)
{
    return QDir(dir + QStringLiteral("/samples"))
        .entryList({prefix + QStringLiteral("-*.json")}, QDir::Files, QDir::Name);
}

// The parsed file, or an error text.
std::pair<json::Value, QString> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {json::Value(), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!parsed)
        return {json::Value(), QStringLiteral("%1: %2").arg(path, parsed.error().message)};
    return {std::move(*parsed), QString()};
}

// A schema compiled as forms are used: format assertion on, and other forms' files reachable
// under their https://forms.guichet.example.be/ URIs (nothing goes to the network).
struct CompiledForm
{
    json::Value schema;
    std::shared_ptr<schema::SchemaRegistry> registry;
    std::shared_ptr<const schema::CompiledSchema> compiled;
    QString error;
};

CompiledForm compileForm(const FormVersion &form)
{
    CompiledForm out;
    auto [schemaValue, error] = readJson(form.dir + QStringLiteral("/schema.json"));
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }
    out.schema = std::move(schemaValue);
    out.registry = std::make_shared<schema::SchemaRegistry>();
    out.registry->addDirectory(kFormsBaseUri.toStdString(), formsDir());
    schema::CompileOptions options;
    options.formatAssertion = true;
    options.registry = out.registry.get();
    options.baseUri =
        QUrl::fromLocalFile(form.dir + QStringLiteral("/schema.json")).toString().toStdString();
    auto compiled = schema::compile(out.schema, options);
    if (!compiled)
        out.error = compiled.error().code + QStringLiteral(": ") + compiled.error().message;
    else
        out.compiled = *compiled;
    return out;
}

using ErrorSet = std::set<std::pair<std::string, std::string>>; // {pointer, keyword}

QString describe(const ErrorSet &errors)
{
    QStringList parts;
    for (const auto &[pointer, keyword] : errors)
        parts << QStringLiteral("{\"%1\", %2}")
                     .arg(QString::fromStdString(pointer), QString::fromStdString(keyword));
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral(", "));
}

ErrorSet errorSet(const std::vector<schema::ValidationError> &errors)
{
    ErrorSet out;
    for (const schema::ValidationError &e : errors)
        out.emplace(e.instanceLocation, e.keyword);
    return out;
}

// expected.json: {"invalid-x.json": [{"pointer": "...", "keyword": "..."}, ...], ...}
std::pair<std::map<QString, ErrorSet>, QString> readExpected(const QString &dir)
{
    std::map<QString, ErrorSet> out;
    auto [value, error] = readJson(dir + QStringLiteral("/samples/expected.json"));
    if (!error.isEmpty())
        return {out, error};
    if (!value.isObject())
        return {out, QStringLiteral("expected.json is not an object")};
    for (const auto &[file, list] : value.objectMembers()) {
        if (!list.isArray())
            return {out, QStringLiteral("expected.json: %1 is not a list")
                             .arg(QString::fromStdString(file))};
        ErrorSet &set = out[QString::fromStdString(file)];
        for (const json::Value &item : list.arrayItems()) {
            const json::Value *pointer = item.find("pointer");
            const json::Value *keyword = item.find("keyword");
            if (!pointer || !pointer->isString() || !keyword || !keyword->isString())
                return {out, QStringLiteral("expected.json: %1 has an item without a "
                                            "string pointer and keyword")
                                 .arg(QString::fromStdString(file))};
            set.emplace(pointer->string(), keyword->string());
        }
    }
    return {out, QString()};
}

// --- translatable keys (docs/ui-schema.md, "Texts") -------------------------------------------

QString valueText(const json::Value &value)
{
    if (value.isString())
        return QString::fromStdString(value.string());
    if (value.isNumber())
        return QString::fromStdString(value.number().text());
    return QString::fromStdString(json::serialize(value));
}

QString childKey(const QString &key, const std::string &property)
{
    const QString name = QString::fromStdString(property);
    return key == QLatin1String("form") ? name : key + QLatin1Char('.') + name;
}

// A oneOf/anyOf alternative that is one scalar value: {"const": v, "title": ...} (or a
// one-value enum). Such alternatives, when all of a keyword's are, make a list of choices.
bool isScalarChoice(const json::Value &alternative)
{
    if (!alternative.isObject())
        return false;
    const json::Value *value = alternative.find("const");
    if (!value) {
        const json::Value *values = alternative.find("enum");
        if (!values || !values->isArray() || values->size() != 1)
            return false;
        value = &(*values)[std::size_t(0)];
    }
    if (value->isArray() || value->isObject())
        return false;
    for (const auto &[member, unused] : alternative.objectMembers()) {
        if (member != "const" && member != "enum" && member != "title" && member != "description" &&
            member != "x-i18n" && member != "type" && member != "$comment")
            return false;
    }
    return true;
}

class SchemaKeyWalker
{
public:
    explicit SchemaKeyWalker(const json::Value &root) : m_root(root) {}

    QSet<QString> keys;
    QStringList problems;

    // pathKey is the node's instance path pattern (its children's keys grow from it); nodeKey is
    // the key of the node's own texts: its x-i18n, found on any part of the node (a branch, the
    // member holding a $ref), else pathKey. Branches and $ref targets are the same node.
    void walk(const json::Value &node, const QString &pathKey, QString nodeKey = {})
    {
        if (!node.isObject())
            return;
        if (const json::Value *custom = node.find("x-i18n"); custom && custom->isString())
            nodeKey = QString::fromStdString(custom->string());
        if (nodeKey.isEmpty())
            nodeKey = pathKey;
        ownTexts(node, nodeKey);
        for (const char *keyword : {"oneOf", "anyOf"}) {
            const json::Value *alternatives = node.find(keyword);
            if (!alternatives || !alternatives->isArray() || alternatives->size() == 0)
                continue;
            bool choices = true;
            for (const json::Value &alt : alternatives->arrayItems())
                choices = choices && isScalarChoice(alt);
            for (const json::Value &alt : alternatives->arrayItems()) {
                if (choices) {
                    if (alt.find("title")) {
                        const json::Value *value = alt.find("const");
                        keys.insert(nodeKey + QStringLiteral(".oneOf.") +
                                    valueText(value ? *value : alt["enum"][0]));
                    }
                } else {
                    // An alternative's own title labels the alternative, not the field: the
                    // contract does not give it a key yet, so only what it declares is walked.
                    walkParts(alt, pathKey, nodeKey);
                }
            }
        }
        walkParts(node, pathKey, nodeKey);
    }

private:
    void ownTexts(const json::Value &node, const QString &key)
    {
        if (node.find("title"))
            keys.insert(key + QStringLiteral(".title"));
        if (node.find("description"))
            keys.insert(key + QStringLiteral(".description"));
        if (const json::Value *examples = node.find("examples");
            examples && examples->isArray() && examples->size() > 0)
            keys.insert(key + QStringLiteral(".examples"));
        if (const json::Value *values = node.find("enum"); values && values->isArray()) {
            for (const json::Value &v : values->arrayItems())
                keys.insert(key + QStringLiteral(".enum.") + valueText(v));
        }
    }

    // Everything of node but its own texts and its oneOf/anyOf: branches, members, items, $ref.
    void walkParts(const json::Value &node, const QString &pathKey, const QString &nodeKey)
    {
        if (!node.isObject())
            return;
        if (const json::Value *items = node.find("allOf"); items && items->isArray()) {
            for (const json::Value &item : items->arrayItems())
                walk(item, pathKey, nodeKey);
        }
        for (const char *branch : {"then", "else"}) {
            if (const json::Value *sub = node.find(branch))
                walk(*sub, pathKey, nodeKey);
        }
        if (const json::Value *deps = node.find("dependentSchemas"); deps && deps->isObject()) {
            for (const auto &[name, sub] : deps->objectMembers())
                walk(sub, pathKey, nodeKey);
        }
        if (const json::Value *props = node.find("properties"); props && props->isObject()) {
            for (const auto &[name, sub] : props->objectMembers())
                walk(sub, childKey(pathKey, name));
        }
        // Array items contribute nothing to the path; they are another node, with their own
        // texts under the same key.
        if (const json::Value *items = node.find("items"))
            walk(*items, pathKey);
        if (const json::Value *prefix = node.find("prefixItems"); prefix && prefix->isArray()) {
            for (const json::Value &item : prefix->arrayItems())
                walk(item, pathKey);
        }
        if (const json::Value *ref = node.find("$ref"); ref && ref->isString())
            followRef(ref->string(), pathKey, nodeKey);
    }

    void followRef(const std::string &ref, const QString &pathKey, const QString &nodeKey)
    {
        if (ref.empty() || ref.front() != '#') {
            problems << QStringLiteral("$ref \"%1\" leaves the schema file: its texts are not "
                                       "checked")
                            .arg(QString::fromStdString(ref));
            return;
        }
        const std::string pointer =
            QUrl::fromPercentEncoding(QByteArray::fromStdString(ref.substr(1))).toStdString();
        const std::pair<std::string, QString> visit{pointer, pathKey};
        if (m_following.count(visit))
            return; // a recursive schema: its texts are the same at every depth
        const json::Value *target = json::resolvePointer(m_root, pointer);
        if (!target) {
            problems
                << QStringLiteral("$ref \"%1\" does not resolve").arg(QString::fromStdString(ref));
            return;
        }
        m_following.insert(visit);
        walk(*target, pathKey, nodeKey == pathKey ? QString() : nodeKey);
        m_following.erase(visit);
    }

    const json::Value &m_root;
    std::set<std::pair<std::string, QString>> m_following;
};

struct UiTexts
{
    QSet<QString> keys;
    // Message overrides written inline, per language: {"en": ..., "fr": ...}.
    QList<std::pair<QString, QJsonObject>> inlineMessages;
};

void walkUiElement(const QJsonObject &element, UiTexts &out)
{
    const QString type = element.value(QStringLiteral("type")).toString();
    const QString key = element.value(QStringLiteral("i18n")).toString();
    const QJsonObject options = element.value(QStringLiteral("options")).toObject();
    if (!key.isEmpty()) {
        if (type == QLatin1String("Label"))
            out.keys.insert(key + QStringLiteral(".text"));
        else if (type == QLatin1String("Group") || type == QLatin1String("Category") ||
                 type == QLatin1String("Control"))
            out.keys.insert(key + QStringLiteral(".label"));
        if (options.contains(QStringLiteral("help")))
            out.keys.insert(key + QStringLiteral(".help"));
        if (options.contains(QStringLiteral("placeholder")))
            out.keys.insert(key + QStringLiteral(".placeholder"));
    }
    for (const QJsonValue &child : element.value(QStringLiteral("elements")).toArray())
        walkUiElement(child.toObject(), out);
    if (options.value(QStringLiteral("detail")).isObject())
        walkUiElement(options.value(QStringLiteral("detail")).toObject(), out);
}

UiTexts uiTexts(const QJsonObject &ui)
{
    UiTexts out;
    walkUiElement(ui, out);
    const QJsonObject messages = ui.value(QStringLiteral("messages")).toObject();
    for (auto field = messages.begin(); field != messages.end(); ++field) {
        const QJsonObject perKeyword = field.value().toObject();
        for (auto it = perKeyword.begin(); it != perKeyword.end(); ++it) {
            const QJsonObject text = it.value().toObject();
            if (text.contains(QStringLiteral("i18n")))
                out.keys.insert(text.value(QStringLiteral("i18n")).toString());
            else
                out.inlineMessages.append({field.key() + QLatin1Char(' ') + it.key(), text});
        }
    }
    return out;
}

QJsonObject readQJsonObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return {};
    }
    return doc.object();
}

// Every key a form's texts must hold: schema texts, UI texts, message keys, form.title and
// form.description.
QSet<QString> usedKeys(const FormVersion &form, const json::Value &schema, UiTexts *ui,
                       QStringList *problems)
{
    SchemaKeyWalker walker(schema);
    walker.walk(schema, QStringLiteral("form"));
    QSet<QString> keys = walker.keys;
    *problems << walker.problems;
    keys.insert(QStringLiteral("form.title"));
    keys.insert(QStringLiteral("form.description"));
    const QString uiPath = form.dir + QStringLiteral("/ui.json");
    if (QFileInfo::exists(uiPath)) {
        QString error;
        const QJsonObject uiObject = readQJsonObject(uiPath, &error);
        if (!error.isEmpty())
            *problems << error;
        *ui = uiTexts(uiObject);
        keys.unite(ui->keys);
    }
    return keys;
}

// --- rules each invalid sample set must break -------------------------------------------------

const std::set<std::string> kAssertions = {"type",
                                           "enum",
                                           "const",
                                           "minLength",
                                           "maxLength",
                                           "pattern",
                                           "minimum",
                                           "maximum",
                                           "exclusiveMinimum",
                                           "exclusiveMaximum",
                                           "multipleOf",
                                           "minItems",
                                           "maxItems",
                                           "minProperties",
                                           "maxProperties",
                                           "minContains",
                                           "maxContains",
                                           "contains",
                                           "not",
                                           "oneOf",
                                           "anyOf",
                                           "propertyNames",
                                           "dependentRequired"};

// The keyword locations (pointers in the schema document) of every assertion that can fail on
// its own: what "each schema rule" of a form means. Not entered: "if", "not" and "contains"
// subschemas (their inner failures are not reported, only the keyword's own), nor $defs entries
// that only such subschemas apply.
struct RuleWalk
{
    const json::Value &root;
    std::set<std::string> rules;
    std::set<std::string> visitedRefs;
};

void collectRules(RuleWalk &walk, const json::Value &node, const std::string &pointer)
{
    std::set<std::string> &out = walk.rules;
    if (node.isBool()) {
        if (!node.toBool())
            out.insert(pointer);
        return;
    }
    if (!node.isObject())
        return;
    for (const auto &[keyword, value] : node.objectMembers()) {
        std::string here = pointer;
        json::appendPointerToken(here, keyword);
        if (kAssertions.count(keyword)) {
            out.insert(here);
        } else if (keyword == "required") {
            if (value.isArray() && value.size() > 0)
                out.insert(here);
        } else if (keyword == "format") {
            if (value.isString() && schema::isKnownFormat(value.string()))
                out.insert(here);
        } else if (keyword == "uniqueItems") {
            if (value.toBool())
                out.insert(here);
        }
        if (keyword == "$ref" && value.isString() && value.string().front() == '#') {
            // A $defs entry counts where it is applied, once: its errors carry its own location.
            const std::string target =
                QUrl::fromPercentEncoding(QByteArray::fromStdString(value.string().substr(1)))
                    .toStdString();
            if (!walk.visitedRefs.insert(target).second)
                continue;
            if (const json::Value *resolved = json::resolvePointer(walk.root, target))
                collectRules(walk, *resolved, target);
        } else if (keyword == "properties" || keyword == "patternProperties" ||
                   keyword == "dependentSchemas") {
            if (!value.isObject())
                continue;
            for (const auto &[name, sub] : value.objectMembers()) {
                std::string child = here;
                json::appendPointerToken(child, name);
                collectRules(walk, sub, child);
            }
        } else if (keyword == "allOf" || keyword == "anyOf" || keyword == "oneOf" ||
                   keyword == "prefixItems") {
            for (std::size_t i = 0; i < value.size(); ++i)
                collectRules(walk, value[i], here + '/' + std::to_string(i));
        } else if (keyword == "then" || keyword == "else" || keyword == "items" ||
                   keyword == "additionalProperties" || keyword == "unevaluatedProperties" ||
                   keyword == "unevaluatedItems" || keyword == "propertyNames") {
            if (value.isBool() && !value.toBool())
                out.insert(here); // reported at the keyword itself
            else
                collectRules(walk, value, here);
        }
    }
}

std::string fragmentOf(const std::string &absoluteKeywordLocation, const std::string &rootId)
{
    const std::size_t hash = absoluteKeywordLocation.find('#');
    if (hash == std::string::npos || absoluteKeywordLocation.compare(0, hash, rootId) != 0)
        return {};
    return QUrl::fromPercentEncoding(
               QByteArray::fromStdString(absoluteKeywordLocation.substr(hash + 1)))
        .toStdString();
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("GUICHET_BINARY_DIR") + QStringLiteral("/bin/guichet-cli"), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        r.err = QStringLiteral("guichet-cli did not run: ") + p.errorString();
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void addFormRows()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");
    for (const FormVersion &form : formVersions())
        QTest::newRow(qPrintable(form.name())) << form.dir << form.id << form.version;
}

void addLanguageRows()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("language");
    for (const FormVersion &form : formVersions()) {
        for (const QString &lang : kLanguages)
            QTest::newRow(qPrintable(form.name() + QLatin1Char('/') + lang)) << form.dir << lang;
    }
}

void addSampleRows(const QString &prefix)
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("sample");
    for (const FormVersion &form : formVersions()) {
        for (const QString &sample : sampleFiles(form.dir, prefix))
            QTest::newRow(qPrintable(form.name() + QLatin1Char('/') + sample))
                << form.dir << sample;
    }
}

FormVersion fetchForm(const QString &dir, const QString &id, int version)
{
    return {id, version, dir};
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(formsDir()).isDir(), qPrintable(formsDir()));
        QVERIFY2(!formVersions().isEmpty(), "no forms/<id>/<version>/ folder found");
    }

    void layout_data() { addFormRows(); }
    void layout()
    {
        QFETCH(QString, dir);
        QFETCH(QString, id);
        QFETCH(int, version);
        for (const char *file : {"schema.json", "ui.json", "samples/expected.json"})
            QVERIFY2(QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(file)),
                     qPrintable(QStringLiteral("missing %1").arg(QLatin1String(file))));
        for (const QString &lang : kLanguages) {
            const QString path = dir + QStringLiteral("/i18n/") + lang + QStringLiteral(".json");
            QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("missing ") + path));
        }
        const int valid = int(sampleFiles(dir, QStringLiteral("valid")).size());
        const int invalid = int(sampleFiles(dir, QStringLiteral("invalid")).size());
        QVERIFY2(valid >= 3, qPrintable(QStringLiteral("%1 valid samples, need 3").arg(valid)));
        QVERIFY2(invalid >= 5,
                 qPrintable(QStringLiteral("%1 invalid samples, need 5").arg(invalid)));

        auto [schemaValue, error] = readJson(dir + QStringLiteral("/schema.json"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QString::fromStdString(schemaValue["$schema"].string()),
                 QString::fromLatin1(kDraft2020));
        QCOMPARE(QString::fromStdString(schemaValue["$id"].string()),
                 kFormsBaseUri + id + QLatin1Char('/') + QString::number(version) +
                     QStringLiteral("/schema.json"));
    }

    void schemaCompiles_data() { addFormRows(); }
    void schemaCompiles()
    {
        QFETCH(QString, dir);
        QFETCH(QString, id);
        QFETCH(int, version);
        const CompiledForm form = compileForm(fetchForm(dir, id, version));
        QVERIFY2(form.compiled, qPrintable(form.error));
        QCOMPARE(form.compiled->draft(), schema::Draft::Draft2020_12);
    }

    void validSamples_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("sample");
        for (const FormVersion &form : formVersions()) {
            for (const QString &sample : sampleFiles(form.dir, QStringLiteral("valid")))
                QTest::newRow(qPrintable(form.name() + QLatin1Char('/') + sample))
                    << form.dir << form.id << form.version << sample;
        }
    }
    void validSamples()
    {
        QFETCH(QString, dir);
        QFETCH(QString, id);
        QFETCH(int, version);
        QFETCH(QString, sample);
        const CompiledForm form = compileForm(fetchForm(dir, id, version));
        QVERIFY2(form.compiled, qPrintable(form.error));
        auto [document, error] = readJson(dir + QStringLiteral("/samples/") + sample);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const schema::ValidationResult result = form.compiled->validate(document);
        QVERIFY2(result.valid,
                 qPrintable(QStringLiteral("fails on ") + describe(errorSet(result.errors))));
    }

    void invalidSamples_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("sample");
        for (const FormVersion &form : formVersions()) {
            for (const QString &sample : sampleFiles(form.dir, QStringLiteral("invalid")))
                QTest::newRow(qPrintable(form.name() + QLatin1Char('/') + sample))
                    << form.dir << form.id << form.version << sample;
        }
    }
    void invalidSamples()
    {
        QFETCH(QString, dir);
        QFETCH(QString, id);
        QFETCH(int, version);
        QFETCH(QString, sample);
        const CompiledForm form = compileForm(fetchForm(dir, id, version));
        QVERIFY2(form.compiled, qPrintable(form.error));
        const auto [expected, expectedError] = readExpected(dir);
        QVERIFY2(expectedError.isEmpty(), qPrintable(expectedError));
        const auto entry = expected.find(sample);
        QVERIFY2(entry != expected.end(), "not listed in samples/expected.json");
        QVERIFY2(!entry->second.empty(), "expected.json lists no error for it");
        auto [document, error] = readJson(dir + QStringLiteral("/samples/") + sample);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const schema::ValidationResult result = form.compiled->validate(document);
        QVERIFY(!result.valid);
        const ErrorSet actual = errorSet(result.errors);
        QVERIFY2(actual == entry->second,
                 qPrintable(QStringLiteral("\n   actual: %1\n expected: %2")
                                .arg(describe(actual), describe(entry->second))));
    }

    // expected.json names exactly the invalid samples.
    void expectedListsInvalidSamples_data() { addFormRows(); }
    void expectedListsInvalidSamples()
    {
        QFETCH(QString, dir);
        const auto [expected, error] = readExpected(dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList listed;
        for (const auto &[file, errors] : expected)
            listed << file;
        QStringList files = sampleFiles(dir, QStringLiteral("invalid"));
        listed.sort();
        files.sort();
        QCOMPARE(listed, files);
    }

    // Together, the invalid samples break every rule of the schema at least once.
    void invalidSamplesBreakEveryRule_data() { addFormRows(); }
    void invalidSamplesBreakEveryRule()
    {
        QFETCH(QString, dir);
        QFETCH(QString, id);
        QFETCH(int, version);
        const CompiledForm form = compileForm(fetchForm(dir, id, version));
        QVERIFY2(form.compiled, qPrintable(form.error));
        RuleWalk walk{form.schema, {}, {}};
        collectRules(walk, form.schema, "");
        std::set<std::string> &rules = walk.rules;
        const std::string rootId = form.schema["$id"].string();
        for (const QString &sample : sampleFiles(dir, QStringLiteral("invalid"))) {
            auto [document, error] = readJson(dir + QStringLiteral("/samples/") + sample);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const schema::ValidationError &e : form.compiled->validate(document).errors)
                rules.erase(fragmentOf(e.absoluteKeywordLocation, rootId));
        }
        QStringList missed;
        for (const std::string &rule : rules)
            missed << QString::fromStdString(rule);
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("no invalid sample breaks: ") +
                                              missed.join(QStringLiteral(", "))));
    }

    // The real CLI reports the same {instanceLocation, keyword} pairs as expected.json, and finds
    // the valid samples valid.
    void cliAgrees_data() { addFormRows(); }
    void cliAgrees()
    {
        QFETCH(QString, dir);
        const auto [expected, expectedError] = readExpected(dir);
        QVERIFY2(expectedError.isEmpty(), qPrintable(expectedError));
        QStringList args = {QStringLiteral("validate"), QStringLiteral("--format-assertion"),
                            dir + QStringLiteral("/schema.json")};
        const QStringList valid = sampleFiles(dir, QStringLiteral("valid"));
        const QStringList invalid = sampleFiles(dir, QStringLiteral("invalid"));
        for (const QString &sample : valid + invalid)
            args << dir + QStringLiteral("/samples/") + sample;
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 1,
                 qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QMap<QString, std::pair<bool, ErrorSet>> results;
        for (const QByteArray &line : run.out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            auto parsed = json::parse(std::string_view(line.constData(), std::size_t(line.size())));
            QVERIFY2(parsed, line.constData());
            const json::Value &result = *parsed;
            ErrorSet errors;
            for (const json::Value &e : result["errors"].arrayItems())
                errors.emplace(e["instanceLocation"].string(), e["keyword"].string());
            results.insert(QFileInfo(QString::fromStdString(result["file"].string())).fileName(),
                           {result["valid"].toBool(), errors});
        }
        QCOMPARE(results.size(), valid.size() + invalid.size());
        for (const QString &sample : valid)
            QVERIFY2(
                results.value(sample).first,
                qPrintable(sample + QStringLiteral(": ") + describe(results.value(sample).second)));
        for (const QString &sample : invalid) {
            const auto entry = expected.find(sample);
            QVERIFY2(entry != expected.end(), qPrintable(sample));
            const ErrorSet actual = results.value(sample).second;
            QVERIFY2(!results.value(sample).first && actual == entry->second,
                     qPrintable(QStringLiteral("%1\n   actual: %2\n expected: %3")
                                    .arg(sample, describe(actual), describe(entry->second))));
        }
    }

    void texts_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("language");
        for (const FormVersion &form : formVersions()) {
            for (const QString &lang : kLanguages)
                QTest::newRow(qPrintable(form.name() + QLatin1Char('/') + lang))
                    << form.dir << form.id << form.version << lang;
        }
    }
    // The language file holds every key the form uses (docs/ui-schema.md), each a non-empty
    // text, and nothing but texts; inline message overrides have this language too.
    void texts()
    {
        QFETCH(QString, dir);
        QFETCH(QString, id);
        QFETCH(int, version);
        QFETCH(QString, language);
        auto [schemaValue, schemaError] = readJson(dir + QStringLiteral("/schema.json"));
        QVERIFY2(schemaError.isEmpty(), qPrintable(schemaError));
        UiTexts ui;
        QStringList problems;
        const QSet<QString> keys =
            usedKeys(fetchForm(dir, id, version), schemaValue, &ui, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));

        QString error;
        const QJsonObject texts = readQJsonObject(
            dir + QStringLiteral("/i18n/") + language + QStringLiteral(".json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList empty;
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                empty << it.key();
        }
        empty.sort();
        QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("empty or not a text: ") +
                                             empty.join(QStringLiteral(", "))));
        QStringList missing;
        for (const QString &key : keys) {
            if (!texts.contains(key))
                missing << key;
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(", "))));
        for (const auto &[where, text] : ui.inlineMessages)
            QVERIFY2(!text.value(language).toString().trimmed().isEmpty(),
                     qPrintable(QStringLiteral("ui.json messages %1: no text").arg(where)));
    }

    // The four language files hold the same keys.
    void textsAgree_data() { addFormRows(); }
    void textsAgree()
    {
        QFETCH(QString, dir);
        QString error;
        const QJsonObject english = readQJsonObject(dir + QStringLiteral("/i18n/en.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList englishKeys = english.keys();
        for (const QString &lang : kLanguages) {
            const QJsonObject other = readQJsonObject(
                dir + QStringLiteral("/i18n/") + lang + QStringLiteral(".json"), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList keys = other.keys();
            const QSet<QString> a(englishKeys.begin(), englishKeys.end());
            const QSet<QString> b(keys.begin(), keys.end());
            QStringList onlyEnglish = (a - b).values();
            QStringList onlyOther = (b - a).values();
            onlyEnglish.sort();
            onlyOther.sort();
            QVERIFY2(onlyEnglish.isEmpty() && onlyOther.isEmpty(),
                     qPrintable(QStringLiteral("%1.json lacks %2; has extra %3")
                                    .arg(lang, onlyEnglish.join(QStringLiteral(", ")),
                                         onlyOther.join(QStringLiteral(", ")))));
        }
    }

    void rendererFields_data() { addLanguageRows(); }
    void rendererFields()
    {
        QFETCH(QString, dir);
        QFETCH(QString, language);
        const CliRun run = runCli({QStringLiteral("form"), QStringLiteral("fields"), dir,
                                   QStringLiteral("--lang"), language});
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        int fields = 0;
        for (const QByteArray &line : run.out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            auto parsed = json::parse(std::string_view(line.constData(), std::size_t(line.size())));
            QVERIFY2(parsed, line.constData());
            QVERIFY2(!(*parsed)["label"].string().empty(),
                     qPrintable(QStringLiteral("no label: ") + QString::fromUtf8(line)));
            ++fields;
        }
        QVERIFY2(fields > 0, "the renderer shows no field");
    }

    void rendererRoundtrip_data() { addSampleRows(QStringLiteral("valid")); }
    // Loading a valid sample into the widgets and reading it back gives the same document.
    void rendererRoundtrip()
    {
        QFETCH(QString, dir);
        QFETCH(QString, sample);
        const QString path = dir + QStringLiteral("/samples/") + sample;
        const CliRun run = runCli({QStringLiteral("form"), QStringLiteral("roundtrip"), dir, path});
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        auto back = json::parse(std::string_view(run.out.constData(), std::size_t(run.out.size())));
        QVERIFY2(back, run.out.constData());
        auto [original, error] = readJson(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(*back == original, run.out.constData());
    }

    void catalogue()
    {
        QString error;
        const QJsonObject catalogue =
            readQJsonObject(formsDir() + QStringLiteral("/catalogue.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray forms = catalogue.value(QStringLiteral("forms")).toArray();
        QVERIFY(!forms.isEmpty());
        const QSet<QString> audiences = {QStringLiteral("self-employed"),
                                         QStringLiteral("employer"), QStringLiteral("helpdesk"),
                                         QStringLiteral("citizen")};
        QSet<QString> listed;
        for (const QJsonValue &entry : forms) {
            const QJsonObject form = entry.toObject();
            const QString id = form.value(QStringLiteral("id")).toString();
            QVERIFY2(!id.isEmpty(), "a catalogue entry without an id");
            QVERIFY2(
                QFileInfo(formsDir() + QLatin1Char('/') + id).isDir(),
                qPrintable(QStringLiteral("%1 is listed but forms/%1 does not exist").arg(id)));
            const QJsonArray versions = form.value(QStringLiteral("versions")).toArray();
            QVERIFY2(!versions.isEmpty(), qPrintable(id + QStringLiteral(": no versions")));
            for (const QJsonValue &v : versions) {
                QVERIFY2(v.isDouble() && v.toInt() >= 1 && v.toDouble() == v.toInt(),
                         qPrintable(id + QStringLiteral(": versions are positive integers")));
                const QString name = id + QLatin1Char('/') + QString::number(v.toInt());
                QVERIFY2(!listed.contains(name), qPrintable(name + QStringLiteral(" twice")));
                listed.insert(name);
                QVERIFY2(QFileInfo::exists(formsDir() + QLatin1Char('/') + name +
                                           QStringLiteral("/schema.json")),
                         qPrintable(name + QStringLiteral(" is listed but has no schema.json")));
            }
            const QJsonObject title = form.value(QStringLiteral("title")).toObject();
            for (const QString &lang : kLanguages)
                QVERIFY2(!title.value(lang).toString().trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1: no %2 title").arg(id, lang)));
            const QJsonArray formAudiences = form.value(QStringLiteral("audiences")).toArray();
            QVERIFY2(!formAudiences.isEmpty(), qPrintable(id + QStringLiteral(": no audience")));
            for (const QJsonValue &a : formAudiences)
                QVERIFY2(audiences.contains(a.toString()),
                         qPrintable(
                             QStringLiteral("%1: unknown audience \"%2\"").arg(id, a.toString())));
        }
        for (const FormVersion &form : formVersions())
            QVERIFY2(listed.contains(form.name()),
                     qPrintable(form.name() + QStringLiteral(" is not in forms/catalogue.json")));
    }
};

QTEST_GUILESS_MAIN(TestForms)
#include "tst_forms.moc"
