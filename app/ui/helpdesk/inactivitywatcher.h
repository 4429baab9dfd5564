#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace guichet::ui::helpdesk {

// Says when nobody has touched the application for a while, so that a shared helpdesk desk
// locks itself when the agent walks away. It watches the input events of the whole application
// (keys, mouse, wheel, touch, tablet, input method) through an event filter on qApp; anything
// else (timers, repaints, network answers) does not count as activity.
//
//   auto *watcher = new InactivityWatcher(this);
//   watcher->setIdleMinutes(settings.lockMinutes()); // 0: never
//   connect(watcher, &InactivityWatcher::idle, this, [this] { lock(...); });
//
// idle() is emitted once per quiet period: after it, the next input starts a new period.
class InactivityWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InactivityWatcher(QObject *parent = nullptr);
    ~InactivityWatcher() override;

    // 0 (the default) switches the watcher off.
    void setIdleMinutes(int minutes);
    int idleMinutes() const;
    // The same with a finer unit (tests use a fraction of a second); zero or less is off.
    void setIdleInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds idleInterval() const { return m_interval; }

    bool isEnabled() const { return m_interval.count() > 0; }
    // Whether a quiet period is being timed (enabled and not yet idle since the last input).
    bool isWatching() const { return m_timer.isActive(); }

public slots:
    // Counts as input: starts a new quiet period (e.g. after the screen was unlocked).
    void reset();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
};

} // namespace guichet::ui::helpdesk
