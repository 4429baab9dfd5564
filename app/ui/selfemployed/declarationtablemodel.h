#pragma once

#include "core/expected.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace guichet::ui {

// One declaration of GET /declarations, as the self-employed workspace lists it.
struct DeclarationRow
{
    struct Anomaly
    {
        QString code;
        QString severity; // "blocking" or "warning"
        QString pointer;
        QJsonObject message; // language -> text
    };

    QString id;
    QString ticket;
    QString formId;
    int formVersion = 0;
    QString onBehalfOf; // empty: for the declarant themself
    QString status;     // received, processing, done
    QString result;     // A, W, B, S; empty until done
    QDateTime submittedAt;
    QDateTime completedAt;
    QList<Anomaly> anomalies;

    // A translated word for the result (or the status while not done).
    QString outcomeText() const;
    QString statusText() const;
    // The anomalies as sentences in the language (English when a message lacks it).
    QStringList anomalyTexts(const QString &language) const;
};

// The declarations a person filed, newest first, in a table: ticket, form, filing time, status,
// result and the number of anomalies.
class DeclarationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TicketColumn,
        FormColumn,
        FiledColumn,
        StatusColumn,
        ResultColumn,
        AnomaliesColumn,
        ColumnCount
    };

    explicit DeclarationTableModel(QObject *parent = nullptr);

    void setDeclarations(const QList<DeclarationRow> &rows);
    const QList<DeclarationRow> &declarations() const { return m_rows; }
    // Form id -> title in the current language (the catalogue's).
    void setFormTitles(const QHash<QString, QString> &titles);
    QString formTitle(const QString &formId) const;
    // After a language change: the texts are made again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The portal's list (DeclarationList). Error "declarations.badReply" when it does not have
    // the documented shape.
    static Expected<QList<DeclarationRow>> fromJson(const QJsonObject &json);

private:
    QList<DeclarationRow> m_rows;
    QHash<QString, QString> m_formTitles;
};

} // namespace guichet::ui
