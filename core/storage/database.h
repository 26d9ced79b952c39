#pragma once

#include "result.h"
#include "statement.h"

#include <QHashFunctions>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace doorstep {

// One SQLite connection, set up the way every Doorstep store must be: WAL, synchronous=FULL,
// foreign keys on. Statements are prepared once and reused (the hot path of every edit).
class Checkpointer;

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Durable: synchronous=FULL, every commit on disk before it returns. Relaxed (synchronous=OFF) is
    // only for tests that never lose the OS's cache, such as the in-process simulation.
    enum class Durability { Durable, Relaxed };
    // With newestKnownVersion >= 0, a file whose schema is newer is refused before anything is
    // written to it (setting WAL mode alone would rewrite its header).
    static Result<std::unique_ptr<Database>> open(const QString &path, Durability durability = Durability::Durable,
                                                  int newestKnownVersion = -1);

    // For schema statements and pragmas only: never for values (those are bound through statement()).
    Status exec(const char *sql);

    // A cached prepared statement, reset and with bindings cleared, ready to bind and step.
    Statement &statement(const QString &sql);

    // Resets every cached statement, so none holds a read snapshot across a transaction boundary.
    void resetStatements();

    // With wait false, a durable store's commits return before they reach the disk (synchronous=
    // NORMAL), until it is set back. Only for writes that can be had again, such as a pulled page:
    // the log still keeps each commit whole, and the next commit that waits makes the earlier ones
    // durable with it. A relaxed store stays as it is.
    Status setWaitForDisk(bool wait);

    int userVersion();
    Status setUserVersion(int version);

    qint64 changes() const;
    qint64 lastInsertRowId() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    QString lastError() const;

    // Checkpoints of the write-ahead log run on a thread of their own (Checkpointer): how many so far
    // (for tests).
    int backgroundCheckpoints() const;

private:
    Database(sqlite3 *db, QString path);

    std::unique_ptr<Checkpointer> m_checkpointer;
    sqlite3 *m_db = nullptr;
    Durability m_durability = Durability::Durable;
    QString m_path;
    struct KeyHash
    {
        size_t operator()(const QString &s) const noexcept { return qHash(s); }
    };
    std::unordered_map<QString, std::unique_ptr<Statement>, KeyHash> m_statements;
};

} // namespace doorstep
