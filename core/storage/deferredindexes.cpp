#include "deferredindexes.h"

#include "database.h"
#include "entityregistry.h"
#include "statement.h"
#include "transaction.h"

#include <QScopeGuard>

namespace doorstep {

namespace {

const QString kKeyPrefix = QStringLiteral("deferred_index:");
// SQLite maps no more than its compile-time limit, and reads past the map as usual; a 32-bit
// process keeps its smaller address space for everything else.
constexpr const char *kMapForIndexBuild
    = sizeof(void *) >= 8 ? "PRAGMA mmap_size=1073741824" : "PRAGMA mmap_size=268435456";

Result<bool> tableHasRows(Database &db, const QString &table)
{
    // A table name cannot be bound; these come from the schema registry, never from input.
    Statement &s = db.statement(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    const auto release = qScopeGuard([&s] { s.reset(); });
    if (s.step() != Statement::StepResult::Row)
        return Error{table, s.errorMessage()};
    return s.int64(0) != 0;
}

} // namespace

Result<bool> DeferredIndexes::deferIfEmpty(Database &db)
{
    auto already = deferredCount(db);
    if (!already)
        return already.error();
    if (*already > 0)
        return true;
    Transaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    QStringList tables;
    for (const EntitySchema *schema : EntityRegistry::all()) {
        auto rows = tableHasRows(db, schema->table);
        if (!rows)
            return rows.error();
        if (*rows)
            return false;
        tables << schema->table;
    }
    struct Index
    {
        QString name;
        QString sql;
    };
    std::vector<Index> indexes;
    {
        // sql is NULL for the indexes SQLite makes itself (primary keys, UNIQUE columns); those stay.
        Statement &s = db.statement(
            QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "ORDER BY name"));
        const auto release = qScopeGuard([&s] { s.reset(); });
        Statement::StepResult step;
        while ((step = s.step()) == Statement::StepResult::Row) {
            const QString sql = s.text(2);
            // A unique index is a constraint: it must hold for every row as it is written.
            if (tables.contains(s.text(1)) && sql.startsWith(QLatin1String("CREATE INDEX ")))
                indexes.push_back({s.text(0), sql});
        }
        if (step == Statement::StepResult::Error)
            return Error{QStringLiteral("indexes"), s.errorMessage()};
    }
    for (const Index &index : indexes) {
        Statement &keep = db.statement(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        keep.bind(1, kKeyPrefix + index.name);
        keep.bind(2, index.sql);
        if (Status s = keep.run(); !s)
            return s.error();
        // An index name cannot be bound; these come from sqlite_master.
        if (Status s = db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.name).toUtf8().constData()); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return !indexes.empty();
}

Status DeferredIndexes::restore(Database &db)
{
    auto count = deferredCount(db);
    if (!count)
        return count.error();
    if (*count == 0)
        return ok();
    // Each index is built from a full scan of its table, which after a first sync holds every note.
    // Read through a memory map, the scans copy nothing out of the page cache: building the visits'
    // two indexes took 0.20 s instead of 0.40 s for 100,000 visits (sqlite3 shell), and the writing
    // thread of bench_sync_initial spent 0.23 s less. A read error in a mapped file is a signal,
    // not an error SQLite can report: the build, of pages just written, takes that small risk once;
    // the store's everyday reads and writes do not, as the map goes when the build ends.
    if (Status s = db.exec(kMapForIndexBuild); !s)
        return s;
    const auto unmap = qScopeGuard([&db] { (void)db.exec("PRAGMA mmap_size=0"); });
    Transaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    std::vector<std::pair<QString, QString>> indexes; // meta key, definition
    {
        Statement &s = db.statement(QStringLiteral("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?"));
        s.bind(1, qint64(kKeyPrefix.size()));
        s.bind(2, kKeyPrefix);
        const auto release = qScopeGuard([&s] { s.reset(); });
        Statement::StepResult step;
        while ((step = s.step()) == Statement::StepResult::Row)
            indexes.emplace_back(s.text(0), s.text(1));
        if (step == Statement::StepResult::Error)
            return Error{QStringLiteral("meta"), s.errorMessage()};
    }
    for (const auto &[key, sql] : indexes) {
        // Only what deferIfEmpty kept is run: one index definition, nothing after it.
        if (!sql.startsWith(QLatin1String("CREATE INDEX ")) || sql.contains(u';'))
            return Error{QStringLiteral("meta.") + key, QStringLiteral("is not an index definition")};
        if (Status s = db.exec(sql.toUtf8().constData()); !s)
            return Error{QStringLiteral("meta.") + key, s.error().message()};
        Statement &forget = db.statement(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        forget.bind(1, key);
        if (Status s = forget.run(); !s)
            return s;
    }
    return transaction.commit();
}

Result<int> DeferredIndexes::deferredCount(Database &db)
{
    // Before the first migration there is no meta table, and nothing can have been set aside.
    {
        Statement &s
            = db.statement(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"));
        const auto release = qScopeGuard([&s] { s.reset(); });
        if (s.step() != Statement::StepResult::Row)
            return Error{QStringLiteral("meta"), s.errorMessage()};
        if (s.int64(0) == 0)
            return 0;
    }
    Statement &s = db.statement(QStringLiteral("SELECT count(*) FROM meta WHERE substr(key, 1, ?) = ?"));
    s.bind(1, qint64(kKeyPrefix.size()));
    s.bind(2, kKeyPrefix);
    const auto release = qScopeGuard([&s] { s.reset(); });
    if (s.step() != Statement::StepResult::Row)
        return Error{QStringLiteral("meta"), s.errorMessage()};
    return int(s.int64(0));
}

} // namespace doorstep
