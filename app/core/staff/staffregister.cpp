#include "core/staff/staffregister.h"

#include "core/i18n.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace guichet::staff {

namespace {

QString displayEnterprise(const QString &number)
{
    if (number.size() != 10)
        return number;
    return number.left(4) + QLatin1Char('.') + number.mid(4, 3) + QLatin1Char('.') + number.mid(7);
}

} // namespace

QString PortalAnomaly::message() const
{
    const QString language = i18n::currentLanguage();
    QString text = messages.value(language).toString();
    if (text.isEmpty())
        text = messages.value(QLatin1String("en")).toString();
    return text;
}

StaffRegister::StaffRegister(api::PortalAccess &portal, const QString &enterpriseNumber,
                             QObject *parent)
    : QObject(parent), m_portal(portal), m_enterprise(enterpriseNumber)
{}

QString StaffRegister::basePath() const
{
    return QStringLiteral("/enterprises/%1/staff").arg(m_enterprise);
}

Error StaffRegister::replyError(const api::Reply &reply, const QString &enterpriseNumber)
{
    const QString reason = reply.reason();
    const QString status = QString::number(reply.status);
    if (reply.status == 401)
        return Error{QStringLiteral("staff.signedOut"),
                     tr("Your portal session has ended. Sign in again with your eID card."),
                     {status}};
    if (reply.status == 403)
        return Error{QStringLiteral("staff.noMandate"),
                     tr("You hold no mandate for the enterprise %1.")
                         .arg(displayEnterprise(enterpriseNumber)),
                     {status, enterpriseNumber}};
    if (reply.status == 404)
        return Error{QStringLiteral("staff.notFound"),
                     tr("This worker is no longer in the register."),
                     {status}};
    if (reply.status == 400 && reason == QLatin1String("invalid-end-date"))
        return Error{QStringLiteral("staff.invalidEndDate"),
                     tr("The end date is not valid: it cannot be before the contract's start."),
                     {status}};
    if (reply.status == 429 || reply.status == 503)
        return Error{QStringLiteral("staff.busy"),
                     tr("The portal is busy. Try again in a moment."),
                     {status, QString::fromLatin1(reply.header("retry-after"))}};
    if (reply.status >= 500)
        return Error{QStringLiteral("staff.serverError"),
                     tr("The portal could not handle the request (error %1). Try again later.")
                         .arg(reply.status),
                     {status}};
    return Error{QStringLiteral("staff.refused"),
                 tr("The portal refused the request (error %1: %2).")
                     .arg(reply.status)
                     .arg(reply.detail().isEmpty() ? reason : reply.detail()),
                 {status, reason}};
}

bool StaffRegister::isTransient(const Error &error)
{
    return error.code == QLatin1String("timeout") || error.code == QLatin1String("unreachable") ||
           error.code == QLatin1String("network") || error.code == QLatin1String("staff.busy");
}

void StaffRegister::list(const Query &query, QObject *context, ListDone done)
{
    QUrlQuery q;
    if (!query.search.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("q"), query.search.trimmed().left(100));
    if (query.active)
        q.addQueryItem(QStringLiteral("active"),
                       *query.active ? QStringLiteral("true") : QStringLiteral("false"));
    QString path = basePath();
    const bool whole = q.isEmpty();
    if (!whole)
        path += QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
    QMap<QByteArray, QByteArray> headers;
    if (whole && !m_cache->etag.isEmpty())
        headers.insert("If-None-Match", m_cache->etag);
    const QString enterprise = m_enterprise;
    const std::shared_ptr<Cache> cache = whole ? m_cache : nullptr;
    m_portal.request(
        "GET", path, {}, headers, context,
        [done = std::move(done), enterprise, cache](const Expected<api::Reply> &reply) {
            if (!reply) {
                done(reply.error());
                return;
            }
            if (reply->status == 304 && cache) {
                done(cache->records);
                return;
            }
            if (reply->status != 200) {
                done(replyError(*reply, enterprise));
                return;
            }
            QList<StaffRecord> records;
            const QJsonArray staff = reply->json.value(QLatin1String("staff")).toArray();
            records.reserve(staff.size());
            for (const QJsonValue &item : staff) {
                if (auto record = StaffRecord::fromJson(item.toObject()))
                    records.append(std::move(*record));
                else
                    qCWarning(lcApi) << "staff register: a record without id, data or etag was "
                                        "skipped";
            }
            if (cache) {
                cache->etag = reply->header("etag");
                cache->records = records;
            }
            done(records);
        });
}

