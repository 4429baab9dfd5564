// Micro-benchmark of the schema engine on a generated DmfA-like declaration. Not a test: prints
// timings. Usage: schema_microbench [workers=10000] [rounds=20]
#include "dmfafixture.h"

#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/writer.h"
#include "core/schema/incrementalvalidator.h"
#include "core/schema/schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace guichet;

namespace {
// CPU time of this thread: the machine is shared, wall time says more about the neighbours.
double cpuMs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template<typename F>
double bestOf(int rounds, F &&f)
{
    double best = 1e9;
    for (int i = 0; i < rounds; ++i) {
        const double start = cpuMs();
        f();
        best = std::min(best, cpuMs() - start);
    }
    return best;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int workers = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 20;

    // Validate a parsed document, as in real use (its memory is laid out by the parser).
    const std::string text = json::serialize(testing::dmfaDocument(workers, 0.01, 42));
    const json::Value document = json::parse(text).value();
    std::printf("document: %d workers, %.2f MB (times: best CPU time)\n", workers,
                double(text.size()) / 1e6);

    // The parsed documents are destroyed outside the timed part.
    std::vector<json::Value> keep;
    const double parseMs = bestOf(rounds, [&] {
        auto parsed = json::parse(text);
        if (!parsed)
            std::abort();
        keep.push_back(std::move(parsed).value());
    });
    keep.clear();
    std::printf("parse:            %8.2f ms\n", parseMs);
    if (qEnvironmentVariableIsSet("MICROBENCH_PARSE_ONLY"))
        return 0;
    const double serializeMs = bestOf(rounds, [&] { (void)json::serialize(document); });
    std::printf("serialize:        %8.2f ms\n", serializeMs);

    // The floor: visiting every value once, touching each string.
    std::size_t values = 0, chars = 0;
    std::function<void(const json::Value &)> walk = [&](const json::Value &v) {
        ++values;
        if (v.isArray())
            for (const json::Value &item : v.arrayItems())
                walk(item);
        else if (v.isObject())
            for (const auto &[key, member] : v.objectMembers()) {
                chars += key.size();
                walk(member);
            }
        else if (v.isString())
            chars += std::size_t(v.string()[0]);
    };
    const double walkMs = bestOf(rounds, [&] {
        values = 0;
        walk(document);
    });
    std::printf("walk:             %8.2f ms  (%zu values)\n", walkMs, values);

    schema::CompileOptions options;
    options.formatAssertion = true;
    auto compiled = schema::compile(testing::dmfaSchema(), options);
    if (!compiled) {
        std::printf("compile error: %s\n", qPrintable(compiled.error().message));
        return 1;
    }
    std::size_t errors = 0;
    const double validateMs =
        bestOf(rounds, [&] { errors = (*compiled)->validate(document).errors.size(); });
    std::printf("validate (all):   %8.2f ms  (%zu errors)\n", validateMs, errors);
    if (qEnvironmentVariableIsSet("MICROBENCH_VALIDATE_ONLY")) {
        const int loops = std::max(100, 1000000 / std::max(1, workers));
        for (int i = 0; i < loops; ++i)
            (void)(*compiled)->validate(document);
        return 0;
    }
    const double isValidMs = bestOf(rounds, [&] { (void)(*compiled)->isValid(document); });
    std::printf("isValid:          %8.2f ms\n", isValidMs);
    schema::ValidateOptions withBranches;
    withBranches.collectBranches = true;
    const double branchesMs =
        bestOf(rounds, [&] { (void)(*compiled)->validate(document, withBranches); });
    std::printf("validate+branches:%8.2f ms\n", branchesMs);

    schema::IncrementalValidator incremental(*compiled);
    json::Value edited = document;
    double start = cpuMs();
    incremental.reset(edited);
    std::printf("incremental reset:%8.2f ms\n", cpuMs() - start);
    QRandomGenerator rng(7);
    double worst = 0, sum = 0;
    const int edits = qEnvironmentVariableIsSet("MICROBENCH_EDITS") ? 5000 : 200;
    for (int i = 0; i < edits; ++i) {
        const std::string pointer = "/workers/" + std::to_string(rng.bounded(workers)) +
                                    "/occupations/0/remunerations/0/amount";
        json::setPointer(edited, pointer,
                         json::Value(json::Number::fromText(i % 2 ? "-5" : "12.50")));
        start = cpuMs();
        (void)incremental.update(edited, pointer);
        const double ms = cpuMs() - start;
        worst = std::max(worst, ms);
        sum += ms;
    }
    std::printf("incremental update: mean %.3f ms, worst %.3f ms over %d edits\n", sum / edits,
                worst, edits);
    start = cpuMs();
    const std::size_t current = incremental.errors().size();
    std::printf("errors() assembled after an update: %.3f ms (%zu errors)\n", cpuMs() - start,
                current);
    return 0;
}
