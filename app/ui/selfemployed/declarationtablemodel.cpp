#include "declarationtablemodel.h"

#include <QJsonArray>
#include <QLocale>

namespace guichet::ui {

namespace {

QDateTime dateTimeOf(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
}

} // namespace

QString DeclarationRow::statusText() const
{
    if (status == QLatin1String("received"))
        return DeclarationTableModel::tr("Received");
    if (status == QLatin1String("processing"))
        return DeclarationTableModel::tr("Being processed");
    if (status == QLatin1String("done"))
        return DeclarationTableModel::tr("Processed");
    return status;
}

QString DeclarationRow::outcomeText() const
{
    if (status != QLatin1String("done"))
        return DeclarationTableModel::tr("Not known yet");
    if (result == QLatin1String("A"))
        return DeclarationTableModel::tr("Accepted");
    if (result == QLatin1String("W"))
        return DeclarationTableModel::tr("Accepted with warnings");
    if (result == QLatin1String("B"))
        return DeclarationTableModel::tr("Refused");
    if (result == QLatin1String("S"))
        return DeclarationTableModel::tr("Waiting for the worker to be identified");
    return result;
}

QStringList DeclarationRow::anomalyTexts(const QString &language) const
{
    QStringList texts;
    for (const Anomaly &a : anomalies) {
        QString message = a.message.value(language).toString();
        if (message.isEmpty())
            message = a.message.value(QStringLiteral("en")).toString();
        const QString severity = a.severity == QLatin1String("blocking")
                                     ? DeclarationTableModel::tr("blocking")
                                     : DeclarationTableModel::tr("warning");
        texts.append(DeclarationTableModel::tr("%1 (%2): %3").arg(a.code, severity, message));
    }
    return texts;
}

DeclarationTableModel::DeclarationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeclarationTableModel::setDeclarations(const QList<DeclarationRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void DeclarationTableModel::setFormTitles(const QHash<QString, QString> &titles)
{
    m_formTitles = titles;
    retranslate();
}

QString DeclarationTableModel::formTitle(const QString &formId) const
{
    return m_formTitles.value(formId, formId);
}

void DeclarationTableModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DeclarationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeclarationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeclarationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DeclarationRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TicketColumn:
            return row.ticket;
        case FormColumn:
            return formTitle(row.formId);
        case FiledColumn:
            return QLocale().toString(row.submittedAt.toLocalTime(), QLocale::ShortFormat);
        case StatusColumn:
            return row.statusText();
        case ResultColumn:
            return row.outcomeText();
        case AnomaliesColumn:
            return role == Qt::AccessibleTextRole
                       ? tr("%n anomaly(ies)", nullptr, int(row.anomalies.size()))
                       : QVariant(QLocale().toString(row.anomalies.size()));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FormColumn)
        return tr("%1, version %2").arg(row.formId).arg(row.formVersion);
    if (role == Qt::TextAlignmentRole && index.column() == AnomaliesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DeclarationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TicketColumn:
        return tr("Reference");
    case FormColumn:
        return tr("Form");
    case FiledColumn:
        return tr("Sent on");
    case StatusColumn:
        return tr("Status");
    case ResultColumn:
        return tr("Result");
    case AnomaliesColumn:
        return tr("Anomalies");
    default:
        return {};
    }
}

Expected<QList<DeclarationRow>> DeclarationTableModel::fromJson(const QJsonObject &json)
{
    const Error bad{QStringLiteral("declarations.badReply"),
                    tr("The portal's list of your declarations could not be read. Try again "
                       "later."),
                    {}};
    const QJsonValue list = json.value(QStringLiteral("declarations"));
    if (!list.isArray() || !json.value(QStringLiteral("total")).isDouble())
        return bad;
    QList<DeclarationRow> rows;
    for (const QJsonValue &value : list.toArray()) {
        if (!value.isObject())
            return bad;
        const QJsonObject d = value.toObject();
        DeclarationRow row;
        row.id = d.value(QStringLiteral("id")).toString();
        row.ticket = d.value(QStringLiteral("ticket")).toString();
        row.formId = d.value(QStringLiteral("formId")).toString();
        row.formVersion = d.value(QStringLiteral("formVersion")).toInt();
        row.onBehalfOf = d.value(QStringLiteral("onBehalfOf")).toString();
        row.status = d.value(QStringLiteral("status")).toString();
        row.result = d.value(QStringLiteral("result")).toString();
        row.submittedAt = dateTimeOf(d.value(QStringLiteral("submittedAt")));
        row.completedAt = dateTimeOf(d.value(QStringLiteral("completedAt")));
        if (row.id.isEmpty() || row.ticket.isEmpty() || row.formId.isEmpty() ||
            row.status.isEmpty() || !row.submittedAt.isValid() ||
            !d.value(QStringLiteral("anomalies")).isArray())
            return bad;
        for (const QJsonValue &a : d.value(QStringLiteral("anomalies")).toArray()) {
            const QJsonObject anomaly = a.toObject();
            row.anomalies.append({anomaly.value(QStringLiteral("code")).toString(),
                                  anomaly.value(QStringLiteral("severity")).toString(),
                                  anomaly.value(QStringLiteral("pointer")).toString(),
                                  anomaly.value(QStringLiteral("message")).toObject()});
        }
        rows.append(row);
    }
    return rows;
}

} // namespace guichet::ui
