#include "serverclock.h"

namespace doorstep {

ServerClock::ServerClock(HybridLogicalClock::WallClock wallClock) : m_clock(std::move(wallClock)) { }

quint64 ServerClock::now()
{
    const QMutexLocker lock(&m_mutex);
    return m_clock.now();
}

void ServerClock::observe(quint64 remote)
{
    const QMutexLocker lock(&m_mutex);
    m_clock.observe(remote);
}

quint64 ServerClock::last() const
{
    const QMutexLocker lock(&m_mutex);
    return m_clock.last();
}

} // namespace doorstep
