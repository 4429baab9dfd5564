// The sandbox's business rules and schema check as pure functions: every rule's positive and
// negative case against a small world (RuleFacts), the anomaly's code, severity and pointer, and
// its message in the four languages.
#include "rules/declarationchecker.h"
#include "rules/rulecontext.h"
#include "seed.h"

#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/writer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <set>

using namespace guichet;
using namespace guichet::sandbox;
using namespace guichet::sandbox::rules;

namespace {

// The world of these tests. Submissions happen on Wednesday 15 April 2026, 10:00 UTC.
const QString kDeclarant = QStringLiteral("86031412323"); // Thomas Janssens
const QString kBrasserie = QStringLiteral("0403019261");  // mandated, worker types restricted
const QString kOther = QStringLiteral("0457123485");      // mandated, no restriction on file
const QString kStranger = QStringLiteral("0812345603");   // known, not mandated
const QString kUnknown = QStringLiteral("0765432146");    // not in the repertory
const QString kWorker = QStringLiteral("85073003328");    // Jan Peeters, 1985-07-30, M
const QString kStudent = QStringLiteral("03091108729");   // 500 student hours used in 2026
const QString kFlexi = QStringLiteral("90021512370");     // flexi-eligible
const QString kNotFlexi = QStringLiteral("92063024454");  // not flexi-eligible

QString period(quint64 sequence)
{
    return makeDimonaPeriodId(sequence);
}
const QString kOpen = period(1001);           // Brasserie, OTH, from 2026-03-01
const QString kClosed = period(1002);         // Brasserie, OTH, 2025
const QString kCancelled = period(1003);      // Brasserie, OTH, cancelled
const QString kForeign = period(1004);        // another employer's
const QString kStudentPeriod = period(1005);  // Brasserie, STU, 100 planned hours
const QString kFlexiPeriod = period(1006);    // Brasserie, FLX, kFlexi, from 2025-01-01
const QString kExtraPeriod = period(1007);    // Brasserie, EXT
const QString kTomorrow = period(1008);       // Brasserie, OTH, from 2026-04-16
const QString kNotFlexiPeriod = period(1009); // Brasserie, FLX, kNotFlexi
const QString kMissing = period(4242);        // check digits right, on file nowhere

RuleFacts world(const QString &onBehalfOf, const QString &variant)
{
    RuleFacts facts;
    facts.filingData.declarantNationalNumber = kDeclarant;
    facts.filingData.declarantRoles = {QStringLiteral("citizen"), QStringLiteral("self-employed"),
                                       QStringLiteral("employer"), QStringLiteral("helpdesk")};
    if (variant == QLatin1String("no-helpdesk-role"))
        facts.filingData.declarantRoles.removeAll(QStringLiteral("helpdesk"));
    facts.filingData.mandatedEnterprises = {kBrasserie, kOther};
    facts.filingData.onBehalfOf = onBehalfOf;
    facts.filingData.submittedAt = QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC);
    if (variant == QLatin1String("monday"))
        facts.filingData.submittedAt = QDateTime(QDate(2026, 4, 13), QTime(10, 0), Qt::UTC);

    facts.enterprises = {kBrasserie, kOther, kStranger};
    facts.nssoNumbers = {{QStringLiteral("012345674"), kBrasserie},
                         {QStringLiteral("012345675"), kBrasserie}};
    facts.workerTypes = {{kBrasserie,
                          {QStringLiteral("OTH"), QStringLiteral("STU"), QStringLiteral("FLX"),
                           QStringLiteral("EXT"), QStringLiteral("O17")}}};
    using State = DimonaPeriodFacts::State;
    auto add = [&](const QString &id, const QString &employer, const QString &worker,
                   const char *type, QDate start, QDate end, State state, int planned = 0) {
        facts.periods.append(
            {id, employer, worker, QString::fromLatin1(type), start, end, {}, planned, state});
    };
    add(kOpen, kBrasserie, kWorker, "OTH", {2026, 3, 1}, {}, State::Open);
    add(kClosed, kBrasserie, kWorker, "OTH", {2025, 1, 1}, {2025, 12, 31}, State::Closed);
    add(kCancelled, kBrasserie, kWorker, "OTH", {2026, 4, 20}, {}, State::Cancelled);
    add(kForeign, kStranger, kWorker, "OTH", {2026, 1, 1}, {}, State::Open);
    add(kStudentPeriod, kBrasserie, kStudent, "STU", {2026, 4, 20}, {2026, 6, 30}, State::Open,
        100);
    add(kFlexiPeriod, kBrasserie, kFlexi, "FLX", {2025, 1, 1}, {}, State::Open);
    add(kExtraPeriod, kBrasserie, kWorker, "EXT", {2026, 4, 20}, {2026, 4, 20}, State::Open);
    add(kTomorrow, kBrasserie, kWorker, "OTH", {2026, 4, 16}, {}, State::Open);
    add(kNotFlexiPeriod, kBrasserie, kNotFlexi, "FLX", {2026, 1, 1}, {}, State::Open);

    facts.flexiEligibility = {{kFlexi, true}, {kNotFlexi, false}};
    facts.hours = {{kStudent + QStringLiteral("/2026/STU"), 500},
                   {kWorker + QStringLiteral("/2026/ART17"), 280}};
    facts.article17 = HourQuota{300, variant != QLatin1String("art17-unverified")};
    facts.flexiEarnings = {{kFlexi + QStringLiteral("/2025"), 1790000},
                           {kNotFlexi + QStringLiteral("/2025"), 1790000}};
    facts.people = {{kDeclarant, QStringLiteral("Thomas"), QStringLiteral("Janssens"), false},
                    {kWorker, QStringLiteral("Jan"), QStringLiteral("Peeters"), false},
                    {kFlexi, QStringLiteral("Luc"), QStringLiteral("Maes"),
                     variant == QLatin1String("pensioner")}};
    facts.flexiDeclarations = {{QStringLiteral("GCH-2026-000001"), kBrasserie, kFlexi,
                                QStringLiteral("6f1c2a7e-4b1d-4c8e-9a3f-2d5b7e9c1a04"), false},
                               {QStringLiteral("GCH-2026-000002"), kBrasserie, kFlexi,
                                QStringLiteral("6f1c2a7e-4b1d-4c8e-9a3f-2d5b7e9c1a04"), true}};
    return facts;
}

// --- Documents: a valid base per form, then patches (pointer -> JSON text; null: remove) ----

using Patch = QList<QPair<QString, QByteArray>>;

