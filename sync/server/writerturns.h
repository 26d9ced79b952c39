#pragma once

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace doorstep {

// SQLite lets one connection write at a time, and its own busy handler has a waiting connection sleep
// 1, 2, 5, 10, … 100 ms between tries: with several workers, a push that waited for another often
// slept on well after the other had committed. The server's connections wait here instead, woken as
// soon as a connection of this process ends a transaction, and look again every few milliseconds
// for a writer in another process (an admin command).
class WriterTurns
{
public:
    // The turns of this process's connections to SQLite.
    static WriterTurns &shared();

    // Waits until a connection of this process ends a transaction, or \a atMost.
    void waitAtMost(std::chrono::microseconds atMost);
    // A connection of this process committed or rolled back: the waiting ones try again.
    void released();
    // How many connections wait now (for tests).
    int waiting();

private:
    std::mutex m_mutex;
    std::condition_variable m_released;
    quint64 m_generation = 0;
    int m_waiting = 0;
};

} // namespace doorstep
