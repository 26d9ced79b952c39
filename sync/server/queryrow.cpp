#include "queryrow.h"

#include "serverdatabase.h"
#include "statement.h"

#include <QSqlQuery>

#include <libpq-fe.h>

namespace doorstep {

QString QueryRow::text(int column) const
{
    if (m_result) {
        if (PQgetisnull(m_result, m_row, column))
            return QString();
        return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    return m_statement ? m_statement->text(column) : m_query->value(column).toString();
}

QByteArray QueryRow::utf8(int column) const
{
    if (m_result) {
        if (PQgetisnull(m_result, m_row, column))
            return QByteArray();
        return QByteArray(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    return m_statement ? m_statement->blob(column) : ServerDatabase::utf8(m_query->value(column));
}

qint64 QueryRow::int64(int column) const
{
    if (m_result) // NULL reads as 0, as a null QVariant does
        return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column)).toLongLong();
    return m_statement ? m_statement->int64(column) : m_query->value(column).toLongLong();
}

} // namespace doorstep
