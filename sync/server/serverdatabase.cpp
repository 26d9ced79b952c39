#include "serverdatabase.h"

#include "checkpointer.h"
#include "devicenumbers.h"
#include "entityregistry.h"
#include "jsonparser.h"
#include "queryrow.h"
#include "stampgroups.h"
#include "statement.h"
#include "writerturns.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>
#include <sqlite3.h>

#ifdef __linux__
#include <dlfcn.h>
#include <link.h>
#endif

#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcServerDb, "doorstep.server")

namespace doorstep {

namespace {

// The server schema as a ladder of versions, like the tablet's: each step runs once, in order, in
// one transaction with its version number. Records are kept generically (one row per record,
// fields as JSON), because the server merges fields and never shows them; the record types and
// their rules are core's schemas.
const std::vector<std::vector<const char *>> kSteps = {
    {
        "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE accounts ("
        " id TEXT PRIMARY KEY, user_name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,"
        " role TEXT NOT NULL, team_id TEXT NOT NULL, display_name TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0)",
        "CREATE TABLE devices ("
        " id TEXT PRIMARY KEY, account_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " enrolled_at BIGINT NOT NULL, revoked_at BIGINT, last_counter BIGINT NOT NULL DEFAULT 0,"
        " last_pulled BIGINT NOT NULL DEFAULT 0, last_seen BIGINT)",
        "CREATE TABLE mutations ("
        " mutation_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, counter BIGINT NOT NULL, status TEXT NOT NULL,"
        " seq BIGINT NOT NULL)",
        "CREATE TABLE records ("
        " entity TEXT NOT NULL, id TEXT NOT NULL, team_id TEXT NOT NULL, fields TEXT NOT NULL, stamps TEXT NOT NULL,"
        " deleted INTEGER NOT NULL DEFAULT 0, seq BIGINT NOT NULL, changed_at BIGINT NOT NULL DEFAULT 0,"
        " PRIMARY KEY (entity, id))",
        "CREATE INDEX records_by_team_seq ON records (team_id, seq)",
        // One row: a push takes its numbers from it last and holds its lock until commit, so sequence
        // numbers become visible in the order they were issued, on PostgreSQL too, and a pull never
        // skips a change.
        "CREATE TABLE sequence (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)",
        "INSERT INTO sequence (id, value) VALUES (1, 0)",
        // Per team, the highest sequence number whose tombstones were purged: a device whose cursor is
        // below it has missed deletions and must resynchronise.
        "CREATE TABLE purges (team_id TEXT PRIMARY KEY, through_seq BIGINT NOT NULL)",
    },
    {
        // Stamps name devices by these numbers (DeviceNumbers), grouped by stamp (StampGroups); the
        // step's conversion rewrites the stamps of version 1, which named each field's device in full.
        "CREATE TABLE device_numbers (num BIGINT PRIMARY KEY, device_id TEXT NOT NULL UNIQUE)",
    },
    {
        // A push no longer sends mutation ids: a mutation is its device's counter, and its stamp tells a
        // replay from another mutation that reuses the counter. Mutations logged before kept no stamp
        // (NULL), and a replay of one is taken as a replay. The new table takes the old one's name, so
        // that it is the same table on SQLite and PostgreSQL.
        "CREATE TABLE applied_mutations ("
        " device_id TEXT NOT NULL, counter BIGINT NOT NULL, hlc BIGINT, status TEXT NOT NULL, seq BIGINT NOT NULL,"
        " PRIMARY KEY (device_id, counter))",
        "INSERT INTO applied_mutations (device_id, counter, hlc, status, seq)"
        " SELECT device_id, counter, NULL, status, seq FROM mutations",
        "DROP TABLE mutations",
        "ALTER TABLE applied_mutations RENAME TO mutations",
    },
    {
        // keepRecordsWhole (PostgreSQL only).
    },
};

// Version 1 kept each field's stamp as "field": "hlc:deviceId"; version 2 keeps StampGroups.
Status groupStamps(ServerDatabase &db)
{
    struct Row
    {
        QString entity;
        QString id;
        QString stamps;
    };
    std::vector<Row> rows;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT entity, id, stamps FROM records")))
            return Error(QStringLiteral("database"), q.lastError().text(), QStringLiteral("storage"));
        while (q.next())
            rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    DeviceNumbers numbers(db);
    for (const Row &row : rows) {
        const EntitySchema *schema = EntityRegistry::find(row.entity);
        if (!schema)
            return Error(QStringLiteral("records"),
                         QStringLiteral("hold an unknown record type \"%1\"").arg(row.entity),
                         QStringLiteral("storage"));
        const QJsonObject written = JsonParser::parse(row.stamps.toUtf8()).object();
        ServerStamps stamps;
        for (auto it = written.begin(); it != written.end(); ++it) {
            // Anything but a field's stamp would be lost by the conversion: stop, changing nothing.
            if (it.key() != StampGroups::kDeletedField && schema->indexOf(it.key()) < 0)
                return Error(
                    QStringLiteral("records"),
                    QStringLiteral("hold a stamp for \"%1\", which %2 does not have").arg(it.key(), row.entity),
                    QStringLiteral("storage"));
            const FieldStamp stamp = FieldStamp::parse(it.value());
            if (stamp.isNull())
                return Error(QStringLiteral("stamps.") + it.key(), QStringLiteral("is not a stamp"),
                             QStringLiteral("storage"));
            stamps.insert(it.key(), stamp);
        }
        auto grouped = numbers.compact(stamps, *schema, /*allowRest=*/true);
        if (!grouped)
            return grouped.error();
        QSqlQuery &update = db.query(QStringLiteral("UPDATE records SET stamps = ? WHERE entity = ? AND id = ?"));
        update.addBindValue(QString::fromLatin1(*grouped));
        update.addBindValue(row.entity);
        update.addBindValue(row.id);
        if (Status s = db.exec(update, QStringLiteral("group stamps")); !s)
            return s;
    }
    return ok();
}

// PostgreSQL compresses a row's long texts once the row passes 2 KB, and a visit with its notes
// does: every push then compressed each record it wrote and decompressed each it read, 4% of all
// CPU under bench_sync_ingest. Rows up to a page's size now stay whole and uncompressed; SQLite
// never compresses. Rows written before keep their form until they are next written.
Status keepRecordsWhole(ServerDatabase &db)
{
    if (db.kind() != ServerDatabase::Kind::Postgres)
        return ok();
    return db.execText(QStringLiteral("ALTER TABLE records SET (toast_tuple_target = 8160)"));
}

// Conversions of data that SQL alone cannot do, run after their step's statements.
const std::vector<Status (*)(ServerDatabase &)> kConversions = {nullptr, groupStamps, nullptr, keepRecordsWhole};

// The connection of the Qt SQL driver in \a db, when that driver's plugin (its file name contains
// \a plugin) runs on the very library this program links, which the address of one of its functions,
// \a ours, tells apart (Debian's plugins link the system libsqlite3 and libpq, as the server does);
// otherwise null. A handle of a copy of the library bundled into the plugin must never reach this
// library's functions.
void *sharedHandle(QSqlDatabase &db, const char *typeName, const char *plugin, const char *symbol, void *ours)
{
#ifdef __linux__
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    struct Search
    {
        const char *part;
        QByteArray found;
    } search{plugin, {}};
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            auto *s = static_cast<Search *>(data);
            if (info->dlpi_name && QByteArray(info->dlpi_name).contains(s->part))
                s->found = info->dlpi_name;
            return 0;
        },
        &search);
    void *loaded = search.found.isEmpty() ? nullptr : dlopen(search.found.constData(), RTLD_NOW | RTLD_NOLOAD);
    if (!loaded)
        return nullptr;
    // Looked up from the plugin: this library's own function only if the plugin uses this library.
    const bool same = dlsym(loaded, symbol) == ours;
    dlclose(loaded);
    return same ? *static_cast<void *const *>(handle.constData()) : nullptr;
#else
    Q_UNUSED(db);
    Q_UNUSED(typeName);
    Q_UNUSED(plugin);
    Q_UNUSED(symbol);
    Q_UNUSED(ours);
    return nullptr;
#endif
}

