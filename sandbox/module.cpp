#include "module.h"

#include <algorithm>
#include <cstring>

namespace guichet::sandbox {

namespace {

// A function-local static: registration runs from other translation units' static initialisers,
// whose order relative to a namespace-scope vector is unspecified.
std::vector<Module> &registry()
{
    static std::vector<Module> modules;
    return modules;
}

} // namespace

void registerModule(Module module)
{
    registry().push_back(std::move(module));
}

std::vector<Module> modules()
{
    std::vector<Module> sorted = registry();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Module &a, const Module &b) {
        const bool aCore = std::strcmp(a.name, "core") == 0;
        const bool bCore = std::strcmp(b.name, "core") == 0;
        if (aCore != bCore)
            return aCore;
        return std::strcmp(a.name, b.name) < 0;
    });
    return sorted;
}

} // namespace guichet::sandbox
