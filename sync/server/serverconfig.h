#pragma once

#include "result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace doorstep {

// The server's settings: from a JSON config file, then command-line flags over it. Every field is
// validated; an error names the field and the reason.
struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8470;
    QString database = QStringLiteral("sqlite:doorstep-server.sqlite");
    QString passwordCost = QStringLiteral("interactive"); // or "minimum", for tests only
    // Threads serving requests, each with its own database connection; 0 picks workerCount()'s default.
    int workers = 0;

    static constexpr int kMaxWorkers = 64;
    // Two on SQLite, which takes one writer at a time: while one push applies, another is read,
    // checked and answered (WriterTurns hands the writing on); four on PostgreSQL, where one push's
    // round trips to the database leave the process idle that another request can use.
    int workerCount() const;

    static Result<ServerConfig> fromFile(const QString &path);
    // Applies --database, --port, --listen, --password-cost and --workers from args; flags it does not
    // know are left in \a remaining.
    Status applyFlags(const QStringList &flags, QStringList *remaining);
};

} // namespace doorstep
