#pragma once

#include "core/api/portalaccess.h"
#include "core/expected.h"
#include "core/staff/dimonaperiod.h"
#include "core/staff/staffrecord.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// One enterprise's staff register on the portal (GET/POST/PUT /enterprises/{n}/staff...), as
// the signed-in person acting under a mandate. Changes are optimistic: update() and end() quote
// the ETag the record was read with (If-Match); when someone changed it meanwhile the portal
// answers 412 with the current record, which comes back as a Conflict for the caller to resolve
// with the person. Nothing here retries a change on its own.
//
// Callbacks run on the thread of the `context` given with each request, and not at all once that
// context is destroyed (they never touch this object, which may go first).
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
    // The whole register (no query) is asked with If-None-Match: when it has not changed since
    // the last answer (304), that answer's records come back again.
    void list(const Query &query, QObject *context, ListDone done);
    void list(QObject *context, ListDone done) { list(Query{}, context, std::move(done)); }

    using WriteDone = std::function<void(const WriteOutcome &)>;
    // POST: data is a staff-record/1 document (JSON text). idempotencyKey, when given, is sent as
    // Idempotency-Key (the same for every attempt of one entry): the portal then adds the entry
    // once however often the request arrives, answering a replay with 200 and the record it
    // made, which counts as saved.
    void create(const QByteArray &data, QObject *context, WriteDone done,
                const QByteArray &idempotencyKey = {});
    // PUT with If-Match: base is the record as it was read.
    void update(const StaffRecord &base, const QByteArray &data, QObject *context, WriteDone done);
    // POST .../end with If-Match.
    void end(const StaffRecord &base, const QDate &endDate, QObject *context, WriteDone done);
    void fetch(const QString &id, QObject *context, WriteDone done);

    using PeriodsDone = std::function<void(const Expected<QList<DimonaPeriod>> &)>;
    // The enterprise's open Dimona periods (GET /enterprises/{n}/dimona-periods?status=open),
    // for the period numbers of a Dimona OUT, UPDATE or CANCEL.
    void openDimonaPeriods(QObject *context, PeriodsDone done);

    // The error of a reply that is not what the operation expects, in the UI language: no
    // mandate, signed out, busy, server error...
    static Error replyError(const api::Reply &reply, const QString &enterpriseNumber);
    // True for errors worth trying again later (no answer, 429, 503).
    static bool isTransient(const Error &error);

private:
    void write(const QByteArray &method, const QString &path, const QByteArray &body,
               const QMap<QByteArray, QByteArray> &headers, int expectedStatus, QObject *context,
               WriteDone done);
    QString basePath() const;

    // The last whole-register answer, shared with the callbacks (which may outlive this).
    struct Cache
    {
        QByteArray etag;
        QList<StaffRecord> records;
    };

    api::PortalAccess &m_portal;
    QString m_enterprise;
    std::shared_ptr<Cache> m_cache = std::make_shared<Cache>();
};

} // namespace guichet::staff
