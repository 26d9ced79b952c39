#pragma once

#include "benchsyncoutput.h"
#include "serverdatabase.h"
#include "servicetransport.h"
#include "syncservice.h"

#include <sodium.h>

#include <memory>

namespace doorstep::benchsync {

// The server's own code (SyncService) in this process on the run's database, for what happens
// before the clock starts: teams, users, and the pushes that fill the server. The SQLite file is
// opened with synchronous=OFF for that; the server process that is measured opens it durable.
class BenchSeeder
{
public:
    static QString password() { return QStringLiteral("a long bench password"); }

    explicit BenchSeeder(const QString &location, bool durable = false)
    {
        auto db = ServerDatabase::open(location, durable);
        if (!db)
            die(QStringLiteral("server database"), db.error());
        m_db = std::move(db).value();
        SyncService::Options options;
        options.passwordOpsLimit = crypto_pwhash_OPSLIMIT_MIN;
        options.passwordMemLimit = crypto_pwhash_MEMLIMIT_MIN;
        m_service = std::make_unique<SyncService>(*m_db, options);
        m_transport = std::make_unique<ServiceTransport>(*m_service);
    }

    ServerDatabase &database() { return *m_db; }
    SyncService &service() { return *m_service; }
    SyncTransport &transport() { return *m_transport; }

    QString createTeam(const QString &name)
    {
        auto id = m_service->createTeam(name, QStringLiteral("Bench area"));
        if (!id)
            die(QStringLiteral("create team"), id.error());
        return *id;
    }

    void createUser(const QString &userName, const QString &teamId,
                    const QString &role = QStringLiteral("practitioner"))
    {
        auto id = m_service->createUser(userName, QStringLiteral("Bench ") + userName, role, teamId, password());
        if (!id)
            die(QStringLiteral("create user"), id.error());
    }

private:
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<ServiceTransport> m_transport;
};

} // namespace doorstep::benchsync
