#include "transaction.h"

#include "database.h"

namespace doorstep {

namespace {
Status begin(Database &db)
{
    db.resetStatements(); // a statement left mid-result would pin an old snapshot and fail the write lock
    return db.exec("BEGIN IMMEDIATE");
}
} // namespace

Transaction::Transaction(Database &db) : m_db(db), m_begin(begin(db))
{
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.resetStatements();
        (void)m_db.exec("ROLLBACK");
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{QStringLiteral("database"), QStringLiteral("no transaction to commit")};
    m_db.resetStatements();
    Status s = m_db.exec("COMMIT");
    if (s)
        m_active = false;
    return s;
}

} // namespace doorstep