QByteArray patched(const char *base, const Patch &patch)
{
    auto document = json::parse(base);
    if (!document)
        qFatal("bad base document: %s", qPrintable(document.error().message));
    json::Value value = std::move(*document);
    for (const auto &[pointer, text] : patch) {
        if (text.isNull()) {
            if (!json::removePointer(value, pointer.toStdString()))
                qFatal("cannot remove %s", qPrintable(pointer));
            continue;
        }
        auto replacement = json::parse(text.toStdString());
        if (!replacement ||
            !json::setPointer(value, pointer.toStdString(), std::move(*replacement)))
            qFatal("cannot set %s", qPrintable(pointer));
    }
    return QByteArray::fromStdString(json::serialize(value));
}

QByteArray quoted(const QString &text)
{
    return '"' + text.toUtf8() + '"';
}

const char *kDimonaIn = R"({
  "declarationType": "IN",
  "employer": {"enterpriseNumber": "0403019261"},
  "worker": {"ssin": "85073003328"},
  "dimonaIn": {"startDate": "2026-04-20", "features": {"workerType": "OTH"}}
})";

const char *kDimonaFlexi = R"({
  "declarationType": "IN",
  "employer": {"enterpriseNumber": "0403019261"},
  "worker": {"ssin": "90021512370"},
  "dimonaIn": {"startDate": "2026-04-25", "startHour": "1800", "endDate": "2026-04-25",
               "endHour": "2330", "features": {"workerType": "FLX", "jointCommissionNumber": "302"}}
})";

const char *kDimonaStudent = R"({
  "declarationType": "IN",
  "employer": {"enterpriseNumber": "0403019261"},
  "worker": {"ssin": "03091108729"},
  "dimonaIn": {"startDate": "2026-07-01", "endDate": "2026-08-31", "plannedHoursNumber": 50,
               "features": {"workerType": "STU", "jointCommissionNumber": "302"}}
})";

const char *kDimonaUnidentified = R"({
  "declarationType": "IN",
  "employer": {"enterpriseNumber": "0403019261"},
  "worker": {"lastName": "Kowalska", "firstName": "Agnieszka", "birthDate": "1994-03-12",
             "sex": "F", "nationality": "PL",
             "address": {"street": "Rue de la Station", "houseNumber": "14", "postalCode": "5000",
                         "municipality": "Namur", "country": "BE"}},
  "dimonaIn": {"startDate": "2026-04-20", "features": {"workerType": "OTH"}}
})";

const char *kDimonaOut = R"({
  "declarationType": "OUT",
  "employer": {"enterpriseNumber": "0403019261"},
  "dimonaOut": {"periodId": "000000100166", "endDate": "2026-04-15"}
})";

const char *kDimonaUpdate = R"({
  "declarationType": "UPDATE",
  "employer": {"enterpriseNumber": "0403019261"},
  "dimonaUpdate": {"periodId": "000000100166", "startDate": "2026-03-01", "endDate": "2026-05-31"}
})";

const char *kDimonaCancel = R"({
  "declarationType": "CANCEL",
  "employer": {"enterpriseNumber": "0403019261"},
  "dimonaCancel": {"periodId": "000000100166"}
})";

const char *kDmfa = R"({
  "quarter": "20261",
  "employer": {"nssoRegistrationNumber": "012345674", "enterpriseNumber": "0403019261"},
  "netOwedAmount": 412530,
  "naturalPersons": [{
    "inss": "85073003328", "lastName": "Peeters", "firstName": "Jan", "birthDate": "1985-07-30",
    "sex": "M", "nationality": "BE",
    "address": {"street": "Rue de la Station", "houseNumber": "14", "postalCode": "5000",
                "municipality": "Namur", "country": "BE"},
    "workerRecords": [{
      "employerCategory": "010", "workerCode": "495",
      "startDate": "2026-01-01", "endDate": "2026-03-31",
      "occupations": [{
        "startDate": "2026-01-01", "jointCommissionNumber": "200", "daysPerWeek": 5,
        "meanWorkingHours": 38, "refMeanWorkingHours": 38, "partTime": false,
        "services": [{"code": 1, "days": 64, "hours": 486.4}],
        "remunerations": [{"code": 1, "amount": 1125000}]
      }]
    }]
  }]
})";

const char *kFlexiWage = R"({
  "declarationNature": "original",
  "debtor": {"enterpriseNumber": "0403019261"},
  "beneficiary": {"inss": "90021512370"},
  "relationId": "6f1c2a7e-4b1d-4c8e-9a3f-2d5b7e9c1a04",
  "period": {"startDate": "2026-04-01", "endDate": "2026-04-12"},
  "characteristics": {"employerCategory": "010", "workerCode": "050"},
  "financialElements": [{"code": "0001001000", "amount": 48750},
                        {"code": "0002001000", "amount": 3500}]
})";

const char *kSelfEmployed = R"({
  "niss": "86031412323", "year": 2026, "quarter": 3, "estimatedIncome": 40000,
  "direction": "increase", "reason": "higherActivity"
})";

const char *kStaff = R"({
  "identity": {"niss": "85073003328"},
  "address": {"street": "Rue de la Loi", "number": "16", "postalCode": "1000",
              "municipality": "Bruxelles", "country": "BE"},
  "contract": {"type": "indefinite", "startDate": "2026-03-01", "workingTime": "fullTime",
               "weeklyHours": 38},
  "jointCommittee": "200",
  "workerType": "OTH"
})";

const char *kAddress = R"({
  "filedBy": "citizen", "niss": "86031412323",
  "newAddress": {"street": "Rue Haute", "number": "12", "postalCode": "5000",
                 "municipality": "Namur", "country": "BE"},
  "moveDate": "2026-04-01"
})";

const char *kAddressHelpdesk = R"({
  "filedBy": "helpdesk", "niss": "85073003328",
  "newAddress": {"street": "Rue Haute", "number": "12", "postalCode": "5000",
                 "municipality": "Namur", "country": "BE"},
  "moveDate": "2026-04-01",
  "onBehalfOf": {"agentId": "86031412323", "mandateReference": "HD-2026-000042"}
})";

const char *kBank = R"({
  "niss": "86031412323", "iban": "BE68539007547034", "accountHolder": "Thomas Janssens",
  "effectiveDate": "2026-05-01", "confirmation": true
})";

QString formsDirectory()
{
    return qEnvironmentVariable("GUICHET_SOURCE_DIR") + QStringLiteral("/forms");
}

QString describe(const Anomaly &anomaly)
{
    return anomaly.code + QLatin1Char('|') + severityName(anomaly.severity) + QLatin1Char('|') +
           anomaly.pointer;
}

