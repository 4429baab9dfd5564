// Replays fuzz inputs through the fuzz targets' entry points (see CMakeLists.txt).
//
//   tst_fuzz_regressions                     every file of tests/fuzz/{regressions,seeds}/<target>/
//   tst_fuzz_regressions TARGET FILE...      just these inputs (TARGET: parse, compile, validate)
//
// A crash, a sanitizer report or a broken fuzz invariant ends the process abnormally; the last
// "replaying" line names the input. Otherwise prints a summary and exits 0.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

extern "C" int guichetFuzz_parse(const std::uint8_t *data, std::size_t size);
extern "C" int guichetFuzz_compile(const std::uint8_t *data, std::size_t size);
extern "C" int guichetFuzz_validate(const std::uint8_t *data, std::size_t size);

namespace {

namespace fs = std::filesystem;

struct Target
{
    const char *name;
    int (*run)(const std::uint8_t *, std::size_t);
};

constexpr Target kTargets[] = {
    {"parse", guichetFuzz_parse},
    {"compile", guichetFuzz_compile},
    {"validate", guichetFuzz_validate},
};

const Target *findTarget(std::string_view name)
{
    for (const Target &t : kTargets) {
        if (name == t.name)
            return &t;
    }
    return nullptr;
}

bool replay(const Target &target, const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "FAIL: cannot read %s\n", file.c_str());
        return false;
    }
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::printf("replaying %s %s (%zu bytes)\n", target.name, file.c_str(), data.size());
    std::fflush(stdout);
    target.run(reinterpret_cast<const std::uint8_t *>(data.data()), data.size());
    return true;
}

// Inputs of a folder in name order; README and dot files are not inputs.
std::vector<fs::path> inputsIn(const fs::path &folder)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.front() != '.' && name.rfind("README", 0) != 0)
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1) {
        const Target *target = findTarget(argv[1]);
        if (!target || argc < 3) {
            std::fprintf(stderr, "usage: %s [parse|compile|validate FILE...]\n", argv[0]);
            return 2;
        }
        for (int i = 2; i < argc; ++i) {
            if (!replay(*target, argv[i]))
                return 1;
        }
        std::printf("PASS: %d %s input(s)\n", argc - 2, target->name);
        return 0;
    }

    const fs::path root(GUICHET_FUZZ_DIR);
    bool ok = true;
    for (const Target &target : kTargets) {
        const auto regressions = inputsIn(root / "regressions" / target.name);
        const auto seeds = inputsIn(root / "seeds" / target.name);
        if (seeds.empty()) {
            // An empty seed folder would make this test pass without testing anything.
            std::fprintf(stderr, "FAIL: no seeds in %s\n", (root / "seeds" / target.name).c_str());
            ok = false;
        }
        for (const auto &file : regressions)
            ok = replay(target, file) && ok;
        for (const auto &file : seeds)
            ok = replay(target, file) && ok;
        std::printf("%s: %zu regression(s), %zu seed(s) replayed\n", target.name,
                    regressions.size(), seeds.size());
    }
    std::printf("%s: tst_fuzz_regressions\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