sqlite3 *sharedSqliteHandle(QSqlDatabase &db)
{
    return static_cast<sqlite3 *>(
        sharedHandle(db, "sqlite3*", "libqsqlite", "sqlite3_wal_hook", reinterpret_cast<void *>(&sqlite3_wal_hook)));
}

PGconn *sharedPostgresHandle(QSqlDatabase &db)
{
    return static_cast<PGconn *>(
        sharedHandle(db, "pg_conn*", "libqsqlpsql", "PQexecParams", reinterpret_cast<void *>(&PQexecParams)));
}

} // namespace

ServerDatabase::ServerDatabase(Kind kind, QString connectionName)
    : m_kind(kind), m_connectionName(std::move(connectionName))
{
}

ServerDatabase::~ServerDatabase()
{
    qDeleteAll(m_queries);
    m_queries.clear();
    m_sqliteStatements.clear(); // finalized before the connection closes
    m_checkpointer.reset(); // before the connection, which it hooks
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
        if (Status s = configurePostgres(db->m_db, location.mid(9)); !s)
            return s.error();
    } else {
        return Error(QStringLiteral("database"), QStringLiteral("must start with sqlite: or postgres:"));
    }
    if (!db->m_db.isValid())
        return Error(QStringLiteral("database"), QStringLiteral("the Qt SQL driver is not installed"));
    if (!db->m_db.open())
        return Error(QStringLiteral("database"), QStringLiteral("cannot open: ") + db->m_db.lastError().text());
    if (db->m_kind == Kind::Sqlite) {
        // Pages are read from the file's mapping instead of copied in by read calls: a push reads
        // hundreds of records from all over the file, and the server's CPU for a push of 1,000 edits
        // fell by a seventh (bench_sync_push, four alternating pairs). SQLite maps the file read-only
        // and writes through the log as before; past the first GiB it reads as it did.
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=OFF",
              "PRAGMA mmap_size=1073741824"}) {
            if (Status s = db->execText(QString::fromLatin1(pragma)); !s)
                return s.error();
        }
        // Pushes commit without copying the log back into the file themselves (Checkpointer).
        if (sqlite3 *handle = sharedSqliteHandle(db->m_db)) {
            db->m_checkpointer = std::make_unique<Checkpointer>(location.mid(7), handle);
            db->m_sqlite = handle;
            sqlite3_busy_handler(handle, &ServerDatabase::waitForWriter, db.get());
        } else
            qCInfo(lcServerDb) << "SQLite checkpoints stay in the committing request: the Qt driver's SQLite "
                                  "is not this library";
    } else {
        db->m_postgres = sharedPostgresHandle(db->m_db);
        if (!db->m_postgres)
            qCInfo(lcServerDb) << "pushes write through the Qt driver: its libpq is not this library";
    }
    if (Status s = db->migrate(); !s)
        return s.error();
    if (db->m_kind == Kind::Postgres) {
        if (Status s = db->refreshStaleStatistics(); !s)
            return s.error();
    }
    return db;
}

