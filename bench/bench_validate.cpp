// bench_validate: in-process timing of Guichet's schema engine on the DmfA-like declarations of
// bench/dmfa, measured the way bench/peers/ajv-bench.mjs measures ajv so that the two can be
// put side by side (see scripts/bench-validate and bench/RESULTS.md).
//
//   bench_validate --schema S --data D [--data D2 ...] [--runs R] [--warmup W]
//                  [--format-assertion] [--edits E] [--seed N]
//
// One JSON line per data file on stdout: read (once), parse into json::Value (R runs), compile
// (R runs), validate with every error on the already-parsed document (first call, then R runs
// after W warm-up calls), isValid (R runs) and, when the engine has one, a one-row incremental
// revalidation after an edit made through json::setPointer (E edits on random workers).

#include "core/json/parser.h"
#include "core/json/pointer.h"
#include "core/json/value.h"
#include "core/json/writer.h"
#include "core/schema/schema.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#if __has_include("core/schema/incrementalvalidator.h")
#include "core/schema/incrementalvalidator.h"
#define GUICHET_BENCH_INCREMENTAL 1
#else
#define GUICHET_BENCH_INCREMENTAL 0
#endif

namespace {

using Clock = std::chrono::steady_clock;
namespace json = guichet::json;
namespace schema = guichet::schema;

struct Options
{
    std::string schemaPath;
    std::vector<std::string> dataPaths;
    int runs = 15;
    int warmup = 2;
    int edits = 25;
    unsigned seed = 7;
    bool formatAssertion = false;
};

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template<typename F>
double timeMs(F &&f)
{
    const auto start = Clock::now();
    f();
    return msSince(start);
}

// Process CPU time (every thread, user + system) in ms: what a call costs when the machine is
// shared, where wall-clock also counts the time spent waiting for a core. The peers measure the
// same (process.cpuUsage(), time.process_time()).
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Three decimals, like the peers print theirs.
std::string ms(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

std::string summary(std::vector<double> samples)
{
    if (samples.empty())
        return "null";
    std::sort(samples.begin(), samples.end());
    const std::size_t mid = samples.size() / 2;
    const double median = samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
    return "{\"median\":" + ms(median) + ",\"min\":" + ms(samples.front()) +
           ",\"max\":" + ms(samples.back()) + ",\"runs\":" + std::to_string(samples.size()) + "}";
}

std::string quoted(std::string_view text)
{
    std::string out;
    json::appendQuoted(out, text);
    return out;
}

bool readFile(const std::string &path, std::string &out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = std::move(buffer).str();
    return true;
}

int usage()
{
    std::fprintf(stderr, "usage: bench_validate --schema S --data D [--data D2 ...] [--runs R] "
                         "[--warmup W] [--format-assertion] [--edits E] [--seed N]\n");
    return 2;
}

bool parseArgs(int argc, char **argv, Options &options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--schema" && hasValue)
            options.schemaPath = argv[++i];
        else if (arg == "--data" && hasValue)
            options.dataPaths.emplace_back(argv[++i]);
        else if (arg == "--runs" && hasValue)
            options.runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--warmup" && hasValue)
            options.warmup = std::max(0, std::atoi(argv[++i]));
        else if (arg == "--edits" && hasValue)
            options.edits = std::max(0, std::atoi(argv[++i]));
        else if (arg == "--seed" && hasValue)
            options.seed = unsigned(std::strtoul(argv[++i], nullptr, 10));
        else if (arg == "--format-assertion")
            options.formatAssertion = true;
        else if (!arg.empty() && arg[0] != '-')
            options.dataPaths.push_back(arg);
        else
            return false;
    }
    return !options.schemaPath.empty() && !options.dataPaths.empty();
}

std::string countsByKeyword(const std::vector<schema::ValidationError> &errors)
{
    std::map<std::string, int> counts;
    for (const auto &error : errors)
        ++counts[error.keyword];
    std::string out = "{";
    for (const auto &[keyword, count] : counts) {
        if (out.size() > 1)
            out += ',';
        out += quoted(keyword) + ':' + std::to_string(count);
    }
    return out + '}';
}

#if GUICHET_BENCH_INCREMENTAL
bool sameErrors(std::vector<schema::ValidationError> a, std::vector<schema::ValidationError> b)
{
    const auto byPlace = [](const schema::ValidationError &x, const schema::ValidationError &y) {
        return std::tie(x.instanceLocation, x.keywordLocation, x.keyword, x.args) <
               std::tie(y.instanceLocation, y.keywordLocation, y.keyword, y.args);
    };
    std::sort(a.begin(), a.end(), byPlace);
    std::sort(b.begin(), b.end(), byPlace);
    return a == b;
}

// One-row edits the way a form makes them: a value replaced through json::setPointer on a
// random worker, alternating between making it invalid and valid again, then
// IncrementalValidator::update at that pointer. Every edit is checked (outside the timing)
// against a full validation of the edited document.
std::string incremental(const std::shared_ptr<const schema::CompiledSchema> &compiled,
                        json::Value document, const Options &options)
{
    if (options.edits == 0)
        return "\"incremental\":null";
    const std::size_t workers = document["workers"].size();
    if (workers == 0)
        return "\"incremental\":null";

    schema::IncrementalValidator validator(compiled);
    const double resetMs = timeMs([&] { validator.reset(document); });

    std::mt19937 random(options.seed);
    std::uniform_int_distribution<std::size_t> pickWorker(0, workers - 1);
    std::vector<double> updateSamples;
    std::vector<double> updateCpu;
    int mismatches = 0;
    for (int edit = 0; edit < options.edits; ++edit) {
        const std::string row = "/workers/" + std::to_string(pickWorker(random));
        std::string pointer;
        json::Value value;
        switch (edit % 4) {
        case 0:
            pointer = row + "/workerRecords/0/occupations/0/remunerations/0/amount";
            value = json::Number::fromText("-12.50");
            break;
        case 1:
            pointer = row + "/workerRecords/0/occupations/0/remunerations/0/amount";
            value = json::Number::fromText("1234.56");
            break;
        case 2:
            pointer = row + "/niss";
            value = "85073003329"; // check digits off by one
            break;
        default:
            pointer = row + "/niss";
            value = "85073003328";
            break;
        }
        if (!json::setPointer(document, pointer, std::move(value))) {
            std::fprintf(stderr, "bench_validate: cannot set %s\n", pointer.c_str());
            ++mismatches;
            continue;
        }
        const double cpuStart = cpuMs();
        updateSamples.push_back(timeMs([&] { validator.update(document, pointer); }));
        updateCpu.push_back(cpuMs() - cpuStart);
        const auto full = compiled->validate(document);
        if (full.valid != validator.isValid() || !sameErrors(full.errors, validator.errors()))
            ++mismatches;
    }
    return "\"incremental\":{\"reset_ms\":" + ms(resetMs) +
           ",\"update_ms\":" + summary(updateSamples) + ",\"update_cpu_ms\":" + summary(updateCpu) +
           ",\"edits\":" + std::to_string(options.edits) +
           ",\"verified_against_full\":" + std::to_string(updateSamples.size()) +
           ",\"mismatches\":" + std::to_string(mismatches) +
           ",\"errors_after\":" + std::to_string(validator.errors().size()) + "}";
}
#endif

int run(const Options &options)
{
    std::string schemaText;
    if (!readFile(options.schemaPath, schemaText)) {
        std::fprintf(stderr, "bench_validate: cannot read %s\n", options.schemaPath.c_str());
        return 2;
    }
    auto schemaValue = json::parse(schemaText);
    if (!schemaValue) {
        std::fprintf(stderr, "bench_validate: %s: not JSON\n", options.schemaPath.c_str());
        return 2;
    }
    schema::CompileOptions compileOptions;
    compileOptions.formatAssertion = options.formatAssertion;

    std::vector<double> compileSamples;
    std::shared_ptr<const schema::CompiledSchema> compiled;
    double compileFirst = 0;
    for (int i = 0; i < options.runs; ++i) {
        const auto start = Clock::now();
        auto result = schema::compile(*schemaValue, compileOptions);
        const double elapsed = msSince(start);
        if (!result) {
            std::fprintf(stderr, "bench_validate: %s: %s\n", options.schemaPath.c_str(),
                         result.error().message.toUtf8().constData());
            return 2;
        }
        if (i == 0)
            compileFirst = elapsed;
        compileSamples.push_back(elapsed);
        compiled = *result;
    }

    for (const auto &path : options.dataPaths) {
        std::string text;
        const double readMs = timeMs([&] { readFile(path, text); });
        if (text.empty()) {
            std::fprintf(stderr, "bench_validate: cannot read %s\n", path.c_str());
            return 2;
        }

        std::vector<double> parseSamples;
        std::vector<double> parseCpu;
        json::Value document;
        for (int i = 0; i < options.runs; ++i) {
            const double cpuStart = cpuMs();
            const auto start = Clock::now();
            auto parsed = json::parse(text);
            parseSamples.push_back(msSince(start));
            parseCpu.push_back(cpuMs() - cpuStart);
            if (!parsed) {
                std::fprintf(stderr, "bench_validate: %s: %s\n", path.c_str(),
                             parsed.error().message.toUtf8().constData());
                return 2;
            }
            document = std::move(*parsed);
        }

        schema::ValidationResult result;
        const double firstMs = timeMs([&] { result = compiled->validate(document); });
        for (int i = 0; i < options.warmup; ++i)
            result = compiled->validate(document);
        std::vector<double> validateSamples;
        std::vector<double> validateCpu;
        for (int i = 0; i < options.runs; ++i) {
            // Destroying the previous result is not part of the measured call.
            schema::ValidationResult fresh;
            const double cpuStart = cpuMs();
            validateSamples.push_back(timeMs([&] { fresh = compiled->validate(document); }));
            validateCpu.push_back(cpuMs() - cpuStart);
            result = std::move(fresh);
        }

        std::vector<double> isValidSamples;
        bool isValid = false;
        for (int i = 0; i < options.warmup; ++i)
            isValid = compiled->isValid(document);
        for (int i = 0; i < options.runs; ++i)
            isValidSamples.push_back(timeMs([&] { isValid = compiled->isValid(document); }));

        std::string line = "{\"tool\":\"guichet\",\"file\":" + quoted(path) +
                           ",\"bytes\":" + std::to_string(text.size()) +
                           ",\"format_assertion\":" + (options.formatAssertion ? "true" : "false") +
                           ",\"read_ms\":" + ms(readMs) + ",\"parse_ms\":" + summary(parseSamples) +
                           ",\"parse_cpu_ms\":" + summary(parseCpu) +
                           ",\"compile_ms\":{\"first\":" + ms(compileFirst) + ',' +
                           summary(compileSamples).substr(1) +
                           ",\"validate_first_ms\":" + ms(firstMs) +
                           ",\"validate_ms\":" + summary(validateSamples) +
                           ",\"validate_cpu_ms\":" + summary(validateCpu) +
                           ",\"is_valid_ms\":" + summary(isValidSamples) +
                           ",\"valid\":" + (result.valid ? "true" : "false") +
                           ",\"is_valid\":" + (isValid ? "true" : "false") +
                           ",\"errors\":" + std::to_string(result.errors.size()) +
                           ",\"errors_comparable\":" + std::to_string(result.errors.size()) +
                           ",\"errors_by_keyword\":" + countsByKeyword(result.errors);
#if GUICHET_BENCH_INCREMENTAL
        line += ',' + incremental(compiled, std::move(document), options);
#else
        line += ",\"incremental\":null";
#endif
        line += '}';
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (!parseArgs(argc, argv, options))
        return usage();
    return run(options);
}
