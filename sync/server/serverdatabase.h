#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <vector>

struct sqlite3;

namespace doorstep {

class Checkpointer;
class QueryRow;
class Statement;

// The server's connection: SQLite (one file, the default) or PostgreSQL, through Qt SQL, with one
// schema and the same statements for both. Every value is bound.
class ServerDatabase
{
public:
    enum class Kind { Sqlite, Postgres };

    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // "sqlite:/path/to/file.sqlite" or "postgres:host=… port=… dbname=… user=… password=…"
    // durable=false (SQLite synchronous=OFF) only for the in-process simulation, which never loses
    // the OS's cache; a server always runs durable.
    static Result<std::unique_ptr<ServerDatabase>> open(const QString &location, bool durable = true);

    // Sets a QPSQL connection from a libpq-style "key=value …" string (host, port, dbname, user,
    // password; anything else becomes a connect option). Shared by the server and the tools that
    // inspect its database.
    static Status configurePostgres(QSqlDatabase &db, const QString &connection);

    Kind kind() const { return m_kind; }
    QSqlDatabase &connection() { return m_db; }

    // A prepared query, reused across calls (prepare once per statement text).
    QSqlQuery &query(const QString &sql);
    Status exec(QSqlQuery &query, const QString &what);
    Status execText(const QString &sql);
    // Writes rows of equal width with "into VALUES (…), (…) tail", where \a into names the table and
    // columns. On PostgreSQL, when the Qt driver runs on this program's libpq, 100, then 10, then 1
    // rows a statement, each value a libpq parameter (QPSQL would send every value escaped into the
    // statement's text, for PostgreSQL to lex again) and each statement prepared once on the
    // connection. On SQLite, when the Qt driver runs on this program's SQLite, one row a statement,
    // prepared once and bound through SQLite's own calls. Otherwise 32, then 8, then 1 rows a
    // statement, each text prepared once (\a row gives one row's placeholders when they are not all a
    // plain "?", see textParameter()).
    Status execRows(const QString &into, const QString &tail, const std::vector<QVariantList> &rows,
                    const QString &what, const QString &row = QString());
    // Runs \a sql with \a values bound in order, handing each row to \a onRow until it returns
    // false or fails. On SQLite, when the Qt driver runs on this program's SQLite, through a statement
    // of SQLite's own, prepared once and read in place (the Qt driver made a QVariant of every value
    // and copied each text twice on the way); on PostgreSQL, when the driver runs on this program's
    // libpq, through libpq, prepared once; otherwise through query().
    Status selectRows(const QString &sql, const QVariantList &values, const QString &what,
                      const std::function<Result<bool>(const QueryRow &row)> &onRow);
    // True when execRows and selectRows go to PostgreSQL through libpq (for tests).
    bool writesRowsThroughLibpq() const { return m_postgres != nullptr; }
    // True when execRows and selectRows go through SQLite's own statements (for tests).
    bool writesRowsThroughSqlite() const { return m_sqlite != nullptr; }
    // From now on execRows writes through the Qt driver alone, as it does when the driver was built on
    // another SQLite or libpq than this program's (for tests: Debian's drivers never are); so does
    // selectRows.
    void writeRowsThroughQtDriver();
    // Checkpoints done by the background thread (SQLite only; for tests).
    int backgroundCheckpoints() const;

    // A PostgreSQL array literal of texts, for one bound parameter cast to TEXT[]: every element
    // quoted, with its quotes and backslashes escaped.
    static QString textArray(const QStringList &values);

