#pragma once

#include "core/staff/staffrecord.h"
#include "core/staff/staffregister.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

// Writes checked staff-record documents to the register, a few requests at a time so the
// interface never waits for them. A request that got no answer may still have been written:
// before sending it again the importer looks for it in the register, so a lost answer never adds
// a worker twice. Busy answers (429, 503) are retried after the time the portal asks for.
namespace guichet::staff {

struct ImportItem
{
    int line = 0; // in the CSV file, for the report
    QJsonObject document;
};

struct ImportReport
{
    QList<int> written;                // lines now in the register
    QList<QPair<int, QString>> failed; // lines the portal refused, with why (UI language)
    QList<int> notSent;                // lines not sent (stopped after a refusal, cancelled)
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
    void send(int index, int attempt);
    void afterNoAnswer(int index, int attempt, const Error &error);
    void retryLater(int index, int attempt, int delayMs);
    void settle(int index);
    void fail(int index, const QString &message);

    StaffRegister &m_register;
    QList<ImportItem> m_items;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_stop = false;
    bool m_stopOnFailure = false;
    ImportReport m_report;
};

} // namespace guichet::staff