// Every language present, no placeholder left, and really translated.
void verifyMessage(const Anomaly &anomaly, bool translated)
{
    static const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    for (const QString &language :
         {QStringLiteral("fr"), QStringLiteral("nl"), QStringLiteral("de"), QStringLiteral("en")}) {
        const QString text = anomaly.message.text(language);
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(describe(anomaly) + " " + language));
        QVERIFY2(!placeholder.match(text).hasMatch(), qPrintable(text));
        if (translated && language != QLatin1String("en"))
            QVERIFY2(text != anomaly.message.en, qPrintable(describe(anomaly) + " " + language));
    }
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(formsDirectory() + QStringLiteral("/catalogue.json")).isFile());
        // The period ids of the test world follow the sandbox's check rule.
        QCOMPARE(kOpen, QStringLiteral("000000100166"));
        QVERIFY(isValidDimonaPeriodId(kMissing));
    }

    void rules_data();
    void rules();
    void schemaSamples_data();
    void schemaSamples();
    void validSamplesPassTheSchema_data();
    void validSamplesPassTheSchema();
    void schemaMessagesInFourLanguages();
    void schemaRequiredNamesTheMissingField();
    void anomalyJsonRoundTrip();
    void typedTextIsNotAPlaceholder();
    void resultLetter_data();
    void resultLetter();
    void knownForms_data();
    void knownForms();
};

