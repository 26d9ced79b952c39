#include "serverdatabase.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcServerDb, "doorstep.server")

namespace doorstep {

namespace {

// The server schema. Records are kept generically (one row per record, fields as JSON), because the
// server merges fields and never shows them; the record types and their rules are core's schemas.
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS accounts ("
    " id TEXT PRIMARY KEY, user_name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,"
    " role TEXT NOT NULL, team_id TEXT NOT NULL, display_name TEXT NOT NULL, created_at BIGINT NOT NULL,"
    " failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS devices ("
    " id TEXT PRIMARY KEY, account_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " enrolled_at BIGINT NOT NULL, revoked_at BIGINT, last_counter BIGINT NOT NULL DEFAULT 0,"
    " last_pulled BIGINT NOT NULL DEFAULT 0, last_seen BIGINT)",
    "CREATE TABLE IF NOT EXISTS mutations ("
    " mutation_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, counter BIGINT NOT NULL, status TEXT NOT NULL,"
    " seq BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS records ("
    " entity TEXT NOT NULL, id TEXT NOT NULL, team_id TEXT NOT NULL, fields TEXT NOT NULL, stamps TEXT NOT NULL,"
    " deleted INTEGER NOT NULL DEFAULT 0, seq BIGINT NOT NULL, PRIMARY KEY (entity, id))",
    "CREATE INDEX IF NOT EXISTS records_by_team_seq ON records (team_id, seq)",
    // One row: taking the next sequence number locks it until commit, so sequence numbers become
    // visible in the order they were issued, on PostgreSQL too, and a pull never skips a change.
    "CREATE TABLE IF NOT EXISTS sequence (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)",
    "INSERT INTO sequence (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
};

} // namespace

ServerDatabase::ServerDatabase(Kind kind, QString connectionName)
    : m_kind(kind), m_connectionName(std::move(connectionName))
{
}

ServerDatabase::~ServerDatabase()
{
    qDeleteAll(m_queries);
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString &location, bool durable)
{
    const QString connectionName
        = QStringLiteral("doorstep-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ServerDatabase> db;
    if (location.startsWith(QLatin1String("sqlite:"))) {
        db.reset(new ServerDatabase(Kind::Sqlite, connectionName));
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db->m_db.setDatabaseName(location.mid(7));
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else if (location.startsWith(QLatin1String("postgres:"))) {
        db.reset(new ServerDatabase(Kind::Postgres, connectionName));
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        // The libpq connection string goes through as it is: host, port, dbname, user, password.
        const QStringList parts = location.mid(9).split(u' ', Qt::SkipEmptyParts);
        QStringList options;
        for (const QString &part : parts) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq <= 0)
                return Error(QStringLiteral("database"), QStringLiteral("\"%1\" is not key=value").arg(part));
            const QString key = part.left(eq);
            const QString value = part.mid(eq + 1);
            if (key == QLatin1String("host"))
                db->m_db.setHostName(value);
            else if (key == QLatin1String("port"))
                db->m_db.setPort(value.toInt());
            else if (key == QLatin1String("dbname"))
                db->m_db.setDatabaseName(value);
            else if (key == QLatin1String("user"))
                db->m_db.setUserName(value);
            else if (key == QLatin1String("password"))
                db->m_db.setPassword(value);
            else
                options << part;
        }
        db->m_db.setConnectOptions(options.join(u';'));
    } else {
        return Error(QStringLiteral("database"), QStringLiteral("must start with sqlite: or postgres:"));
    }
    if (!db->m_db.isValid())
        return Error(QStringLiteral("database"), QStringLiteral("the Qt SQL driver is not installed"));
    if (!db->m_db.open())
        return Error(QStringLiteral("database"), QStringLiteral("cannot open: ") + db->m_db.lastError().text());
    if (db->m_kind == Kind::Sqlite) {
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=OFF"}) {
            if (Status s = db->execText(QString::fromLatin1(pragma)); !s)
                return s.error();
        }
    }
    if (Status s = db->migrate(); !s)
        return s.error();
    return db;
}

Status ServerDatabase::migrate()
{
    if (Status s = begin(); !s)
        return s;
    for (const char *statement : kSchema) {
        if (Status s = execText(QString::fromLatin1(statement)); !s) {
            rollback();
            return s;
        }
    }
    return commit();
}

QSqlQuery &ServerDatabase::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto *q = new QSqlQuery(m_db);
        if (!q->prepare(sql))
            qCCritical(lcServerDb) << "statement failed to prepare:" << q->lastError().text();
        it = m_queries.insert(sql, q);
    }
    (*it)->finish();
    return **it;
}

Status ServerDatabase::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Error(QStringLiteral("database"), what + QStringLiteral(": ") + query.lastError().text(),
                     QStringLiteral("storage"));
    return ok();
}

Status ServerDatabase::execText(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Error(QStringLiteral("database"), q.lastError().text(), QStringLiteral("storage"));
    return ok();
}

Status ServerDatabase::begin()
{
    // A query left mid-result keeps an old read snapshot open, and SQLite then refuses this
    // connection's next write at once (SQLITE_BUSY_SNAPSHOT) instead of waiting for the lock.
    for (QSqlQuery *q : std::as_const(m_queries))
        q->finish();
    return execText(m_kind == Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Status ServerDatabase::commit()
{
    return execText(QStringLiteral("COMMIT"));
}

void ServerDatabase::rollback()
{
    (void)execText(QStringLiteral("ROLLBACK"));
}

} // namespace doorstep
