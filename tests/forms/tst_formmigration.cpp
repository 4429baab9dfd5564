// FormMigration: a draft made with one version of a form, moved to another version (issue #8).
// The test form tests/forms/migration/volunteer-registration has two versions whose differences
// are listed in tests/forms/migration/README.md; the bundled forms' samples check that a
// migration to the same version changes nothing and that no migration ever loses a value.
#include "core/forms/formdefinition.h"
#include "core/forms/formmigration.h"
#include "core/i18n.h"
#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/value.h"
#include "core/json/writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>

using namespace guichet;
using forms::FormDefinition;
using forms::FormMigration;
using forms::MigrationPlan;
using forms::SetAsideValue;

namespace {

using Definition = std::shared_ptr<const FormDefinition>;

QString sourceDir()
{
    return qEnvironmentVariable("GUICHET_SOURCE_DIR");
}

QString migrationDir()
{
    return sourceDir() + QStringLiteral("/tests/forms/migration");
}

json::Value parse(const QByteArray &text)
{
    auto value = json::parse(std::string_view(text.constData(), std::size_t(text.size())));
    if (!value)
        qFatal("test JSON does not parse: %s (%s)", text.constData(),
               qPrintable(value.error().message));
    return std::move(*value);
}

Expected<json::Value> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io"), file.errorString(), {path}};
    const QByteArray bytes = file.readAll();
    return json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

QString text(const json::Value &value)
{
    return QString::fromStdString(json::serialize(value));
}

// "/fax removed", "/activity noLongerValid", sorted: the rows compare sets.
QStringList setAsideList(const MigrationPlan &plan)
{
    QStringList out;
    for (const SetAsideValue &v : plan.setAside)
        out << QString::fromStdString(v.pointer) + (v.reason == SetAsideValue::Reason::Removed
                                                        ? QStringLiteral(" removed")
                                                        : QStringLiteral(" noLongerValid"));
    out.sort();
    return out;
}

QStringList missingList(const MigrationPlan &plan)
{
    QStringList out;
    for (const forms::MissingField &m : plan.missingRequired)
        out << QString::fromStdString(m.pointer) +
                   (m.valueSetAside ? QStringLiteral(" (set aside)") : QString());
    out.sort();
    return out;
}

QStringList errorLocations(const MigrationPlan &plan)
{
    std::set<QString> unique;
    for (const schema::ValidationError &e : plan.errors)
        unique.insert(QString::fromStdString(e.fieldLocation));
    return QStringList(unique.begin(), unique.end());
}

// The property every migration must have: the document and the set-aside values together hold
// exactly what the old document held, also after the set-aside values went through their JSON.
void verifyNothingLost(const json::Value &oldDocument, const MigrationPlan &plan)
{
    std::vector<SetAsideValue> notRestored;
    const json::Value back = FormMigration::restore(plan.document, plan.setAside, &notRestored);
    QVERIFY2(notRestored.empty(), "a set-aside value could not be put back");
    QVERIFY2(
        back == oldDocument,
        qPrintable(QStringLiteral("restored %1\n     old %2").arg(text(back), text(oldDocument))));

    const std::string stored = json::serialize(FormMigration::setAsideToJson(plan.setAside));
    auto reread = FormMigration::setAsideFromJson(parse(QByteArray::fromStdString(stored)));
    QVERIFY2(reread, qPrintable(reread ? QString() : reread.error().message));
    QCOMPARE(FormMigration::restore(plan.document, *reread), oldDocument);
}

json::Value nested(int depth)
{
    json::Value v = json::Value::array();
    for (int i = 1; i < depth; ++i) {
        json::Array outer;
        outer.push_back(std::move(v));
        v = json::Value(std::move(outer));
    }
    return v;
}

} // namespace

class TestFormMigration : public QObject
{
    Q_OBJECT

private:
    Definition m_v1;
    Definition m_v2;
    Definition m_addressV1; // the bundled citizen-address-change/1
    Definition m_addressV2; // its test-only version 2
    std::map<QString, Definition> m_bundled;