Status ServerDatabase::refreshStaleStatistics()
{
    // One thread at a time: every worker opens the database as the server starts, and the others
    // then find the statistics fresh.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    // Stale as autovacuum reckons it (50 rows and a tenth of the table changed since the last
    // ANALYZE), or never analyzed at all while holding rows.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT c.reltuples, COALESCE(s.n_mod_since_analyze, 0) FROM pg_class c "
                               "LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = 'records'::regclass"))
        || !q.next())
        return Error(QStringLiteral("database"), QStringLiteral("statistics: ") + q.lastError().text(),
                     QStringLiteral("storage"));
    const double tuples = q.value(0).toDouble();
    const qint64 changed = q.value(1).toLongLong();
    q.finish();
    const bool stale = tuples < 0 ? changed > 0 : double(changed) > 50 + 0.1 * tuples;
    if (stale) {
        qCInfo(lcServerDb) << "analyzing the records: their statistics are stale";
        if (Status s = execText(QStringLiteral("ANALYZE records")); !s)
            return s;
    }
    return ok();
}

Status ServerDatabase::configurePostgres(QSqlDatabase &db, const QString &connection)
{
    QStringList options;
    for (const QString &part : connection.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return Error(QStringLiteral("database"), QStringLiteral("\"%1\" is not key=value").arg(part));
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("password"))
            db.setPassword(value);
        else
            options << part;
    }
    db.setConnectOptions(options.join(u';'));
    return ok();
}

