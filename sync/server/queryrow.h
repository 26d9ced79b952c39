#pragma once

#include <QByteArray>
#include <QString>

class QSqlQuery;

namespace doorstep {

class Statement;

// One row of a query's result, read where it is: from SQLite's own statement when the server reads
// through it (ServerDatabase::selectRows), otherwise from the Qt driver's query.
class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery &query) : m_query(&query) { }
    explicit QueryRow(const Statement &statement) : m_statement(&statement) { }

    QString text(int column) const;
    // A text column's UTF-8 (on SQLite read as a BLOB, see ServerDatabase::textColumn).
    QByteArray utf8(int column) const;
    qint64 int64(int column) const;

private:
    const QSqlQuery *m_query = nullptr;
    const Statement *m_statement = nullptr;
};

} // namespace doorstep
