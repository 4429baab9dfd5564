#include "backoff.h"

#include <QLocale>

#include <algorithm>

namespace guichet::sync {

Backoff::Backoff(ms base, ms cap) : m_base(std::max(base, ms(1))), m_cap(std::max(cap, m_base)) {}

Backoff::ms Backoff::ceiling(int failures) const
{
    if (failures <= 0)
        return ms(0);
    // Doubling past the cap is pointless and would overflow: stop as soon as it is reached.
    qint64 bound = m_base.count();
    for (int i = 1; i < failures && bound < m_cap.count(); ++i)
        bound *= 2;
    return ms(std::min<qint64>(bound, m_cap.count()));
}

Backoff::ms Backoff::delay(int failures, QRandomGenerator &random) const
{
    const qint64 bound = ceiling(failures).count();
    if (bound <= 0)
        return ms(0);
    return ms(qint64(random.bounded(quint64(bound) + 1)));
}

Backoff::ms Backoff::delay(int failures, std::optional<ms> retryAfter,
                           QRandomGenerator &random) const
{
    const ms drawn = delay(failures, random);
    if (!retryAfter)
        return drawn;
    return std::max(drawn, std::min(*retryAfter, maxRetryAfter));
}

std::optional<Backoff::ms> Backoff::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        return std::min(ms(std::min<qint64>(seconds, maxRetryAfter.count() / 1000) * 1000),
                        maxRetryAfter);
    }
    // IMF-fixdate, the form RFC 9110 requires senders to use.
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    const qint64 wait = std::clamp<qint64>(now.msecsTo(utc), 0, maxRetryAfter.count());
    return ms(wait);
}

} // namespace guichet::sync