Status ServerDatabase::migrate()
{
    if (Status s = begin(); !s)
        return s;
    if (m_kind == Kind::Postgres) {
        // Two servers starting at once on one database must not both build the schema.
        if (Status s = execText(QStringLiteral("SELECT pg_advisory_xact_lock(4711)")); !s) {
            rollback();
            return s;
        }
    }
    // Ask the catalogue whether the schema exists, rather than a query that fails (which would abort a
    // PostgreSQL transaction).
    int version = 0;
    {
        QSqlQuery exists(m_db);
        const QString sql = m_kind == Kind::Postgres
            ? QStringLiteral("SELECT to_regclass('server_meta') IS NOT NULL")
            : QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'server_meta'");
        if (!exists.exec(sql) || !exists.next()) {
            rollback();
            return Error(QStringLiteral("database"), exists.lastError().text(), QStringLiteral("storage"));
        }
        if (exists.value(0).toBool()) {
            QSqlQuery q(m_db);
            if (q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'")) && q.next())
                version = q.value(0).toInt();
        }
    }
    if (version > int(kSteps.size())) {
        rollback();
        return Error(QStringLiteral("database"),
                     QStringLiteral("was written by a newer doorstep-server (schema %1; this one knows up to %2); "
                                    "nothing was changed")
                         .arg(version)
                         .arg(kSteps.size()));
    }
    for (size_t step = size_t(version); step < kSteps.size(); ++step) {
        for (const char *statement : kSteps[step]) {
            if (Status s = execText(QString::fromLatin1(statement)); !s) {
                rollback();
                return s;
            }
        }
        if (kConversions[step]) {
            if (Status s = kConversions[step](*this); !s) {
                rollback();
                return s;
            }
        }
    }
    if (version < int(kSteps.size())) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema_version', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::number(kSteps.size()));
        if (!q.exec()) {
            rollback();
            return Error(QStringLiteral("database"), q.lastError().text(), QStringLiteral("storage"));
        }
    }
    return commit();
}

QSqlQuery &ServerDatabase::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto *q = new QSqlQuery(m_db);
        // Every statement is read front to back once: on SQLite, not caching each row for going back
        // halves the cost of reading a pull page (bench_sync_initial). PostgreSQL's forward-only mode
        // fetches row by row, and would add a round trip per row.
        q->setForwardOnly(m_kind == Kind::Sqlite);
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

int ServerDatabase::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->completed() : 0;
}

QString ServerDatabase::textArray(const QStringList &values)
{
    QString literal = QStringLiteral("{");
    for (const QString &value : values) {
        if (literal.size() > 1)
            literal += u',';
        literal += u'"';
        for (const QChar c : value) {
            if (c == u'"' || c == u'\\')
                literal += u'\\';
            literal += c;
        }
        literal += u'"';
    }
    return literal + u'}';
}

