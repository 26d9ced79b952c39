#include "checkpointer.h"

#include <QFile>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace doorstep {

Checkpointer::Checkpointer(QString path) : m_path(std::move(path)), m_thread([this] { run(); }) { }

Checkpointer::~Checkpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void Checkpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
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
        // The writer's own connection then checkpoints when it closes; nothing is lost.
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
        lock.unlock();
        const int rc = db ? sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr)
                          : SQLITE_CANTOPEN;
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore) << "checkpoint failed:" << (db ? sqlite3_errmsg(db) : "no connection");
        lock.lock();
        ++m_completed;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace doorstep
