#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QDateEdit;
class QLabel;
class QPushButton;

namespace guichet::ui::employer {

// The last day of employment for the selected workers (POST .../end on each).
class EndEmploymentDialog : public QDialog
{
    Q_OBJECT

public:
    EndEmploymentDialog(const QStringList &names, QWidget *parent = nullptr);

    QDate endDate() const;
    void setEndDate(const QDate &date);
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *acceptButton() const { return m_accept; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QStringList m_names;
    QLabel *m_intro = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace guichet::ui::employer