    Definition bundled(const QString &id)
    {
        auto it = m_bundled.find(id);
        if (it != m_bundled.end())
            return it->second;
        auto loaded = FormDefinition::load(sourceDir() + QStringLiteral("/forms/") + id +
                                           QStringLiteral("/1"));
        if (!loaded)
            qFatal("%s: %s", qPrintable(id), qPrintable(loaded.error().message));
        m_bundled[id] = *loaded;
        return *loaded;
    }

    static void addSampleRows()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("path");
        const QDir root(sourceDir() + QStringLiteral("/forms"));
        for (const QString &id : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir samples(root.filePath(id + QStringLiteral("/1/samples")));
            for (const QString &file :
                 samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                if (file == QLatin1String("expected.json"))
                    continue; // the expected errors, not a document
                QTest::addRow("%s/%s", qPrintable(id), qPrintable(file))
                    << id << samples.filePath(file);
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        const QString dir = migrationDir() + QStringLiteral("/volunteer-registration/");
        for (auto [version, target] : {std::pair{1, &m_v1}, std::pair{2, &m_v2}}) {
            auto loaded = FormDefinition::load(dir + QString::number(version));
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
            *target = *loaded;
        }
        QCOMPARE(m_v1->id(), QStringLiteral("volunteer-registration"));
        QCOMPARE(m_v1->version(), 1);
        QCOMPARE(m_v2->version(), 2);
        m_addressV1 = bundled(QStringLiteral("citizen-address-change"));
        auto address =
            FormDefinition::load(migrationDir() + QStringLiteral("/citizen-address-change/2"));
        QVERIFY2(address, qPrintable(address ? QString() : address.error().message));
        m_addressV2 = *address;
    }

    void cleanup() { QVERIFY(i18n::setLanguage(QStringLiteral("en"))); }

    // volunteer-registration 1 -> 2: what is kept, set aside, missing and still wrong.
    void migrate_data()
    {
        QTest::addColumn<QByteArray>("oldDocument");
        QTest::addColumn<QByteArray>("expectedDocument");
        QTest::addColumn<QStringList>("setAside");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("errors"); // field locations of the errors left

        const QStringList email{QStringLiteral("/email")};
        QTest::newRow("unchanged values kept")
            << QByteArray(R"({"name": "Ann Peeters", "activity": "sport", "status": "employed",
                             "employer": "Brasserie Janssens", "languages": ["nl", "fr"]})")
            << QByteArray(R"({"name": "Ann Peeters", "activity": "sport", "status": "employed",
                             "employer": "Brasserie Janssens", "languages": ["nl", "fr"]})")
            << QStringList() << email << email;
        QTest::newRow("removed field set aside")
            << QByteArray(R"({"name": "Ann", "activity": "sport", "fax": "022345678"})")
            << QByteArray(R"({"name": "Ann", "activity": "sport"})")
            << QStringList{QStringLiteral("/fax removed")} << email << email;
        QTest::newRow("removed field of an object open to other members set aside")
            << QByteArray(R"({"name": "Ann", "activity": "sport",
                             "address": {"street": "Rue Haute", "box": "3", "postalCode": "1000"}})")
            << QByteArray(R"({"name": "Ann", "activity": "sport",
                             "address": {"street": "Rue Haute", "postalCode": "1000"}})")
            << QStringList{QStringLiteral("/address/box removed")} << email << email;
        QTest::newRow("narrowed enum set aside with reason")
            << QByteArray(R"({"name": "Ann", "activity": "other"})")
            << QByteArray(R"({"name": "Ann"})")
            << QStringList{QStringLiteral("/activity noLongerValid")}
            << QStringList{QStringLiteral("/activity (set aside)"), QStringLiteral("/email")}
            << QStringList{QStringLiteral("/activity"), QStringLiteral("/email")};
        QTest::newRow("type change")
            << QByteArray(R"({"name": "Ann", "activity": "sport", "hoursPerWeek": "12"})")
            << QByteArray(R"({"name": "Ann", "activity": "sport"})")
            << QStringList{QStringLiteral("/hoursPerWeek noLongerValid")} << email << email;
        QTest::newRow("new required listed, also under a new conditional branch")
            << QByteArray(R"({"name": "Ann", "activity": "care"})")
            << QByteArray(R"({"name": "Ann", "activity": "care"})") << QStringList()
            << QStringList{QStringLiteral("/certificate"), QStringLiteral("/email")}
            << QStringList{QStringLiteral("/certificate"), QStringLiteral("/email")};
        QTest::newRow("nested object members")
            << QByteArray(R"({"name": "Ann", "activity": "sport",
                             "address": {"street": "Grote Markt", "postalCode": "10115",
                                         "country": "DE"}})")
            << QByteArray(R"({"name": "Ann", "activity": "sport",
                             "address": {"street": "Grote Markt"}})")
            << QStringList{QStringLiteral("/address/country noLongerValid"),
                           QStringLiteral("/address/postalCode noLongerValid")}
            << QStringList{QStringLiteral("/address/postalCode (set aside)"),
                           QStringLiteral("/email")}
            << QStringList{QStringLiteral("/address/postalCode"), QStringLiteral("/email")};
        QTest::newRow("array items keep their place, a member of one is set aside")
            << QByteArray(R"({"name": "Ann", "activity": "sport",
                             "availability": [{"day": "mon", "slot": "morning"},
                                              {"day": "sat", "slot": "night"},
                                              {"day": "sun", "slot": "evening"}]})")
            << QByteArray(R"({"name": "Ann", "activity": "sport",
                             "availability": [{"day": "mon", "slot": "morning"},
                                              {"day": "sat"},
                                              {"day": "sun", "slot": "evening"}]})")
            << QStringList{QStringLiteral("/availability/1/slot noLongerValid")}
            << QStringList{QStringLiteral("/availability/1/slot (set aside)"),
                           QStringLiteral("/email")}
            << QStringList{QStringLiteral("/availability/1/slot"), QStringLiteral("/email")};
        QTest::newRow("array item refused by the new version stays in place")
            << QByteArray(R"({"name": "Ann", "activity": "sport", "languages": ["es", "fr"]})")
            << QByteArray(R"({"name": "Ann", "activity": "sport", "languages": ["es", "fr"]})")
            << QStringList() << email
            << QStringList{QStringLiteral("/email"), QStringLiteral("/languages/0")};
        QTest::newRow("value valid only after another removal")
            << QByteArray(R"({"name": "Ann", "activity": "sport", "status": "student",
                             "employer": "ULiège"})")
            << QByteArray(R"({"name": "Ann", "activity": "sport", "employer": "ULiège"})")
            << QStringList{QStringLiteral("/status noLongerValid")} << email << email;
        QTest::newRow("new conditional branch refuses a field")
            << QByteArray(R"({"name": "Ann", "activity": "sport", "status": "retired",
                             "employer": "ULiège"})")
            << QByteArray(R"({"name": "Ann", "activity": "sport", "status": "retired"})")
            << QStringList{QStringLiteral("/employer removed")} << email << email;
        QTest::newRow("value the old version already refused stays")
            << QByteArray(R"({"name": "", "activity": "sport", "hoursPerWeek": 12,
                             "nickname": "Annie"})")
            << QByteArray(R"({"name": "", "activity": "sport", "hoursPerWeek": 12,
                             "nickname": "Annie"})")
            << QStringList() << email
            << QStringList{QStringLiteral("/email"), QStringLiteral("/name"),
                           QStringLiteral("/nickname")};
        QTest::newRow("required field the old draft already lacked is not new")
            << QByteArray(R"({"activity": "sport"})") << QByteArray(R"({"activity": "sport"})")
            << QStringList() << email
            << QStringList{QStringLiteral("/email"), QStringLiteral("/name")};
        QTest::newRow("empty draft")
            << QByteArray("{}") << QByteArray("{}") << QStringList() << email
            << QStringList{QStringLiteral("/activity"), QStringLiteral("/email"),
                           QStringLiteral("/name")};
        QTest::newRow("everything at once")
            << QByteArray(R"({"name": "Ann", "activity": "other", "status": "student",
                             "employer": "ULiège", "hoursPerWeek": "8", "fax": "022345678",
                             "address": {"street": "Rue Haute", "box": "3", "postalCode": "1000",
                                         "country": "LU"},
                             "availability": [{"day": "sat", "slot": "night"}],
                             "languages": ["fr"]})")
            << QByteArray(R"({"name": "Ann", "employer": "ULiège",
                             "address": {"street": "Rue Haute", "postalCode": "1000"},
                             "availability": [{"day": "sat"}], "languages": ["fr"]})")
            << QStringList{QStringLiteral("/activity noLongerValid"),
                           QStringLiteral("/address/box removed"),
                           QStringLiteral("/address/country noLongerValid"),
                           QStringLiteral("/availability/0/slot noLongerValid"),
                           QStringLiteral("/fax removed"),
                           QStringLiteral("/hoursPerWeek noLongerValid"),
                           QStringLiteral("/status noLongerValid")}
            << QStringList{QStringLiteral("/activity (set aside)"),
                           QStringLiteral("/availability/0/slot (set aside)"),
                           QStringLiteral("/email")}
            << QStringList{QStringLiteral("/activity"), QStringLiteral("/availability/0/slot"),
                           QStringLiteral("/email")};
    }

    void migrate()
    {
        QFETCH(QByteArray, oldDocument);
        QFETCH(QByteArray, expectedDocument);
        QFETCH(QStringList, setAside);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, errors);
        const json::Value old = parse(oldDocument);

        auto plan = FormMigration::plan(old, *m_v1, *m_v2);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));

        QVERIFY2(plan->document == parse(expectedDocument), qPrintable(text(plan->document)));
        QCOMPARE(setAsideList(*plan), setAside);
        QCOMPARE(missingList(*plan), missing);
        QCOMPARE(errorLocations(*plan), errors);
        QCOMPARE(plan->isValid(), errors.isEmpty());
        QCOMPARE(plan->errorCount(), int(plan->errors.size()));
        QCOMPARE(plan->formId, QStringLiteral("volunteer-registration"));
        QCOMPARE(plan->fromVersion, 1);
        QCOMPARE(plan->toVersion, 2);
        for (const SetAsideValue &v : plan->setAside) {
            QCOMPARE(v.formVersion, 1);
            QVERIFY(!v.label.isEmpty());
            QVERIFY(!v.reasonText().isEmpty());
        }
        verifyNothingLost(old, *plan);
    }

    // Why a value was set aside: the keyword the new schema refused it with, and a sentence.
    void reasons_data()
    {
        QTest::addColumn<QByteArray>("oldDocument");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("label");

        QTest::newRow("removed by additionalProperties")
            << QByteArray(R"({"name": "A", "activity": "sport", "fax": "0"})")
            << QStringLiteral("/fax") << QStringLiteral("additionalProperties")
            << QStringLiteral("Fax (if you still have one)");
        QTest::newRow("removed from the form only")
            << QByteArray(R"({"name": "A", "activity": "sport", "address": {"box": "3"}})")
            << QStringLiteral("/address/box") << QString() << QStringLiteral("Address › Box");
        QTest::newRow("removed by a conditional false schema")
            << QByteArray(R"({"name": "A", "activity": "sport", "status": "retired",
                             "employer": "X"})")
            << QStringLiteral("/employer") << QStringLiteral("false") << QStringLiteral("Employer");
        QTest::newRow("narrowed enum")
            << QByteArray(R"({"name": "A", "activity": "other"})") << QStringLiteral("/activity")
            << QStringLiteral("enum") << QStringLiteral("Activity");
        QTest::newRow("type change")
            << QByteArray(R"({"name": "A", "activity": "sport", "hoursPerWeek": "40"})")
            << QStringLiteral("/hoursPerWeek") << QStringLiteral("type")
            << QStringLiteral("Hours per week");
        QTest::newRow("narrowed pattern in a nested object")
            << QByteArray(
                   R"({"name": "A", "activity": "sport", "address": {"postalCode": "75001"}})")
            << QStringLiteral("/address/postalCode") << QStringLiteral("pattern")
            << QStringLiteral("Address › Postal code");
        QTest::newRow("narrowed enum in an array item")
            << QByteArray(R"({"name": "A", "activity": "sport",
                             "availability": [{"day": "mon", "slot": "night"}]})")
            << QStringLiteral("/availability/0/slot") << QStringLiteral("enum")
            << QStringLiteral("Availability › row 1 › Time of day");
    }

    void reasons()
    {
        QFETCH(QByteArray, oldDocument);
        QFETCH(QString, pointer);
        QFETCH(QString, keyword);
        QFETCH(QString, label);
        auto plan = FormMigration::plan(parse(oldDocument), *m_v1, *m_v2);
        QVERIFY(plan);
        QCOMPARE(plan->setAside.size(), std::size_t(1));
        const SetAsideValue &v = plan->setAside.front();
        QCOMPARE(QString::fromStdString(v.pointer), pointer);
        QCOMPARE(QString::fromStdString(v.error.keyword), keyword);
        QCOMPARE(QString::fromStdString(v.error.fieldLocation), pointer);
        QCOMPARE(v.label, label);
        QCOMPARE(v.value, *json::resolvePointer(parse(oldDocument), pointer.toStdString()));
        const QString why = v.reasonText();
        if (v.reason == SetAsideValue::Reason::Removed) {
            QCOMPARE(why, QStringLiteral("The new version of the form no longer has this field."));
        } else {
            QVERIFY2(why.startsWith(QStringLiteral("The new version of the form no longer accepts "
                                                   "this value: ")),
                     qPrintable(why));
            QVERIFY2(why.size() > 60, qPrintable(why)); // the schema's own sentence follows
        }
    }

    void labels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("label");

        QTest::newRow("control label from ui.json")
            << "en" << 1 << "/fax" << QStringLiteral("Fax (if you still have one)");
        QTest::newRow("section and field") << "en" << 1 << "/address/box"
                                           << "Address › Box";
        QTest::newRow("array row") << "en" << 1 << "/availability/2/slot"
                                   << "Availability › row 3 › Time of day";
        QTest::newRow("new field") << "en" << 2 << "/email"
                                   << "Email address";
        QTest::newRow("relabelled field, old") << "en" << 1 << "/activity"
                                               << "Activity";
        QTest::newRow("relabelled field, new") << "en" << 2 << "/activity"
                                               << "Kind of volunteering";
        QTest::newRow("unknown member") << "en" << 2 << "/nickname"
                                        << "nickname";
        QTest::newRow("the form itself") << "en" << 2 << ""
                                         << "Volunteer registration";
        QTest::newRow("French") << "fr" << 2 << "/email" << QStringLiteral("Adresse e-mail");
        QTest::newRow("French control label")
            << "fr" << 1 << "/fax" << QStringLiteral("Fax (si vous en avez encore un)");
    }

    void labels()
    {
        QFETCH(QString, language);
        QFETCH(int, version);
        QFETCH(QString, pointer);
        QFETCH(QString, label);
        QVERIFY(i18n::setLanguage(language));
        const FormDefinition &form = version == 1 ? *m_v1 : *m_v2;
        QCOMPARE(FormMigration::fieldLabel(form, pointer.toStdString()), label);
    }

    void missingFieldsAreLabelledInTheNewForm()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("fr")));
        auto plan =
            FormMigration::plan(parse(R"({"name": "A", "activity": "care"})"), *m_v1, *m_v2);
        QVERIFY(plan);
        QStringList labels;
        for (const forms::MissingField &m : plan->missingRequired)
            labels << m.label;
        labels.sort();
        QCOMPARE(labels, (QStringList{QStringLiteral("Adresse e-mail"),
                                      QStringLiteral("Numéro du brevet de secourisme")}));
    }

    void relabelledFields()
    {
        auto plan = FormMigration::plan(
            parse(R"({"name": "A", "activity": "sport", "address": {"street": "x"}})"), *m_v1,
            *m_v2);
        QVERIFY(plan);
        QCOMPARE(plan->relabelled.size(), std::size_t(1));
        QCOMPARE(plan->relabelled.front().pointer, std::string("/activity"));
        QCOMPARE(plan->relabelled.front().oldLabel, QStringLiteral("Activity"));
        QCOMPARE(plan->relabelled.front().newLabel, QStringLiteral("Kind of volunteering"));
        QVERIFY(!plan->isSilent());

        // Absent from the draft: nothing to tell.
        auto none = FormMigration::plan(parse(R"({"name": "A"})"), *m_v1, *m_v2);
        QVERIFY(none);
        QVERIFY(none->relabelled.empty());
    }

    void labelCallback()
    {
        FormMigration::Options options;
        options.label = [](const FormDefinition &form, const std::string &pointer) {
            return QStringLiteral("v%1:%2")
                .arg(form.version())
                .arg(QString::fromStdString(pointer));
        };
        auto plan = FormMigration::plan(parse(R"({"name": "A", "activity": "other"})"), *m_v1,
                                        *m_v2, options);
        QVERIFY(plan);
        QCOMPARE(plan->setAside.front().label, QStringLiteral("v1:/activity"));
        QStringList missing;
        for (const forms::MissingField &m : plan->missingRequired)
            missing << m.label;
        missing.sort();
        QCOMPARE(missing,
                 (QStringList{QStringLiteral("v2:/activity"), QStringLiteral("v2:/email")}));
    }

    // Migrating to the very version the draft was made with changes nothing, valid or not.
    void sameVersionChangesNothing_data() { addSampleRows(); }
    void sameVersionChangesNothing()
    {
        QFETCH(QString, id);
        QFETCH(QString, path);
        auto document = readJson(path);
        QVERIFY2(document, qPrintable(document ? QString() : document.error().message));
        const Definition form = bundled(id);
        auto plan = FormMigration::plan(*document, *form, *form);
        if (!document->isObject()) {
            QVERIFY(!plan);
            QCOMPARE(plan.error().code, QStringLiteral("forms.migration.notAnObject"));
            return;
        }
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QVERIFY2(plan->document == *document, qPrintable(text(plan->document)));
        QCOMPARE(setAsideList(*plan), QStringList());
        QCOMPARE(missingList(*plan), QStringList());
        QVERIFY(plan->relabelled.empty());
        QVERIFY(plan->isSilent());
        QCOMPARE(plan->rounds, 1);
        QCOMPARE(plan->isValid(), QFileInfo(path).fileName().startsWith(QLatin1String("valid-")));
    }

    // A realistic version 2 of a bundled form (only under tests/): every sample of version 1
    // migrates without losing anything.
    void bundledFormToVersion2_data()
    {
        QTest::addColumn<QString>("path");
        const QDir samples(sourceDir() + QStringLiteral("/forms/citizen-address-change/1/samples"));
        for (const QString &file :
             samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            if (file != QLatin1String("expected.json"))
                QTest::newRow(qPrintable(file)) << samples.filePath(file);
    }

    void bundledFormToVersion2()
    {
        QFETCH(QString, path);
        auto document = readJson(path);
        QVERIFY(document);
        auto plan = FormMigration::plan(*document, *m_addressV1, *m_addressV2);
        if (!document->isObject()) {
            QCOMPARE(plan.error().code, QStringLiteral("forms.migration.notAnObject"));
            return;
        }
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        verifyNothingLost(*document, *plan);
        QCOMPARE(plan->fromVersion, 1);
        QCOMPARE(plan->toVersion, 2);
        if (QFileInfo(path).fileName().startsWith(QLatin1String("valid-"))) {
            // The new question is asked, and the agent's free-text mandate reference no longer
            // fits the new reference format.
            QVERIFY(std::any_of(
                plan->missingRequired.begin(), plan->missingRequired.end(),
                [](const forms::MissingField &m) { return m.pointer == "/householdSize"; }));
            const json::Value *by = document->find("filedBy");
            const bool helpdesk = by && by->string() == "helpdesk";
            QCOMPARE(setAsideList(*plan),
                     helpdesk
                         ? QStringList{QStringLiteral("/onBehalfOf/mandateReference noLongerValid")}
                         : QStringList());
        }
    }

    // The never-lose-data property, on documents built to go wrong in many ways at once.
    void nothingLost_data()
    {
        QTest::addColumn<QByteArray>("oldDocument");
        QTest::newRow("unknown members at every level")
            << QByteArray(R"({"x": 1, "name": 5, "activity": ["other"], "fax": {"a": [1, 2]},
                             "address": {"box": null, "street": {}, "y": "z"},
                             "availability": [{"slot": "night", "extra": true}, 3, "s"],
                             "languages": {"fr": true}, "hoursPerWeek": "abc"})");
        QTest::newRow("members whose names need escaping")
            << QByteArray(R"({"a/b": 1, "c~d": 2, "": 3, "address": {"e/f~": 4, "box": "~/"}})");
        QTest::newRow("everything the new version refuses")
            << QByteArray(R"({"name": "A", "activity": "other", "status": "student",
                             "employer": "E", "hoursPerWeek": "99", "fax": "1",
                             "address": {"street": "S", "box": "b", "postalCode": "99999",
                                         "country": "FR"},
                             "availability": [{"day": "mon", "slot": "night"},
                                              {"day": "tue", "slot": "night"}],
                             "languages": ["es"]})");
    }

    void nothingLost()
    {
        QFETCH(QByteArray, oldDocument);
        const json::Value old = parse(oldDocument);
        auto plan = FormMigration::plan(old, *m_v1, *m_v2);
        QVERIFY(plan);
        verifyNothingLost(old, *plan);
        // And back: version 2's draft migrated to version 1.
        auto back = FormMigration::plan(plan->document, *m_v2, *m_v1);
        QVERIFY(back);
        verifyNothingLost(plan->document, *back);
    }

    void hostileInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        for (const char *notObject : {"[]", "\"text\"", "null", "42", "true"})
            QTest::addRow("document is %s", notObject)
                << QString::fromLatin1(notObject) << QStringLiteral("forms.migration.notAnObject");
        QTest::newRow("deep nesting") << "deep" << QStringLiteral("forms.migration.tooDeep");
        QTest::newRow("another form") << "other" << QStringLiteral("forms.migration.otherForm");
    }

    void hostileInputs()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        json::Value document;
        const FormDefinition *newForm = m_v2.get();
        if (input == QLatin1String("deep")) {
            document = parse(R"({"name": "A", "activity": "sport"})");
            document.objectRef().insert("fax", nested(5000));
        } else if (input == QLatin1String("other")) {
            document = parse(R"({"name": "A"})");
            newForm = m_addressV1.get();
        } else {
            document = parse(input.toUtf8());
        }
        auto plan = FormMigration::plan(document, *m_v1, *newForm);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, code);
        QVERIFY(!plan.error().message.isEmpty());
    }

    // As deep as a draft can be parsed: migrated, not refused, nothing lost.
    void deepButAcceptable()
    {
        json::Value document = parse(R"({"name": "A", "activity": "sport"})");
        document.objectRef().insert("fax", nested(500));
        auto plan = FormMigration::plan(document, *m_v1, *m_v2);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(setAsideList(*plan), QStringList{QStringLiteral("/fax removed")});
        verifyNothingLost(document, *plan);
    }

    void setAsideJson()
    {
        auto plan =
            FormMigration::plan(parse(R"({"name": "A", "activity": "other", "fax": {"n": [1, "2"]},
                     "availability": [{"day": "mon", "slot": "night"}]})"),
                                *m_v1, *m_v2);
        QVERIFY(plan);
        const json::Value stored = FormMigration::setAsideToJson(plan->setAside);
        QCOMPARE(stored["format"], json::Value(1));
        auto read = FormMigration::setAsideFromJson(stored);
        QVERIFY(read);
        QCOMPARE(read->size(), plan->setAside.size());
        for (std::size_t i = 0; i < read->size(); ++i) {
            const SetAsideValue &a = plan->setAside[i];
            const SetAsideValue &b = (*read)[i];
            QCOMPARE(b.pointer, a.pointer);
            QVERIFY(b.value == a.value);
            QCOMPARE(b.reason, a.reason);
            QCOMPARE(b.label, a.label);
            QCOMPARE(b.formVersion, a.formVersion);
            QCOMPARE(b.error.keyword, a.error.keyword);
            QCOMPARE(b.error.args, a.error.args);
            QCOMPARE(b.error.fieldLocation, a.error.fieldLocation);
            QCOMPARE(b.reasonText(), a.reasonText());
        }
    }

    void setAsideJsonRefusesDamage_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("not an object") << QByteArray("[]");
        QTest::newRow("unknown format") << QByteArray(R"({"format": 2, "values": []})");
        QTest::newRow("values not an array") << QByteArray(R"({"format": 1, "values": {}})");
        QTest::newRow("item not an object") << QByteArray(R"({"format": 1, "values": [1]})");
        QTest::newRow("bad pointer")
            << QByteArray(R"({"format": 1, "values": [{"pointer": "x", "value": 1,
                                                        "reason": "removed"}]})");
        QTest::newRow("no value") << QByteArray(
            R"({"format": 1, "values": [{"pointer": "/x", "reason": "removed"}]})");
        QTest::newRow("unknown reason")
            << QByteArray(R"({"format": 1, "values": [{"pointer": "/x", "value": 1,
                                                        "reason": "lost"}]})");
        QTest::newRow("bad version")
            << QByteArray(R"({"format": 1, "values": [{"pointer": "/x", "value": 1,
                                                        "reason": "removed", "formVersion": -1}]})");
        QTest::newRow("bad args") << QByteArray(
            R"({"format": 1, "values": [{"pointer": "/x", "value": 1,
                                                        "reason": "removed", "args": [1]}]})");
    }

    void setAsideJsonRefusesDamage()
    {
        QFETCH(QByteArray, stored);
        auto read = FormMigration::setAsideFromJson(parse(stored));
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("forms.migration.badSetAside"));
    }

    // A value put back only where the place is still free and reachable.
    void restoreLeavesNewValuesAlone()
    {
        auto plan = FormMigration::plan(parse(R"({"name": "A", "activity": "other", "fax": "1"})"),
                                        *m_v1, *m_v2);
        QVERIFY(plan);
        json::Value edited = plan->document;
        edited.objectRef().insert("activity", json::Value("care"));
        std::vector<SetAsideValue> left;
        const json::Value back = FormMigration::restore(edited, plan->setAside, &left);
        QCOMPARE(back["activity"], json::Value("care"));
        QCOMPARE(back["fax"], json::Value("1"));
        QCOMPARE(left.size(), std::size_t(1));
        QCOMPARE(left.front().pointer, std::string("/activity"));
    }

    void restoreDoesNotRecreateDeletedRows()
    {
        auto plan = FormMigration::plan(parse(R"({"name": "A", "activity": "sport",
                     "availability": [{"day": "mon", "slot": "night"}]})"),
                                        *m_v1, *m_v2);
        QVERIFY(plan);
        json::Value edited = plan->document;
        edited.objectRef().find("availability")->arrayRef().clear();
        std::vector<SetAsideValue> left;
        const json::Value back = FormMigration::restore(edited, plan->setAside, &left);
        QVERIFY2(back == edited, qPrintable(text(back)));
        QCOMPARE(left.size(), std::size_t(1));
        QCOMPARE(left.front().pointer, std::string("/availability/0/slot"));
    }
};

QTEST_GUILESS_MAIN(TestFormMigration)
#include "tst_formmigration.moc"
