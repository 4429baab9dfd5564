// api/openapi.yaml, the normative portal contract, checked with Guichet's own JSON model and
// schema engine: it is OpenAPI 3.1, every reference resolves, every schema compiles, every
// example fits its schema (and the form data in examples fits the form), every operation of
// docs/API.md is there with its security and examples. A broken copy shows the checks can fail.
#include "openapichecker.h"

#include "core/eid/webeidtoken.h"
#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/writer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <optional>
#include <set>

using namespace guichet;
using guichet::testing::OpenApiChecker;

namespace {

json::Value loadContract()
{
    QFile file(QStringLiteral(GUICHET_OPENAPI_JSON));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    return parsed ? std::move(parsed).value() : json::Value();
}

QString report(const QStringList &problems)
{
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) +
           problems.join(QStringLiteral("\n  "));
}

// The problems of form data against forms/<id>/<version>/schema.json (formats asserted).
QStringList formProblems(const json::Value &data, const std::string &formId, int version,
                         const std::string &where)
{
    const QString dir = QStringLiteral(GUICHET_SOURCE_FORMS_DIR "/%1/%2")
                            .arg(QString::fromStdString(formId))
                            .arg(version);
    auto form = forms::FormDefinition::load(dir);
    if (!form)
        return {QString::fromStdString(where) +
                QStringLiteral(": form %1 does not load: %2").arg(dir, form.error().message)};
    QStringList problems;
    for (const schema::ValidationError &e : (*form)->compiled()->validate(data).errors)
        problems << QString::fromStdString(where) +
                        QStringLiteral(": data at \"%1\" fails %2 of %3/%4")
                            .arg(QString::fromStdString(e.instanceLocation),
                                 QString::fromStdString(e.keyword), QString::fromStdString(formId))
                            .arg(version);
    return problems;
}

bool verifyEs256(const QByteArray &certificateDer, const QByteArray &rawSignature,
                 const QByteArray &data)
{
    auto der = eid::rawEcdsaToDer(rawSignature);
    if (!der)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> certificate(
        d2i_X509(nullptr, &p, long(certificateDer.size())), X509_free);
    if (!certificate)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(certificate.get());
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    EVP_MD_CTX_free);
    if (!key || !context ||
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char *>(der->constData()),
               std::size_t(der->size()), reinterpret_cast<const unsigned char *>(data.constData()),
               std::size_t(data.size())) == 1;
}

QByteArray compact(const json::Value &value)
{
    return QByteArray::fromStdString(json::serialize(value));
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isOpenApi31();
    void referencesResolve();
    void schemasCompile();
    void examplesFitTheirSchemas();
    void everyBodyHasAnExample();
    void operationsAreWellFormed();
    void operationOfApiMd_data();
    void operationOfApiMd();
    void formDataInExamplesFitsTheForm();
    void receiptExampleIsSigned();
    void answerAgainstTheContract_data();
    void answerAgainstTheContract();
    void brokenCopyIsReported_data();
    void brokenCopyIsReported();

private:
    std::optional<OpenApiChecker> m_checker;
};

void TestOpenApi::initTestCase()
{
    json::Value document = loadContract();
    QVERIFY2(document.isObject(),
             "cannot read " GUICHET_OPENAPI_JSON " (built from api/openapi.yaml)");
    m_checker.emplace(std::move(document));
}

