// IncrementalValidator must always agree with a full validation, whatever the edit.
#include "dmfafixture.h"
#include "siblingschema.h"

#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/schema/incrementalvalidator.h"
#include "core/schema/schema.h"

#include <QtTest>

#include <algorithm>
#include <tuple>

using namespace guichet;

namespace {

bool lessError(const schema::ValidationError &a, const schema::ValidationError &b)
{
    return std::tie(a.instanceLocation, a.keywordLocation, a.keyword, a.args, a.fieldLocation) <
           std::tie(b.instanceLocation, b.keywordLocation, b.keyword, b.args, b.fieldLocation);
}

bool lessBranch(const schema::AppliedBranch &a, const schema::AppliedBranch &b)
{
    return std::tie(a.instanceLocation, a.keywordLocation, a.alternative, a.property, a.applies) <
           std::tie(b.instanceLocation, b.keywordLocation, b.alternative, b.property, b.applies);
}

template<typename T, typename Less>
std::vector<T> sorted(std::vector<T> v, Less less)
{
    std::sort(v.begin(), v.end(), less);
    return v;
}

// One random edit of the kinds a form makes; returns the pointer to report.
std::string randomEdit(json::Value &doc, QRandomGenerator &rng)
{
    json::Array &workers = doc.objectRef().find("workers")->arrayRef();
    const std::size_t w = rng.bounded(quint32(workers.size()));
    const std::string worker = "/workers/" + std::to_string(w);
    json::Value &target = workers[w];
    switch (rng.bounded(12)) {
    case 0: { // a leaf string, valid or not
        const char *values[] = {"", "85073003328", "X", "Dupont"};
        const char *fields[] = {"niss", "lastName", "gender"};
        const std::string p = worker + "/" + fields[rng.bounded(3)];
        json::setPointer(doc, p, json::Value(values[rng.bounded(4)]));
        return p;
    }
    case 1: { // an amount deep down
        const std::string p = worker + "/occupations/0/remunerations/0/amount";
        if (!json::resolvePointer(doc, worker + "/occupations/0/remunerations/0"))
            return worker;
        json::setPointer(doc, p, json::Value(json::Number::fromText(rng.bounded(2) ? "-1" : "5")));
        return p;
    }
    case 2: // a member removed
        target.objectRef().remove("address");
        return worker + "/address";
    case 3: { // a member added, known or not
        const std::string key = rng.bounded(2) ? "extra" : "nationality";
        target.objectRef().insert(key, json::Value(rng.bounded(2) ? "FR" : "BE"));
        return worker + "/" + key;
    }
    case 4: // a whole worker replaced by a copy of another: uniqueItems
        target = json::Value(workers[rng.bounded(quint32(workers.size()))]);
        return worker;
    case 5: { // an item appended to a nested array: its pointer is the array's
        json::Value *r = json::resolvePointer(doc, worker + "/occupations/0/remunerations");
        if (!r)
            return worker;
        json::Value copy = r->size() ? (*r)[0] : json::Value::object();
        r->arrayRef().push_back(std::move(copy));
        return worker + "/occupations/0/remunerations";
    }
    case 6: { // an item removed, reported at the item (the engine must notice the shift)
        json::Value *r = json::resolvePointer(doc, worker + "/occupations/0/remunerations");
        if (!r || r->size() == 0)
            return worker;
        r->arrayRef().erase(r->arrayRef().begin());
        return worker + "/occupations/0/remunerations/0";
    }
    case 7: { // a worker appended or removed at the top level
        if (rng.bounded(2) && workers.size() > 2) {
            workers.pop_back();
            return "/workers/" + std::to_string(workers.size());
        }
        workers.push_back(workers[w]);
        return "/workers";
    }
    case 8: // the employer, away from the workers
        doc.objectRef().find("employer")->objectRef().remove("nssoNumber");
        return "/employer/nssoNumber";
    case 9: // a type change
        target.objectRef().insert("occupations", json::Value(rng.bounded(2) ? "none" : "[]"));
        return worker + "/occupations";
    case 10: { // gender that moves contains and oneOf
        const char *g[] = {"M", "F", "X"};
        target.objectRef().insert("gender", json::Value(g[rng.bounded(3)]));
        return worker + "/gender";
    }
    default: { // the quarter, read by the root's else branch
        const char *q[] = {"2024-Q4", "2024-Q1"};
        doc.objectRef().insert("quarter", json::Value(q[rng.bounded(2)]));
        return "/quarter";
    }
    }
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT

private slots:
    void matchesFullValidation_data();
    void matchesFullValidation();
    void reportsChanges();
    void malformedPointerRevalidatesAll();
};

void TestIncremental::matchesFullValidation_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("formats");
    QTest::addRow("dmfa schema, formats asserted") << QString() << 1u << true;
    QTest::addRow("dmfa schema, annotations") << QString() << 2u << false;
    QTest::addRow("sibling-dependent keywords, seed 3")
        << QString::fromUtf8(testing::kSiblingSchema) << 3u << false;
    QTest::addRow("sibling-dependent keywords, seed 4")
        << QString::fromUtf8(testing::kSiblingSchema) << 4u << true;
}

