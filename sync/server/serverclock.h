#pragma once

#include "hybridlogicalclock.h"

#include <QMutex>

namespace doorstep {

// The server's hybrid logical clock, shared by every SyncService of one process (its worker
// threads), so that a stamp one worker observes orders the stamps every other worker issues after
// it. Each worker with a clock of its own could stamp a clamped change before a change it had not
// seen, though another worker had applied that change first.
class ServerClock
{
public:
    explicit ServerClock(HybridLogicalClock::WallClock wallClock = HybridLogicalClock::systemWallClock());

    quint64 now();
    void observe(quint64 remote);
    quint64 last() const;

private:
    mutable QMutex m_mutex;
    HybridLogicalClock m_clock;
};

} // namespace doorstep
