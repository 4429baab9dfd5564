#pragma once

#include "core/staff/staffrecord.h"
#include "core/staff/staffregister.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

// Writes checked staff-record documents to the register, a few requests at a time so the
// interface never waits for them. Every entry is sent with one Idempotency-Key for all its
// attempts, so the portal adds it once even when a creation arrives twice (Qt re-sends a POST
// whose connection dropped before the answer). A request that got no answer may still have been
// written: before sending it again the importer looks for it in the register. Busy answers (429,
// 503) are retried after the time the portal asks for. At the end the register is read again
// and any worker it holds twice is still reported (see ImportReport::duplicated), for a portal
// that would not honour the key.
namespace guichet::staff {

struct ImportItem
{
    int line = 0; // in the CSV file, for the report
    QJsonObject document;
    QByteArray idempotencyKey; // made by start() when empty
};

struct ImportReport
{
    QList<int> written;                // lines now in the register
    QList<QPair<int, QString>> failed; // lines the portal refused, with why (UI language)
    QList<int> notSent;                // lines not sent (stopped after a refusal, cancelled)
    // Written lines the register now holds more than once (line, ids of the entries): a creation
    // that arrived twice at a portal ignoring its Idempotency-Key. Found by reading the register
    // at the end; empty with the sandbox, which honours the key.
    QList<QPair<int, QStringList>> duplicated;
    bool verified = false; // that final reading succeeded
    bool cancelled = false;
    bool stoppedOnFailure = false;
};

class StaffImporter : public QObject
{
    Q_OBJECT

public:
    explicit StaffImporter(StaffRegister &staffRegister, QObject *parent = nullptr);

    // stopOnFailure: after a refusal nothing more is sent (the all-or-nothing import: the rows
    // were all valid, so a refusal means the portal disagrees and the person must look).
    void start(QList<ImportItem> items, bool stopOnFailure);
    // Sends nothing more; requests under way finish. finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }
    const ImportReport &report() const { return m_report; }

    // Requests under way at once.
    static constexpr int kWindow = 4;
    static constexpr int kMaxAttempts = 5;

signals:
    void progress(int done, int total);
    void recordCreated(const guichet::staff::StaffRecord &record);
    void finished();

private:
    void pump();
    void verify();
    void send(int index, int attempt);
    void afterNoAnswer(int index, int attempt, const Error &error, int lookup);
    void retryLater(int index, int attempt, int delayMs);
    void settle(int index);
    void fail(int index, const QString &message);

    StaffRegister &m_register;
    QList<ImportItem> m_items;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_verifying = false;
    bool m_stop = false;
    bool m_stopOnFailure = false;
    ImportReport m_report;
};

} // namespace guichet::staff
