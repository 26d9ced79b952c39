#include "writerturns.h"

namespace doorstep {

WriterTurns &WriterTurns::shared()
{
    static WriterTurns turns;
    return turns;
}

void WriterTurns::waitAtMost(std::chrono::microseconds atMost)
{
    std::unique_lock lock(m_mutex);
    const quint64 seen = m_generation;
    ++m_waiting;
    m_released.wait_for(lock, atMost, [&] { return m_generation != seen; });
    --m_waiting;
}

int WriterTurns::waiting()
{
    const std::lock_guard lock(m_mutex);
    return m_waiting;
}

void WriterTurns::released()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
    }
    m_released.notify_all();
}

} // namespace doorstep
