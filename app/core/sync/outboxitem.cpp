#include "outboxitem.h"

#include <array>
#include <utility>

namespace guichet::sync {

namespace {
constexpr std::array<std::pair<OutboxState, const char *>, 9> kStates{{
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Received, "received"},
    {OutboxState::Processing, "processing"},
    {OutboxState::Accepted, "accepted"},
    {OutboxState::AcceptedWithWarnings, "accepted-with-warnings"},
    {OutboxState::Refused, "refused"},
    {OutboxState::Waiting, "waiting"},
    {OutboxState::Failed, "failed"},
}};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QString stateName(OutboxState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<OutboxState> stateFromName(const QString &name)
{
    for (const auto &[s, n] : kStates) {
        if (name == QLatin1String(n))
            return s;
    }
    return std::nullopt;
}

bool isFinal(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
    case OutboxState::Sending:
    case OutboxState::Received:
    case OutboxState::Processing:
        return false;
    case OutboxState::Accepted:
    case OutboxState::AcceptedWithWarnings:
    case OutboxState::Refused:
    case OutboxState::Waiting:
    case OutboxState::Failed:
        return true;
    }
    return false;
}

std::optional<OutboxState> stateForResult(const QString &letter)
{
    if (letter == QLatin1String("A"))
        return OutboxState::Accepted;
    if (letter == QLatin1String("W"))
        return OutboxState::AcceptedWithWarnings;
    if (letter == QLatin1String("B"))
        return OutboxState::Refused;
    if (letter == QLatin1String("S"))
        return OutboxState::Waiting;
    return std::nullopt;
}

QString Anomaly::message(const QString &language) const
{
    if (const QString text = messages.value(language); !text.isEmpty())
        return text;
    if (const QString text = messages.value(QStringLiteral("en")); !text.isEmpty())
        return text;
    return messages.isEmpty() ? QString() : messages.cbegin().value();
}

Anomaly Anomaly::fromJson(const QJsonObject &object)
{
    Anomaly a;
    a.code = str(object, "code");
    a.blocking = str(object, "severity") != QLatin1String("warning");
    a.pointer = str(object, "pointer");
    a.field = str(object, "field");
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isObject()) {
        const QJsonObject texts = message.toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (it.value().isString())
                a.messages.insert(it.key(), it.value().toString());
        }
    } else if (message.isString()) {
        a.messages.insert(QStringLiteral("en"), message.toString());
    }
    return a;
}

QList<Anomaly> OutboxResult::anomalyList() const
{
    QList<Anomaly> list;
    for (const QJsonValue &v : anomalies) {
        if (v.isObject())
            list.append(Anomaly::fromJson(v.toObject()));
    }
    return list;
}

QHash<QString, QList<Anomaly>> OutboxResult::anomaliesByField() const
{
    QHash<QString, QList<Anomaly>> byField;
    for (Anomaly &a : anomalyList())
        byField[a.fieldPointer()].append(std::move(a));
    return byField;
}

QJsonObject OutboxResult::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("declarationId", declarationId);
    put("ticket", ticket);
    put("status", status);
    put("result", result);
    if (!anomalies.isEmpty())
        o.insert(QStringLiteral("anomalies"), anomalies);
    put("submittedAt", submittedAt);
    put("completedAt", completedAt);
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    return o;
}

OutboxResult OutboxResult::fromJson(const QJsonObject &object)
{
    OutboxResult r;
    r.declarationId = str(object, "declarationId");
    r.ticket = str(object, "ticket");
    r.status = str(object, "status");
    r.result = str(object, "result");
    r.anomalies = object.value(QLatin1String("anomalies")).toArray();
    r.submittedAt = str(object, "submittedAt");
    r.completedAt = str(object, "completedAt");
    r.problem = object.value(QLatin1String("problem")).toObject();
    return r;
}

} // namespace guichet::sync