Status ServerDatabase::execRows(const QString &into, const QString &tail, const std::vector<QVariantList> &rows,
                                const QString &what, const QString &placeholders)
{
    if (rows.empty())
        return ok();
    if (m_postgres)
        return execRowsOnPostgres(into, tail, rows, what);
    const qsizetype width = rows.front().size();
    QString row = QStringLiteral("(");
    if (placeholders.isEmpty()) {
        for (qsizetype i = 0; i < width; ++i)
            row += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    } else {
        row += placeholders;
    }
    row += u')';
    if (m_sqlite)
        return execRowsOnSqlite(into + QStringLiteral(" VALUES ") + row + u' ' + tail, rows, what);
    size_t next = 0;
    for (const size_t chunk : {size_t(32), size_t(8), size_t(1)}) {
        while (rows.size() - next >= chunk) {
            QString sql = into + QStringLiteral(" VALUES ");
            for (size_t r = 0; r < chunk; ++r)
                sql += r == 0 ? row : QStringLiteral(", ") + row;
            QSqlQuery &q = query(sql + u' ' + tail);
            for (size_t r = next; r < next + chunk; ++r) {
                for (const QVariant &value : rows[r])
                    q.addBindValue(value);
            }
            if (Status s = exec(q, what); !s)
                return s;
            next += chunk;
        }
    }
    return ok();
}

void ServerDatabase::writeRowsThroughQtDriver()
{
    m_sqliteStatements.clear();
    m_sqlite = nullptr;
    m_postgres = nullptr; // its prepared statements stay on the connection, unused
}

Statement *ServerDatabase::sqliteStatement(const QString &sql, const QString &what, Error *failure)
{
    std::unique_ptr<Statement> &statement = m_sqliteStatements[sql];
    if (!statement)
        statement = std::make_unique<Statement>(m_sqlite, sql);
    if (!statement->isValid()) {
        *failure = Error(QStringLiteral("database"), what + QStringLiteral(": ") + statement->prepareError(),
                         QStringLiteral("storage"));
        statement.reset();
        return nullptr;
    }
    return statement.get();
}

void ServerDatabase::bindOnSqlite(Statement &statement, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null text is NULL, as the Qt driver binds it.
        const bool nullText
            = (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())
            || (value.typeId() == QMetaType::QByteArray
                && static_cast<const QByteArray *>(value.constData())->isNull());
        if (nullText)
            statement.bindNull(int(i) + 1);
        else
            statement.bindVariant(int(i) + 1, value);
    }
}

Status ServerDatabase::execRowsOnSqlite(const QString &sql, const std::vector<QVariantList> &rows, const QString &what)
{
    Error failure;
    Statement *statement = sqliteStatement(sql, what, &failure);
    if (!statement)
        return failure;
    const auto release = qScopeGuard([statement] { statement->reset(); }); // holds nothing between pushes
    for (const QVariantList &row : rows) {
        statement->reset();
        bindOnSqlite(*statement, row);
        if (Status s = statement->run(); !s)
            return Error(QStringLiteral("database"), what + QStringLiteral(": ") + statement->errorMessage(),
                         QStringLiteral("storage"));
    }
    return ok();
}

Status ServerDatabase::selectRows(const QString &sql, const QVariantList &values, const QString &what,
                                  const std::function<Result<bool>(const QueryRow &row)> &onRow)
{
    if (m_sqlite) {
        Error failure;
        Statement *statement = sqliteStatement(sql, what, &failure);
        if (!statement)
            return failure;
        const auto release = qScopeGuard([statement] { statement->reset(); });
        statement->reset();
        bindOnSqlite(*statement, values);
        const QueryRow row(*statement);
        for (;;) {
            switch (statement->step()) {
            case Statement::StepResult::Done:
                return ok();
            case Statement::StepResult::Error:
                return Error(QStringLiteral("database"), what + QStringLiteral(": ") + statement->errorMessage(),
                             QStringLiteral("storage"));
            case Statement::StepResult::Row:
                break;
            }
            auto more = onRow(row);
            if (!more)
                return more.error();
            if (!*more)
                return ok();
        }
    }
    if (m_postgres)
        return selectRowsOnPostgres(sql, values, what, onRow);
    QSqlQuery &q = query(sql);
    const auto release = qScopeGuard([&q] { q.finish(); });
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (Status s = exec(q, what); !s)
        return s;
    const QueryRow row(q);
    while (q.next()) {
        auto more = onRow(row);
        if (!more)
            return more.error();
        if (!*more)
            return ok();
    }
    return ok();
}

