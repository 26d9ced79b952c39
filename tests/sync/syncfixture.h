#pragma once

#include "canonicaldump.h"
#include "keyvault.h"
#include "serverdatabase.h"
#include "servicetransport.h"
#include "store.h"
#include "syncclient.h"
#include "syncservice.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <memory>

namespace doorstep {

// A real server (SyncService on a real SQLite file) and real device stores, joined in process.
struct SyncFixture
{
    struct Device
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Store> store;
        std::unique_ptr<SyncClient> client;
    };

    QTemporaryDir serverDir;
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<ServiceTransport> transport;
    QString teamId;
    qint64 clockOffsetMs = 0; // moves the server's clock, for purge horizons
    SyncService::Options serviceOptions; // what the service was made with, its clock among them

    bool start()
    {
        if (!open())
            return false;
        auto team = service->createTeam(QStringLiteral("Demo Neighbourhood Team"), QStringLiteral("Demo area"));
        if (!team)
            return false;
        teamId = *team;
        return true;
    }

    // Opens the server's database and the service on it; again after a test rewrote the tables as an
    // older schema kept them, which brings them up to date.
    bool open()
    {
        transport.reset();
        service.reset();
        db.reset();
        auto opened
            = ServerDatabase::open(QStringLiteral("sqlite:") + serverDir.filePath(QStringLiteral("server.sqlite")));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message()));
            return false;
        }
        db = std::move(opened).value();
        SyncService::Options options;
        options.passwordOpsLimit = crypto_pwhash_OPSLIMIT_MIN;
        options.passwordMemLimit = crypto_pwhash_MEMLIMIT_MIN;
        options.wallClock = [this] { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; };
        options.clock = std::make_shared<ServerClock>(options.wallClock);
        serviceOptions = options;
        service = std::make_unique<SyncService>(*db, options);
        transport = std::make_unique<ServiceTransport>(*service);
        return true;
    }

    bool addUser(const QString &userName, const QString &role)
    {
        return service
            ->createUser(userName, QStringLiteral("Demo ") + userName, role, teamId,
                         QStringLiteral("correct horse battery"))
            .ok();
    }

    std::unique_ptr<Device> device(const QString &userName,
                                   HybridLogicalClock::WallClock wallClock = HybridLogicalClock::systemWallClock())
    {
        auto d = std::make_unique<Device>();
        d->dir = std::make_unique<QTemporaryDir>();
        Store::Options o;
        o.directory = d->dir->path();
        o.wallClock = std::move(wallClock);
        o.cost = KeyVault::testCost();
        auto store = Store::open(o);
        if (!store || !(*store)->createKey(QStringLiteral("123456")))
            return nullptr;
        d->store = std::move(store).value();
        d->client = std::make_unique<SyncClient>(*d->store, *transport);
        bool enrolled = false;
        d->client->enrol(userName, QStringLiteral("correct horse battery"), QStringLiteral("test tablet"),
                         [&](Result<Enrolment> r) { enrolled = r.ok(); });
        return enrolled ? std::move(d) : nullptr;
    }

    static SyncOutcome sync(Device &d)
    {
        SyncOutcome result;
        d.client->sync([&](const SyncOutcome &o) { result = o; });
        return result;
    }

    QByteArray serverDump()
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral(
            "SELECT entity, id, team_id, fields, stamps, deleted, seq FROM records ORDER BY entity, id"));
        QByteArray out;
        while (q.next()) {
            for (int i = 0; i < 7; ++i)
                out += q.value(i).toString().toUtf8() + '\t';
            out += '\n';
        }
        // And what the server knows of each device's pushes: a refused one leaves these as they were too.
        q.exec(
            QStringLiteral("SELECT device_id, counter, hlc, status, seq FROM mutations ORDER BY device_id, counter"));
        while (q.next()) {
            for (int i = 0; i < 5; ++i)
                out += q.value(i).toString().toUtf8() + '\t';
            out += '\n';
        }
        q.exec(QStringLiteral("SELECT id, last_counter FROM devices ORDER BY id"));
        while (q.next())
            out += q.value(0).toString().toUtf8() + '\t' + q.value(1).toString().toUtf8() + '\n';
        return out;
    }

    static QByteArray dump(Device &d)
    {
        auto r = CanonicalDump::of(*d.store);
        return r ? *r : QByteArray("dump failed: ") + r.error().message().toUtf8();
    }
};

} // namespace doorstep
