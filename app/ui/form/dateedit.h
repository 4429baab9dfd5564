#pragma once

#include <QDate>
#include <QLocale>
#include <QWidget>

class QLineEdit;
class QToolButton;
class QCalendarWidget;

namespace guichet::ui::form {

// A date typed in the user's format (dd/MM/yyyy in Belgium) or picked from a calendar, stored as
// ISO yyyy-MM-dd. Unlike QDateEdit it can be empty, so an absent date stays absent.
class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    QString text() const;
    void setText(const QString &text);

    // "yyyy-MM-dd" -> the locale's display form; other text unchanged.
    static QString display(const QString &iso, const QLocale &locale);
    // Display form (or ISO) -> "yyyy-MM-dd"; empty when the text is not a date.
    static QString parse(const QString &text, const QLocale &locale);
    static QString displayFormat(const QLocale &locale);

    void showCalendar();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The user changed the text (typing or the calendar).
    void edited();

private:
    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace guichet::ui::form
