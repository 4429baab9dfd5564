#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Guichet's JSON document model: what the schema engine validates, what the form model edits and
// what drafts store. Lossless: numbers keep their source text and objects their member order.
namespace guichet::json {

enum class Type : std::uint8_t
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object
};

class Value;

// A JSON number: the text it was written with (kept for round-trips: "1.0", "1e2", a 30-digit
// integer) and its double value.
class Number
{
public:
    Number() = default;
    explicit Number(double value);
    explicit Number(std::int64_t value);
    // text must be a valid JSON number; the double is computed from it.
    static Number fromText(std::string_view text);
    // text is trusted to be a valid JSON number whose value is value.
    Number(std::string text, double value);

    double toDouble() const { return m_value; }
    const std::string &text() const { return m_text; }
    // Written without fraction or exponent ("12", "-3"): draft 4's notion of an integer.
    bool isIntegerLiteral() const;
    // A mathematical integer (1, 1.0, 1e2): JSON Schema draft 6+'s notion of an integer.
    bool isIntegral() const;

    // Numeric equality (1 == 1.0 == 1e0); integers beyond 2^53 compared exactly by their text.
    bool operator==(const Number &other) const;

private:
    std::string m_text = "0";
    double m_value = 0;
};

// An object's members in source order, with lookup by key. Objects larger than a handful of
// members get a hash index so that lookup stays O(1).
class Object
{
public:
    using Member = std::pair<std::string, Value>;

    Object();
    // Takes members whose keys the caller knows to be unique (a parser that checked them).
    explicit Object(std::vector<Member> &&uniqueMembers);
    ~Object();
    Object(const Object &other);
    Object(Object &&other) noexcept;
    Object &operator=(const Object &other);
    Object &operator=(Object &&other) noexcept;

    // Defined after Value: clang instantiates C++20's constexpr vector members at first use,
    // which needs a complete Value.
    std::size_t size() const;
    bool empty() const;
    const Member &at(std::size_t i) const;
    Member &at(std::size_t i);
    auto begin() const { return m_members.begin(); }
    auto end() const { return m_members.end(); }
    auto begin() { return m_members.begin(); }
    auto end() { return m_members.end(); }

    // nullptr when absent.
    const Value *find(std::string_view key) const;
    Value *find(std::string_view key);
    // Position of the member, or -1.
    std::ptrdiff_t indexOf(std::string_view key) const;
    bool contains(std::string_view key) const { return indexOf(key) >= 0; }

    // Replaces the value of an existing key in place (its position is kept), else appends.
    Value &insert(std::string key, Value value);
    // Appends without checking for an existing key: for builders that know keys are unique.
    Value &appendUnique(std::string key, Value value);
    bool remove(std::string_view key);
    void reserve(std::size_t n);
    void clear();

    // Order-insensitive, numeric-aware equality (JSON Schema's).
    bool operator==(const Object &other) const;

private:
    void rebuildIndex();
    void indexInsert(std::size_t memberIndex);

    std::vector<Member> m_members;
    // Open-addressing table of member index + 1 (0 = empty), present once size() > threshold.
    // Behind a pointer so that small objects (the common case) stay small.
    std::unique_ptr<std::vector<std::uint32_t>> m_index;
};

using Array = std::vector<Value>;

// One JSON value. Cheap to move; copying is a deep copy.
class Value
{
public:
    Value() noexcept : m_type(Type::Null) {}
    Value(std::nullptr_t) noexcept : m_type(Type::Null) {}
    Value(bool b) noexcept : m_type(Type::Bool) { m_bool = b; }
    Value(int n);
    Value(std::int64_t n);
    Value(double d);
    Value(Number &&n);
    Value(const Number &n);
    Value(const char *s);
    Value(std::string &&s);
    Value(const std::string &s);
    Value(std::string_view s);
    Value(Array a);
    Value(Object o);
    ~Value() { destroy(); }

    Value(const Value &other);
    Value(Value &&other) noexcept;
    Value &operator=(const Value &other);
    Value &operator=(Value &&other) noexcept;

    static Value array(std::initializer_list<Value> items = {});
    static Value object();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    // Accessors return a neutral value (false, 0, "", empty) on a type mismatch.
    bool toBool() const { return m_type == Type::Bool && m_bool; }
    double toDouble() const { return m_type == Type::Number ? m_number.toDouble() : 0.0; }
    const Number &number() const;
    const std::string &string() const;
    const Array &arrayItems() const;
    const Object &objectMembers() const;
    // Mutable access: asserts the type (converts a null into an empty container first).
    std::string &stringRef();
    Array &arrayRef();
    Object &objectRef();

    // Object member (nullptr when absent or not an object).
    const Value *find(std::string_view key) const;
    Value *find(std::string_view key);
    // Array item or object member; a null Value reference when absent.
    const Value &operator[](std::string_view key) const;
    const Value &operator[](std::size_t index) const;
    std::size_t size() const; // items, members, or 0

    // JSON Schema equality: numbers numerically (1 == 1.0), objects regardless of member order.
    bool operator==(const Value &other) const;
    // A hash consistent with operator==.
    std::size_t hash() const;

private:
    void destroy() noexcept;
    void moveFrom(Value &&other) noexcept;
    void copyFrom(const Value &other);

    Type m_type;
    union {
        bool m_bool;
        Number m_number;
        std::string m_string;
        Array m_array;
        Object m_object;
    };
};

inline std::size_t Object::size() const
{
    return m_members.size();
}
inline bool Object::empty() const
{
    return m_members.empty();
}
inline const Object::Member &Object::at(std::size_t i) const
{
    return m_members[i];
}
inline Object::Member &Object::at(std::size_t i)
{
    return m_members[i];
}
inline void Object::reserve(std::size_t n)
{
    m_members.reserve(n);
}

// Byte equality of two texts, inlined for the short keys and enum values JSON documents are
// made of (a library memcmp call costs more than the comparison itself there).
inline bool sameText(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size();
    if (n != b.size())
        return false;
    const char *p = a.data();
    const char *q = b.data();
    if (n >= 8) {
        if (n > 16)
            return __builtin_memcmp(p, q, n) == 0;
        std::uint64_t x, y, z, w;
        __builtin_memcpy(&x, p, 8);
        __builtin_memcpy(&y, q, 8);
        __builtin_memcpy(&z, p + n - 8, 8);
        __builtin_memcpy(&w, q + n - 8, 8);
        return x == y && z == w;
    }
    if (n >= 4) {
        std::uint32_t x, y, z, w;
        __builtin_memcpy(&x, p, 4);
        __builtin_memcpy(&y, q, 4);
        __builtin_memcpy(&z, p + n - 4, 4);
        __builtin_memcpy(&w, q + n - 4, 4);
        return x == y && z == w;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != q[i])
            return false;
    return true;
}

// The null every failed lookup returns a reference to.
const Value &nullValue();

} // namespace guichet::json
