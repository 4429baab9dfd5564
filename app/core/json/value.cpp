#include "value.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

namespace guichet::json {

namespace {

constexpr std::size_t kIndexThreshold = 12;

std::size_t hashKey(std::string_view key)
{
    // FNV-1a, 64 bit: keys are short, this is fast enough and has no dependencies.
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : key) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return std::size_t(h ^ (h >> 29));
}

std::size_t mix(std::size_t h, std::size_t v)
{
    return h ^ (v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2));
}

bool textIsIntegerLiteral(const std::string &text)
{
    return text.find_first_of(".eE") == std::string::npos;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Number

Number::Number(double value) : m_value(value)
{
    if (std::isfinite(value) && std::floor(value) == value &&
        std::fabs(value) < 9.007199254740992e15) {
        m_text = std::to_string(std::int64_t(value));
        return;
    }
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_text.assign(buffer, result.ptr);
    if (!std::isfinite(value))
        m_text = "null"; // not representable in JSON; serialised as null
}

Number::Number(std::int64_t value) : m_text(std::to_string(value)), m_value(double(value)) {}

Number::Number(std::string text, double value) : m_text(std::move(text)), m_value(value) {}

Number Number::fromText(std::string_view text)
{
    std::string owned(text);
    double d = std::strtod(owned.c_str(), nullptr);
    return Number(std::move(owned), d);
}

bool Number::isIntegerLiteral() const
{
    return textIsIntegerLiteral(m_text);
}

bool Number::isIntegral() const
{
    if (std::isfinite(m_value))
        return std::floor(m_value) == m_value;
    return textIsIntegerLiteral(m_text); // beyond the range of a double
}

bool Number::operator==(const Number &other) const
{
    if (m_value != other.m_value)
        return false;
    // Doubles lose integers beyond 2^53: compare such integers exactly by their digits.
    if (std::fabs(m_value) >= 9007199254740992.0 && textIsIntegerLiteral(m_text) &&
        textIsIntegerLiteral(other.m_text))
        return m_text == other.m_text;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Object

Object::Object() = default;

Object::Object(std::vector<Member> &&uniqueMembers) : m_members(std::move(uniqueMembers))
{
    rebuildIndex();
}
Object::~Object() = default;
Object::Object(const Object &other) : m_members(other.m_members)
{
    if (other.m_index)
        m_index = std::make_unique<std::vector<std::uint32_t>>(*other.m_index);
}
Object::Object(Object &&other) noexcept
    : m_members(std::move(other.m_members)), m_index(std::move(other.m_index))
{
    other.m_members.clear();
}

Object &Object::operator=(const Object &other)
{
    if (this != &other) {
        m_members = other.m_members;
        m_index.reset();
        if (other.m_index)
            m_index = std::make_unique<std::vector<std::uint32_t>>(*other.m_index);
    }
    return *this;
}

Object &Object::operator=(Object &&other) noexcept
{
    if (this != &other) {
        m_members = std::move(other.m_members);
        m_index = std::move(other.m_index);
        other.m_members.clear();
    }
    return *this;
}

std::ptrdiff_t Object::indexOf(std::string_view key) const
{
    if (!m_index) {
        for (std::size_t i = 0; i < m_members.size(); ++i) {
            if (sameText(m_members[i].first, key))
                return std::ptrdiff_t(i);
        }
        return -1;
    }
    const std::vector<std::uint32_t> &index = *m_index;
    const std::size_t mask = index.size() - 1;
    for (std::size_t slot = hashKey(key) & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t entry = index[slot];
        if (entry == 0)
            return -1;
        if (m_members[entry - 1].first == key)
            return std::ptrdiff_t(entry - 1);
    }
}

const Value *Object::find(std::string_view key) const
{
    const std::ptrdiff_t i = indexOf(key);
    return i < 0 ? nullptr : &m_members[std::size_t(i)].second;
}

Value *Object::find(std::string_view key)
{
    const std::ptrdiff_t i = indexOf(key);
    return i < 0 ? nullptr : &m_members[std::size_t(i)].second;
}

void Object::indexInsert(std::size_t memberIndex)
{
    std::vector<std::uint32_t> &index = *m_index;
    const std::size_t mask = index.size() - 1;
    std::size_t slot = hashKey(m_members[memberIndex].first) & mask;
    while (index[slot] != 0)
        slot = (slot + 1) & mask;
    index[slot] = std::uint32_t(memberIndex + 1);
}

void Object::rebuildIndex()
{
    m_index.reset();
    if (m_members.size() <= kIndexThreshold)
        return;
    std::size_t capacity = 32;
    while (capacity < m_members.size() * 2)
        capacity *= 2;
    m_index = std::make_unique<std::vector<std::uint32_t>>(capacity, 0);
    for (std::size_t i = 0; i < m_members.size(); ++i)
        indexInsert(i);
}

Value &Object::appendUnique(std::string key, Value value)
{
    m_members.emplace_back(std::move(key), std::move(value));
    if (m_members.size() > kIndexThreshold) {
        if (!m_index || m_index->size() < m_members.size() * 2)
            rebuildIndex();
        else
            indexInsert(m_members.size() - 1);
    }
    return m_members.back().second;
}

Value &Object::insert(std::string key, Value value)
{
    const std::ptrdiff_t i = indexOf(key);
    if (i >= 0) {
        m_members[std::size_t(i)].second = std::move(value);
        return m_members[std::size_t(i)].second;
    }
    return appendUnique(std::move(key), std::move(value));
}

bool Object::remove(std::string_view key)
{
    const std::ptrdiff_t i = indexOf(key);
    if (i < 0)
        return false;
    m_members.erase(m_members.begin() + i);
    rebuildIndex();
    return true;
}

void Object::clear()
{
    m_members.clear();
    m_index.reset();
}

bool Object::operator==(const Object &other) const
{
    if (m_members.size() != other.m_members.size())
        return false;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        // Same order is the common case: avoid the lookup then.
        const Member &m = m_members[i];
        const Member &o = other.m_members[i];
        if (m.first == o.first) {
            if (!(m.second == o.second))
                return false;
            continue;
        }
        const Value *v = other.find(m.first);
        if (!v || !(*v == m.second))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Value

const Value &nullValue()
{
    static const Value null;
    return null;
}

namespace {
const std::string &emptyString()
{
    static const std::string empty;
    return empty;
}
const Array &emptyArray()
{
    static const Array empty;
    return empty;
}
const Object &emptyObject()
{
    static const Object empty;
    return empty;
}
const Number &zeroNumber()
{
    static const Number zero;
    return zero;
}
} // namespace

Value::Value(int n) : m_type(Type::Number)
{
    new (&m_number) Number(std::int64_t(n));
}
Value::Value(std::int64_t n) : m_type(Type::Number)
{
    new (&m_number) Number(n);
}
Value::Value(double d) : m_type(Type::Number)
{
    new (&m_number) Number(d);
}
Value::Value(Number &&n) : m_type(Type::Number)
{
    new (&m_number) Number(std::move(n));
}
Value::Value(const Number &n) : m_type(Type::Number)
{
    new (&m_number) Number(n);
}
Value::Value(const char *s) : m_type(Type::String)
{
    new (&m_string) std::string(s);
}
Value::Value(std::string &&s) : m_type(Type::String)
{
    new (&m_string) std::string(std::move(s));
}
Value::Value(const std::string &s) : m_type(Type::String)
{
    new (&m_string) std::string(s);
}
Value::Value(std::string_view s) : m_type(Type::String)
{
    new (&m_string) std::string(s);
}
Value::Value(Array a) : m_type(Type::Array)
{
    new (&m_array) Array(std::move(a));
}
Value::Value(Object o) : m_type(Type::Object)
{
    new (&m_object) Object(std::move(o));
}

Value::Value(const Value &other) : m_type(Type::Null)
{
    copyFrom(other);
}

Value::Value(Value &&other) noexcept : m_type(Type::Null)
{
    moveFrom(std::move(other));
}

Value &Value::operator=(const Value &other)
{
    if (this != &other) {
        Value copy(other);
        destroy();
        moveFrom(std::move(copy));
    }
    return *this;
}

Value &Value::operator=(Value &&other) noexcept
{
    if (this != &other) {
        // other may live inside *this (assigning a child to its parent): detach it first.
        Value tmp(std::move(other));
        destroy();
        moveFrom(std::move(tmp));
    }
    return *this;
}

Value Value::array(std::initializer_list<Value> items)
{
    return Value(Array(items));
}

Value Value::object()
{
    return Value(Object());
}

void Value::destroy() noexcept
{
    switch (m_type) {
    case Type::Number:
        m_number.~Number();
        break;
    case Type::String:
        m_string.~basic_string();
        break;
    case Type::Array:
        m_array.~Array();
        break;
    case Type::Object:
        m_object.~Object();
        break;
    default:
        break;
    }
    m_type = Type::Null;
}

void Value::moveFrom(Value &&other) noexcept
{
    m_type = other.m_type;
    switch (m_type) {
    case Type::Null:
        break;
    case Type::Bool:
        m_bool = other.m_bool;
        break;
    case Type::Number:
        new (&m_number) Number(std::move(other.m_number));
        break;
    case Type::String:
        new (&m_string) std::string(std::move(other.m_string));
        break;
    case Type::Array:
        new (&m_array) Array(std::move(other.m_array));
        break;
    case Type::Object:
        new (&m_object) Object(std::move(other.m_object));
        break;
    }
    other.destroy();
}

void Value::copyFrom(const Value &other)
{
    switch (other.m_type) {
    case Type::Null:
        break;
    case Type::Bool:
        m_bool = other.m_bool;
        break;
    case Type::Number:
        new (&m_number) Number(other.m_number);
        break;
    case Type::String:
        new (&m_string) std::string(other.m_string);
        break;
    case Type::Array:
        new (&m_array) Array(other.m_array);
        break;
    case Type::Object:
        new (&m_object) Object(other.m_object);
        break;
    }
    m_type = other.m_type;
}

const Number &Value::number() const
{
    return m_type == Type::Number ? m_number : zeroNumber();
}
const std::string &Value::string() const
{
    return m_type == Type::String ? m_string : emptyString();
}
const Array &Value::arrayItems() const
{
    return m_type == Type::Array ? m_array : emptyArray();
}
const Object &Value::objectMembers() const
{
    return m_type == Type::Object ? m_object : emptyObject();
}

std::string &Value::stringRef()
{
    if (m_type == Type::Null)
        *this = Value(std::string());
    assert(m_type == Type::String);
    return m_string;
}
Array &Value::arrayRef()
{
    if (m_type == Type::Null)
        *this = Value(Array());
    assert(m_type == Type::Array);
    return m_array;
}
Object &Value::objectRef()
{
    if (m_type == Type::Null)
        *this = Value(Object());
    assert(m_type == Type::Object);
    return m_object;
}

const Value *Value::find(std::string_view key) const
{
    return m_type == Type::Object ? m_object.find(key) : nullptr;
}

Value *Value::find(std::string_view key)
{
    return m_type == Type::Object ? m_object.find(key) : nullptr;
}

const Value &Value::operator[](std::string_view key) const
{
    const Value *v = find(key);
    return v ? *v : nullValue();
}

const Value &Value::operator[](std::size_t index) const
{
    if (m_type == Type::Array && index < m_array.size())
        return m_array[index];
    return nullValue();
}

std::size_t Value::size() const
{
    if (m_type == Type::Array)
        return m_array.size();
    if (m_type == Type::Object)
        return m_object.size();
    return 0;
}

bool Value::operator==(const Value &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
        return m_number == other.m_number;
    case Type::String:
        return sameText(m_string, other.m_string);
    case Type::Array:
        return m_array == other.m_array;
    case Type::Object:
        return m_object == other.m_object;
    }
    return false;
}

std::size_t Value::hash() const
{
    switch (m_type) {
    case Type::Null:
        return 0x6e756c6cu;
    case Type::Bool:
        return m_bool ? 0x74727565u : 0x66616c73u;
    case Type::Number: {
        double d = m_number.toDouble();
        if (d == 0)
            d = 0; // -0 == 0
        std::uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        return mix(0x6e756du, std::size_t(bits));
    }
    case Type::String:
        return mix(0x737472u, hashKey(m_string));
    case Type::Array: {
        std::size_t h = 0x617272u;
        for (const Value &v : m_array)
            h = mix(h, v.hash());
        return h;
    }
    case Type::Object: {
        // Order-insensitive: combine member hashes with a commutative operation.
        std::size_t sum = 0;
        for (const auto &[k, v] : m_object)
            sum += mix(hashKey(k), v.hash());
        return mix(0x6f626au, sum);
    }
    }
    return 0;
}

} // namespace guichet::json