void TestRules::rules_data()
{
    QTest::addColumn<QString>("formId");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("onBehalfOf");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QStringList>("expected"); // "code|severity|pointer"

    const QString dimona = QStringLiteral("dimona");
    auto row = [](const char *name, const QString &form, const QByteArray &document,
                  const QString &result, const QStringList &expected,
                  const QString &onBehalfOf = {}, const QString &variant = {}) {
        QTest::newRow(name) << form << document << onBehalfOf << variant << result << expected;
    };

    // Dimona IN
    row("dimona IN accepted", dimona, patched(kDimonaIn, {}), "A", {});
    row("dimona IN worker type forbidden for the employer", dimona,
        patched(kDimonaIn, {{"/dimonaIn/features/workerType", "\"BCW\""}}), "B",
        {"00655-350|blocking|/dimonaIn/features/workerType"});
    row("dimona IN worker type with no restriction on file", dimona,
        patched(kDimonaIn, {{"/employer/enterpriseNumber", quoted(kOther)},
                            {"/dimonaIn/features/workerType", "\"BCW\""}}),
        "A", {});
    row("dimona IN end date before start date", dimona,
        patched(kDimonaIn, {{"/dimonaIn/endDate", "\"2026-04-19\""}}), "B",
        {"DIMONA-END-BEFORE-START|blocking|/dimonaIn/endDate"});
    row("dimona IN end hour before start hour on one day", dimona,
        patched(kDimonaFlexi, {{"/dimonaIn/endHour", "\"1700\""}}), "B",
        {"DIMONA-END-HOUR-BEFORE-START|blocking|/dimonaIn/endHour"});
    row("dimona IN one-day flexi without start hour", dimona,
        patched(kDimonaFlexi, {{"/dimonaIn/startHour", QByteArray()}}), "B",
        {"DIMONA-START-HOUR-REQUIRED|blocking|/dimonaIn/startHour"});
    row("dimona IN multi-day flexi without start hour", dimona,
        patched(kDimonaFlexi,
                {{"/dimonaIn/startHour", QByteArray()}, {"/dimonaIn/endDate", "\"2026-04-30\""}}),
        "A", {});
    row("dimona IN filed after work started", dimona,
        patched(kDimonaIn, {{"/dimonaIn/startDate", "\"2026-04-10\""}}), "W",
        {"DIMONA-LATE-IN|warning|/dimonaIn/startDate"});
    row("dimona IN student within the quota", dimona, patched(kDimonaStudent, {}), "A", {});
    row("dimona IN student over the quota", dimona,
        patched(kDimonaStudent, {{"/dimonaIn/plannedHoursNumber", "51"}}), "W",
        {"90017-369|warning|/dimonaIn/plannedHoursNumber"});
    row("dimona IN article 17 over a verified quota", dimona,
        patched(kDimonaStudent, {{"/worker/ssin", quoted(kWorker)},
                                 {"/dimonaIn/features", R"({"workerType": "O17"})"},
                                 {"/dimonaIn/plannedHoursNumber", "30"}}),
        "B", {"90017-369|blocking|/dimonaIn/plannedHoursNumber"});
    row("dimona IN article 17 within the quota", dimona,
        patched(kDimonaStudent, {{"/worker/ssin", quoted(kWorker)},
                                 {"/dimonaIn/features", R"({"workerType": "O17"})"},
                                 {"/dimonaIn/plannedHoursNumber", "20"}}),
        "A", {});
    row("dimona IN article 17 over an unverified quota", dimona,
        patched(kDimonaStudent, {{"/worker/ssin", quoted(kWorker)},
                                 {"/dimonaIn/features", R"({"workerType": "O17"})"},
                                 {"/dimonaIn/plannedHoursNumber", "30"}}),
        "W", {"90017-369|warning|/dimonaIn/plannedHoursNumber"}, {}, "art17-unverified");
    row("dimona IN flexi worker eligible", dimona, patched(kDimonaFlexi, {}), "A", {});
    row("dimona IN flexi worker not eligible", dimona,
        patched(kDimonaFlexi, {{"/worker/ssin", quoted(kNotFlexi)}}), "W",
        {"90017-510|warning|/worker/ssin"});
    row("dimona IN flexi worker with nothing on file", dimona,
        patched(kDimonaFlexi, {{"/worker/ssin", quoted(kWorker)}}), "A", {});
    row("dimona IN worker without national number awaits identification", dimona,
        patched(kDimonaUnidentified, {}), "S", {});
    row("dimona IN unidentified worker and a blocking anomaly", dimona,
        patched(kDimonaUnidentified, {{"/dimonaIn/endDate", "\"2026-04-01\""}}), "B",
        {"DIMONA-END-BEFORE-START|blocking|/dimonaIn/endDate"});
    row("dimona IN employer without mandate", dimona,
        patched(kDimonaIn, {{"/employer/enterpriseNumber", quoted(kStranger)}}), "B",
        {"EMPLOYER-NO-MANDATE|blocking|/employer/enterpriseNumber"});
    row("dimona IN employer not in the repertory", dimona,
        patched(kDimonaIn, {{"/employer/enterpriseNumber", quoted(kUnknown)}}), "B",
        {"00014-235|blocking|/employer/enterpriseNumber"});
    row("dimona IN employer is not the enterprise filed for", dimona, patched(kDimonaIn, {}), "B",
        {"EMPLOYER-MISMATCH|blocking|/employer/enterpriseNumber"}, kOther);
    row("dimona IN filed for the employer itself", dimona, patched(kDimonaIn, {}), "A", {},
        kBrasserie);
    row("dimona IN employer by ONSS number", dimona,
        patched(kDimonaIn, {{"/employer", R"({"nssoRegistrationNumber": "012345674"})"}}), "A", {});
    row("dimona IN ONSS number out of range", dimona,
        patched(kDimonaIn, {{"/employer", R"({"nssoRegistrationNumber": "000000123"})"}}), "B",
        {"NSSO-RANGE|blocking|/employer/nssoRegistrationNumber",
         "EMPLOYER-NO-MANDATE|blocking|/employer/nssoRegistrationNumber"});
    row("dimona IN ONSS check digits unverified", dimona,
        patched(kDimonaIn, {{"/employer", R"({"nssoRegistrationNumber": "012345675"})"}}), "W",
        {"NSSO-CHECK|warning|/employer/nssoRegistrationNumber"});

    // Dimona OUT
    row("dimona OUT accepted", dimona, patched(kDimonaOut, {}), "A", {});
    row("dimona OUT before the period's start", dimona,
        patched(kDimonaOut, {{"/dimonaOut/endDate", "\"2026-02-28\""}}), "B",
        {"DIMONA-OUT-BEFORE-IN|blocking|/dimonaOut/endDate"});
    row("dimona OUT on the period's first day", dimona,
        patched(kDimonaOut, {{"/dimonaOut/endDate", "\"2026-03-01\""}}), "W",
        {"DIMONA-LATE-OUT|warning|/dimonaOut/endDate"});
    row("dimona OUT unknown period", dimona,
        patched(kDimonaOut, {{"/dimonaOut/periodId", quoted(kMissing)}}), "B",
        {"00913-354|blocking|/dimonaOut/periodId"});
    row("dimona OUT period number with wrong check digits", dimona,
        patched(kDimonaOut, {{"/dimonaOut/periodId", "\"000000100134\""}}), "B",
        {"00913-354|blocking|/dimonaOut/periodId"});
    row("dimona OUT another employer's period", dimona,
        patched(kDimonaOut, {{"/dimonaOut/periodId", quoted(kForeign)}}), "B",
        {"00913-354|blocking|/dimonaOut/periodId"});
    row("dimona OUT period of an employer without mandate", dimona,
        patched(kDimonaOut, {{"/employer/enterpriseNumber", quoted(kStranger)},
                             {"/dimonaOut/periodId", quoted(kForeign)}}),
        "B",
        {"EMPLOYER-NO-MANDATE|blocking|/employer/enterpriseNumber",
         "00913-354|blocking|/dimonaOut/periodId"});
    row("dimona OUT cancelled period", dimona,
        patched(kDimonaOut, {{"/dimonaOut/periodId", quoted(kCancelled)},
                             {"/dimonaOut/endDate", "\"2026-04-21\""}}),
        "B", {"00913-355|blocking|/dimonaOut/periodId"});
    row("dimona OUT closed period", dimona,
        patched(kDimonaOut, {{"/dimonaOut/periodId", quoted(kClosed)}}), "B",
        {"00913-356|blocking|/dimonaOut/periodId"});
    row("dimona OUT late", dimona, patched(kDimonaOut, {{"/dimonaOut/endDate", "\"2026-04-10\""}}),
        "W", {"DIMONA-LATE-OUT|warning|/dimonaOut/endDate"});
    row("dimona OUT on the Monday after a Friday end", dimona,
        patched(kDimonaOut, {{"/dimonaOut/endDate", "\"2026-04-10\""}}), "A", {}, {}, "monday");

    // Dimona UPDATE
    row("dimona UPDATE accepted", dimona, patched(kDimonaUpdate, {}), "A", {});
    row("dimona UPDATE of a closed period", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/periodId", quoted(kClosed)},
                                {"/dimonaUpdate/startDate", "\"2025-01-01\""},
                                {"/dimonaUpdate/endDate", "\"2025-11-30\""}}),
        "A", {});
    row("dimona UPDATE of a cancelled period", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/periodId", quoted(kCancelled)}}), "B",
        {"00913-355|blocking|/dimonaUpdate/periodId"});
    row("dimona UPDATE unknown period", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/periodId", quoted(kMissing)}}), "B",
        {"00913-354|blocking|/dimonaUpdate/periodId"});
    row("dimona UPDATE end before start", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/endDate", "\"2026-02-01\""}}), "B",
        {"DIMONA-END-BEFORE-START|blocking|/dimonaUpdate/endDate"});
    row("dimona UPDATE planned hours for an ordinary worker", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/plannedHoursNumber", "40"}}), "B",
        {"DIMONA-PLANNED-HOURS-FORBIDDEN|blocking|/dimonaUpdate/plannedHoursNumber"});
    row("dimona UPDATE student period without end date", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/periodId", quoted(kStudentPeriod)},
                                {"/dimonaUpdate/startDate", "\"2026-04-20\""},
                                {"/dimonaUpdate/endDate", QByteArray()}}),
        "B", {"DIMONA-END-DATE-REQUIRED|blocking|/dimonaUpdate/endDate"});
    row("dimona UPDATE student hours within the quota", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/periodId", quoted(kStudentPeriod)},
                                {"/dimonaUpdate/startDate", "\"2026-04-20\""},
                                {"/dimonaUpdate/plannedHoursNumber", "150"}}),
        "A", {});
    row("dimona UPDATE student hours over the quota", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/periodId", quoted(kStudentPeriod)},
                                {"/dimonaUpdate/startDate", "\"2026-04-20\""},
                                {"/dimonaUpdate/plannedHoursNumber", "151"}}),
        "W", {"90017-369|warning|/dimonaUpdate/plannedHoursNumber"});
    row("dimona UPDATE extra without start hour", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/periodId", quoted(kExtraPeriod)},
                                {"/dimonaUpdate/startDate", "\"2026-04-21\""},
                                {"/dimonaUpdate/endDate", "\"2026-04-21\""}}),
        "B", {"DIMONA-START-HOUR-REQUIRED|blocking|/dimonaUpdate/startHour"});
    row("dimona UPDATE extra with start hour", dimona,
        patched(kDimonaUpdate, {{"/dimonaUpdate/periodId", quoted(kExtraPeriod)},
                                {"/dimonaUpdate/startDate", "\"2026-04-21\""},
                                {"/dimonaUpdate/startHour", "\"0700\""},
                                {"/dimonaUpdate/endDate", "\"2026-04-21\""}}),
        "A", {});

    // Dimona CANCEL
    row("dimona CANCEL before the period starts", dimona,
        patched(kDimonaCancel, {{"/dimonaCancel/periodId", quoted(kTomorrow)}}), "A", {});
    row("dimona CANCEL after the period's first day", dimona, patched(kDimonaCancel, {}), "W",
        {"DIMONA-LATE-CANCEL|warning|/dimonaCancel/periodId"});
    row("dimona CANCEL of a cancelled period", dimona,
        patched(kDimonaCancel, {{"/dimonaCancel/periodId", quoted(kCancelled)}}), "B",
        {"00913-355|blocking|/dimonaCancel/periodId"});
    row("dimona CANCEL unknown period", dimona,
        patched(kDimonaCancel, {{"/dimonaCancel/periodId", quoted(kMissing)}}), "B",
        {"00913-354|blocking|/dimonaCancel/periodId"});

    // DmfA
    const QString dmfa = QStringLiteral("dmfa");
    const QString record = QStringLiteral("/naturalPersons/0/workerRecords/0");
    const QString occupation = record + QStringLiteral("/occupations/0");
    auto q4 = [&](Patch patch) {
        patch.prepend({QStringLiteral("/quarter"), "\"20254\""});
        patch.append({record + QStringLiteral("/startDate"), "\"2025-10-01\""});
        patch.append({record + QStringLiteral("/endDate"), "\"2025-12-31\""});
        patch.append({occupation + QStringLiteral("/startDate"), "\"2025-10-01\""});
        return patched(kDmfa, patch);
    };
    row("dmfa accepted", dmfa, patched(kDmfa, {}), "A", {});
    row("dmfa quarter not ended", dmfa,
        patched(kDmfa, {{"/quarter", "\"20262\""},
                        {record + "/startDate", "\"2026-04-01\""},
                        {record + "/endDate", "\"2026-06-30\""},
                        {occupation + "/startDate", "\"2026-04-01\""}}),
        "B", {"DMFA-QUARTER-NOT-ENDED|blocking|/quarter"});
    row("dmfa filed after the deadline", dmfa, q4({}), "W", {"DMFA-LATE|warning|/quarter"});
    row("dmfa the same person twice", dmfa,
        [] {
            auto value = *json::parse(kDmfa);
            auto &persons = json::resolvePointer(value, "/naturalPersons")->arrayRef();
            persons.push_back(persons.front());
            return QByteArray::fromStdString(json::serialize(value));
        }(),
        "B", {"DMFA-DUPLICATE-PERSON|blocking|/naturalPersons/1/inss"});
    row("dmfa worker record ends before it starts", dmfa,
        patched(kDmfa, {{record + "/endDate", "\"2026-02-28\""},
                        {record + "/startDate", "\"2026-03-01\""},
                        {occupation + "/startDate", "\"2026-03-01\""}}),
        "B", {"DMFA-END-BEFORE-START|blocking|" + record + "/endDate"});
    row("dmfa occupation outside the quarter", dmfa,
        patched(kDmfa, {{occupation + "/startDate", "\"2025-12-01\""}}), "B",
        {"DMFA-DATE-OUTSIDE-QUARTER|blocking|" + occupation + "/startDate"});
    row("dmfa part-time hours not below the reference", dmfa,
        patched(kDmfa, {{occupation + "/partTime", "true"}}), "B",
        {"DMFA-PART-TIME-HOURS|blocking|" + occupation + "/meanWorkingHours"});
    row("dmfa part-time hours below the reference", dmfa,
        patched(kDmfa,
                {{occupation + "/partTime", "true"}, {occupation + "/meanWorkingHours", "22.8"}}),
        "A", {});
    row("dmfa full-time hours differ from the reference", dmfa,
        patched(kDmfa, {{occupation + "/meanWorkingHours", "37.99"}}), "B",
        {"DMFA-FULL-TIME-HOURS|blocking|" + occupation + "/meanWorkingHours"});
    const Patch flexiRecord = {
        {"/naturalPersons/0/inss", quoted(kFlexi)},
        {"/naturalPersons/0/birthDate", "\"1990-02-15\""},
        {record + "/workerCode", "\"050\""},
        {occupation + "/remunerations", R"([{"code": 22, "amount": 20000}])"}};
    row("dmfa flexi wages over the ceiling", dmfa, q4(flexiRecord), "W",
        {"DMFA-LATE|warning|/quarter", "DMFA-FLEXI-CEILING|warning|/naturalPersons/0/inss"});
    row("dmfa flexi wages of a pensioner", dmfa, q4(flexiRecord), "W",
        {"DMFA-LATE|warning|/quarter"}, {}, "pensioner");
    row("dmfa flexi wages in a year without a verified ceiling", dmfa, patched(kDmfa, flexiRecord),
        "A", {});
    row("dmfa employer without mandate", dmfa,
        patched(kDmfa, {{"/employer/enterpriseNumber", quoted(kStranger)}}), "B",
        {"EMPLOYER-NO-MANDATE|blocking|/employer/enterpriseNumber"});

    // Flexi-wage
    const QString flexi = QStringLiteral("flexi-wage");
    row("flexi-wage original accepted", flexi, patched(kFlexiWage, {}), "A", {});
    row("flexi-wage end before start", flexi,
        patched(kFlexiWage,
                {{"/period/startDate", "\"2026-04-11\""}, {"/period/endDate", "\"2026-04-10\""}}),
        "B", {"FLEXI-END-BEFORE-START|blocking|/period/endDate"});
    row("flexi-wage period before 2025", flexi,
        patched(kFlexiWage,
                {{"/period/startDate", "\"2024-12-20\""}, {"/period/endDate", "\"2024-12-31\""}}),
        "B",
        {"FLEXI-PERIOD-BEFORE-2025|blocking|/period/startDate",
         "FLEXI-LATE|warning|/period/endDate", "FLEXI-NO-DIMONA|warning|/beneficiary/inss"});
    row("flexi-wage filed late", flexi,
        patched(kFlexiWage,
                {{"/period/startDate", "\"2026-03-01\""}, {"/period/endDate", "\"2026-03-31\""}}),
        "W", {"FLEXI-LATE|warning|/period/endDate"});
    row("flexi-wage without a Dimona FLX", flexi,
        patched(kFlexiWage, {{"/beneficiary/inss", quoted(kWorker)}}), "W",
        {"FLEXI-NO-DIMONA|warning|/beneficiary/inss"});
    row("flexi-wage worker not eligible", flexi,
        patched(kFlexiWage, {{"/beneficiary/inss", quoted(kNotFlexi)}}), "W",
        {"90017-510|warning|/beneficiary/inss"});
    row("flexi-wage over the 2025 ceiling", flexi,
        patched(kFlexiWage,
                {{"/period/startDate", "\"2025-12-01\""}, {"/period/endDate", "\"2025-12-31\""}}),
        "W", {"FLEXI-LATE|warning|/period/endDate", "FLEXI-CEILING|warning|/financialElements"});
    row("flexi-wage of a pensioner has no ceiling", flexi,
        patched(kFlexiWage,
                {{"/period/startDate", "\"2025-12-01\""}, {"/period/endDate", "\"2025-12-31\""}}),
        "W", {"FLEXI-LATE|warning|/period/endDate"}, {}, "pensioner");
    row("flexi-wage modification accepted", flexi,
        patched(kFlexiWage, {{"/declarationNature", "\"modification\""},
                             {"/originalReference", "\"GCH-2026-000001\""}}),
        "A", {});
    row("flexi-wage modification of an unknown declaration", flexi,
        patched(kFlexiWage, {{"/declarationNature", "\"modification\""},
                             {"/originalReference", "\"GCH-2026-999999\""}}),
        "B", {"FLEXI-REFERENCE-UNKNOWN|blocking|/originalReference"});
    row("flexi-wage modification of another relation", flexi,
        patched(kFlexiWage, {{"/declarationNature", "\"modification\""},
                             {"/originalReference", "\"GCH-2026-000001\""},
                             {"/relationId", "\"0b6f3a52-8c1e-4d7a-9f20-5e4c3b2a1d00\""}}),
        "B", {"FLEXI-REFERENCE-MISMATCH|blocking|/originalReference"});
    row("flexi-wage cancellation accepted", flexi,
        patched(kFlexiWage, {{"/declarationNature", "\"cancellation\""},
                             {"/originalReference", "\"GCH-2026-000001\""},
                             {"/financialElements", QByteArray()}}),
        "A", {});
    row("flexi-wage cancellation of a cancelled declaration", flexi,
        patched(kFlexiWage, {{"/declarationNature", "\"cancellation\""},
                             {"/originalReference", "\"GCH-2026-000002\""},
                             {"/financialElements", QByteArray()}}),
        "B", {"FLEXI-REFERENCE-CANCELLED|blocking|/originalReference"});
    row("flexi-wage debtor without mandate", flexi,
        patched(kFlexiWage, {{"/debtor/enterpriseNumber", quoted(kStranger)}}), "B",
        {"EMPLOYER-NO-MANDATE|blocking|/debtor/enterpriseNumber"});

    // Self-employed contribution adjustment
    const QString self = QStringLiteral("selfemployed-contribution-adjustment");
    row("self-employed increase accepted", self, patched(kSelfEmployed, {}), "A", {});
    row("self-employed for someone else", self,
        patched(kSelfEmployed, {{"/niss", quoted(kWorker)}}), "B", {"NISS-NOT-OWN|blocking|/niss"});
    row("self-employed year already past", self, patched(kSelfEmployed, {{"/year", "2025"}}), "B",
        {"SELF-YEAR-OUTSIDE-WINDOW|blocking|/year"});
    row("self-employed next year", self, patched(kSelfEmployed, {{"/year", "2027"}}), "A", {});
    row("self-employed year too far ahead", self, patched(kSelfEmployed, {{"/year", "2028"}}), "B",
        {"SELF-YEAR-OUTSIDE-WINDOW|blocking|/year"});
    row("self-employed enterprise not in the repertory", self,
        patched(kSelfEmployed, {{"/enterpriseNumber", quoted(kUnknown)}}), "B",
        {"00014-235|blocking|/enterpriseNumber"});
    row("self-employed enterprise not linked to the person", self,
        patched(kSelfEmployed, {{"/enterpriseNumber", quoted(kStranger)}}), "W",
        {"SELF-ENTERPRISE-NOT-LINKED|warning|/enterpriseNumber"});
    row("self-employed own enterprise", self,
        patched(kSelfEmployed, {{"/enterpriseNumber", quoted(kBrasserie)}}), "A", {});

    // Staff record
    const QString staff = QStringLiteral("staff-record");
    row("staff record accepted", staff, patched(kStaff, {}), "A", {}, kBrasserie);
    row("staff record for no enterprise", staff, patched(kStaff, {}), "B",
        {"STAFF-EMPLOYER-MISSING|blocking|"});
    row("staff record for an enterprise without mandate", staff, patched(kStaff, {}), "B",
        {"EMPLOYER-NO-MANDATE|blocking|"}, kStranger);
    row("staff record contract ends before it starts", staff,
        patched(kStaff,
                {{"/contract/type", "\"fixedTerm\""}, {"/contract/endDate", "\"2026-02-28\""}}),
        "B", {"STAFF-END-BEFORE-START|blocking|/contract/endDate"}, kBrasserie);
    row("staff record part-time hours not below the reference", staff,
        patched(kStaff, {{"/contract/workingTime", "\"partTime\""},
                         {"/contract/referenceWeeklyHours", "38"}}),
        "B", {"STAFF-PART-TIME-HOURS|blocking|/contract/weeklyHours"}, kBrasserie);
    row("staff record part-time hours below the reference", staff,
        patched(kStaff, {{"/contract/workingTime", "\"partTime\""},
                         {"/contract/weeklyHours", "19"},
                         {"/contract/referenceWeeklyHours", "38"}}),
        "A", {}, kBrasserie);
    row("staff record full-time hours differ from the reference", staff,
        patched(kStaff, {{"/contract/referenceWeeklyHours", "40"}}), "B",
        {"STAFF-FULL-TIME-HOURS|blocking|/contract/weeklyHours"}, kBrasserie);
    row("staff record birth date differs from the number", staff,
        patched(kStaff, {{"/identity/birthDate", "\"1985-07-31\""}}), "W",
        {"STAFF-IDENTITY-MISMATCH|warning|/identity/birthDate"}, kBrasserie);
    row("staff record sex differs from the number", staff,
        patched(kStaff, {{"/identity/sex", "\"F\""}}), "W",
        {"STAFF-IDENTITY-MISMATCH|warning|/identity/sex"}, kBrasserie);
    row("staff record last name differs from the register", staff,
        patched(kStaff, {{"/identity/lastName", "\"Peters\""}}), "W",
        {"STAFF-IDENTITY-MISMATCH|warning|/identity/lastName"}, kBrasserie);
    row("staff record names as registered, other case", staff,
        patched(kStaff, {{"/identity/lastName", "\"PEETERS\""},
                         {"/identity/firstName", "\"jan\""},
                         {"/identity/birthDate", "\"1985-07-30\""},
                         {"/identity/sex", "\"M\""}}),
        "A", {}, kBrasserie);
    row("staff record first name differs from the register", staff,
        patched(kStaff, {{"/identity/firstName", "\"Johan\""}}), "W",
        {"STAFF-IDENTITY-MISMATCH|warning|/identity/firstName"}, kBrasserie);

    // Address change
    const QString address = QStringLiteral("citizen-address-change");
    row("address change accepted", address, patched(kAddress, {}), "A", {});
    row("address change for someone else", address, patched(kAddress, {{"/niss", quoted(kWorker)}}),
        "B", {"NISS-NOT-OWN|blocking|/niss"});
    row("address change by the helpdesk", address, patched(kAddressHelpdesk, {}), "A", {}, kWorker);
    row("address change by the helpdesk without the role", address, patched(kAddressHelpdesk, {}),
        "B", {"HELPDESK-ROLE-REQUIRED|blocking|/filedBy"}, kWorker, "no-helpdesk-role");
    row("address change by the helpdesk under another agent", address,
        patched(kAddressHelpdesk, {{"/onBehalfOf/agentId", "\"hd.martens-07\""}}), "B",
        {"HELPDESK-AGENT-MISMATCH|blocking|/onBehalfOf/agentId"}, kWorker);
    row("address change by the helpdesk for another citizen", address,
        patched(kAddressHelpdesk, {}), "B", {"HELPDESK-CITIZEN-MISMATCH|blocking|/niss"},
        kNotFlexi);
    row("address change move in the future", address,
        patched(kAddress, {{"/moveDate", "\"2026-04-16\""}}), "B",
        {"ADDRESS-MOVE-IN-FUTURE|blocking|/moveDate"});
    row("address change move over a year ago", address,
        patched(kAddress, {{"/moveDate", "\"2025-03-01\""}}), "W",
        {"ADDRESS-MOVE-TOO-OLD|warning|/moveDate"});

    // Bank account change
    const QString bank = QStringLiteral("citizen-bank-account-change");
    row("bank account change accepted", bank, patched(kBank, {}), "A", {});
    row("bank account change from a helpdesk session", bank, patched(kBank, {}), "B",
        {"BANK-HELPDESK-REFUSED|blocking|"}, kWorker);
    row("bank account change for someone else", bank,
        patched(kBank, {{"/niss", quoted(kWorker)}, {"/accountHolder", "\"Jan Peeters\""}}), "B",
        {"NISS-NOT-OWN|blocking|/niss"});
    row("bank account change BIC of another country", bank,
        patched(kBank, {{"/bic", "\"ABNANL2A\""}}), "B", {"BANK-BIC-COUNTRY|blocking|/bic"});
    row("bank account change BIC of the IBAN's country", bank,
        patched(kBank, {{"/bic", "\"GEBABEBB\""}}), "A", {});
    row("bank account change effective in the past", bank,
        patched(kBank, {{"/effectiveDate", "\"2026-04-14\""}}), "B",
        {"BANK-EFFECTIVE-DATE-PAST|blocking|/effectiveDate"});
    row("bank account change effective today", bank,
        patched(kBank, {{"/effectiveDate", "\"2026-04-15\""}}), "A", {});
    row("bank account change holder is someone else", bank,
        patched(kBank, {{"/accountHolder", "\"Marie Dubois\""}}), "W",
        {"BANK-HOLDER-NAME|warning|/accountHolder"});
    row("bank account change holder written differently", bank,
        patched(kBank, {{"/accountHolder", "\"JANSSENS Thomas\""}}), "A", {});
}