void StaffRegister::write(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QMap<QByteArray, QByteArray> &headers, int expectedStatus,
                          QObject *context, WriteDone done)
{
    const QString enterprise = m_enterprise;
    m_portal.request(
        method, path, body, headers, context,
        [done = std::move(done), expectedStatus, enterprise](const Expected<api::Reply> &reply) {
            WriteOutcome outcome;
            if (!reply) {
                outcome.error = reply.error();
                done(outcome);
                return;
            }
            // A creation replayed under its idempotency key answers 200 instead of 201.
            if (reply->status == expectedStatus ||
                (expectedStatus == 201 && reply->status == 200)) {
                if (auto record = StaffRecord::fromJson(reply->json)) {
                    outcome.kind = WriteOutcome::Kind::Saved;
                    outcome.record = std::move(*record);
                } else {
                    outcome.error = Error{QStringLiteral("staff.badAnswer"),
                                          tr("The portal's answer could not be read."),
                                          {}};
                }
                done(outcome);
                return;
            }
            if (reply->status == 412) {
                if (auto current = StaffRecord::fromJson(
                        reply->json.value(QLatin1String("current")).toObject())) {
                    outcome.kind = WriteOutcome::Kind::Conflict;
                    outcome.record = std::move(*current);
                    outcome.error = Error{QStringLiteral("staff.conflict"),
                                          tr("Someone else changed this worker's entry since you "
                                             "opened it."),
                                          {}};
                    done(outcome);
                    return;
                }
            }
            if (reply->status == 400 && reply->reason() == QLatin1String("validation-failed")) {
                outcome.kind = WriteOutcome::Kind::Invalid;
                for (const QJsonValue &item :
                     reply->json.value(QLatin1String("anomalies")).toArray()) {
                    const QJsonObject a = item.toObject();
                    PortalAnomaly anomaly;
                    anomaly.code = a.value(QLatin1String("code")).toString();
                    anomaly.pointer = a.value(QLatin1String("field")).toString();
                    if (anomaly.pointer.isEmpty())
                        anomaly.pointer = a.value(QLatin1String("pointer")).toString();
                    anomaly.messages = a.value(QLatin1String("message")).toObject();
                    outcome.anomalies.append(anomaly);
                }
                outcome.error = Error{QStringLiteral("staff.invalid"),
                                      tr("The portal refused the entry: it does not fit the "
                                         "staff-record form."),
                                      {}};
                done(outcome);
                return;
            }
            outcome.error = replyError(*reply, enterprise);
            done(outcome);
        });
}

void StaffRegister::create(const QByteArray &data, QObject *context, WriteDone done,
                           const QByteArray &idempotencyKey)
{
    QMap<QByteArray, QByteArray> headers;
    if (!idempotencyKey.isEmpty())
        headers.insert("Idempotency-Key", idempotencyKey);
    write("POST", basePath(), data, headers, 201, context, std::move(done));
}

void StaffRegister::update(const StaffRecord &base, const QByteArray &data, QObject *context,
                           WriteDone done)
{
    write("PUT", basePath() + QLatin1Char('/') + base.id, data, {{"If-Match", base.etag}}, 200,
          context, std::move(done));
}

void StaffRegister::end(const StaffRecord &base, const QDate &endDate, QObject *context,
                        WriteDone done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("endDate"), endDate.toString(Qt::ISODate)}})
            .toJson(QJsonDocument::Compact);
    write("POST", basePath() + QLatin1Char('/') + base.id + QStringLiteral("/end"), body,
          {{"If-Match", base.etag}}, 200, context, std::move(done));
}

void StaffRegister::fetch(const QString &id, QObject *context, WriteDone done)
{
    write("GET", basePath() + QLatin1Char('/') + id, {}, {}, 200, context, std::move(done));
}

void StaffRegister::openDimonaPeriods(QObject *context, PeriodsDone done)
{
    const QString enterprise = m_enterprise;
    m_portal.get(QStringLiteral("/enterprises/%1/dimona-periods?status=open").arg(m_enterprise),
                 context, [done = std::move(done), enterprise](const Expected<api::Reply> &reply) {
                     if (!reply) {
                         done(reply.error());
                         return;
                     }
                     if (reply->status != 200) {
                         done(replyError(*reply, enterprise));
                         return;
                     }
                     QList<DimonaPeriod> periods;
                     for (const QJsonValue &item :
                          reply->json.value(QLatin1String("periods")).toArray()) {
                         if (auto period = DimonaPeriod::fromJson(item.toObject()))
                             periods.append(std::move(*period));
                     }
                     done(periods);
                 });
}

} // namespace guichet::staff
