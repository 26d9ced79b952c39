#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace doorstep {

// Copies a store's write-ahead log back into the database file on a thread and connection of its
// own. SQLite otherwise does this inside the commit that fills the log past its threshold, on the
// thread that writes: during a first sync that was an eighth of the app's busy thread
// (bench_sync_initial). A passive checkpoint never blocks the writer or readers, and SQLite keeps
// it crash-safe: an interrupted one is simply repeated from the log.
class Checkpointer
{
public:
    explicit Checkpointer(QString path);
    ~Checkpointer(); // finishes the checkpoint under way, if any
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Asks for a checkpoint soon; cheap, and requests made while one runs are folded into the next.
    void request();
    // Checkpoints done so far (for tests).
    int completed() const;

private:
    void run();

    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_completed = 0;
    std::thread m_thread;
};

} // namespace doorstep
