#include "transaction.h"

#include "database.h"

namespace doorstep {

Transaction::Transaction(Database &db) : m_db(db), m_begin(db.exec("BEGIN IMMEDIATE"))
{
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{QStringLiteral("database"), QStringLiteral("no transaction to commit")};
    Status s = m_db.exec("COMMIT");
    if (s)
        m_active = false;
    return s;
}

} // namespace doorstep
