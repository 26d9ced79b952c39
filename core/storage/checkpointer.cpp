#include "checkpointer.h"

#include <QFile>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace doorstep {

Checkpointer::Checkpointer(QString path, sqlite3 *writer) : m_path(std::move(path)), m_writer(writer)
{
    sqlite3_wal_hook(m_writer, &Checkpointer::committed, this);
}

Checkpointer::~Checkpointer()
{
    sqlite3_wal_hook(m_writer, nullptr, nullptr);
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

int Checkpointer::committed(void *checkpointer, sqlite3 *writer, const char *, int pages)
{
    auto *self = static_cast<Checkpointer *>(checkpointer);
    int copied = -1;
    {
        const std::lock_guard lock(self->m_mutex);
        if (pages < self->m_lastLogPages) {
            ++self->m_restarts; // the log was started afresh: what was copied of the old one says nothing
            self->m_copied = -1;
        }
        copied = self->m_copied;
    }
    self->m_lastLogPages = pages;
    if (pages >= kCheckpointPages && copied >= 0 && pages - copied <= kCatchUpPages) {
        // The few pages left are copied here (SQLITE_BUSY, should the thread be copying now, leaves
        // it to a later commit), and the next transaction starts the log afresh.
        sqlite3_wal_checkpoint_v2(writer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    if (pages >= kCheckpointPages)
        self->request();
    if (pages >= kMaxLogPages)
        sqlite3_wal_checkpoint_v2(writer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

void Checkpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    m_wake.notify_one();
}

int Checkpointer::completed() const
{
    const std::lock_guard lock(m_mutex);
    return m_completed;
}

void Checkpointer::run()
{
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(m_path);
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        // The writer then checkpoints itself past kMaxLogPages, and when it closes; nothing is lost.
        qCWarning(lcStore) << "checkpoint connection failed:" << (db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        db = nullptr;
    }
    if (db)
        sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        if (!db)
            continue; // said once above; the writer's own bound keeps the log in check
        const quint64 restarts = m_restarts;
        lock.unlock();
        int copied = -1;
        const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore) << "checkpoint failed:" << sqlite3_errmsg(db);
        lock.lock();
        if (rc == SQLITE_OK) {
            ++m_completed; // only a checkpoint that ran counts
            if (m_restarts == restarts)
                m_copied = copied;
        }
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace doorstep
