#include "openapichecker.h"

#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/schema/uri.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

#include <set>
#include <utility>

namespace guichet::testing {

namespace {

const std::set<std::string> kMethods = {"get",     "put",  "post",  "delete",
                                        "options", "head", "patch", "trace"};

// JSON Schema 2020-12 keywords whose value is a schema, a list of schemas or a map of schemas.
const std::set<std::string> kSingleSchema = {"items",
                                             "additionalProperties",
                                             "not",
                                             "contains",
                                             "propertyNames",
                                             "if",
                                             "then",
                                             "else",
                                             "unevaluatedItems",
                                             "unevaluatedProperties",
                                             "contentSchema"};
const std::set<std::string> kSchemaList = {"prefixItems", "allOf", "anyOf", "oneOf"};
const std::set<std::string> kSchemaMap = {"properties", "patternProperties", "$defs",
                                          "dependentSchemas"};

std::string child(const std::string &pointer, std::string_view token)
{
    std::string p = pointer;
    json::appendPointerToken(p, token);
    return p;
}

QString line(const std::string &pointer, const QString &what)
{
    return QString::fromStdString(pointer.empty() ? std::string("(root)") : pointer) +
           QStringLiteral(": ") + what;
}

QString errorText(const schema::ValidationError &e)
{
    QStringList args;
    for (const std::string &a : e.args)
        args << QString::fromStdString(a);
    return QStringLiteral("at \"%1\" fails %2 (%3) [schema %4]")
        .arg(QString::fromStdString(e.instanceLocation), QString::fromStdString(e.keyword),
             args.join(QStringLiteral(", ")), QString::fromStdString(e.keywordLocation));
}

// Whether a response status code means an error ("4XX", "404", "default" is not one).
bool isErrorStatus(const std::string &status)
{
    return !status.empty() && (status[0] == '4' || status[0] == '5');
}

} // namespace

std::string operationKey(std::string_view method, std::string_view path)
{
    std::string key;
    for (char c : method)
        key += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    key += ' ';
    path = path.substr(0, path.find('?'));
    constexpr std::string_view base = "/api/v1";
    if (path.substr(0, base.size()) == base &&
        (path.size() == base.size() || path[base.size()] == '/'))
        path.remove_prefix(base.size());
    while (path.size() > 1 && path.back() == '/')
        path.remove_suffix(1);
    bool inParameter = false;
    for (char c : path) {
        if (c == '{') {
            inParameter = true;
            key += "{}";
        } else if (c == '}') {
            inParameter = false;
        } else if (!inParameter) {
            key += c;
        }
    }
    return key;
}

OpenApiChecker::OpenApiChecker(json::Value document) : m_document(std::move(document))
{
    m_registry.addDocument(kBaseUri, m_document);
}

const json::Value *OpenApiChecker::at(const std::string &pointer) const
{
    return json::resolvePointer(m_document, pointer);
}

std::string OpenApiChecker::refTarget(const json::Value &value) const
{
    const json::Value *ref = value.find("$ref");
    if (!ref || !ref->isString())
        return {};
    return ref->string();
}

const json::Value *OpenApiChecker::resolveRef(const json::Value &value, bool follow) const
{
    const json::Value *current = &value;
    // A chain longer than this is a loop.
    for (int hop = 0; hop < 32; ++hop) {
        const std::string target = refTarget(*current);
        if (target.empty())
            return current;
        if (target[0] != '#')
            return nullptr;
        const json::Value *next = at(schema::uri::fragment(target));
        if (!next || !follow)
            return next;
        current = next;
    }
    return nullptr;
}

std::vector<OpenApiOperation> OpenApiChecker::operations() const
{
    std::vector<OpenApiOperation> out;
    const json::Value *paths = m_document.find("paths");
    if (!paths || !paths->isObject())
        return out;
    for (const auto &[path, item] : paths->objectMembers()) {
        if (!item.isObject())
            continue;
        for (const auto &[method, operation] : item.objectMembers()) {
            if (!kMethods.count(method) || !operation.isObject())
                continue;
            OpenApiOperation op;
            for (char c : method)
                op.method += char(c - 'a' + 'A');
            op.path = path;
            if (const json::Value *id = operation.find("operationId"); id && id->isString())
                op.operationId = id->string();
            op.pointer = child(child("/paths", path), method);
            out.push_back(std::move(op));
        }
    }
    return out;
}

std::vector<OpenApiExample> OpenApiChecker::operationExamples() const
{
    std::vector<OpenApiExample> out;
    auto fromContent = [&](const json::Value &holder, const std::string &holderPointer,
                           const OpenApiExample &base) {
        const json::Value *content = holder.find("content");
        if (!content || !content->isObject())
            return;
        for (const auto &[mediaType, media] : content->objectMembers()) {
            const std::string mediaPointer = child(child(holderPointer, "content"), mediaType);
            OpenApiExample e = base;
            e.mediaType = mediaType;
            e.schemaPointer = child(mediaPointer, "schema");
            if (const json::Value *example = media.find("example")) {
                e.pointer = child(mediaPointer, "example");
                e.value = example;
                out.push_back(e);
            }
            const json::Value *examples = media.find("examples");
            if (!examples || !examples->isObject())
                continue;
            for (const auto &[name, example] : examples->objectMembers()) {
                e.pointer = child(child(mediaPointer, "examples"), name);
                const std::string target = refTarget(example);
                if (!target.empty() && target[0] == '#')
                    e.pointer = schema::uri::fragment(target);
                const json::Value *resolved = resolveRef(example);
                e.value = resolved ? resolved->find("value") : nullptr;
                if (e.value)
                    out.push_back(e);
            }
        }
    };
    for (const OpenApiOperation &op : operations()) {
        const json::Value &operation = *at(op.pointer);
        OpenApiExample base;
        base.operationId = op.operationId;
        if (const json::Value *body = operation.find("requestBody")) {
            base.request = true;
            const std::string target = refTarget(*body);
            const std::string bodyPointer =
                target.empty() ? child(op.pointer, "requestBody") : schema::uri::fragment(target);
            if (const json::Value *resolved = resolveRef(*body))
                fromContent(*resolved, bodyPointer, base);
        }
        base.request = false;
        const json::Value *responses = operation.find("responses");
        if (!responses || !responses->isObject())
            continue;
        for (const auto &[status, response] : responses->objectMembers()) {
            base.status = status;
            const std::string target = refTarget(response);
            const std::string responsePointer = target.empty()
                                                    ? child(child(op.pointer, "responses"), status)
                                                    : schema::uri::fragment(target);
            if (const json::Value *resolved = resolveRef(response))
                fromContent(*resolved, responsePointer, base);
        }
    }
    return out;
}

std::vector<std::string> OpenApiChecker::schemaLocations() const
{
    std::vector<std::string> out;
    if (const json::Value *schemas = at("/components/schemas"); schemas && schemas->isObject())
        for (const auto &[name, s] : schemas->objectMembers())
            out.push_back(child("/components/schemas", name));
    // Outside /components/schemas, a member named "schema" only belongs to a parameter, a
    // header or a media type; examples are data and are not searched.
    std::function<void(const json::Value &, const std::string &)> walk =
        [&](const json::Value &v, const std::string &pointer) {
            if (v.isArray()) {
                for (std::size_t i = 0; i < v.size(); ++i)
                    walk(v[i], child(pointer, std::to_string(i)));
                return;
            }
            if (!v.isObject())
                return;
            for (const auto &[key, value] : v.objectMembers()) {
                const std::string p = child(pointer, key);
                if (p == "/components/schemas" || key == "example" || key == "examples")
                    continue;
                if (key == "schema" && (value.isObject() || value.isBool()))
                    out.push_back(p);
                else
                    walk(value, p);
            }
        };
    walk(m_document, "");
    return out;
}

QStringList OpenApiChecker::versionProblems() const
{
    QStringList problems;
    const json::Value *version = m_document.find("openapi");
    if (!version || !version->isString() || version->string().rfind("3.1.", 0) != 0)
        problems << line("/openapi", QStringLiteral("is not 3.1.x"));
    const json::Value *dialect = m_document.find("jsonSchemaDialect");
    if (!dialect || dialect->string() != schema::draftMetaschemaUri(schema::Draft::Draft2020_12))
        problems << line("/jsonSchemaDialect", QStringLiteral("is not JSON Schema 2020-12"));
    return problems;
}

QStringList OpenApiChecker::referenceProblems() const
{
    QStringList problems;
    enum class Context
    {
        Normal,
        NameMap,       // keys are names (properties, $defs...): each value is Normal
        ExampleMap,    // a map of Example Objects
        ExampleObject, // its "value" is data
        Data,          // example data: a "$ref" here is a literal, never resolved
    };
    std::function<void(const json::Value &, const std::string &, Context)> walk =
        [&](const json::Value &v, const std::string &pointer, Context context) {
            if (v.isArray()) {
                for (std::size_t i = 0; i < v.size(); ++i)
                    walk(v[i], child(pointer, std::to_string(i)),
                         context == Context::Data ? Context::Data : Context::Normal);
                return;
            }
            if (!v.isObject())
                return;
            for (const auto &[key, value] : v.objectMembers()) {
                const std::string p = child(pointer, key);
                if (context == Context::Data) {
                    if (key == "$ref")
                        problems << line(p, QStringLiteral("a $ref inside example data is sent "
                                                           "literally, never resolved"));
                    walk(value, p, Context::Data);
                    continue;
                }
                if (context == Context::NameMap) {
                    walk(value, p, Context::Normal);
                    continue;
                }
                if (context == Context::ExampleMap) {
                    walk(value, p, Context::ExampleObject);
                    continue;
                }
                if (key == "$ref") {
                    if (!value.isString()) {
                        problems << line(p, QStringLiteral("is not a string"));
                    } else if (value.string().empty() || value.string()[0] != '#') {
                        problems << line(p, QStringLiteral("\"%1\" is not a local reference")
                                                .arg(QString::fromStdString(value.string())));
                    } else if (!at(schema::uri::fragment(value.string()))) {
                        problems << line(p, QStringLiteral("\"%1\" does not resolve")
                                                .arg(QString::fromStdString(value.string())));
                    }
                    continue;
                }
                Context next = Context::Normal;
                if (kSchemaMap.count(key))
                    next = Context::NameMap;
                else if (key == "example" || key == "default" || key == "const" || key == "enum")
                    next = Context::Data;
                else if (key == "value" && context == Context::ExampleObject)
                    next = Context::Data;
                else if (key == "examples")
                    next = value.isArray() ? Context::Data : Context::ExampleMap;
                walk(value, p, next);
            }
        };
    walk(m_document, "", Context::Normal);
    return problems;
}

Expected<std::shared_ptr<const schema::CompiledSchema>>
OpenApiChecker::compiled(const std::string &pointer)
{
    if (auto it = m_compiled.find(pointer); it != m_compiled.end())
        return it->second;
    // A wrapper that points into the whole document, so that "#/components/schemas/X" inside
    // the schema resolves against the document as OpenAPI means it.
    json::Object wrapper;
    wrapper.insert("$ref", json::Value(std::string(kBaseUri) + "#" +
                                       schema::uri::percentEncodeFragment(pointer)));
    schema::CompileOptions options;
    options.registry = &m_registry;
    options.formatAssertion = true;
    auto result = schema::compile(json::Value(std::move(wrapper)), options);
    m_compiled.emplace(pointer, result);
    return result;
}

QStringList OpenApiChecker::validate(const json::Value &value, const std::string &schemaPointer,
                                     const std::string &where)
{
    auto schema = compiled(schemaPointer);
    if (!schema)
        return {
            line(where, QStringLiteral("its schema %1 does not compile: %2")
                            .arg(QString::fromStdString(schemaPointer), schema.error().message))};
    QStringList problems;
    const schema::ValidationResult result = (*schema)->validate(value);
    for (const schema::ValidationError &e : result.errors)
        problems << line(where, errorText(e));
    return problems;
}

const OpenApiOperation *OpenApiChecker::operationFor(std::string_view method, std::string_view path)
{
    if (m_operations.empty())
        m_operations = operations();
    const std::string wanted = operationKey(method, path);
    const std::string verb = wanted.substr(0, wanted.find(' '));
    const std::string concrete = wanted.substr(wanted.find(' ') + 1);
    auto segments = [](std::string_view p) {
        std::vector<std::string_view> out;
        std::size_t start = 0;
        while (start <= p.size()) {
            const std::size_t slash = std::min(p.find('/', start), p.size());
            out.push_back(p.substr(start, slash - start));
            start = slash + 1;
        }
        return out;
    };
    const auto parts = segments(concrete);
    const OpenApiOperation *best = nullptr;
    int bestLiterals = -1;
    for (const OpenApiOperation &op : m_operations) {
        const std::string key = operationKey(op.method, op.path);
        if (key == wanted)
            return &op;
        if (key.compare(0, verb.size() + 1, verb + ' ') != 0)
            continue;
        const auto template_ = segments(std::string_view(key).substr(verb.size() + 1));
        if (template_.size() != parts.size())
            continue;
        int literals = 0;
        bool ok = true;
        for (std::size_t i = 0; i < parts.size() && ok; ++i) {
            if (template_[i] == "{}")
                ok = !parts[i].empty();
            else
                ok = template_[i] == parts[i] && ++literals;
        }
        // The most literal template wins ("/me/audit" over a "/me/{x}").
        if (ok && literals > bestLiterals) {
            best = &op;
            bestLiterals = literals;
        }
    }
    return best;
}

QStringList OpenApiChecker::responseProblems(std::string_view method, std::string_view path,
                                             int status, std::string_view mediaType,
                                             const json::Value *body)
{
    const std::string request = std::string(method) + ' ' + std::string(path);
    const OpenApiOperation *op = operationFor(method, path);
    if (!op)
        return {QStringLiteral("%1: no operation of the contract")
                    .arg(QString::fromStdString(request))};
    const std::string code = std::to_string(status);
    const std::string responses = child(op->pointer, "responses");
    std::string responsePointer;
    for (const std::string &candidate : {code, code.substr(0, 1) + "XX", std::string("default")})
        if (at(child(responses, candidate))) {
            responsePointer = child(responses, candidate);
            break;
        }
    if (responsePointer.empty())
        return {line(responses, QStringLiteral("status %1 is not documented for %2")
                                    .arg(status)
                                    .arg(QString::fromStdString(request)))};
    const json::Value *response = resolveRef(*at(responsePointer));
    if (const std::string target = refTarget(*at(responsePointer)); !target.empty())
        responsePointer = schema::uri::fragment(target);
    if (!response)
        return {line(responsePointer, QStringLiteral("does not resolve"))};
    const json::Value *content = response->find("content");
    if (!body)
        return content && content->size() > 0
                   ? QStringList{line(responsePointer,
                                      QStringLiteral("documents a body; the answer has none"))}
                   : QStringList{};
    const std::string type(mediaType.substr(0, mediaType.find(';')));
    const json::Value *media = content ? content->find(type) : nullptr;
    if (!media)
        return {
            line(responsePointer,
                 QStringLiteral("does not document a %1 body").arg(QString::fromStdString(type)))};
    const std::string schemaPointer =
        child(child(child(responsePointer, "content"), type), "schema");
    if (!at(schemaPointer))
        return {};
    return validate(*body, schemaPointer, request + " " + code);
}

QStringList OpenApiChecker::schemaProblems()
{
    QStringList problems;
    for (const std::string &pointer : schemaLocations()) {
        auto schema = compiled(pointer);
        if (!schema)
            problems << line(pointer,
                             schema.error().code + QStringLiteral(" ") + schema.error().message);
    }
    return problems;
}

QStringList OpenApiChecker::exampleProblems()
{
    QStringList problems;
    // Examples beside each schema location: parameter, header and media type examples.
    for (const std::string &schemaPointer : schemaLocations()) {
        const std::string parent = schemaPointer.substr(0, schemaPointer.rfind('/'));
        const json::Value *holder = at(parent);
        if (!holder || parent == "/components/schemas")
            continue;
        if (const json::Value *example = holder->find("example"))
            problems << validate(*example, schemaPointer, child(parent, "example"));
        const json::Value *examples = holder->find("examples");
        if (!examples || !examples->isObject())
            continue;
        for (const auto &[name, example] : examples->objectMembers()) {
            // A shared example is reported where it is written, with where it is used.
            const std::string local = child(child(parent, "examples"), name);
            const std::string target = refTarget(example);
            const std::string where = target.empty() ? local : schema::uri::fragment(target);
            const json::Value *resolved = resolveRef(example);
            if (!resolved)
                continue; // referenceProblems() reports it
            const json::Value *value = resolved->find("value");
            if (!value) {
                if (!resolved->find("externalValue"))
                    problems << line(where, QStringLiteral("has no value"));
                continue;
            }
            for (const QString &problem : validate(*value, schemaPointer, where))
                problems << (target.empty() ? problem
                                            : problem + QStringLiteral(" (used at %1)")
                                                            .arg(QString::fromStdString(local)));
        }
    }

    // A schema's own "examples" and "default", at every depth.
    std::function<void(const json::Value &, const std::string &)> walk =
        [&](const json::Value &s, const std::string &pointer) {
            if (!s.isObject())
                return;
            if (const json::Value *examples = s.find("examples"); examples && examples->isArray())
                for (std::size_t i = 0; i < examples->size(); ++i)
                    problems << validate((*examples)[i], pointer,
                                         child(child(pointer, "examples"), std::to_string(i)));
            if (const json::Value *value = s.find("default"))
                problems << validate(*value, pointer, child(pointer, "default"));
            for (const auto &[key, value] : s.objectMembers()) {
                const std::string p = child(pointer, key);
                if (kSingleSchema.count(key)) {
                    walk(value, p);
                } else if (kSchemaList.count(key) && value.isArray()) {
                    for (std::size_t i = 0; i < value.size(); ++i)
                        walk(value[i], child(p, std::to_string(i)));
                } else if (kSchemaMap.count(key) && value.isObject()) {
                    for (const auto &[name, sub] : value.objectMembers())
                        walk(sub, child(p, name));
                }
            }
        };
    for (const std::string &pointer : schemaLocations())
        walk(*at(pointer), pointer);

    // Problems are consistent with the response they illustrate.
    for (const OpenApiExample &e : operationExamples()) {
        if (e.request || !isErrorStatus(e.status) || !e.value->isObject())
            continue;
        const json::Value &status = (*e.value)["status"];
        if (!status.isNumber() || status.number().text() != e.status)
            problems << line(e.pointer, QStringLiteral("status is not %1 (the response of %2)")
                                            .arg(QString::fromStdString(e.status),
                                                 QString::fromStdString(e.operationId)));
        const json::Value &type = (*e.value)["type"];
        const json::Value &reason = (*e.value)["reason"];
        if (type.string() != "urn:guichet:problem:" + reason.string())
            problems << line(e.pointer, QStringLiteral("type does not end with its reason"));
    }
    problems.removeDuplicates();
    return problems;
}

QStringList OpenApiChecker::missingExamples() const
{
    QStringList problems;
    auto check = [&](const json::Value &holder, const std::string &pointer) {
        const json::Value *content = holder.find("content");
        if (!content || !content->isObject())
            return;
        for (const auto &[mediaType, media] : content->objectMembers()) {
            const json::Value *examples = media.find("examples");
            const bool has =
                media.find("example") || (examples && examples->isObject() && examples->size() > 0);
            if (!has)
                problems << line(child(child(pointer, "content"), mediaType),
                                 QStringLiteral("has no example"));
        }
    };
    for (const OpenApiOperation &op : operations()) {
        const json::Value &operation = *at(op.pointer);
        if (const json::Value *body = operation.find("requestBody"))
            if (const json::Value *resolved = resolveRef(*body))
                check(*resolved, child(op.pointer, "requestBody"));
        const json::Value *responses = operation.find("responses");
        if (!responses || !responses->isObject())
            continue;
        for (const auto &[status, response] : responses->objectMembers())
            if (const json::Value *resolved = resolveRef(response))
                check(*resolved, child(child(op.pointer, "responses"), status));
    }
    problems.removeDuplicates();
    return problems;
}

QStringList OpenApiChecker::operationProblems() const
{
    QStringList problems;
    std::set<std::string> declaredTags;
    if (const json::Value *tags = m_document.find("tags"); tags && tags->isArray())
        for (const json::Value &tag : tags->arrayItems())
            declaredTags.insert(tag["name"].string());
    const json::Value *schemes = at("/components/securitySchemes");
    auto checkSecurity = [&](const json::Value &security, const std::string &pointer) {
        for (std::size_t i = 0; i < security.size(); ++i)
            for (const auto &[name, scopes] : security[i].objectMembers())
                if (!schemes || !schemes->find(name))
                    problems << line(child(pointer, std::to_string(i)),
                                     QStringLiteral("security scheme \"%1\" is not declared")
                                         .arg(QString::fromStdString(name)));
    };
    if (const json::Value *security = m_document.find("security"))
        checkSecurity(*security, "/security");

    static const QRegularExpression templateParameter(QStringLiteral("\\{([^}]+)\\}"));
    std::set<std::string> operationIds;
    for (const OpenApiOperation &op : operations()) {
        const json::Value &operation = *at(op.pointer);
        if (op.operationId.empty())
            problems << line(op.pointer, QStringLiteral("has no operationId"));
        else if (!operationIds.insert(op.operationId).second)
            problems << line(
                child(op.pointer, "operationId"),
                QStringLiteral("\"%1\" is used twice").arg(QString::fromStdString(op.operationId)));
        const json::Value &tags = operation["tags"];
        if (!tags.isArray() || tags.size() == 0)
            problems << line(op.pointer, QStringLiteral("has no tags"));
        for (const json::Value &tag : tags.arrayItems())
            if (!declaredTags.count(tag.string()))
                problems << line(child(op.pointer, "tags"),
                                 QStringLiteral("tag \"%1\" is not declared in /tags")
                                     .arg(QString::fromStdString(tag.string())));
        if (const json::Value *security = operation.find("security"))
            checkSecurity(*security, child(op.pointer, "security"));

        // Path parameters: the path item's and the operation's, each must be in the template.
        std::set<std::string> declared;
        const std::string itemPointer = op.pointer.substr(0, op.pointer.rfind('/'));
        for (const std::string &holder : {itemPointer, op.pointer}) {
            const json::Value *parameters = at(child(holder, "parameters"));
            if (!parameters)
                continue;
            for (std::size_t i = 0; i < parameters->size(); ++i) {
                const json::Value *parameter = resolveRef((*parameters)[i]);
                if (!parameter || (*parameter)["in"].string() != "path")
                    continue;
                const std::string name = (*parameter)["name"].string();
                declared.insert(name);
                const std::string where = child(child(holder, "parameters"), std::to_string(i));
                if (op.path.find("{" + name + "}") == std::string::npos)
                    problems << line(where, QStringLiteral("path parameter \"%1\" is not in %2")
                                                .arg(QString::fromStdString(name),
                                                     QString::fromStdString(op.path)));
                if (!(*parameter)["required"].toBool())
                    problems << line(where, QStringLiteral("path parameter \"%1\" is not required")
                                                .arg(QString::fromStdString(name)));
            }
        }
        auto it = templateParameter.globalMatch(QString::fromStdString(op.path));
        while (it.hasNext()) {
            const std::string name = it.next().captured(1).toStdString();
            if (!declared.count(name))
                problems << line(op.pointer, QStringLiteral("declares no path parameter \"%1\"")
                                                 .arg(QString::fromStdString(name)));
        }

        const json::Value &responses = operation["responses"];
        if (!responses.isObject() || responses.size() == 0)
            problems << line(op.pointer, QStringLiteral("has no responses"));
        for (const auto &[status, response] : responses.objectMembers()) {
            if (!isErrorStatus(status))
                continue;
            const json::Value *resolved = resolveRef(response);
            if (!resolved)
                continue;
            const json::Value &content = (*resolved)["content"];
            const bool problemOnly =
                content.size() == 1 && content.find("application/problem+json");
            if (!problemOnly)
                problems << line(child(child(op.pointer, "responses"), status),
                                 QStringLiteral("is not answered as application/problem+json"));
        }
    }
    return problems;
}

} // namespace guichet::testing
