#include "batchprogress.h"

#include <cmath>

namespace guichet::sync {

std::optional<double> BatchProgress::ratePerMinute(const QDateTime &now) const
{
    if (finishedInRun <= 0)
        return std::nullopt;
    QDateTime end = now;
    if (isComplete() && lastCompleted.isValid())
        end = lastCompleted;
    else if (paused && pausedAt.isValid())
        end = pausedAt;
    const qint64 elapsed = runStarted().msecsTo(end);
    if (elapsed <= 0)
        return std::nullopt;
    return double(finishedInRun) * 60000.0 / double(elapsed);
}

std::optional<std::chrono::seconds> BatchProgress::timeLeft(const QDateTime &now) const
{
    if (paused || isComplete())
        return std::nullopt;
    const std::optional<double> rate = ratePerMinute(now);
    if (!rate || *rate <= 0)
        return std::nullopt;
    return std::chrono::seconds(qint64(std::ceil(double(remaining()) * 60.0 / *rate)));
}

} // namespace guichet::sync
