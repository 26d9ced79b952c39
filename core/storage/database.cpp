#include "database.h"

#include "checkpointer.h"

#include <QFile>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "doorstep.store")

namespace doorstep {

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) { }

Database::~Database()
{
    m_statements.clear(); // statements must be finalised before the connection closes
    // Before the connection: the last one to close checkpoints whatever is left and removes the log.
    m_checkpointer.reset();
    sqlite3_close(m_db);
}

int Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Durability durability, int newestKnownVersion)
{
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        sqlite3_close(db);
        return Error{QStringLiteral("database"), QStringLiteral("cannot open the store: ") + reason};
    }
    std::unique_ptr<Database> database(new Database(db, path));
    database->m_durability = durability;
    sqlite3_busy_timeout(db, 5000);
    if (newestKnownVersion >= 0) {
        const int version = database->userVersion();
        if (version < 0)
            return Error{QStringLiteral("database"),
                         QStringLiteral("is not a Doorstep store (or is damaged): ") + database->lastError()
                             + QStringLiteral("; nothing was changed")};
        if (version > newestKnownVersion)
            return Error{
                QStringLiteral("database"),
                QStringLiteral("was written by a newer version of Doorstep (schema %1; this app knows up to %2). "
                               "Update the app; nothing was changed.")
                    .arg(version)
                    .arg(newestKnownVersion)};
    }
    // FULL: a commit that returned is on disk, even if the battery dies the next instant.
    // Personal fields are ciphertext, so freed pages need no secure_delete scrubbing: FAST zeroes
    // deleted content only in pages written anyway (Debian builds SQLite with it ON, which wrote
    // every page a push's 500 acknowledged entries freed: 5-8 ms -> 2-4 ms, bench_sync_push).
    // A 32 MB page cache (SQLite's default is 2 MB) holds a first sync's index pages, which random ids
    // and times touch all over: it halved the reads of bench_sync_initial and cut its writes by an
    // eighth (most likely a smaller cache spilled pages into the log before the commit that wrote
    // them again). The log, which may grow to Checkpointer::kMaxLogPages while a first sync writes,
    // is cut back to 4 MB when it restarts.
    const char *sync = durability == Durability::Durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=OFF";
    for (const char *pragma : {"PRAGMA journal_mode=WAL", sync, "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=FAST",
                               "PRAGMA cache_size=-32768", "PRAGMA journal_size_limit=4194304"}) {
        if (Status s = database->exec(pragma); !s)
            return s.error();
    }
    // Replaces SQLite's own checkpoint inside the commit (a file-backed store only).
    if (path != QLatin1String(":memory:") && !path.isEmpty())
        database->m_checkpointer = std::make_unique<Checkpointer>(path, db);
    return database;
}

Status Database::setWaitForDisk(bool wait)
{
    if (m_durability != Durability::Durable)
        return ok();
    const Status set = exec(wait ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    // Setting it back is called from a scope guard that cannot report; the edits typed next would
    // then return before they are on disk, which must not pass unnoticed. (It needs no I/O and no
    // lock, so only a lack of memory could make it fail.)
    if (!set && wait)
        qCCritical(lcStore) << "commits could not be made to wait for the disk again:" << set.error().message();
    return set;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{QStringLiteral("database"), QString::fromUtf8(message ? message : "unknown error")};
        sqlite3_free(message);
        return error;
    }
    return ok();
}

Statement &Database::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
    else
        it->second->reset();
    if (!it->second->isValid())
        qCCritical(lcStore) << "statement failed to prepare:" << it->second->prepareError();
    return *it->second;
}

void Database::resetStatements()
{
    for (auto &[sql, statement] : m_statements)
        statement->reset();
}

int Database::userVersion()
{
    Statement &s = statement(QStringLiteral("PRAGMA user_version"));
    const int version = s.step() == Statement::StepResult::Row ? int(s.int64(0)) : -1;
    s.reset(); // a statement left mid-result holds a read snapshot open (and blocks checkpoints)
    return version;
}

Status Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is an int we computed, never input.
    const QByteArray sql = "PRAGMA user_version=" + QByteArray::number(version);
    return exec(sql.constData());
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace doorstep