bool ServerDatabase::postgresParameter(const QVariant &value, QByteArray &text)
{
    // NULL where Qt would have bound NULL: a null QVariant, QString or QByteArray.
    if (value.isNull()) {
        text = QByteArray();
        return false;
    }
    if (value.typeId() == QMetaType::QByteArray) {
        text = value.toByteArray();
        return !text.isNull();
    }
    const QString asText = value.toString();
    text = asText.toUtf8();
    return !(value.typeId() == QMetaType::QString && asText.isNull());
}

// The failure \a result reports (cleared here), or the connection's when there is no result, named by \a what.
static Error postgresError(PGconn *connection, PGresult *result, const QString &what)
{
    const QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed()
                                   : QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    PQclear(result);
    return Error(QStringLiteral("database"), what + QStringLiteral(": ") + message, QStringLiteral("storage"));
}

Status ServerDatabase::selectRowsOnPostgres(const QString &sql, const QVariantList &values, const QString &what,
                                            const std::function<Result<bool>(const QueryRow &row)> &onRow)
{
    // Through libpq on the Qt driver's connection, each statement prepared once, as execRows writes:
    // QPSQL made a QVariant of every value it read and a QString of every text, which the server
    // then turned back into UTF-8.
    PGconn *connection = static_cast<PGconn *>(m_postgres);
    const auto failed = [&](PGresult *result) { return postgresError(connection, result, what); };
    QByteArray &name = m_preparedRows[QStringLiteral("select\n") + sql];
    if (name.isEmpty()) {
        // The Qt driver's placeholders (?) numbered as PostgreSQL's ($1, $2, …), none inside a literal.
        QByteArray numbered;
        int placeholders = 0;
        bool quoted = false;
        for (const char c : sql.toUtf8()) {
            if (c == '\'')
                quoted = !quoted;
            if (c == '?' && !quoted)
                numbered += '$' + QByteArray::number(++placeholders);
            else
                numbered += c;
        }
        const QByteArray candidate = "doorstep_select_" + QByteArray::number(m_preparedRows.size());
        PGresult *prepared = PQprepare(connection, candidate.constData(), numbered.constData(), 0, nullptr);
        if (!prepared || PQresultStatus(prepared) != PGRES_COMMAND_OK) {
            m_preparedRows.remove(QStringLiteral("select\n") + sql);
            return failed(prepared);
        }
        PQclear(prepared);
        name = candidate;
    }
    std::vector<QByteArray> texts(size_t(values.size()));
    std::vector<const char *> parameters(texts.size());
    for (size_t i = 0; i < texts.size(); ++i)
        parameters[i] = postgresParameter(values.at(qsizetype(i)), texts[i]) ? texts[i].constData() : nullptr;
    PGresult *result
        = PQexecPrepared(connection, name.constData(), int(parameters.size()), parameters.data(), nullptr, nullptr, 0);
    if (!result || PQresultStatus(result) != PGRES_TUPLES_OK)
        return failed(result);
    const auto release = qScopeGuard([result] { PQclear(result); });
    const int rows = PQntuples(result);
    for (int i = 0; i < rows; ++i) {
        auto more = onRow(QueryRow(result, i));
        if (!more)
            return more.error();
        if (!*more)
            return ok();
    }
    return ok();
}

