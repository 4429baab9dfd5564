#include "inactivitywatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <limits>

namespace guichet::ui::helpdesk {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

InactivityWatcher::InactivityWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityWatcher::idle);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

InactivityWatcher::~InactivityWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityWatcher::setIdleMinutes(int minutes)
{
    setIdleInterval(std::chrono::minutes(qMax(0, minutes)));
}

int InactivityWatcher::idleMinutes() const
{
    return int(std::chrono::duration_cast<std::chrono::minutes>(m_interval).count());
}

void InactivityWatcher::setIdleInterval(std::chrono::milliseconds interval)
{
    // QTimer counts in int milliseconds (about 24 days): longer is as good as never.
    const std::chrono::milliseconds longest(std::numeric_limits<int>::max());
    m_interval = interval.count() > 0 ? std::min(interval, longest) : std::chrono::milliseconds(0);
    reset();
}

void InactivityWatcher::reset()
{
    if (!isEnabled()) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_interval);
}

bool InactivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // The same key or mouse event reaches the filter once per widget it propagates through;
    // restarting a running timer is cheap, so no de-duplication.
    if (isEnabled() && isInput(event->type()))
        m_timer.start(m_interval);
    return QObject::eventFilter(watched, event);
}

} // namespace guichet::ui::helpdesk
