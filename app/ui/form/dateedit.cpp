#include "dateedit.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QToolButton>

namespace guichet::ui::form {

DateEdit::DateEdit(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setMaxLength(32);
    m_button = new QToolButton(this);
    m_button->setIcon(QIcon::fromTheme(QStringLiteral("x-office-calendar"),
                                       style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    m_button->setToolTip(tr("Choose a date in a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Calendar"));
    m_button->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &DateEdit::edited);
    connect(m_button, &QToolButton::clicked, this, &DateEdit::showCalendar);
    m_edit->installEventFilter(this);
    m_edit->setPlaceholderText(displayFormat(QLocale()).toLower());
}

QString DateEdit::text() const
{
    return m_edit->text();
}

void DateEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

QString DateEdit::displayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    if (!format.contains(QLatin1String("dd")))
        format.replace(QLatin1String("d"), QLatin1String("dd"));
    if (!format.contains(QLatin1String("MM")))
        format.replace(QLatin1String("M"), QLatin1String("MM"));
    return format;
}

QString DateEdit::display(const QString &iso, const QLocale &locale)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid() || iso.size() != 10)
        return iso;
    return locale.toString(date, displayFormat(locale));
}

QString DateEdit::parse(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.size() == 10 && t[4] == QLatin1Char('-')) {
        const QDate iso = QDate::fromString(t, Qt::ISODate);
        if (iso.isValid())
            return iso.toString(Qt::ISODate);
    }
    QDate date = locale.toDate(t, displayFormat(locale));
    if (!date.isValid()) {
        for (const char *f : {"d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "M/d/yyyy"}) {
            date = QDate::fromString(t, QLatin1String(f));
            if (date.isValid())
                break;
        }
    }
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool DateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) ||
            key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateEdit::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
            m_edit->setText(QLocale().toString(date, displayFormat(QLocale())));
            m_calendar->hide();
            m_edit->setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    m_calendar->setLocale(QLocale());
    const QString iso = parse(m_edit->text(), QLocale());
    if (!iso.isEmpty())
        m_calendar->setSelectedDate(QDate::fromString(iso, Qt::ISODate));
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

} // namespace guichet::ui::form
