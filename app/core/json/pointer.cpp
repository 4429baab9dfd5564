#include "pointer.h"

namespace guichet::json {

std::string escapePointerToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out.push_back(c);
    }
    return out;
}

void appendPointerToken(std::string &pointer, std::string_view token)
{
    pointer.push_back('/');
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer.push_back(c);
    }
}

std::string unescapePointerToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out.push_back(token[i + 1] == '1' ? '/' : '~');
            ++i;
        } else {
            out.push_back(token[i]);
        }
    }
    return out;
}

std::optional<std::vector<std::string>> parsePointer(std::string_view pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    if (pointer[0] != '/')
        return std::nullopt;
    std::size_t start = 1;
    for (;;) {
        const std::size_t slash = pointer.find('/', start);
        const std::string_view raw = pointer.substr(
            start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        for (std::size_t i = 0; i < raw.size(); ++i)
            if (raw[i] == '~' && (i + 1 >= raw.size() || (raw[i + 1] != '0' && raw[i + 1] != '1')))
                return std::nullopt;
        tokens.push_back(unescapePointerToken(raw));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return tokens;
}

std::string makePointer(const std::vector<std::string> &tokens)
{
    std::string out;
    for (const std::string &t : tokens)
        appendPointerToken(out, t);
    return out;
}

std::optional<std::size_t> arrayIndex(std::string_view token)
{
    if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0'))
        return std::nullopt;
    std::size_t v = 0;
    for (char c : token) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + std::size_t(c - '0');
    }
    return v;
}

namespace {
template<typename V>
V *resolveIn(V &root, std::string_view pointer)
{
    auto tokens = parsePointer(pointer);
    if (!tokens)
        return nullptr;
    V *current = &root;
    for (const std::string &t : *tokens) {
        if (current->isObject()) {
            current = current->find(t);
            if (!current)
                return nullptr;
        } else if (current->isArray()) {
            auto index = arrayIndex(t);
            if (!index || *index >= current->size())
                return nullptr;
            if constexpr (std::is_const_v<V>)
                current = &current->arrayItems()[*index];
            else
                current = &current->arrayRef()[*index];
        } else {
            return nullptr;
        }
    }
    return current;
}
} // namespace

const Value *resolvePointer(const Value &root, std::string_view pointer)
{
    return resolveIn<const Value>(root, pointer);
}

Value *resolvePointer(Value &root, std::string_view pointer)
{
    return resolveIn<Value>(root, pointer);
}

bool setPointer(Value &root, std::string_view pointer, Value value)
{
    auto tokens = parsePointer(pointer);
    if (!tokens)
        return false;
    if (tokens->empty()) {
        root = std::move(value);
        return true;
    }
    Value *current = &root;
    for (std::size_t i = 0; i < tokens->size(); ++i) {
        const std::string &t = (*tokens)[i];
        const bool last = i + 1 == tokens->size();
        if (current->isNull())
            *current = Value::object();
        if (current->isObject()) {
            Value *next = current->find(t);
            if (last) {
                current->objectRef().insert(t, std::move(value));
                return true;
            }
            if (!next)
                next = &current->objectRef().insert(t, Value::object());
            current = next;
        } else if (current->isArray()) {
            Array &items = current->arrayRef();
            std::size_t index;
            if (t == "-") {
                index = items.size();
            } else {
                auto parsed = arrayIndex(t);
                if (!parsed || *parsed > items.size())
                    return false;
                index = *parsed;
            }
            if (index == items.size())
                items.emplace_back(last ? std::move(value) : Value::object());
            else if (last)
                items[index] = std::move(value);
            if (last)
                return true;
            current = &items[index];
        } else {
            return false;
        }
    }
    return false;
}

bool removePointer(Value &root, std::string_view pointer)
{
    auto tokens = parsePointer(pointer);
    if (!tokens || tokens->empty())
        return false;
    const std::string last = tokens->back();
    tokens->pop_back();
    Value *parent = resolvePointer(root, makePointer(*tokens));
    if (!parent)
        return false;
    if (parent->isObject())
        return parent->objectRef().remove(last);
    if (parent->isArray()) {
        auto index = arrayIndex(last);
        Array &items = parent->arrayRef();
        if (!index || *index >= items.size())
            return false;
        items.erase(items.begin() + std::ptrdiff_t(*index));
        return true;
    }
    return false;
}

} // namespace guichet::json
