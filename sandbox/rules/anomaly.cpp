#include "anomaly.h"

#include "core/i18n.h"

namespace guichet::sandbox::rules {

QString severityName(Severity severity)
{
    return severity == Severity::Blocking ? QStringLiteral("blocking") : QStringLiteral("warning");
}

LocalizedText LocalizedText::arg(const QString &value) const
{
    return {fr.arg(value), nl.arg(value), de.arg(value), en.arg(value)};
}

LocalizedText LocalizedText::arg(const QString &a, const QString &b) const
{
    return {fr.arg(a, b), nl.arg(a, b), de.arg(a, b), en.arg(a, b)};
}

LocalizedText LocalizedText::arg(qint64 value) const
{
    return arg(QString::number(value));
}

LocalizedText LocalizedText::arg(const QDate &date) const
{
    const QString slashes = date.toString(QStringLiteral("dd/MM/yyyy"));
    return {fr.arg(slashes), nl.arg(slashes), de.arg(date.toString(QStringLiteral("dd.MM.yyyy"))),
            en.arg(slashes)};
}

LocalizedText LocalizedText::arg(const LocalizedText &values) const
{
    return {fr.arg(values.fr), nl.arg(values.nl), de.arg(values.de), en.arg(values.en)};
}

QString LocalizedText::text(const QString &language) const
{
    if (language == QLatin1String("fr"))
        return fr;
    if (language == QLatin1String("nl"))
        return nl;
    if (language == QLatin1String("de"))
        return de;
    return en;
}

QJsonObject LocalizedText::toJson() const
{
    return {{QStringLiteral("fr"), fr},
            {QStringLiteral("nl"), nl},
            {QStringLiteral("de"), de},
            {QStringLiteral("en"), en}};
}

LocalizedText LocalizedText::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("fr")).toString(),
            object.value(QStringLiteral("nl")).toString(),
            object.value(QStringLiteral("de")).toString(),
            object.value(QStringLiteral("en")).toString()};
}

LocalizedText money(qint64 cents)
{
    const double euros = double(cents) / 100.0;
    auto amount = [euros](const char *language) {
        return i18n::localeFor(QString::fromLatin1(language)).toString(euros, 'f', 2);
    };
    // Where the sign goes is each language's habit in Belgian administrative texts.
    return {amount("fr") + QStringLiteral("\u00a0€"), QStringLiteral("€\u00a0") + amount("nl"),
            amount("de") + QStringLiteral("\u00a0€"), QStringLiteral("€") + amount("en")};
}

LocalizedText decimal(double value)
{
    auto text = [value](const char *language) {
        QLocale locale = i18n::localeFor(QString::fromLatin1(language));
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(value, 'g', 12);
    };
    return {text("fr"), text("nl"), text("de"), text("en")};
}

QJsonObject Anomaly::toJson() const
{
    QJsonObject object{{QStringLiteral("code"), code},
                       {QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("pointer"), pointer},
                       {QStringLiteral("message"), message.toJson()}};
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return object;
}

std::optional<Anomaly> Anomaly::fromJson(const QJsonObject &object)
{
    const QString severity = object.value(QStringLiteral("severity")).toString();
    if (severity != QLatin1String("blocking") && severity != QLatin1String("warning"))
        return std::nullopt;
    Anomaly anomaly;
    anomaly.code = object.value(QStringLiteral("code")).toString();
    anomaly.severity =
        severity == QLatin1String("blocking") ? Severity::Blocking : Severity::Warning;
    anomaly.pointer = object.value(QStringLiteral("pointer")).toString();
    anomaly.message = LocalizedText::fromJson(object.value(QStringLiteral("message")).toObject());
    anomaly.field = object.value(QStringLiteral("field")).toString();
    return anomaly;
}

bool hasBlocking(const QList<Anomaly> &anomalies)
{
    for (const Anomaly &anomaly : anomalies)
        if (anomaly.severity == Severity::Blocking)
            return true;
    return false;
}

} // namespace guichet::sandbox::rules
