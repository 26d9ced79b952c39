#include "hybridlogicalclock.h"

#include <QDateTime>

#include <algorithm>

namespace doorstep {

HybridLogicalClock::HybridLogicalClock(WallClock wallClock) : m_wallClock(std::move(wallClock)) { }

HybridLogicalClock::WallClock HybridLogicalClock::systemWallClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

quint64 HybridLogicalClock::advance(quint64 floor)
{
    const quint64 wall = pack(std::max<qint64>(m_wallClock(), 0), 0);
    // The stamp must exceed both the floor and everything issued; when the wall clock lags behind
    // (it jumped back, or a peer is ahead), the logical counter carries the order. Counter overflow
    // rolls into the millisecond part, which keeps the packed value strictly increasing.
    m_last = std::max(wall, std::max(floor, m_last) + 1);
    return m_last;
}

quint64 HybridLogicalClock::now()
{
    return advance(m_last);
}

void HybridLogicalClock::observe(quint64 remote)
{
    advance(remote);
}

void HybridLogicalClock::restore(quint64 last)
{
    m_last = std::max(m_last, last);
}

} // namespace doorstep
