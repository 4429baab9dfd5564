#pragma once

#include "core/api/portalaccess.h"
#include "core/expected.h"
#include "core/staff/staffrecord.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// One enterprise's staff register on the portal (GET/POST/PUT /enterprises/{n}/staff...), as
// the signed-in person acting under a mandate. Changes are optimistic: update() and end() quote
// the ETag the record was read with (If-Match); when someone changed it meanwhile the portal
// answers 412 with the current record, which comes back as a Conflict for the caller to resolve
// with the person. Nothing here retries a change on its own.
//
// Callbacks run on this object's thread, and not at all once it is destroyed.
namespace guichet::staff {

// A finding of the portal on a refused record (400 validation-failed).
struct PortalAnomaly
{
    QString code;
    QString pointer;      // where the form shows it
    QJsonObject messages; // {"fr": ..., "nl": ..., "de": ..., "en": ...}
    // The message in the current UI language (English when the portal gave none in it).
    QString message() const;
};

struct WriteOutcome
{
    enum class Kind
    {
        Saved,    // record = the record as the portal now holds it
        Conflict, // record = the current record someone else wrote (412)
        Invalid,  // the portal refused the document: anomalies, error.message
        Failed,   // no usable answer or another refusal: error
    };
    Kind kind = Kind::Failed;
    StaffRecord record;
    QList<PortalAnomaly> anomalies;
    Error error;
};

class StaffRegister : public QObject
{
    Q_OBJECT

public:
    StaffRegister(api::PortalAccess &portal, const QString &enterpriseNumber,
                  QObject *parent = nullptr);

    QString enterpriseNumber() const { return m_enterprise; }
    api::PortalAccess &portal() const { return m_portal; }

    struct Query
    {
        QString search;             // q: words of the name, or digits of the national number
        std::optional<bool> active; // only active (true) or ended (false) records
    };
    using ListDone = std::function<void(const Expected<QList<StaffRecord>> &)>;
    void list(const Query &query, ListDone done);
    void list(ListDone done) { list(Query{}, std::move(done)); }

    using WriteDone = std::function<void(const WriteOutcome &)>;
    // POST: data is a staff-record/1 document (JSON text).
    void create(const QByteArray &data, WriteDone done);
    // PUT with If-Match: base is the record as it was read.
    void update(const StaffRecord &base, const QByteArray &data, WriteDone done);
    // POST .../end with If-Match.
    void end(const StaffRecord &base, const QDate &endDate, WriteDone done);
    void fetch(const QString &id, WriteDone done);

    // The error of a reply that is not what the operation expects, in the UI language: no
    // mandate, signed out, busy, server error...
    static Error replyError(const api::Reply &reply, const QString &enterpriseNumber);
    // True for errors worth trying again later (no answer, 429, 503).
    static bool isTransient(const Error &error);

private:
    void write(const QByteArray &method, const QString &path, const QByteArray &body,
               const QMap<QByteArray, QByteArray> &headers, int expectedStatus, WriteDone done);
    QString basePath() const;

    api::PortalAccess &m_portal;
    QString m_enterprise;
};

} // namespace guichet::staff
