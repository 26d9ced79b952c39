#include "queryrow.h"

#include "serverdatabase.h"
#include "statement.h"

#include <QSqlQuery>

namespace doorstep {

QString QueryRow::text(int column) const
{
    return m_statement ? m_statement->text(column) : m_query->value(column).toString();
}

QByteArray QueryRow::utf8(int column) const
{
    return m_statement ? m_statement->blob(column) : ServerDatabase::utf8(m_query->value(column));
}

qint64 QueryRow::int64(int column) const
{
    return m_statement ? m_statement->int64(column) : m_query->value(column).toLongLong();
}

} // namespace doorstep