void TestIncremental::matchesFullValidation()
{
    QFETCH(QString, schema);
    QFETCH(quint32, seed);
    QFETCH(bool, formats);
    schema::CompileOptions options;
    options.formatAssertion = formats;
    const json::Value schemaValue =
        schema.isEmpty() ? testing::dmfaSchema() : *json::parse(schema.toStdString());
    auto compiled = schema::compile(schemaValue, options);
    QVERIFY2(compiled, qPrintable(compiled ? QString() : compiled.error().message));

    json::Value doc = testing::dmfaDocument(28, 0.05, seed);
    schema::IncrementalValidator incremental(*compiled, true);
    incremental.reset(doc);
    QRandomGenerator rng(seed * 7919);
    const int edits = 300;
    for (int i = 0; i < edits; ++i) {
        const std::vector<schema::ValidationError> before = incremental.errors();
        const std::string pointer = randomEdit(doc, rng);
        const auto change = incremental.update(doc, pointer);
        const schema::ValidationResult full =
            (*compiled)->validate(doc, schema::ValidateOptions{true});
        const auto expected = sorted(full.errors, lessError);
        const auto actual = sorted(incremental.errors(), lessError);
        if (actual != expected) {
            qWarning() << "edit" << i << "at" << pointer.c_str() << ":" << actual.size()
                       << "errors incrementally," << expected.size() << "in full";
            QFAIL("incremental errors differ from a full validation");
        }
        QCOMPARE(incremental.isValid(), full.valid);
        QVERIFY2(sorted(incremental.branches(), lessBranch) == sorted(full.branches, lessBranch),
                 qPrintable(QStringLiteral("branches differ after edit %1 at %2")
                                .arg(i)
                                .arg(QString::fromStdString(pointer))));
        // added/removed is exactly the difference between before and after.
        std::vector<schema::ValidationError> rebuilt = sorted(before, lessError);
        for (const auto &r : change.removed) {
            auto it = std::find(rebuilt.begin(), rebuilt.end(), r);
            QVERIFY(it != rebuilt.end());
            rebuilt.erase(it);
        }
        rebuilt.insert(rebuilt.end(), change.added.begin(), change.added.end());
        QVERIFY(sorted(rebuilt, lessError) == expected);
    }
}

void TestIncremental::reportsChanges()
{
    schema::CompileOptions options;
    options.formatAssertion = true;
    auto compiled = schema::compile(testing::dmfaSchema(), options);
    QVERIFY(compiled);
    json::Value doc = testing::dmfaDocument(5, 0.0, 11);
    schema::IncrementalValidator incremental(*compiled);
    incremental.reset(doc);
    QVERIFY(incremental.isValid());
    const std::string pointer = "/workers/2/occupations/0/remunerations/1/amount";
    QVERIFY(json::setPointer(doc, pointer, json::Value(-3)));
    auto change = incremental.update(doc, pointer);
    QCOMPARE(change.added.size(), std::size_t(1));
    QVERIFY(change.removed.empty());
    QCOMPARE(change.added[0].instanceLocation, pointer);
    QCOMPARE(change.added[0].keyword, std::string("minimum"));
    QVERIFY(!incremental.isValid());
    QVERIFY(json::setPointer(doc, pointer, json::Value(3)));
    change = incremental.update(doc, pointer);
    QVERIFY(change.added.empty());
    QCOMPARE(change.removed.size(), std::size_t(1));
    QVERIFY(incremental.isValid());
}

void TestIncremental::malformedPointerRevalidatesAll()
{
    auto compiled = schema::compile(testing::dmfaSchema());
    QVERIFY(compiled);
    json::Value doc = testing::dmfaDocument(3, 0.0, 5);
    schema::IncrementalValidator incremental(*compiled);
    incremental.reset(doc);
    doc.objectRef().insert("unexpected", json::Value(1));
    const auto change = incremental.update(doc, "not a pointer");
    QCOMPARE(change.added.size(), std::size_t(1));
    QCOMPARE(change.added[0].keyword, std::string("additionalProperties"));
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
