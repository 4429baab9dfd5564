#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace guichet {

// A failure as data: a stable code (for tests and exit codes), the parameters needed to say it
// in the user's language, and the message already translated where the producer can do so.
struct Error
{
    QString code;       // e.g. "schema.unresolvedRef", "io.unreadable"
    QString message;    // translated, complete sentence
    QStringList params; // the values the message was built from
};

// The value or the reason there is none. Nothing in Guichet throws across a layer: functions
// that can fail return Expected<T>.
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(Error error) : m_state(std::move(error)) {}

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace guichet
