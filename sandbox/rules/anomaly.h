#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the sandbox says about a declaration: one anomaly per broken rule, in the four languages
// at once (the API always returns all four, whatever Accept-Language says).
namespace guichet::sandbox::rules {

enum class Severity
{
    Blocking, // the declaration is refused (result B)
    Warning,  // accepted with a remark (result W)
};

// "blocking" / "warning", as the API writes them.
QString severityName(Severity severity);

// One text in the four languages of the portal.
struct LocalizedText
{
    QString fr;
    QString nl;
    QString de;
    QString en;

    // Replaces the lowest %n in every language (QString::arg semantics), e.g. a period number.
    LocalizedText arg(const QString &value) const;
    // Both at once (QString::arg(a, b)): free text (a typed name) may hold "%2" itself.
    LocalizedText arg(const QString &a, const QString &b) const;
    LocalizedText arg(qint64 value) const;
    // A date as each language writes it: 31/10/2025 (fr, nl, en), 31.10.2025 (de).
    LocalizedText arg(const QDate &date) const;
    // Text per language, for values that read differently (amounts, hours with decimals).
    LocalizedText arg(const LocalizedText &values) const;

    QString text(const QString &language) const; // "en" for anything unknown
    bool isComplete() const
    {
        return !fr.isEmpty() && !nl.isEmpty() && !de.isEmpty() && !en.isEmpty();
    }
    QJsonObject toJson() const; // {"fr","nl","de","en"}
    static LocalizedText fromJson(const QJsonObject &object);

    bool operator==(const LocalizedText &) const = default;
};

// An amount in euro cents as each language writes it: "18 000,00 €", "€ 18.000,00"...
LocalizedText money(qint64 cents);
// A number of hours, decimals as each language writes them ("22,5" / "22.5").
LocalizedText decimal(double value);

struct Anomaly
{
    QString code; // "00913-354", "SCHEMA-format", "DIMONA-OUT-BEFORE-IN"...
    Severity severity = Severity::Blocking;
    QString pointer; // JSON Pointer into the declaration's data ("" = the whole document)
    LocalizedText message;
    // Where a form shows it, when that differs from pointer (a missing member is shown at the
    // member, not at the object that lacks it); empty otherwise.
    QString field;

    QJsonObject toJson() const; // {"code", "severity", "pointer", "message": {...}, "field"?}
    static std::optional<Anomaly> fromJson(const QJsonObject &object);

    bool operator==(const Anomaly &) const = default;
};

bool hasBlocking(const QList<Anomaly> &anomalies);

} // namespace guichet::sandbox::rules
