#include "transaction.h"

#include "database.h"

#include <sqlite3.h>

namespace doorstep {

namespace {
bool insideTransaction(Database &db)
{
    return sqlite3_get_autocommit(db.handle()) == 0;
}

Status begin(Database &db, bool nested)
{
    if (nested)
        return db.exec("SAVEPOINT nested"); // names stack: each RELEASE or ROLLBACK TO takes the innermost
    db.resetStatements(); // a statement left mid-result would pin an old snapshot and fail the write lock
    return db.exec("BEGIN IMMEDIATE");
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db), m_nested(insideTransaction(db)), m_begin(begin(db, m_nested))
{
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    m_db.resetStatements();
    if (m_nested) {
        (void)m_db.exec("ROLLBACK TO nested");
        (void)m_db.exec("RELEASE nested");
    } else {
        (void)m_db.exec("ROLLBACK");
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{QStringLiteral("database"), QStringLiteral("no transaction to commit")};
    if (!m_nested)
        m_db.resetStatements();
    Status s = m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    if (s)
        m_active = false;
    return s;
}

} // namespace doorstep