    // Large JSON text (a record's fields and stamps) moves as UTF-8 bytes on SQLite, which keeps
    // text as UTF-8: bound as a BLOB and cast to TEXT, read cast to BLOB, so neither Qt nor SQLite
    // converts it to UTF-16 and back (a push reads and writes every record it touches). On
    // PostgreSQL it is plain text. textColumn() reads \a column, textParameter() is its placeholder
    // and textValue() its bound value; utf8() takes either kind of value back to UTF-8.
    QString textColumn(QLatin1StringView column) const;
    QString textParameter() const;
    QVariant textValue(const QByteArray &utf8) const;
    // The same text as a value of a row for execRows, which on PostgreSQL through libpq sends
    // UTF-8 bytes as they are: kept as bytes there too rather than made a QString and back.
    QVariant rowTextValue(const QByteArray &utf8) const;
    static QByteArray utf8(const QVariant &value);

    // BEGIN IMMEDIATE on SQLite, so the write lock is held from the start; BEGIN on PostgreSQL.
    Status begin();
    Status commit();
    void rollback();
    // Transactions rolled back (or whose commit failed) on this connection so far: what a cache of
    // rows written in a transaction must be forgotten after (DeviceNumbers).
    quint64 rollbacks() const { return m_rollbacks; }
    // On SQLite, how long a write waits for another connection's transaction to end before it fails
    // as busy (10 s unless set; WriterTurns).
    void setWriteWaitLimit(std::chrono::milliseconds limit) { m_writeWaitLimit = limit; }
    std::chrono::milliseconds writeWaitLimit() const { return m_writeWaitLimit; }

private:
    Status execRowsOnPostgres(const QString &into, const QString &tail, const std::vector<QVariantList> &rows,
                              const QString &what);
    // Sets \a text to \a value as a libpq parameter in text form; false for NULL.
    static bool postgresParameter(const QVariant &value, QByteArray &text);
    Status selectRowsOnPostgres(const QString &sql, const QVariantList &values, const QString &what,
                                const std::function<Result<bool>(const QueryRow &row)> &onRow);
    Status execRowsOnSqlite(const QString &sql, const std::vector<QVariantList> &rows, const QString &what);
    // The statement for \a sql on m_sqlite, prepared on first use; null, with the reason, if it cannot be.
    Statement *sqliteStatement(const QString &sql, const QString &what, Error *failure);
    static void bindOnSqlite(Statement &statement, const QVariantList &values);
    ServerDatabase(Kind kind, QString connectionName);
    Status migrate();
    // On PostgreSQL, analyzes the records when their statistics are stale (a database just loaded
    // or restored, before autovacuum comes round, up to a minute later): without them PostgreSQL
    // sorted a team's records to find each pull page (Bitmap Heap Scan and Sort, 200 ms a page of
    // 100,000 visits) instead of reading it along records_by_team_seq (2 ms), and the initial sync
    // of bench_sync_initial ran at 15,000 records/s or 26,000 depending on whether autovacuum had
    // analyzed the table first.
    Status refreshStaleStatistics();

    // SQLite's busy handler on m_sqlite: waits for WriterTurns until m_writeWaitLimit has passed.
    static int waitForWriter(void *database, int attempt);

    quint64 m_rollbacks = 0;
    std::chrono::milliseconds m_writeWaitLimit{10000};
    std::chrono::steady_clock::time_point m_waitingSince;
    // The Qt PostgreSQL driver's libpq connection, when it is this program's libpq (execRows,
    // selectRows).
    void *m_postgres = nullptr;
    // Statements execRows and selectRows prepared on that connection (by into, tail and shape, or by
    // text) and their names: PostgreSQL plans a statement of a hundred rows once, not again for every
    // push.
    QHash<QString, QByteArray> m_preparedRows;
    // The Qt SQLite driver's connection, when it is this program's SQLite (execRows, selectRows), and
    // the statements prepared on it, by their text. A push of 500 records bound each value through
    // QSqlQuery, whose every bind wrote out a placeholder name: a twentieth of the server's push CPU.
    sqlite3 *m_sqlite = nullptr;
    std::map<QString, std::unique_ptr<Statement>> m_sqliteStatements;
    Kind m_kind;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery *> m_queries;
    std::unique_ptr<Checkpointer> m_checkpointer; // SQLite only
};

} // namespace doorstep
