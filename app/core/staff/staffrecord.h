#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

// One entry of an enterprise's staff register as the portal keeps it (api/openapi.yaml
// StaffRecord): the staff-record/1 document in `data`, and the version and ETag that a change
// must quote (If-Match) so that two people cannot overwrite each other unseen.
namespace guichet::staff {

struct StaffRecord
{
    QString id;
    QString enterpriseNumber;
    int version = 0;
    bool active = true;
    QJsonObject data;
    QByteArray etag;
    QString createdAt;
    QString updatedAt;

    // nullopt when json lacks id, data or etag.
    static std::optional<StaffRecord> fromJson(const QJsonObject &json);

    QString niss() const;
    QString lastName() const;
    QString firstName() const;
    // "Peeters, Jan"; the national number when the entry has no name.
    QString displayName() const;
    QString workerType() const;
    QString contractType() const;
    QString workingTime() const;
    QDate startDate() const;
    QDate endDate() const; // invalid when open-ended
    // What identifies the same employment twice (same person, same start): the national number
    // or, without one, the folded name and birth date, then the start date.
    QString duplicateKey() const;
    static QString duplicateKey(const QJsonObject &data);

    // A member of data by JSON Pointer ("/contract/startDate"), undefined when absent.
    QJsonValue value(const QString &pointer) const;
};

// Lower case without accents: "Gérard" -> "gerard", for searching and sorting names.
QString foldForSearch(const QString &text);

} // namespace guichet::staff
