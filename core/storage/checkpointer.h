#pragma once

#include <QString>
#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace doorstep {

// Copies a database's write-ahead log back into the database file on a thread and connection of
// its own. SQLite otherwise does this inside the commit that fills the log past its threshold, on
// the thread that writes: during a tablet's first sync that was an eighth of its busy thread
// (bench_sync_initial), and on the server it made every other push wait for it (bench_sync_push).
// A passive checkpoint never blocks the writer or readers, and SQLite keeps it crash-safe: an
// interrupted one is simply repeated from the log.
class Checkpointer
{
public:
    // A checkpoint is asked for once the log holds this many pages (SQLite's own threshold)...
    static constexpr int kCheckpointPages = 1000;
    // ...and should this thread fall far behind, the writer checkpoints itself past this many, so
    // the log stays bounded (64 MB of 4 KB pages). During a first sync this thread is usually one
    // commit behind, so the log restarts only when the writer checkpoints: at 4,000 pages that was
    // every fifth page of 1,000 records and a tenth of the writing thread (bench_sync_initial).
    static constexpr int kMaxLogPages = 16 * kCheckpointPages;
    // When what this thread has not yet copied is at most this many pages (256 KB), the writer copies
    // it itself, so that its next transaction starts the log afresh. This thread alone never lets
    // that happen while small commits follow each other (a burst of edits): each of its checkpoints
    // ends a commit or two behind, the log grew to 33 MB over 1,000 edits, and the first commit
    // after the burst spent 20-30 ms cutting it back to 4 MB (bench_sync_push). A commit of many
    // records (a pulled page) leaves more than this behind, and the writer leaves it to this thread:
    // at 256 pages, applying pages of small records looked slower (bench_store, store_apply_small).
    static constexpr int kCatchUpPages = 64;

    // Becomes writer's WAL hook (replacing SQLite's automatic checkpoint) until destroyed, which
    // must happen before writer is closed. path is the database file writer has open.
    Checkpointer(QString path, sqlite3 *writer);
    ~Checkpointer(); // finishes the checkpoint under way, if any
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Checkpoints the thread has run successfully so far (for tests).
    int completed() const;

private:
    static int committed(void *checkpointer, sqlite3 *writer, const char *name, int pages);
    void request();
    void run();

    const QString m_path;
    sqlite3 *const m_writer;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_completed = 0;
    // Pages of the log this thread has copied (-1: not known), in the log as it was before the
    // writer last started it afresh; m_restarts counts those restarts, as the writer sees them.
    int m_copied = -1;
    quint64 m_restarts = 0;
    int m_lastLogPages = 0; // the writer's alone
    std::thread m_thread; // started by the first request
};

} // namespace doorstep