Status ServerDatabase::execRowsOnPostgres(const QString &into, const QString &tail,
                                          const std::vector<QVariantList> &rows, const QString &what)
{
    // Through libpq on the Qt driver's own connection (same transaction), each value a parameter of
    // its own: QPSQL would send every value as an escaped literal inside "EXECUTE (…)", which Qt
    // escaped and PostgreSQL lexed, character by character, for a push's whole megabytes of notes.
    // Text parameters take their types from the columns they go into. The rows go 100, 10 or 1 a
    // statement, each statement prepared once on the connection: planning a fresh statement of 500
    // rows (4,000 parameters) cost PostgreSQL 4-14 ms a push.
    PGconn *connection = static_cast<PGconn *>(m_postgres);
    const qsizetype width = rows.front().size();
    const auto failed = [&](PGresult *result) { return postgresError(connection, result, what); };
    size_t next = 0;
    for (const size_t chunk : {size_t(100), size_t(10), size_t(1)}) {
        if (rows.size() - next < chunk)
            continue;
        // Known by what makes its text, so that a push does not write out 800 placeholders to find it.
        const QString key = into + u'\n' + tail + u'\n' + QString::number(chunk) + u'x' + QString::number(width);
        QByteArray &name = m_preparedRows[key];
        if (name.isEmpty()) {
            QByteArray sql = into.toUtf8() + " VALUES ";
            for (size_t r = 0; r < chunk; ++r) {
                sql += r == 0 ? "(" : ", (";
                for (qsizetype c = 0; c < width; ++c)
                    sql += (c == 0 ? "$" : ", $") + QByteArray::number(qsizetype(r) * width + c + 1);
                sql += ')';
            }
            sql += ' ' + tail.toUtf8();
            const QByteArray candidate = "doorstep_rows_" + QByteArray::number(m_preparedRows.size());
            PGresult *prepared = PQprepare(connection, candidate.constData(), sql.constData(), 0, nullptr);
            if (!prepared || PQresultStatus(prepared) != PGRES_COMMAND_OK) {
                m_preparedRows.remove(key);
                return failed(prepared);
            }
            PQclear(prepared);
            name = candidate;
        }
        std::vector<QByteArray> texts(chunk * size_t(width));
        std::vector<const char *> values(texts.size());
        for (; rows.size() - next >= chunk; next += chunk) {
            for (size_t r = 0; r < chunk; ++r) {
                for (qsizetype c = 0; c < width; ++c) {
                    QByteArray &text = texts[r * size_t(width) + size_t(c)];
                    values[r * size_t(width) + size_t(c)]
                        = postgresParameter(rows[next + r].at(c), text) ? text.constData() : nullptr;
                }
            }
            PGresult *result
                = PQexecPrepared(connection, name.constData(), int(values.size()), values.data(), nullptr, nullptr, 0);
            if (!result || PQresultStatus(result) != PGRES_COMMAND_OK)
                return failed(result);
            PQclear(result);
        }
    }
    return ok();
}

QString ServerDatabase::textColumn(QLatin1StringView column) const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("CAST(%1 AS BLOB)").arg(column) : QString(column);
}

QString ServerDatabase::textParameter() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("CAST(? AS TEXT)") : QStringLiteral("?");
}

QVariant ServerDatabase::textValue(const QByteArray &utf8) const
{
    return m_kind == Kind::Sqlite ? QVariant(utf8) : QVariant(QString::fromUtf8(utf8));
}

QVariant ServerDatabase::rowTextValue(const QByteArray &utf8) const
{
    return m_postgres ? QVariant(utf8) : textValue(utf8);
}

QByteArray ServerDatabase::utf8(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
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
    Status s = execText(QStringLiteral("COMMIT"));
    if (!s)
        ++m_rollbacks;
    if (m_kind == Kind::Sqlite)
        WriterTurns::shared().released();
    return s;
}

void ServerDatabase::rollback()
{
    ++m_rollbacks;
    (void)execText(QStringLiteral("ROLLBACK"));
    if (m_kind == Kind::Sqlite)
        WriterTurns::shared().released();
}

int ServerDatabase::waitForWriter(void *database, int attempt)
{
    auto *db = static_cast<ServerDatabase *>(database);
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
        db->m_waitingSince = now;
    if (now - db->m_waitingSince >= db->m_writeWaitLimit)
        return 0; // SQLite answers busy
    // A writer in another process ends unannounced: look again after a short while in any case.
    WriterTurns::shared().waitAtMost(std::chrono::milliseconds(2));
    return 1;
}

} // namespace doorstep
