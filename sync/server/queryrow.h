#pragma once

#include <QByteArray>
#include <QString>

class QSqlQuery;
struct pg_result;

namespace doorstep {

class Statement;

// One row of a query's result, read where it is: from SQLite's own statement or libpq's result when
// the server reads through them (ServerDatabase::selectRows), otherwise from the Qt driver's query.
class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery &query) : m_query(&query) { }
    explicit QueryRow(const Statement &statement) : m_statement(&statement) { }
    QueryRow(const pg_result *result, int row) : m_result(result), m_row(row) { }

    QString text(int column) const;
    // A text column's UTF-8 (on SQLite read as a BLOB, see ServerDatabase::textColumn).
    QByteArray utf8(int column) const;
    qint64 int64(int column) const;

private:
    const QSqlQuery *m_query = nullptr;
    const Statement *m_statement = nullptr;
    const pg_result *m_result = nullptr; // in text format
    int m_row = 0;
};

} // namespace doorstep
