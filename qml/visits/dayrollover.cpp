#include "dayrollover.h"

#include <QGuiApplication>

#include <algorithm>

namespace doorstep {

DayRollover::DayRollover(QObject *parent) : QObject(parent)
{
    // Precise: a coarse timer may be 5% out, three minutes in an hour.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DayRollover::check);
    if (qGuiApp)
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &DayRollover::applicationStateChanged);
    const QDateTime at = now();
    m_day = at.date();
    arm(at);
}

void DayRollover::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    const QDateTime at = now();
    m_day = at.date();
    arm(at);
}

QDateTime DayRollover::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTime()).toLocalTime();
}

void DayRollover::arm(const QDateTime &now)
{
    // startOfDay, not midnight: where the clocks go forward at midnight the day starts at 01:00.
    const qint64 toMidnight = now.msecsTo(now.date().addDays(1).startOfDay()) + kPastMidnightMs;
    m_timer.start(int(std::clamp<qint64>(toMidnight, kPastMidnightMs, kMaxWaitMs)));
}

void DayRollover::check()
{
    const QDateTime at = now();
    arm(at);
    if (at.date() == m_day)
        return;
    m_day = at.date();
    emit dayChanged(m_day);
}

void DayRollover::applicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive)
        check();
}

} // namespace doorstep
