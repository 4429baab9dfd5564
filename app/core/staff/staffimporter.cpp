#include "core/staff/staffimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <chrono>

namespace guichet::staff {

StaffImporter::StaffImporter(StaffRegister &staffRegister, QObject *parent)
    : QObject(parent), m_register(staffRegister)
{}

void StaffImporter::start(QList<ImportItem> items, bool stopOnFailure)
{
    m_items = std::move(items);
    for (ImportItem &item : m_items) {
        if (item.idempotencyKey.isEmpty())
            item.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    m_stop = false;
    m_verifying = false;
    m_stopOnFailure = stopOnFailure;
    m_report = ImportReport{};
    m_running = true;
    emit progress(0, int(m_items.size()));
    // Started from the event loop, so that a caller connecting to finished() after start()
    // still hears about an empty import.
    QTimer::singleShot(0, this, &StaffImporter::pump);
}

void StaffImporter::cancel()
{
    if (!m_running || m_stop)
        return;
    m_stop = true;
    m_report.cancelled = true;
    pump();
}

void StaffImporter::pump()
{
    if (!m_running)
        return;
    while (!m_stop && m_inFlight < kWindow && m_next < m_items.size()) {
        ++m_inFlight;
        send(m_next++, 1);
    }
    if (m_inFlight == 0 && (m_stop || m_next >= m_items.size()) && !m_verifying) {
        for (int i = m_next; i < m_items.size(); ++i)
            m_report.notSent.append(m_items.at(i).line);
        m_next = int(m_items.size());
        if (m_report.written.isEmpty()) {
            m_running = false;
            emit finished();
            return;
        }
        verify();
    }
}

void StaffImporter::verify()
{
    // HTTP stacks may send a request again by themselves when a connection drops before the
    // answer (Qt does, for POST too). The Idempotency-Key makes the portal add the worker once
    // all the same; the register is read once more to check it, and any worker held twice is
    // reported rather than left unseen.
    m_verifying = true;
    m_register.list(this, [this](const Expected<QList<StaffRecord>> &all) {
        m_verifying = false;
        m_report.verified = all.hasValue();
        if (all) {
            QHash<QString, QStringList> idsOfKey;
            for (const StaffRecord &record : *all)
                idsOfKey[record.duplicateKey()].append(record.id);
            QHash<int, QString> keyOfLine;
            for (const ImportItem &item : std::as_const(m_items))
                keyOfLine.insert(item.line, StaffRecord::duplicateKey(item.document));
            for (int line : std::as_const(m_report.written)) {
                const QStringList ids = idsOfKey.value(keyOfLine.value(line));
                if (ids.size() > 1)
                    m_report.duplicated.append({line, ids});
            }
        }
        m_running = false;
        emit finished();
    });
}

void StaffImporter::send(int index, int attempt)
{
    const QByteArray body =
        QJsonDocument(m_items.at(index).document).toJson(QJsonDocument::Compact);
    m_register.create(
        body, this,
        [this, index, attempt](const WriteOutcome &outcome) {
            switch (outcome.kind) {
            case WriteOutcome::Kind::Saved:
                m_report.written.append(m_items.at(index).line);
                emit recordCreated(outcome.record);
                settle(index);
                return;
            case WriteOutcome::Kind::Invalid: {
                QStringList messages;
                for (const PortalAnomaly &a : outcome.anomalies)
                    messages.append(a.pointer + QStringLiteral(": ") + a.message());
                fail(index, outcome.error.message + QLatin1Char(' ') +
                                messages.join(QStringLiteral("; ")));
                return;
            }
            case WriteOutcome::Kind::Conflict:
                fail(index, outcome.error.message);
                return;
            case WriteOutcome::Kind::Failed:
                break;
            }
            if (!StaffRegister::isTransient(outcome.error)) {
                fail(index, outcome.error.message);
                return;
            }
            if (outcome.error.code == QLatin1String("staff.busy")) {
                // Refused before anything was written: safe to send again.
                if (attempt >= kMaxAttempts) {
                    fail(index, outcome.error.message);
                    return;
                }
                const int seconds = outcome.error.params.value(1).toInt();
                retryLater(index, attempt, std::clamp(seconds * 1000, 250, 10000));
                return;
            }
            afterNoAnswer(index, attempt, outcome.error, 1);
        },
        m_items.at(index).idempotencyKey);
}

void StaffImporter::afterNoAnswer(int index, int attempt, const Error &error, int lookup)
{
    // The portal may have written the record before the answer was lost: look for it, and send
    // it again only once the register says it is not there.
    const QJsonObject document = m_items.at(index).document;
    const QJsonObject identity = document.value(QLatin1String("identity")).toObject();
    StaffRegister::Query query;
    query.search = identity.value(QLatin1String("niss")).toString();
    if (query.search.isEmpty())
        query.search = identity.value(QLatin1String("lastName")).toString();
    m_register.list(
        query, this,
        [this, index, attempt, error, document, lookup](const Expected<QList<StaffRecord>> &found) {
            if (!found) {
                if (lookup >= kMaxAttempts) {
                    fail(index, tr("%1 Whether the worker was added could not be "
                                   "checked: look for them in the register.")
                                    .arg(error.message));
                    return;
                }
                QTimer::singleShot(std::chrono::milliseconds(400 * lookup), this,
                                   [this, index, attempt, error, lookup] {
                                       afterNoAnswer(index, attempt, error, lookup + 1);
                                   });
                return;
            }
            for (const StaffRecord &record : *found) {
                if (record.data == document) {
                    m_report.written.append(m_items.at(index).line);
                    emit recordCreated(record);
                    settle(index);
                    return;
                }
            }
            if (attempt >= kMaxAttempts)
                fail(index, error.message);
            else
                retryLater(index, attempt, 250 * attempt);
        });
}

void StaffImporter::retryLater(int index, int attempt, int delayMs)
{
    QTimer::singleShot(std::chrono::milliseconds(delayMs), this, [this, index, attempt] {
        if (m_stop) {
            m_report.notSent.append(m_items.at(index).line);
            settle(index);
            return;
        }
        send(index, attempt + 1);
    });
}

void StaffImporter::fail(int index, const QString &message)
{
    m_report.failed.append({m_items.at(index).line, message});
    if (m_stopOnFailure && !m_stop) {
        m_stop = true;
        m_report.stoppedOnFailure = true;
    }
    settle(index);
}

void StaffImporter::settle(int index)
{
    Q_UNUSED(index);
    --m_inFlight;
    ++m_done;
    emit progress(m_done, int(m_items.size()));
    pump();
}

} // namespace guichet::staff
