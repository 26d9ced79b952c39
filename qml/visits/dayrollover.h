#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace doorstep {

// Which local day it is, told again when it changes: at local midnight, and when the app comes back
// to the foreground (a tablet asleep over midnight may not run its timers). The timer is re-armed on
// every check, and never for more than an hour, so a clock or time zone moved by hand is noticed
// within the hour rather than at a midnight that no longer comes when the timer thinks.
class DayRollover : public QObject
{
    Q_OBJECT

public:
    // Longest wait between two looks at the clock.
    static constexpr int kMaxWaitMs = 60 * 60 * 1000;
    // Past midnight, so that a timer that fires on the dot still finds the new day.
    static constexpr int kPastMidnightMs = 500;

    explicit DayRollover(QObject *parent = nullptr);

    QDate day() const { return m_day; }
    // For tests: the clock read instead of the system's (local time). Reads the day afresh, silently.
    void setClock(std::function<QDateTime()> clock);
    // How long until the next look at the clock.
    int nextCheckInMs() const { return m_timer.interval(); }

public slots:
    // The timer's slot: looks at the clock, tells dayChanged if the day is another, arms the timer again.
    void check();
    // Qt's application state; coming back to the foreground is a reason to look.
    void applicationStateChanged(Qt::ApplicationState state);

signals:
    void dayChanged(const QDate &day);

private:
    QDateTime now() const;
    void arm(const QDateTime &now);

    std::function<QDateTime()> m_clock;
    QDate m_day;
    QTimer m_timer;
};

} // namespace doorstep
