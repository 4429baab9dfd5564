#pragma once

#include "keychainprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet::ui {

// What a helpdesk needs to know about this installation, as labelled values grouped in sections;
// no widget. The report never holds personal data: toPlainText() passes through
// logging::redact() all the same, because it leaves the machine in a ticket.
class DiagnosticsReport
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ui::DiagnosticsReport)

public:
    struct Entry
    {
        QString section;
        QString label;
        QString value;
    };

    // Gathers everything that can be known at once, in the current UI language. The keychain
    // entry says "checking" until setKeychainState() is called with the probe's answer.
    static DiagnosticsReport collect(const QString &dataDirectory);

    QList<Entry> entries() const { return m_entries; }
    // The value of the entry with this label, empty if there is none.
    QString value(const QString &label) const;

    void setKeychainState(KeychainProbe::State state, const QString &errorString = QString());

    // Titles of the sections, in order.
    QStringList sections() const;

    // The whole report for a helpdesk ticket: a title line, then "Label: value" lines under
    // section headings.
    QString toPlainText() const;

private:
    void add(const QString &section, const QString &label, const QString &value);

    QDateTime m_created;
    QList<Entry> m_entries;
    qsizetype m_keychainIndex = -1;
};

} // namespace guichet::ui