void TestOpenApi::isOpenApi31()
{
    const QStringList problems = m_checker->versionProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestOpenApi::referencesResolve()
{
    const QStringList problems = m_checker->referenceProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestOpenApi::schemasCompile()
{
    // Every component and a good share of inline schemas: the walk must find them all.
    QVERIFY(m_checker->schemaLocations().size() > 60);
    const QStringList problems = m_checker->schemaProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestOpenApi::examplesFitTheirSchemas()
{
    QVERIFY(m_checker->operationExamples().size() > 60);
    const QStringList problems = m_checker->exampleProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestOpenApi::everyBodyHasAnExample()
{
    const QStringList problems = m_checker->missingExamples();
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestOpenApi::operationsAreWellFormed()
{
    const QStringList problems = m_checker->operationProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestOpenApi::operationOfApiMd_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("security"); // "none", "bearer" or "adminBearer"

    auto row = [](const char *method, const char *path, const char *security) {
        QTest::addRow("%s %s", method, path)
            << QString::fromLatin1(method) << QString::fromLatin1(path)
            << QString::fromLatin1(security);
    };
    row("POST", "/auth/challenge", "none");
    row("POST", "/auth/token", "none");
    row("GET", "/me", "bearer");
    row("GET", "/me/audit", "bearer");
    row("GET", "/forms", "none");
    row("GET", "/forms/{id}/{version}", "none");
    row("POST", "/declarations", "bearer");
    row("GET", "/declarations", "bearer");
    row("GET", "/declarations/{id}", "bearer");
    row("GET", "/declarations/{id}/receipt", "bearer");
    row("GET", "/enterprises/{enterpriseNumber}/staff", "bearer");
    row("POST", "/enterprises/{enterpriseNumber}/staff", "bearer");
    row("GET", "/enterprises/{enterpriseNumber}/staff/{id}", "bearer");
    row("PUT", "/enterprises/{enterpriseNumber}/staff/{id}", "bearer");
    row("POST", "/enterprises/{enterpriseNumber}/staff/{id}/end", "bearer");
    row("GET", "/enterprises/{enterpriseNumber}/dimona-periods", "bearer");
    row("GET", "/citizens/{nationalNumber}/quotas", "bearer");
    row("GET", "/citizens/{nationalNumber}/contributions", "bearer");
    row("GET", "/helpdesk/citizens/{nationalNumber}", "bearer");
    row("GET", "/admin/faults", "adminBearer");
    row("PUT", "/admin/faults", "adminBearer");
    row("POST", "/admin/identities", "adminBearer");
    row("GET", "/admin/declarations", "adminBearer");
    row("GET", "/health", "none");
}

void TestOpenApi::operationOfApiMd()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, security);

    const json::Value &document = m_checker->document();
    const json::Value *operation =
        document["paths"][path.toStdString()].find(method.toLower().toStdString());
    QVERIFY2(operation, "the operation is missing");
    // The operation's own "security" wins over the document's.
    const json::Value *requirements = operation->find("security");
    if (!requirements)
        requirements = document.find("security");
    QVERIFY(requirements && requirements->isArray());
    if (security == QLatin1String("none")) {
        QCOMPARE(requirements->size(), std::size_t(0));
    } else {
        QCOMPARE(requirements->size(), std::size_t(1));
        QVERIFY((*requirements)[0].find(security.toStdString()));
        QCOMPARE((*requirements)[0].size(), std::size_t(1));
    }
    const json::Value &responses = (*operation)["responses"];
    QVERIFY2(responses.find(security == QLatin1String("none") ? "200" : "401") ||
                 responses.find("201"),
             "no success or 401 answer");
}

void TestOpenApi::formDataInExamplesFitsTheForm()
{
    QStringList problems;
    int checked = 0;
    const std::set<std::string> staffOperations = {
        "listStaff", "createStaffRecord", "getStaffRecord", "updateStaffRecord", "endStaffRecord"};
    for (const auto &e : m_checker->operationExamples()) {
        const json::Value &v = *e.value;
        if (e.operationId == "submitDeclaration" && e.request) {
            problems << formProblems(v["data"], v["formId"].string(),
                                     int(v["formVersion"].toDouble()), e.pointer);
            ++checked;
        } else if (staffOperations.count(e.operationId)) {
            if (e.request && e.operationId != "endStaffRecord") {
                problems << formProblems(v, "staff-record", 1, e.pointer);
                ++checked;
            }
            std::vector<const json::Value *> records;
            if (!e.request) {
                if (v.find("data"))
                    records.push_back(&v);
                if (v.find("current"))
                    records.push_back(&v["current"]);
                for (const json::Value &record : v["staff"].arrayItems())
                    records.push_back(&record);
            }
            for (const json::Value *record : records) {
                problems << formProblems((*record)["data"], "staff-record", 1, e.pointer);
                ++checked;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    QVERIFY2(checked >= 8, "too few examples carry form data");
}

void TestOpenApi::receiptExampleIsSigned()
{
    const json::Value &document = m_checker->document();
    const json::Value *receipt =
        json::resolvePointer(document, "/components/examples/ReceiptStudentWarning/value");
    const json::Value *request = json::resolvePointer(
        document, "/components/examples/DeclarationRequestDimonaStudent/value");
    QVERIFY(receipt && request);

    // Members in the order the schema gives: the signature covers that order.
    const json::Value &properties = document["components"]["schemas"]["Receipt"]["properties"];
    QCOMPARE(receipt->size(), properties.size());
    for (std::size_t i = 0; i < properties.size(); ++i)
        QCOMPARE(receipt->objectMembers().at(i).first, properties.objectMembers().at(i).first);

    const QByteArray dataHash =
        QCryptographicHash::hash(compact((*request)["data"]), QCryptographicHash::Sha256).toHex();
    QCOMPARE(QByteArray::fromStdString((*receipt)["dataSha256"].string()), dataHash);

    json::Value unsigned_ = *receipt;
    unsigned_.objectRef().remove("signature");
    const json::Value &signature = (*receipt)["signature"];
    QVERIFY(verifyEs256(
        QByteArray::fromBase64(QByteArray::fromStdString(signature["certificate"].string())),
        QByteArray::fromBase64(QByteArray::fromStdString(signature["value"].string())),
        compact(unsigned_)));
    // And not over anything else.
    unsigned_.objectRef().insert("ticket", json::Value("GCH-2026-000043"));
    QVERIFY(!verifyEs256(
        QByteArray::fromBase64(QByteArray::fromStdString(signature["certificate"].string())),
        QByteArray::fromBase64(QByteArray::fromStdString(signature["value"].string())),
        compact(unsigned_)));
}

void TestOpenApi::answerAgainstTheContract_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("body");     // JSON text; empty: no body
    QTest::addColumn<QString>("expected"); // the start of the first problem; empty: none

    const QString json = QStringLiteral("application/json");
    const QString problem = QStringLiteral("application/problem+json");
    QTest::newRow("an answer that fits")
        << "GET"
        << "/api/v1/health" << 200 << json << R"({"status":"ok","version":"0.1.0"})"
        << "";
    QTest::newRow("members beyond the contract are allowed")
        << "GET"
        << "/health" << 200 << "application/json; charset=utf-8"
        << R"({"status":"ok","version":"0.1.0","uptime":5})"
        << "";
    QTest::newRow("a concrete path finds its template")
        << "GET"
        << "/api/v1/declarations/32c0c099" << 404 << problem
        << R"({"type":"urn:guichet:problem:not-found","title":"Not found","status":404,)"
           R"("reason":"not-found"})"
        << "";
    QTest::newRow("not modified, no body") << "GET"
                                           << "/forms" << 304 << ""
                                           << ""
                                           << "";
    QTest::newRow("a member missing") << "GET"
                                      << "/health" << 200 << json << R"({"status":"ok"})"
                                      << "GET /health 200: at \"\" fails required";
    QTest::newRow("an identifier with a bad checksum")
        << "GET"
        << "/api/v1/helpdesk/citizens/60022401752" << 200 << json
        << R"({"nationalNumber":"60022401753","name":"André Lemaire","address":"","roles":[]})"
        << "GET /api/v1/helpdesk/citizens/60022401752 200: at \"/nationalNumber\" fails format";
    QTest::newRow("a problem with a reason the contract does not have")
        << "GET"
        << "/me" << 401 << problem
        << R"({"type":"urn:guichet:problem:nope","title":"x","status":401,"reason":"nope"})"
        << "GET /me 401: at \"/reason\" fails enum";
    QTest::newRow("an undocumented status")
        << "GET"
        << "/health" << 404 << problem << "{}"
        << "/paths/~1health/get/responses: status 404 is not documented";
    QTest::newRow("an error as plain JSON")
        << "GET"
        << "/me" << 401 << json << "{}"
        << "/components/responses/Unauthenticated: does not document a application/json body";
    QTest::newRow("a body missing") << "GET"
                                    << "/me" << 200 << json << ""
                                    << "/paths/~1me/get/responses/200: documents a body";
    QTest::newRow("no such operation") << "DELETE"
                                       << "/me" << 200 << json << "{}"
                                       << "DELETE /me: no operation of the contract";
}

void TestOpenApi::answerAgainstTheContract()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, mediaType);
    QFETCH(QString, body);
    QFETCH(QString, expected);

    std::optional<json::Value> value;
    if (!body.isEmpty()) {
        const QByteArray text = body.toUtf8();
        auto parsed = json::parse(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(parsed);
        value = std::move(parsed).value();
    }
    const QStringList problems =
        m_checker->responseProblems(method.toStdString(), path.toStdString(), status,
                                    mediaType.toStdString(), value ? &*value : nullptr);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    } else {
        QVERIFY2(!problems.isEmpty() && problems.first().startsWith(expected),
                 qPrintable(QStringLiteral("expected a first line starting with\n  %1\ngot %2")
                                .arg(expected, report(problems))));
    }
}

void TestOpenApi::brokenCopyIsReported_data()
{
    QTest::addColumn<QString>("pointer");     // what to change in a copy of the contract
    QTest::addColumn<QString>("replacement"); // JSON text, or empty to remove the member
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("expected"); // the start of a line of the report

    QTest::newRow("dangling $ref in a schema")
        << "/components/schemas/Health/properties/status"
        << R"({"$ref": "#/components/schemas/Nope"})"
        << "references"
        << "/components/schemas/Health/properties/status/$ref: \"#/components/schemas/Nope\"";
    QTest::newRow("schema with a dangling $ref does not compile")
        << "/components/schemas/Health/properties/status"
        << R"({"$ref": "#/components/schemas/Nope"})"
        << "schemas"
        << "/components/schemas/Health: schema.unresolvedRef";
    QTest::newRow("dangling $ref to a response") << "/paths/~1health/get/responses/500"
                                                 << R"({"$ref": "#/components/responses/Nope"})"
                                                 << "references"
                                                 << "/paths/~1health/get/responses/500/$ref";
    QTest::newRow("reference to another file")
        << "/paths/~1health/get/responses/500"
        << R"({"$ref": "errors.yaml#/InternalError"})"
        << "references"
        << "/paths/~1health/get/responses/500/$ref: \"errors.yaml#/InternalError\" is not a local";
    QTest::newRow("$ref written inside example data")
        << "/components/examples/FaultsOff/value/paths"
        << R"({"$ref": "#/components/schemas/Faults"})"
        << "references"
        << "/components/examples/FaultsOff/value/paths/$ref: a $ref inside example data";
    QTest::newRow("invalid schema keyword")
        << "/components/schemas/Health/properties/version/minLength"
        << "-1"
        << "schemas"
        << "/components/schemas/Health: schema.invalidKeyword";
    QTest::newRow("request example that does not fit")
        << "/components/examples/TokenRequestThomas/value/authToken/format"
        << R"("web-eid:2.0")"
        << "examples"
        << "/components/examples/TokenRequestThomas: at \"/authToken/format\" fails const";
    QTest::newRow("response example with a bad checksum")
        << "/components/examples/IdentityThomas/value/nationalNumber"
        << R"("86031412324")"
        << "examples"
        << "/components/examples/IdentityThomas: at \"/nationalNumber\" fails format";
    QTest::newRow("inline response example that does not fit")
        << "/paths/~1health/get/responses/200/content/application~1json/examples/ok/value/status"
        << R"("degraded")"
        << "examples"
        << "/paths/~1health/get/responses/200/content/application~1json/examples/ok: at "
           "\"/status\" fails const";
    QTest::newRow("declaration with an unknown status")
        << "/components/examples/DeclarationReceived/value/status"
        << R"("queued")"
        << "examples"
        << "/components/examples/DeclarationReceived: at \"/status\" fails enum";
    QTest::newRow("processed declaration without its result")
        << "/components/examples/DeclarationRefused/value/result"
        << "null"
        << "examples"
        << "/components/examples/DeclarationRefused: at \"/result\" fails type";
    QTest::newRow("schema examples that do not fit")
        << "/components/schemas/EnterpriseNumber/examples/0"
        << R"("0403019262")"
        << "examples"
        << "/components/schemas/EnterpriseNumber/examples/0: at \"\" fails format";
    QTest::newRow("nested schema default that does not fit")
        << "/components/schemas/Faults/properties/latencyMs/default"
        << "-5"
        << "examples"
        << "/components/schemas/Faults/properties/latencyMs/default: at \"\" fails minimum";
    QTest::newRow("parameter example that does not fit")
        << "/components/parameters/NationalNumber/example"
        << R"("8603141232")"
        << "examples"
        << "/components/parameters/NationalNumber/example: at \"\" fails pattern";
    QTest::newRow("problem example under the wrong status")
        << "/components/examples/ProblemNoMandate/value/status"
        << "401"
        << "examples"
        << "/components/examples/ProblemNoMandate: status is not 403";
    QTest::newRow("response without example")
        << "/paths/~1health/get/responses/200/content/application~1json/examples"
        << ""
        << "missing"
        << "/paths/~1health/get/responses/200/content/application~1json: has no example";
    QTest::newRow("undeclared path parameter")
        << "/paths/~1forms~1{id}~1{version}/parameters/1"
        << ""
        << "operations"
        << "/paths/~1forms~1{id}~1{version}/get: declares no path parameter \"version\"";
    QTest::newRow("duplicate operationId")
        << "/paths/~1health/get/operationId"
        << R"("getMe")"
        << "operations"
        << "/paths/~1health/get/operationId: \"getMe\" is used twice";
    QTest::newRow("error answered as plain JSON")
        << "/components/responses/NotFound/content"
        << R"({"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}})"
        << "operations"
        << "/paths/~1declarations~1{id}/get/responses/404: is not answered as "
           "application/problem+json";
    QTest::newRow("not OpenAPI 3.1") << "/openapi"
                                     << R"("3.0.3")"
                                     << "version"
                                     << "/openapi: is not 3.1.x";
}

