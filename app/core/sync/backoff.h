#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

#include <chrono>
#include <optional>

// How long to wait before trying again: exponential backoff with full jitter (a uniform draw
// between zero and min(cap, base · 2^(failures − 1))), so that many clients that failed together
// do not come back together; and the portal's Retry-After, which wins when it asks for longer.
namespace guichet::sync {

class Backoff
{
public:
    using ms = std::chrono::milliseconds;

    // Defaults for real use; tests use a few milliseconds.
    static constexpr ms defaultBase{2000};
    static constexpr ms defaultCap{5 * 60 * 1000};
    // A Retry-After beyond this is taken as this (a hostile or broken server must not park the
    // queue for days).
    static constexpr ms maxRetryAfter{60 * 60 * 1000};

    Backoff() = default;
    Backoff(ms base, ms cap);

    ms base() const { return m_base; }
    ms cap() const { return m_cap; }

    // The upper bound of the wait after `failures` consecutive failures (≥ 1):
    // min(cap, base · 2^(failures − 1)); zero for failures ≤ 0.
    ms ceiling(int failures) const;
    // A uniform draw in [0, ceiling(failures)].
    ms delay(int failures, QRandomGenerator &random) const;
    ms delay(int failures) const { return delay(failures, *QRandomGenerator::global()); }
    // The wait honouring the portal: at least retryAfter when it is given.
    ms delay(int failures, std::optional<ms> retryAfter, QRandomGenerator &random) const;

    // A Retry-After header value: delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015
    // 07:28:00 GMT", counted from now). nullopt when absent or malformed; at most maxRetryAfter.
    static std::optional<ms>
    parseRetryAfter(const QByteArray &value,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    ms m_base = defaultBase;
    ms m_cap = defaultCap;
};

} // namespace guichet::sync