void TestRules::rules()
{
    QFETCH(QString, formId);
    QFETCH(QByteArray, document);
    QFETCH(QString, onBehalfOf);
    QFETCH(QString, variant);
    QFETCH(QString, result);
    QFETCH(QStringList, expected);

    const RuleFacts facts = world(onBehalfOf, variant);
    const auto data = json::parse(document.toStdString());
    QVERIFY(data.hasValue());
    DeclarationChecker checker(formsDirectory());
    const CheckResult outcome = checker.check(formId, 1, *data, facts);

    QStringList actual;
    for (const Anomaly &anomaly : outcome.anomalies) {
        actual.append(describe(anomaly));
        verifyMessage(anomaly, true);
        if (QTest::currentTestFailed())
            return;
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(outcome.result, result);
}

void TestRules::schemaSamples_data()
{
    QTest::addColumn<QString>("formId");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // "SCHEMA-<keyword>|pointer"

    const QDir forms(formsDirectory());
    for (const QString &id : forms.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir samples(forms.filePath(id + QStringLiteral("/1/samples")));
        QFile file(samples.filePath(QStringLiteral("expected.json")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject expectations = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = expectations.begin(); it != expectations.end(); ++it) {
            QStringList expected;
            for (const QJsonValue &error : it.value().toArray()) {
                const QJsonObject object = error.toObject();
                const QString line =
                    QStringLiteral("SCHEMA-") + object.value(QStringLiteral("keyword")).toString() +
                    QLatin1Char('|') + object.value(QStringLiteral("pointer")).toString();
                if (!expected.contains(line))
                    expected.append(line);
            }
            QTest::addRow("%s/%s", qPrintable(id), qPrintable(it.key()))
                << id << samples.filePath(it.key()) << expected;
        }
    }
}

void TestRules::schemaSamples()
{
    QFETCH(QString, formId);
    QFETCH(QString, file);
    QFETCH(QStringList, expected);

    QFile sample(file);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const auto data = json::parse(sample.readAll().toStdString());
    QVERIFY(data.hasValue());
    DeclarationChecker checker(formsDirectory());
    const CheckResult outcome = checker.check(formId, 1, *data, world({}, {}));
    QCOMPARE(outcome.result, QStringLiteral("B"));

    QStringList actual;
    for (const Anomaly &anomaly : outcome.anomalies) {
        QCOMPARE(anomaly.severity, Severity::Blocking);
        verifyMessage(anomaly, false);
        if (QTest::currentTestFailed())
            return;
        const QString line = anomaly.code + QLatin1Char('|') + anomaly.pointer;
        if (!actual.contains(line))
            actual.append(line);
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

void TestRules::validSamplesPassTheSchema_data()
{
    QTest::addColumn<QString>("formId");
    QTest::addColumn<QString>("file");
    const QDir forms(formsDirectory());
    for (const QString &id : forms.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir samples(forms.filePath(id + QStringLiteral("/1/samples")));
        for (const QString &name : samples.entryList({QStringLiteral("valid-*.json")}))
            QTest::addRow("%s/%s", qPrintable(id), qPrintable(name))
                << id << samples.filePath(name);
    }
}

void TestRules::validSamplesPassTheSchema()
{
    QFETCH(QString, formId);
    QFETCH(QString, file);
    QFile sample(file);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const auto data = json::parse(sample.readAll().toStdString());
    QVERIFY(data.hasValue());
    DeclarationChecker checker(formsDirectory());
    const auto form = checker.form(formId, 1);
    QVERIFY(form.hasValue());
    QCOMPARE(DeclarationChecker::schemaAnomalies(**form, *data), QList<Anomaly>());
}

void TestRules::schemaMessagesInFourLanguages()
{
    // A bad national number: the engine's format message, really in each language.
    const QByteArray document = patched(kDimonaIn, {{"/worker/ssin", "\"85073003329\""}});
    DeclarationChecker checker(formsDirectory());
    const CheckResult outcome = checker.check(QStringLiteral("dimona"), 1,
                                              *json::parse(document.toStdString()), world({}, {}));
    QCOMPARE(outcome.result, QStringLiteral("B"));
    const auto it = std::find_if(outcome.anomalies.begin(), outcome.anomalies.end(),
                                 [](const Anomaly &a) { return a.pointer == "/worker/ssin"; });
    QVERIFY(it != outcome.anomalies.end());
    QCOMPARE(it->code, QStringLiteral("SCHEMA-format"));
    verifyMessage(*it, true);
    QVERIFY(it->message.fr != it->message.nl);
    QVERIFY(it->message.nl != it->message.de);
}

void TestRules::schemaRequiredNamesTheMissingField()
{
    // A missing member is reported on the object that lacks it; the form shows it at the member.
    const QByteArray document = patched(kDimonaIn, {{"/employer", QByteArray()}});
    DeclarationChecker checker(formsDirectory());
    const CheckResult outcome = checker.check(QStringLiteral("dimona"), 1,
                                              *json::parse(document.toStdString()), world({}, {}));
    QCOMPARE(outcome.anomalies.size(), 1);
    const Anomaly &anomaly = outcome.anomalies.front();
    QCOMPARE(anomaly.code, QStringLiteral("SCHEMA-required"));
    QCOMPARE(anomaly.pointer, QString());
    QCOMPARE(anomaly.field, QStringLiteral("/employer"));
    QCOMPARE(anomaly.toJson().value(QStringLiteral("field")).toString(),
             QStringLiteral("/employer"));
}

void TestRules::anomalyJsonRoundTrip()
{
    const Anomaly anomaly{QStringLiteral("00913-354"), Severity::Blocking,
                          QStringLiteral("/dimonaOut/periodId"),
                          LocalizedText{QStringLiteral("fr"), QStringLiteral("nl"),
                                        QStringLiteral("de"), QStringLiteral("en")},
                          QString()};
    const QJsonObject object = anomaly.toJson();
    QCOMPARE(object.value(QStringLiteral("severity")).toString(), QStringLiteral("blocking"));
    QCOMPARE(object.keys().size(), 4);
    QCOMPARE(Anomaly::fromJson(object), std::optional<Anomaly>(anomaly));
    QJsonObject bad = object;
    bad.insert(QStringLiteral("severity"), QStringLiteral("fatal"));
    QCOMPARE(Anomaly::fromJson(bad), std::optional<Anomaly>());
}

void TestRules::typedTextIsNotAPlaceholder()
{
    // A typed "%2" stays as typed: the message's own placeholders are filled in one pass.
    const QByteArray document = patched(kBank, {{"/accountHolder", "\"Marie %2 Dubois\""}});
    DeclarationChecker checker(formsDirectory());
    const CheckResult outcome = checker.check(QStringLiteral("citizen-bank-account-change"), 1,
                                              *json::parse(document.toStdString()), world({}, {}));
    QCOMPARE(outcome.anomalies.size(), 1);
    const LocalizedText &message = outcome.anomalies.front().message;
    for (const QString &text : {message.fr, message.nl, message.de, message.en}) {
        QVERIFY2(text.contains(QStringLiteral("(Marie %2 Dubois)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Thomas Janssens")), qPrintable(text));
    }
}

void TestRules::resultLetter_data()
{
    QTest::addColumn<QList<Anomaly>>("anomalies");
    QTest::addColumn<bool>("awaiting");
    QTest::addColumn<QString>("letter");
    const Anomaly blockingOne{QStringLiteral("X"), Severity::Blocking, {}, {}, {}};
    const Anomaly warningOne{QStringLiteral("Y"), Severity::Warning, {}, {}, {}};
    QTest::newRow("nothing") << QList<Anomaly>() << false << "A";
    QTest::newRow("a warning") << QList<Anomaly>{warningOne} << false << "W";
    QTest::newRow("a blocking anomaly") << QList<Anomaly>{warningOne, blockingOne} << false << "B";
    QTest::newRow("awaiting identification") << QList<Anomaly>{warningOne} << true << "S";
    QTest::newRow("blocking wins over identification")
        << QList<Anomaly>{blockingOne} << true << "B";
}

void TestRules::resultLetter()
{
    QFETCH(QList<Anomaly>, anomalies);
    QFETCH(bool, awaiting);
    QFETCH(QString, letter);
    QCOMPARE(DeclarationChecker::resultLetter(anomalies, awaiting), letter);
}

void TestRules::knownForms_data()
{
    QTest::addColumn<QString>("formId");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("known");
    QTest::newRow("dimona 1") << "dimona" << 1 << true;
    QTest::newRow("staff-record 1") << "staff-record" << 1 << true;
    QTest::newRow("dimona 2") << "dimona" << 2 << false;
    QTest::newRow("dimona 0") << "dimona" << 0 << false;
    QTest::newRow("unknown form") << "holiday-pay" << 1 << false;
    QTest::newRow("path in the id") << "../forms/dimona" << 1 << false;
    QTest::newRow("upper case") << "Dimona" << 1 << false;
}

void TestRules::knownForms()
{
    QFETCH(QString, formId);
    QFETCH(int, version);
    QFETCH(bool, known);
    QCOMPARE(DeclarationChecker(formsDirectory()).hasForm(formId, version), known);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