void TestOpenApi::brokenCopyIsReported()
{
    QFETCH(QString, pointer);
    QFETCH(QString, replacement);
    QFETCH(QString, check);
    QFETCH(QString, expected);

    json::Value copy = m_checker->document();
    const std::string where = pointer.toStdString();
    QVERIFY2(json::resolvePointer(copy, where.substr(0, where.rfind('/'))),
             "the row's place does not exist");
    if (replacement.isEmpty()) {
        QVERIFY(json::removePointer(copy, where));
    } else {
        const QByteArray text = replacement.toUtf8();
        auto value = json::parse(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(value);
        QVERIFY(json::setPointer(copy, where, std::move(value).value()));
    }

    OpenApiChecker broken(std::move(copy));
    QStringList problems;
    if (check == QLatin1String("version"))
        problems = broken.versionProblems();
    else if (check == QLatin1String("references"))
        problems = broken.referenceProblems();
    else if (check == QLatin1String("schemas"))
        problems = broken.schemaProblems();
    else if (check == QLatin1String("examples"))
        problems = broken.exampleProblems();
    else if (check == QLatin1String("missing"))
        problems = broken.missingExamples();
    else if (check == QLatin1String("operations"))
        problems = broken.operationProblems();
    QVERIFY2(!problems.isEmpty(), "the broken copy passes");
    bool found = false;
    for (const QString &problem : problems)
        found = found || problem.startsWith(expected);
    QVERIFY2(found, qPrintable(QStringLiteral("expected a line starting with\n  %1\ngot %2")
                                   .arg(expected, report(problems))));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
