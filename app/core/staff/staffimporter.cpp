#include "core/staff/staffimporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace guichet::staff {

StaffImporter::StaffImporter(StaffRegister &staffRegister, QObject *parent)
    : QObject(parent), m_register(staffRegister)
{}

void StaffImporter::start(QList<ImportItem> items, bool stopOnFailure)
{
    m_items = std::move(items);
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    m_stop = false;
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
    if (m_inFlight == 0 && (m_stop || m_next >= m_items.size())) {
        for (int i = m_next; i < m_items.size(); ++i)
            m_report.notSent.append(m_items.at(i).line);
        m_next = int(m_items.size());
        m_running = false;
        emit finished();
    }
}

void StaffImporter::send(int index, int attempt)
{
    const QByteArray body =
        QJsonDocument(m_items.at(index).document).toJson(QJsonDocument::Compact);
    m_register.create(body, this, [this, index, attempt](const WriteOutcome &outcome) {
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
            fail(index,
                 outcome.error.message + QLatin1Char(' ') + messages.join(QStringLiteral("; ")));
            return;
        }
        case WriteOutcome::Kind::Conflict:
            fail(index, outcome.error.message);
            return;
        case WriteOutcome::Kind::Failed:
            break;
        }
        if (!StaffRegister::isTransient(outcome.error) || attempt >= kMaxAttempts) {
            fail(index, outcome.error.message);
            return;
        }
        if (outcome.error.code == QLatin1String("staff.busy")) {
            const int seconds = outcome.error.params.value(1).toInt();
            retryLater(index, attempt, std::clamp(seconds * 1000, 250, 10000));
            return;
        }
        afterNoAnswer(index, attempt, outcome.error);
    });
}

void StaffImporter::afterNoAnswer(int index, int attempt, const Error &error)
{
    // The portal may have written the record before the answer was lost: look for it.
    const QJsonObject document = m_items.at(index).document;
    const QJsonObject identity = document.value(QLatin1String("identity")).toObject();
    StaffRegister::Query query;
    query.search = identity.value(QLatin1String("niss")).toString();
    if (query.search.isEmpty())
        query.search = identity.value(QLatin1String("lastName")).toString();
    m_register.list(
        query, this,
        [this, index, attempt, error, document](const Expected<QList<StaffRecord>> &found) {
            if (!found) {
                if (attempt >= kMaxAttempts)
                    fail(index, error.message);
                else
                    retryLater(index, attempt, 500 * attempt);
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
