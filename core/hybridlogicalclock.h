#pragma once

#include <QtGlobal>

#include <functional>

namespace doorstep {

// A hybrid logical clock (Kulkarni et al., 2014) packed into 64 bits: the upper 48 bits are
// milliseconds since the Unix epoch, the lower 16 a logical counter. Stamps it issues never go
// backwards, even when the wall clock does, and they order causally with stamps received from others.
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    static constexpr int kLogicalBits = 16;
    static constexpr quint64 kLogicalMask = (quint64(1) << kLogicalBits) - 1;

    explicit HybridLogicalClock(WallClock wallClock = systemWallClock());

    // A new stamp for a local event, greater than every stamp issued or observed before.
    quint64 now();
    // Takes in a stamp seen from elsewhere, so that later local stamps order after it.
    void observe(quint64 remote);
    // Restores the clock after a restart; stamps after this are greater than \a last.
    void restore(quint64 last);
    quint64 last() const { return m_last; }

    static qint64 physicalMs(quint64 stamp) { return qint64(stamp >> kLogicalBits); }
    static quint64 logical(quint64 stamp) { return stamp & kLogicalMask; }
    static quint64 pack(qint64 ms, quint64 logical) { return (quint64(ms) << kLogicalBits) | (logical & kLogicalMask); }
    static WallClock systemWallClock();

private:
    quint64 advance(quint64 floor);

    WallClock m_wallClock;
    quint64 m_last = 0;
};

} // namespace doorstep
