#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace guichet::ui::employer {

// The register's search and filter, as the portal's `q` and `active` mean them: every word of
// the search in the name (case and accents ignored), or its digits (separators dropped) in the
// national number; all, active or ended entries.
class StaffFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Status
    {
        All,
        Active,
        Ended,
    };

    explicit StaffFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setStatus(Status status);
    Status status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_digits; // set when the search is a national number (digits and separators only)
    Status m_status = Status::All;
};

} // namespace guichet::ui::employer
