#pragma once

// What the receipt tests share: the Dimona they file and reading a PDF back with poppler-utils.

#include <QDate>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace receipttest {

inline const QString thomas = QStringLiteral("86031412323");   // every role, the demo card
inline const QString bart = QStringLiteral("85073003328");     // a plain citizen (the worker)
inline const QString brasserie = QStringLiteral("0403019261"); // Thomas's own enterprise

inline QString inDays(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

// A student's Dimona IN for the Brasserie, in the future: the sandbox accepts it (A).
inline QJsonObject studentIn(const QString &worker = bart)
{
    return QJsonObject{
        {"declarationType", "IN"},
        {"employer", QJsonObject{{"enterpriseNumber", brasserie}}},
        {"worker", QJsonObject{{"ssin", worker}}},
        {"dimonaIn", QJsonObject{{"startDate", inDays(10)},
                                 {"endDate", inDays(40)},
                                 {"plannedHoursNumber", 120},
                                 {"features", QJsonObject{{"workerType", "STU"},
                                                          {"jointCommissionNumber", "302"}}}}}};
}

// The tools are part of the test set-up (poppler-utils): missing, the test fails.
inline QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// The text of the PDF as pdftotext reads it; empty with `error` set when it cannot.
inline QString pdfText(const QString &path, QString *error)
{
    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty()) {
        *error = QStringLiteral("pdftotext not found (install poppler-utils)");
        return {};
    }
    QProcess p;
    p.start(pdftotext,
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The page count pdfinfo reports, -1 with `error` set when it cannot.
inline int pdfPages(const QString &path, QString *error)
{
    const QString pdfinfo = tool("pdfinfo");
    if (pdfinfo.isEmpty()) {
        *error = QStringLiteral("pdfinfo not found (install poppler-utils)");
        return -1;
    }
    QProcess p;
    p.start(pdfinfo, {path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("pdfinfo failed: ") + QString::fromUtf8(p.readAllStandardError());
        return -1;
    }
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(p.readAllStandardOutput()));
    if (!m.hasMatch()) {
        *error = QStringLiteral("pdfinfo printed no page count");
        return -1;
    }
    return m.captured(1).toInt();
}

// pdftotext breaks lines where the page does; compare without whitespace.
inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

} // namespace receipttest
