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

    static Result<ServerConfig> fromFile(const QString &path);
    // Applies --database, --port, --listen and --password-cost from args; unknown flags are refused.
    Status applyFlags(const QStringList &flags, QStringList *remaining);
};

} // namespace doorstep
