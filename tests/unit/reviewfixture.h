#pragma once

// The review tests' world: a real server (SyncService on a SQLite file) that a Session reaches over
// HTTP on loopback, as the app does, and that a second tablet reaches in process; conflicts made the
// way they happen, by two tablets editing the same text before either has seen the other's change.

#include "httpfrontend.h"
#include "keyvault.h"
#include "serverdatabase.h"
#include "servicetransport.h"
#include "session.h"
#include "store.h"
#include "syncclient.h"
#include "syncengine.h"
#include "syncservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <memory>

namespace doorstep::review {

inline const QString kPassword = QStringLiteral("correct horse battery");
inline const QString kPin = QStringLiteral("135790");
constexpr int kWaitMs = 30000;

struct Server
{
    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<HttpFrontend> http;
    std::unique_ptr<ServiceTransport> direct;
    QString teamId;
    quint16 port = 0;

    bool start()
    {
        auto opened = ServerDatabase::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite")));
        if (!opened)
            return false;
        db = std::move(opened).value();
        SyncService::Options options;
        options.passwordOpsLimit = crypto_pwhash_OPSLIMIT_MIN;
        options.passwordMemLimit = crypto_pwhash_MEMLIMIT_MIN;
        service = std::make_unique<SyncService>(*db, options);
        direct = std::make_unique<ServiceTransport>(*service);
        auto team = service->createTeam(QStringLiteral("Review Test Team"), QStringLiteral("Test area"));
        if (!team)
            return false;
        teamId = *team;
        for (const char *user : {"alex.nurse", "sam.social"}) {
            const QString name = QString::fromLatin1(user);
            if (!service->createUser(name, QStringLiteral("Test ") + name, QStringLiteral("practitioner"), teamId,
                                     kPassword))
                return false;
        }
        http = std::make_unique<HttpFrontend>(*service);
        port = http->listen(QHostAddress::LocalHost, 0);
        return port != 0;
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
};

// The other tablet: a store and a sync client, straight into the server.
struct Tablet
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncClient> client;

    bool enrol(Server &server, const QString &userName)
    {
        Store::Options o;
        o.directory = dir.path();
        o.cost = KeyVault::testCost();
        auto opened = Store::open(o);
        if (!opened || !(*opened)->createKey(kPin))
            return false;
        store = std::move(opened).value();
        client = std::make_unique<SyncClient>(*store, *server.direct);
        bool enrolled = false;
        client->enrol(userName, kPassword, QStringLiteral("second tablet"),
                      [&](Result<Enrolment> r) { enrolled = r.ok(); });
        return enrolled;
    }

    Status sync()
    {
        Status result = Error(QStringLiteral("sync"), QStringLiteral("did not finish"));
        client->sync([&](const SyncOutcome &o) { result = o.status; });
        return result;
    }
};

inline Session::Options sessionOptions(const QString &directory, const QString &server)
{
    Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.server = server;
    options.sync.useNetworkInformation = false;
    options.sync.periodMs = 60 * 60 * 1000; // the tests say when to sync
    options.requestTimeoutMs = 10000;
    return options;
}

// First start of the app's tablet: sign in, choose the PIN, enrol and sync once.
inline bool signIn(Session &session, Server &server, const QString &userName)
{
    if (!session.signIn(server.url(), userName, kPassword) || !session.setUpPin(kPin, kPin))
        return false;
    if (!QTest::qWaitFor([&] { return session.state() != Session::SigningIn; }, kWaitMs))
        return false;
    SyncEngine *engine = session.syncEngine();
    return session.state() == Session::Unlocked && engine
        && QTest::qWaitFor([&] { return engine->state() == SyncEngine::State::Idle; }, kWaitMs);
}

// One sync of the app's tablet, to its end; true when it went through.
inline bool syncNow(Session &session)
{
    SyncEngine *engine = session.syncEngine();
    if (!engine || !QTest::qWaitFor([&] { return engine->state() != SyncEngine::State::Syncing; }, kWaitMs))
        return false;
    QSignalSpy finished(engine, &SyncEngine::syncFinished);
    engine->syncNow();
    if (!finished.wait(kWaitMs))
        return false;
    return finished.first().first().toBool();
}

} // namespace doorstep::review
