// The real server process and two real device stores over loopback HTTP. The server is killed with
// SIGKILL at random moments of pushes and pulls, and restarted; afterwards everything converges and
// every change is on the server exactly once. Runs on SQLite, and on PostgreSQL when
// DOORSTEP_TEST_DATABASE names one (the `postgres` ctest entry).
#include "canonicaldump.h"
#include "httptransport.h"
#include "keyvault.h"
#include "migrations.h"
#include "outbox.h"
#include "person.h"
#include "protocolcodec.h"
#include "queryrow.h"
#include "repository.h"
#include "serverdatabase.h"
#include "serverprocess.h"
#include "store.h"
#include "syncclient.h"
#include "uuid.h"
#include "visit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>

using namespace doorstep;

namespace {

struct Tablet
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<SyncClient> client;
};

SyncOutcome runSync(SyncClient &client)
{
    SyncOutcome result;
    bool finished = false;
    client.sync([&](const SyncOutcome &o) {
        result = o;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 60000))
        result.status = Error(QStringLiteral("test"), QStringLiteral("sync did not finish"));
    return result;
}

SyncOutcome runSync(Tablet &t)
{
    return runSync(*t.client);
}

bool addVisit(Store &store, const QString &personId, const QString &visitType, const QString &notes)
{
    Visit v;
    v.personId = personId;
    v.practitionerId = Uuid::createV7();
    v.plannedAt = QDateTime::currentDateTimeUtc();
    v.visitType = visitType;
    v.notes = notes;
    return Repository<Visit>(store).create(v).ok();
}

QByteArray why(const Status &s)
{
    return s.ok() ? QByteArray() : s.error().message().toUtf8();
}

// Counts, for each pull request, how many pages the device had applied when it went out. It makes
// the transport for the client's prefetching thread too, and counts that one's requests.
class PullWatch : public SyncTransport
{
public:
    explicit PullWatch(std::unique_ptr<SyncTransport> inner, PullWatch *counts = nullptr)
        : m_inner(std::move(inner)), m_counts(counts ? counts : this)
    {
    }

    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override
    {
        if (path == QLatin1String("/v1/pull")) {
            const std::lock_guard lock(m_counts->m_mutex);
            m_counts->m_appliedAtRequest.append(m_counts->m_applied.load());
        }
        m_inner->post(path, body, token, std::move(done));
    }
    Factory threadFactory() const override
    {
        Factory inner = m_inner->threadFactory();
        if (!inner)
            return {};
        return [inner, counts = m_counts] { return std::make_unique<PullWatch>(inner(), counts); };
    }
    void pageApplied() { ++m_counts->m_applied; }
    QList<int> appliedAtRequest() const
    {
        const std::lock_guard lock(m_mutex);
        return m_appliedAtRequest;
    }

private:
    std::unique_ptr<SyncTransport> m_inner;
    PullWatch *m_counts;
    std::atomic<int> m_applied = 0;
    mutable std::mutex m_mutex;
    QList<int> m_appliedAtRequest;
};

// The status of each push's answer, in the order the answers come, as a transport's thread saw them.
struct PushAnswers
{
    std::mutex mutex;
    QList<int> statuses;

    SyncTransport::Done recording(SyncTransport::Done done, const std::shared_ptr<PushAnswers> &self)
    {
        return [self, done = std::move(done)](const TransportReply &reply) {
            {
                const std::lock_guard lock(self->mutex);
                self->statuses.append(reply.status);
            }
            done(reply);
        };
    }
    QList<int> seen()
    {
        const std::lock_guard lock(mutex);
        return statuses;
    }
};

// Does something to a sync's first push while the push behind it travels: holds it back until that
// one has been answered, so that the second reaches the server first, as it can when the two travel
// on separate connections (or reach two servers behind a proxy); or spoils its body (it is no push
// at all), so that the server refuses it while the second is on its way.
class FirstPushFault : public SyncTransport
{
public:
    enum class Fault { HeldBack, Spoiled };

    FirstPushFault(Fault fault, SyncTransport &inner, std::shared_ptr<PushAnswers> answers)
        : m_fault(fault), m_inner(&inner), m_answers(std::move(answers))
    {
    }
    FirstPushFault(Fault fault, std::unique_ptr<SyncTransport> inner, std::shared_ptr<PushAnswers> answers)
        : m_fault(fault), m_owned(std::move(inner)), m_inner(m_owned.get()), m_answers(std::move(answers))
    {
    }

    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override
    {
        if (path != QLatin1String("/v1/push")) {
            m_inner->post(path, body, token, std::move(done));
            return;
        }
        Done recorded = m_answers->recording(std::move(done), m_answers);
        const bool first = ++m_pushes == 1;
        if (m_fault == Fault::Spoiled) {
            m_inner->post(path, first ? QByteArrayLiteral("{\"protocol\": 1}") : body, token, std::move(recorded));
            return;
        }
        if (first) {
            m_held = Held{body, token, std::move(recorded)};
            return;
        }
        if (!m_held) {
            m_inner->post(path, body, token, std::move(recorded));
            return;
        }
        m_inner->post(path, body, token, [this, recorded = std::move(recorded)](const TransportReply &reply) {
            recorded(reply);
            Held held = std::move(*m_held);
            m_held.reset();
            m_inner->post(QStringLiteral("/v1/push"), held.body, held.token, std::move(held.done));
        });
    }
    Factory threadFactory() const override
    {
        Factory inner = m_inner->threadFactory();
        if (!inner)
            return {};
        return [fault = m_fault, inner, answers = m_answers] {
            return std::make_unique<FirstPushFault>(fault, inner(), answers);
        };
    }

private:
    struct Held
    {
        QByteArray body;
        QByteArray token;
        Done done;
    };
    Fault m_fault;
    std::unique_ptr<SyncTransport> m_owned;
    SyncTransport *m_inner;
    std::shared_ptr<PushAnswers> m_answers;
    int m_pushes = 0;
    std::optional<Held> m_held;
};

// How many changes each push carried, in the order they were sent, as the push transport's thread
// sent them.
class PushSizes : public SyncTransport
{
public:
    struct Seen
    {
        std::mutex mutex;
        QList<qsizetype> sizes;
    };

    PushSizes(SyncTransport &inner, std::shared_ptr<Seen> seen) : m_inner(&inner), m_seen(std::move(seen)) { }
    PushSizes(std::unique_ptr<SyncTransport> inner, std::shared_ptr<Seen> seen)
        : m_owned(std::move(inner)), m_inner(m_owned.get()), m_seen(std::move(seen))
    {
    }

    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override
    {
        if (path == QLatin1String("/v1/push")) {
            const qsizetype size
                = QJsonDocument::fromJson(body).object().value(QStringLiteral("mutations")).toArray().size();
            const std::lock_guard lock(m_seen->mutex);
            m_seen->sizes.append(size);
        }
        m_inner->post(path, body, token, std::move(done));
    }
    Factory threadFactory() const override
    {
        Factory inner = m_inner->threadFactory();
        if (!inner)
            return {};
        return [inner, seen = m_seen] { return std::make_unique<PushSizes>(inner(), seen); };
    }

private:
    std::unique_ptr<SyncTransport> m_owned;
    SyncTransport *m_inner;
    std::shared_ptr<Seen> m_seen;
};

// A transaction of the test's own on the server's PostgreSQL database holding a device's row, as a
// push applying does until it commits, so that the server's pushes of that device wait for it.
class DeviceRowHold
{
public:
    DeviceRowHold(const QString &database, const QString &deviceId) : m_name(QStringLiteral("hold-") + Uuid::createV7())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (!ServerDatabase::configurePostgres(db, database.mid(9)) || !db.open() || !db.transaction())
            return;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT last_counter FROM devices WHERE id = ? FOR UPDATE"));
        q.addBindValue(deviceId);
        m_held = q.exec() && q.next();
    }
    ~DeviceRowHold()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool held() const { return m_held; }
    void release()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            db.rollback();
            db.close();
        }
    }

private:
    QString m_name;
    bool m_held = false;
};

// What a push answered each mutation, in order.
QStringList answeredStatuses(const TransportReply &reply)
{
    QStringList statuses;
    const QJsonArray results = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &r : results)
        statuses << r.toObject().value(QStringLiteral("status")).toString();
    return statuses;
}

} // namespace

class TestSyncProcesses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_teamId;
    QString m_database;

    std::unique_ptr<Tablet> tablet(const QString &user)
    {
        auto t = std::make_unique<Tablet>();
        Store::Options o;
        o.directory = t->dir.path();
        o.cost = KeyVault::testCost();
        auto store = Store::open(o);
        if (!store || !(*store)->createKey(QStringLiteral("135790")))
            return nullptr;
        t->store = std::move(store).value();
        t->transport = std::make_unique<HttpTransport>(m_server->url(), 10000);
        t->client = std::make_unique<SyncClient>(*t->store, *t->transport);
        t->client->setPushBatchSize(25); // several batches per sync, so a kill lands between them too
        t->client->setPullPageSize(20); // and several pages, fetched ahead of applying, so mid-pull too
        bool finished = false;
        bool enrolled = false;
        t->client->enrol(user, QStringLiteral("a long test password"), QStringLiteral("integration tablet"),
                         [&](Result<Enrolment> r) {
                             enrolled = r.ok();
                             finished = true;
                         });
        if (!QTest::qWaitFor([&] { return finished; }, 30000))
            return nullptr;
        return enrolled ? std::move(t) : nullptr;
    }

    // A new person of the team and that many visits to them, each with a note of its own.
    bool personWithVisits(Store &store, const QString &name, int visits)
    {
        Person p;
        p.name = name;
        p.dateOfBirth = QDate(1940, 2, 2);
        p.teamId = m_teamId;
        if (!Repository<Person>(store).create(p).ok())
            return false;
        for (int i = 0; i < visits; ++i) {
            if (!addVisit(store, p.id, QStringLiteral("review"), name + QStringLiteral(" visit %1").arg(i)))
                return false;
        }
        return true;
    }

    // Counts on the server's own database file, read directly.
    qint64 serverCount(const QString &sql)
    {
        const QString name = QStringLiteral("inspect-") + Uuid::createV7();
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                m_database.startsWith(QLatin1String("sqlite:")) ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                name);
            if (m_database.startsWith(QLatin1String("sqlite:"))) {
                db.setDatabaseName(m_database.mid(7));
            } else if (!ServerDatabase::configurePostgres(db, m_database.mid(9))) {
                return -1;
            }
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    // Backends of the server's database waiting for a row (a device's, held by DeviceRowHold or by a
    // push ahead) while holding the records of their push (advisory locks): each a push that has
    // read and merged its records and waits only for the device.
    qint64 pushesWaitingForTheDevice()
    {
        return serverCount(QStringLiteral(
            "SELECT count(DISTINCT w.pid) FROM pg_locks w JOIN pg_stat_activity s ON s.pid = w.pid "
            "AND s.datname = current_database() WHERE NOT w.granted AND w.locktype IN ('transactionid', 'tuple') "
            "AND EXISTS (SELECT 1 FROM pg_locks a WHERE a.pid = w.pid AND a.locktype = 'advisory' AND a.granted)"));
    }

    // Backends of the server's database waiting for records another push holds.
    qint64 pushesWaitingForRecords()
    {
        return serverCount(QStringLiteral("SELECT count(DISTINCT w.pid) FROM pg_locks w JOIN pg_stat_activity s "
                                          "ON s.pid = w.pid AND s.datname = current_database() "
                                          "WHERE NOT w.granted AND w.locktype = 'advisory'"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_database = qEnvironmentVariable("DOORSTEP_TEST_DATABASE");
        if (m_database.isEmpty())
            m_database = QStringLiteral("sqlite:") + m_serverDir.filePath(QStringLiteral("server.sqlite"));
        m_server = std::make_unique<ServerProcess>(QStringLiteral(DOORSTEP_SERVER_PATH), m_database);
        m_teamId
            = m_server->admin({QStringLiteral("create-team"), QStringLiteral("--name"), QStringLiteral("Demo Team")});
        QVERIFY(Uuid::isValid(m_teamId));
        for (const char *user : {"ann.matron", "bob.therapist"}) {
            QVERIFY(!m_server
                         ->admin({QStringLiteral("create-user"), QStringLiteral("--user"), QString::fromLatin1(user),
                                  QStringLiteral("--display-name"), QStringLiteral("Demo Practitioner"),
                                  QStringLiteral("--role"), QStringLiteral("practitioner"), QStringLiteral("--team"),
                                  m_teamId},
                                 "a long test password\n")
                         .isEmpty());
        }
        QVERIFY(m_server->start());
    }

    void killedMidSyncConvergesExactlyOnce()
    {
        auto a = tablet(QStringLiteral("ann.matron"));
        auto b = tablet(QStringLiteral("bob.therapist"));
        QVERIFY(a && b);
        QRandomGenerator random(20261123);
        QSet<QString> notes;
        int created = 0;
        int kills = 0;
        int interruptions = 0;
        qint64 comparableSyncMs = 40; // until the first round has timed one
        for (int round = 0; round < 12; ++round) {
            // Both tablets work offline, then sync while the server dies under them.
            for (Tablet *t : {a.get(), b.get()}) {
                Person p;
                p.name = QStringLiteral("Round %1 Person").arg(round);
                p.dateOfBirth = QDate(1938, 1, 1).addDays(round);
                p.teamId = m_teamId;
                QVERIFY(Repository<Person>(*t->store).create(p).ok());
                ++created;
                for (int i = 0; i < 30; ++i) {
                    const QString note = QStringLiteral("round %1 visit %2 %3").arg(round).arg(i).arg(Uuid::createV7());
                    notes.insert(note);
                    QVERIFY(addVisit(*t->store, p.id, QStringLiteral("review"), note));
                    ++created;
                }
            }
            Tablet *victim = round % 2 ? b.get() : a.get();
            // Kill the server a random moment into the victim's sync: sometimes mid-push, sometimes
            // mid-pull, sometimes between batches. The moment is drawn from the first two thirds of
            // how long the other tablet's last sync of the same work took (that one also met a server
            // just restarted), so that it falls in the sync however fast this machine and the code are.
            QTimer::singleShot(int(random.bounded(std::max<qint64>(comparableSyncMs * 2 / 3, 5))), [&] {
                m_server->kill();
                ++kills;
            });
            const SyncOutcome interrupted = runSync(*victim);
            QVERIFY(QTest::qWaitFor([&] { return !m_server->isRunning(); }, 5000));
            if (!interrupted.status.ok()) {
                ++interruptions;
                QVERIFY2(interrupted.transient, why(interrupted.status)); // no reply is a retry, not a refusal
            }
            QVERIFY(m_server->start());
            bool timed = false;
            for (Tablet *t : {a.get(), b.get(), a.get()}) {
                // The other tablet's first sync pushes its own new records and pulls the victim's,
                // the work the victim's sync did.
                const bool timing = t != victim && !timed;
                QElapsedTimer timer;
                timer.start();
                const SyncOutcome outcome = runSync(*t);
                QVERIFY2(outcome.status.ok(), why(outcome.status));
                if (timing) {
                    comparableSyncMs = timer.elapsed();
                    timed = true;
                }
            }
        }
        QVERIFY(kills > 0);
        qInfo() << "syncs cut off by a kill:" << interruptions << "of" << kills;
        QVERIFY2(interruptions >= 4, "too few kills landed during a sync to test anything");
        QCOMPARE(a->store->outbox().count(), 0);
        QCOMPARE(b->store->outbox().count(), 0);
        QCOMPARE(*CanonicalDump::of(*a->store), *CanonicalDump::of(*b->store));
        // Exactly once: one record per create, one logged mutation per outbox entry ever written.
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM records WHERE entity IN ('person', 'visit')")),
                 qint64(created));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), qint64(created));
        auto visits = Repository<Visit>(*b->store).list();
        QVERIFY(visits.ok());
        QSet<QString> seen;
        for (const Visit &v : *visits)
            seen.insert(v.notes);
        QCOMPARE(seen, notes);
        QCOMPARE(visits->size(), notes.size());
    }

    void pullPagesAreFetchedAheadOfApplying()
    {
        auto writer = tablet(QStringLiteral("ann.matron"));
        auto reader = tablet(QStringLiteral("bob.therapist"));
        QVERIFY(writer && reader);
        QVERIFY(runSync(*reader).status.ok());
        Person p;
        p.name = QStringLiteral("Paged Person");
        p.dateOfBirth = QDate(1941, 3, 3);
        p.teamId = m_teamId;
        QVERIFY(Repository<Person>(*writer->store).create(p).ok());
        for (int i = 0; i < 199; ++i) {
            QVERIFY(addVisit(*writer->store, p.id, QStringLiteral("review"), QStringLiteral("paged visit %1").arg(i)));
        }
        const SyncOutcome pushed = runSync(*writer);
        QVERIFY2(pushed.status.ok(), why(pushed.status));

        // The reader pulls the 200 records 20 a page, counting the pages applied as each is.
        PullWatch watch(std::make_unique<HttpTransport>(m_server->url(), 10000));
        SyncClient client(*reader->store, watch);
        client.setPullPageSize(20);
        SyncOutcome result;
        bool finished = false;
        client.sync(
            [&](const SyncOutcome &o) {
                result = o;
                finished = true;
            },
            {}, [&](int, int) { watch.pageApplied(); });
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
        QVERIFY2(result.status.ok(), why(result.status));
        QCOMPARE(result.pulled, 200);
        QCOMPARE(*CanonicalDump::of(*reader->store), *CanonicalDump::of(*writer->store));

        // Request i went out when this many pages were applied: fewer than i means it was fetched
        // ahead; never more than PullPrefetcher::kAhead pages wait unapplied.
        const QList<int> applied = watch.appliedAtRequest();
        QVERIFY2(applied.size() >= 10, QByteArray::number(applied.size()));
        bool ahead = false;
        for (int i = 0; i < applied.size(); ++i) {
            QVERIFY2(i - applied.at(i) < PullPrefetcher::kAhead,
                     QStringLiteral("request %1 went out with %2 pages applied").arg(i).arg(applied.at(i)).toUtf8());
            ahead = ahead || applied.at(i) < i;
        }
        QVERIFY2(ahead, "no page was requested before the one before it was applied");
    }

    void aClientMayBeDestroyedAsItsPullEnds()
    {
        // The app drops its sync client when it locks or signs out, possibly from inside the callback
        // that ends a sync: while pages were being fetched ahead on the prefetcher's thread.
        auto reader = tablet(QStringLiteral("bob.therapist"));
        QVERIFY(reader);
        auto client = std::make_unique<SyncClient>(*reader->store, *reader->transport);
        client->setPullPageSize(20);
        SyncOutcome result;
        bool finished = false;
        client->sync([&](const SyncOutcome &o) {
            result = o;
            finished = true;
            client.reset();
        });
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
        QVERIFY(!client);
        QVERIFY2(result.status.ok(), why(result.status));
        QVERIFY2(result.pulled > 3 * 20, QByteArray::number(result.pulled)); // several pages
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(reader->store->records().pullCursor() > 0, true);
    }

    // Over HTTP a device has two pushes on their way at once. When the later one reaches the server
    // first it is refused as a gap (nothing of it applied), and sent again once the one ahead of it
    // is answered: every change arrives once, in order.
    void aPushThatOvertakesTheOneAheadIsSentAgain()
    {
        auto t = tablet(QStringLiteral("ann.matron"));
        QVERIFY(t && personWithVisits(*t->store, QStringLiteral("Overtaken Person"), 60));
        const qint64 entries = t->store->outbox().count();
        const qint64 loggedBefore = serverCount(QStringLiteral("SELECT count(*) FROM mutations"));

        auto answers = std::make_shared<PushAnswers>();
        FirstPushFault overtaking(FirstPushFault::Fault::HeldBack, *t->transport, answers);
        SyncClient client(*t->store, overtaking);
        client.setPushBatchSize(25); // three pushes: 25, 25 and 11
        const SyncOutcome result = runSync(client);
        QVERIFY2(result.status.ok(), why(result.status));
        QCOMPARE(result.pushed, int(entries));
        QCOMPARE(t->store->outbox().count(), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), loggedBefore + entries);
        const QList<int> statuses = answers->seen();
        QVERIFY2(!statuses.isEmpty() && statuses.first() == 409, "the second push did not reach the server first");
        QCOMPARE(statuses.count(200), 3); // each push applied once
        QCOMPARE(statuses.count(200) + statuses.count(409), statuses.size());
    }

    // The push ahead is refused while the one behind it is on its way: the sync ends with the first
    // refusal, the one behind is not applied either, and the outbox keeps every entry for the next sync.
    void aRefusedPushStopsTheOneBehindIt()
    {
        auto t = tablet(QStringLiteral("bob.therapist"));
        QVERIFY(t && personWithVisits(*t->store, QStringLiteral("Refused Person"), 40));
        const qint64 entries = t->store->outbox().count();
        const qint64 loggedBefore = serverCount(QStringLiteral("SELECT count(*) FROM mutations"));

        auto answers = std::make_shared<PushAnswers>();
        FirstPushFault spoiled(FirstPushFault::Fault::Spoiled, *t->transport, answers);
        SyncClient client(*t->store, spoiled);
        client.setPushBatchSize(25);
        const SyncOutcome result = runSync(client);
        QVERIFY(!result.status.ok());
        QCOMPARE(result.status.error().code, QStringLiteral("invalid_request"));
        QVERIFY(!result.transient);
        QCOMPARE(result.pushed, 0);
        // The push behind it was answered too, before or after the sync ended: refused as a gap.
        QVERIFY(QTest::qWaitFor([&] { return answers->seen().size() == 2; }, 10000));
        QList<int> statuses = answers->seen();
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, QList<int>({400, 409}));
        QCOMPARE(t->store->outbox().count(), entries);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), loggedBefore);

        const SyncOutcome again = runSync(*t);
        QVERIFY2(again.status.ok(), why(again.status));
        QCOMPARE(again.pushed, int(entries));
        QCOMPARE(t->store->outbox().count(), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), loggedBefore + entries);
    }

    // With two pushes on their way, a sync's first push is small, so that the server has it to apply
    // while the larger ones behind it travel: 100 changes, then 400, then full batches of 500.
    void theFirstPushIsSmallAndTheNextOnesGrow()
    {
        auto t = tablet(QStringLiteral("ann.matron"));
        QVERIFY(t && personWithVisits(*t->store, QStringLiteral("Many Visits Person"), 1100));
        const qint64 entries = t->store->outbox().count();
        QCOMPARE(entries, qint64(1101));
        const qint64 loggedBefore = serverCount(QStringLiteral("SELECT count(*) FROM mutations"));

        auto seen = std::make_shared<PushSizes::Seen>();
        PushSizes sizes(*t->transport, seen);
        SyncClient client(*t->store, sizes);
        const SyncOutcome result = runSync(client);
        QVERIFY2(result.status.ok(), why(result.status));
        QCOMPARE(result.pushed, int(entries));
        QCOMPARE(t->store->outbox().count(), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), loggedBefore + entries);
        const std::lock_guard lock(seen->mutex);
        QCOMPARE(seen->sizes, QList<qsizetype>({100, 400, 500, 101}));
    }

    // On PostgreSQL a device's next push takes and reads its records, and merges them, while the push
    // ahead of it is still applied, and then waits only for the device's row, which the push ahead
    // holds to its commit. Here the test holds that row: both pushes come to wait for it holding their
    // records, and once it is free each is applied, once, in order.
    void aPushBehindAnotherMergesBeforeWaitingForIt()
    {
        if (!m_database.startsWith(QLatin1String("postgres:")))
            QSKIP("PostgreSQL only: on SQLite one push at a time writes (BEGIN IMMEDIATE)");
        auto t = tablet(QStringLiteral("ann.matron"));
        QVERIFY(t && personWithVisits(*t->store, QStringLiteral("Person Ahead"), 24)
                && personWithVisits(*t->store, QStringLiteral("Person Behind"), 5));
        auto pending = t->store->outbox().pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), size_t(31));
        const std::vector<OutboxEntry> ahead(pending->begin(), pending->begin() + 25);
        const std::vector<OutboxEntry> behind(pending->begin() + 25, pending->end());
        const QByteArray token = *t->store->secret(QStringLiteral("sync.token"));
        const QString deviceId = t->store->deviceId();
        const qint64 loggedBefore = serverCount(QStringLiteral("SELECT count(*) FROM mutations"));

        std::optional<TransportReply> first;
        std::optional<TransportReply> second;
        {
            DeviceRowHold hold(m_database, deviceId);
            QVERIFY(hold.held());
            t->transport->post(QStringLiteral("/v1/push"),
                               ProtocolCodec::encodePush(Migrations::latestVersion(), deviceId, ahead), token,
                               [&](const TransportReply &r) { first = r; });
            QVERIFY(QTest::qWaitFor([&] { return pushesWaitingForTheDevice() == 1; }, 10000));
            t->transport->post(QStringLiteral("/v1/push"),
                               ProtocolCodec::encodePush(Migrations::latestVersion(), deviceId, behind), token,
                               [&](const TransportReply &r) { second = r; });
            // The push behind has its records (not the device) before it waits.
            QVERIFY(QTest::qWaitFor([&] { return pushesWaitingForTheDevice() == 2; }, 10000));
            QVERIFY(!first && !second);
        }
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 20000));
        QCOMPARE(first->status, 200);
        QCOMPARE(second->status, 200);
        QCOMPARE(answeredStatuses(*first), QStringList(25, QStringLiteral("applied")));
        QCOMPARE(answeredStatuses(*second), QStringList(6, QStringLiteral("applied")));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), loggedBefore + 31);
        // The device was not told: its sync sends the entries again, and they are duplicates.
        const SyncOutcome again = runSync(*t);
        QVERIFY2(again.status.ok(), why(again.status));
        QCOMPARE(t->store->outbox().count(), 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), loggedBefore + 31);
    }

    // The same push twice at once (a retry while the first is still applied): on PostgreSQL the second
    // reads the device's counter before the first commits, waits for the first's records, and then
    // merges as if nothing of the push were applied; it must find, once it has the device's row, that
    // all of it was, and answer duplicates, changing nothing.
    void aPushSentTwiceAtOnceIsAppliedOnce()
    {
        if (!m_database.startsWith(QLatin1String("postgres:")))
            QSKIP("PostgreSQL only: on SQLite one push at a time writes (BEGIN IMMEDIATE)");
        auto t = tablet(QStringLiteral("bob.therapist"));
        QVERIFY(t && personWithVisits(*t->store, QStringLiteral("Person Sent Twice"), 9));
        auto pending = t->store->outbox().pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), size_t(10));
        const QByteArray token = *t->store->secret(QStringLiteral("sync.token"));
        const QString deviceId = t->store->deviceId();
        const QByteArray body = ProtocolCodec::encodePush(Migrations::latestVersion(), deviceId, *pending);
        const qint64 loggedBefore = serverCount(QStringLiteral("SELECT count(*) FROM mutations"));
        const qint64 recordsBefore = serverCount(QStringLiteral("SELECT count(*) FROM records"));

        std::optional<TransportReply> first;
        std::optional<TransportReply> second;
        {
            DeviceRowHold hold(m_database, deviceId);
            QVERIFY(hold.held());
            t->transport->post(QStringLiteral("/v1/push"), body, token, [&](const TransportReply &r) { first = r; });
            QVERIFY(QTest::qWaitFor([&] { return pushesWaitingForTheDevice() == 1; }, 10000));
            t->transport->post(QStringLiteral("/v1/push"), body, token, [&](const TransportReply &r) { second = r; });
            QVERIFY(QTest::qWaitFor([&] { return pushesWaitingForRecords() == 1; }, 10000));
        }
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 20000));
        QCOMPARE(first->status, 200);
        QCOMPARE(second->status, 200);
        QCOMPARE(answeredStatuses(*first), QStringList(10, QStringLiteral("applied")));
        QCOMPARE(answeredStatuses(*second), QStringList(10, QStringLiteral("duplicate")));
        // A duplicate answers with the change the first made.
        const QJsonArray applied = QJsonDocument::fromJson(first->body).object().value(u"results").toArray();
        const QJsonArray repeated = QJsonDocument::fromJson(second->body).object().value(u"results").toArray();
        for (qsizetype i = 0; i < applied.size(); ++i)
            QCOMPARE(repeated.at(i).toObject().value(u"seq"), applied.at(i).toObject().value(u"seq"));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), loggedBefore + 10);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM records")), recordsBefore + 10);
    }

    // A database loaded before autovacuum has analyzed it (a restore, a first import of a team's
    // records): a server opening it analyzes the records first, so that a pull page is read along
    // the team's index, not found by sorting every record the team has.
    void aPullIsReadAlongTheIndexOnAFreshlyLoadedDatabase()
    {
        if (!m_database.startsWith(QLatin1String("postgres:")))
            QSKIP("PostgreSQL only: SQLite plans without statistics");
        const QString name = QStringLiteral("load-") + Uuid::createV7();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            QVERIFY(ServerDatabase::configurePostgres(db, m_database.mid(9)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Autovacuum would analyze them within a minute, and must not here.
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE records SET (autovacuum_enabled = false)")));
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO records (entity, id, team_id, fields, stamps, deleted, seq, changed_at) "
                         "SELECT CASE WHEN i % 100 = 0 THEN 'person' ELSE 'visit' END, md5(i::text), 'loaded team', "
                         "'{\"notes\":\"' || repeat(md5(i::text), 40) || '\"}', '{}', 0, 1000000000 + i, 0 "
                         "FROM generate_series(1, 30000) AS i")),
                     qPrintable(q.lastError().text()));
            // The count of rows changed reaches the statistics the server reads as this session ends.
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        const QString plan = QStringLiteral(
            "EXPLAIN SELECT entity, id, fields, stamps, deleted, seq FROM records WHERE team_id = 'loaded team' "
            "AND seq > 1000010000 AND entity IN ('person', 'visit') ORDER BY seq LIMIT 2501");
        const auto planned = [&](ServerDatabase &d) {
            QStringList lines;
            QSqlQuery q(d.connection());
            if (q.exec(plan)) {
                while (q.next())
                    lines << q.value(0).toString();
            }
            return lines.join(u'\n');
        };
        const QString byIndex = QStringLiteral("Index Scan using records_by_team_seq");
        QVERIFY(QTest::qWaitFor(
            [&] {
                return serverCount(QStringLiteral("SELECT n_mod_since_analyze FROM pg_stat_user_tables "
                                                  "WHERE relname = 'records'"))
                    >= 30000;
            },
            10000));
        auto db = ServerDatabase::open(m_database);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        const QString chosen = planned(**db);
        QVERIFY2(chosen.contains(byIndex), qPrintable(chosen));
        QVERIFY2(!chosen.contains(QLatin1String("Sort")), qPrintable(chosen));
    }

    void textArraysReachPostgresIntact()
    {
        if (!m_database.startsWith(QLatin1String("postgres:")))
            QSKIP("PostgreSQL only: the server passes id lists there as one TEXT[] parameter");
        const QStringList values{QStringLiteral("01a23846-740b-7090-8000-000000000001"),
                                 QStringLiteral("quote \" inside"),
                                 QStringLiteral("back\\slash"),
                                 QStringLiteral("comma, brace } { and space "),
                                 QStringLiteral("NULL"),
                                 QString(),
                                 QStringLiteral("zażółć gęślą jaźń")};
        const QString name = QStringLiteral("arrays-") + Uuid::createV7();
        QStringList back;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            QVERIFY(ServerDatabase::configurePostgres(db, m_database.mid(9)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("SELECT v FROM unnest(CAST(? AS TEXT[])) WITH ORDINALITY AS t(v, n) "
                                             "ORDER BY n")));
            q.addBindValue(ServerDatabase::textArray(values));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            while (q.next()) {
                QVERIFY(!q.value(0).isNull());
                back.append(q.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(back, values);
    }

    void rowsWrittenTogetherReadBackIntact_data()
    {
        QTest::addColumn<bool>("throughQtDriver");
        QTest::newRow("own library") << false;
        QTest::newRow("Qt driver") << true;
    }

    void rowsWrittenTogetherReadBackIntact()
    {
        // A push writes its records and its mutation log with execRows: on SQLite through SQLite's own
        // statements, on PostgreSQL as libpq parameters, or through the Qt driver when it was built on
        // another library. Every kind of value, NULL among them, must arrive as it left, an existing
        // row must take the new values, and a refused row must leave the statement fit for the next push.
        QFETCH(bool, throughQtDriver);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const bool postgres = m_database.startsWith(QLatin1String("postgres:"));
        auto db = ServerDatabase::open(
            postgres ? m_database : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("rows.sqlite")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        ServerDatabase &d = **db;
        // On PostgreSQL the rows go as libpq parameters on the Qt driver's connection (Debian's driver
        // links the system libpq, as the server does); that is the path a push takes, so test it.
        QCOMPARE(d.writesRowsThroughLibpq(), postgres);
        // Likewise on SQLite, through this program's SQLite (Debian's driver links the system one).
        QCOMPARE(d.writesRowsThroughSqlite(), !postgres);
        if (!postgres) {
            // The server reads its file through a mapping (a SQLite built without mapping answers 0).
            QSqlQuery mapped(d.connection());
            QVERIFY(mapped.exec(QStringLiteral("PRAGMA mmap_size")) && mapped.next());
            QCOMPARE(mapped.value(0).toLongLong(), qint64(1) << 30);
        }
        if (throughQtDriver) {
            d.writeRowsThroughQtDriver();
            QVERIFY(!d.writesRowsThroughLibpq() && !d.writesRowsThroughSqlite());
        }
        QVERIFY(d.execText(QStringLiteral("CREATE TEMPORARY TABLE probe (k INTEGER PRIMARY KEY, t TEXT, n BIGINT)")));
        const QStringList texts{QStringLiteral("quote \" inside"),
                                QStringLiteral("back\\slash \\\""),
                                QStringLiteral("comma, brace } { and space "),
                                QStringLiteral("NULL"),
                                QStringLiteral(""),
                                QStringLiteral("zażółć gęślą jaźń"),
                                QStringLiteral("{\"notes\":\"line\\none\"}"),
                                QString()};
        // Twice 123 rows: one statement a row on SQLite, 100, 10 and single rows on PostgreSQL, 32, 8
        // and single rows through the Qt driver (each statement prepared once and used again for the
        // second batch). Row 122 comes again with other values.
        std::vector<QVariantList> rows;
        for (int batch = 0; batch < 2; ++batch) {
            std::vector<QVariantList> written;
            for (int i = 0; i < 123; ++i) {
                const int k = batch * 123 + i;
                const QString text = texts.at(k % texts.size());
                // A push's JSON goes as UTF-8 bytes (rowTextValue) on PostgreSQL: some rows so, the
                // null text among them as a null QByteArray, which must still arrive as NULL.
                const QVariant value
                    = d.writesRowsThroughLibpq() && k % 5 == 0 ? QVariant(text.toUtf8()) : QVariant(text);
                written.push_back({k, value, k % 3 == 0 ? -(qint64(1) << 40) - k : qint64(k)});
            }
            QVERIFY(
                d.execRows(QStringLiteral("INSERT INTO probe (k, t, n)"), QString(), written, QStringLiteral("probe")));
            rows.insert(rows.end(), written.begin(), written.end());
        }
        const std::vector<QVariantList> again{{122, QStringLiteral("again"), qint64(7)}};
        QVERIFY(d.execRows(QStringLiteral("INSERT INTO probe (k, t, n)"),
                           QStringLiteral("ON CONFLICT (k) DO UPDATE SET t = excluded.t, n = excluded.n"), again,
                           QStringLiteral("probe")));
        rows[122] = again.front();
        // A row whose key is taken, without an ON CONFLICT clause: refused, named, and on SQLite
        // inside no transaction, nothing of it stays.
        const std::vector<QVariantList> taken{{5, QStringLiteral("taken"), qint64(1)}};
        const Status refused
            = d.execRows(QStringLiteral("INSERT INTO probe (k, t, n)"), QString(), taken, QStringLiteral("probe"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().reason.startsWith(QLatin1String("probe: ")), qPrintable(refused.error().reason));
        QCOMPARE(refused.error().code, QStringLiteral("storage"));
        const std::vector<QVariantList> after{{int(rows.size()), QStringLiteral("after"), qint64(2)}};
        QVERIFY(d.execRows(QStringLiteral("INSERT INTO probe (k, t, n)"), QString(), after, QStringLiteral("probe")));
        rows.push_back(after.front());
        QSqlQuery q(d.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT k, t, n FROM probe ORDER BY k")));
        int k = 0;
        for (; q.next(); ++k) {
            QVERIFY(k < int(rows.size()));
            QCOMPARE(q.value(0).toInt(), k);
            const QString expected = rows[size_t(k)].at(1).toString();
            QCOMPARE(q.value(1).isNull(), expected.isNull());
            QCOMPARE(q.value(1).toString(), expected);
            QCOMPARE(q.value(2).toLongLong(), rows[size_t(k)].at(2).toLongLong());
        }
        QCOMPARE(k, int(rows.size()));

        // Read back as a push reads records (selectRows, by the same path as execRows): every row in
        // order, NULL as a null text, a stop part way, and a refusal that names itself and leaves the
        // statement usable.
        const QString select = QStringLiteral("SELECT k, t, n FROM probe WHERE k >= ? ORDER BY k");
        int seen = 0;
        QVERIFY(d.selectRows(select, {0}, QStringLiteral("probe"), [&](const QueryRow &row) -> Result<bool> {
            const QVariantList &expected = rows[size_t(seen)];
            if (row.int64(0) != seen || row.text(1) != expected.at(1).toString()
                || row.text(1).isNull() != expected.at(1).toString().isNull()
                || row.utf8(1) != expected.at(1).toString().toUtf8() || row.int64(2) != expected.at(2).toLongLong())
                return Error(QStringLiteral("probe"), QStringLiteral("row %1 reads back otherwise").arg(seen));
            ++seen;
            return true;
        }));
        QCOMPARE(seen, int(rows.size()));
        seen = 0;
        QVERIFY(d.selectRows(select, {100}, QStringLiteral("probe"),
                             [&](const QueryRow &row) -> Result<bool> { return ++seen < 3 && row.int64(0) >= 100; }));
        QCOMPARE(seen, 3);
        const Status stopped = d.selectRows(select, {0}, QStringLiteral("probe"), [](const QueryRow &) -> Result<bool> {
            return Error(QStringLiteral("probe"), QStringLiteral("refused here"));
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().reason, QStringLiteral("refused here"));
        seen = 0;
        QVERIFY(d.selectRows(select, {int(rows.size()) - 1}, QStringLiteral("probe"),
                             [&](const QueryRow &row) -> Result<bool> {
                                 seen += row.text(1) == QLatin1String("after") ? 1 : 100;
                                 return true;
                             }));
        QCOMPARE(seen, 1);
        const Status bad = d.selectRows(QStringLiteral("SELECT nothing FROM nowhere"), {}, QStringLiteral("probe"),
                                        [](const QueryRow &) -> Result<bool> { return true; });
        QVERIFY(!bad);
        QVERIFY2(bad.error().reason.startsWith(QLatin1String("probe: ")), qPrintable(bad.error().reason));
    }

    void recordsStayWholeOnPostgres()
    {
        if (!m_database.startsWith(QLatin1String("postgres:")))
            QSKIP("PostgreSQL only: SQLite never compresses a row");
        // The server's schema, as the running server made it: a visit with its notes is kept in its
        // row, uncompressed, so a push neither compresses what it writes nor decompresses what it reads.
        auto db = ServerDatabase::open(m_database);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        QSqlQuery q((*db)->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'records'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("toast_tuple_target=8160"));
    }

    void concurrentPushesConverge()
    {
        // Six tablets sync at the same moment, round after round, through two server processes (on
        // PostgreSQL each serves from several threads): every one edits the same person and adds
        // visits of its own. On PostgreSQL their pushes apply side by side where they touch other
        // records and wait for each other where they touch the same one. Afterwards every tablet
        // holds the same data, and every text any of them wrote is there, as the current value or a
        // conflict version: a lost update, or a pull that skipped a change committed later with a
        // lower number, would leave a text out or the tablets apart.
        ServerProcess second(QStringLiteral(DOORSTEP_SERVER_PATH), m_database);
        QVERIFY(second.start());
        std::vector<std::unique_ptr<Tablet>> tablets;
        for (int i = 0; i < 6; ++i) {
            tablets.push_back(tablet(i % 2 ? QStringLiteral("bob.therapist") : QStringLiteral("ann.matron")));
            QVERIFY(tablets.back());
            if (i % 2) {
                Tablet &t = *tablets.back();
                t.transport = std::make_unique<HttpTransport>(second.url(), 10000);
                t.client = std::make_unique<SyncClient>(*t.store, *t.transport);
                t.client->setPushBatchSize(25);
                t.client->setPullPageSize(20);
            }
        }
        Person shared;
        shared.name = QStringLiteral("Concurrent Person");
        shared.dateOfBirth = QDate(1939, 3, 3);
        shared.teamId = m_teamId;
        QVERIFY(Repository<Person>(*tablets[0]->store).create(shared).ok());
        QVERIFY(runSync(*tablets[0]).status.ok());
        auto syncAllAtOnce = [&] {
            std::vector<SyncOutcome> outcomes(tablets.size());
            int finished = 0;
            for (size_t i = 0; i < tablets.size(); ++i) {
                tablets[i]->client->sync([&, i](const SyncOutcome &o) {
                    outcomes[i] = o;
                    ++finished;
                });
            }
            if (!QTest::qWaitFor([&] { return finished == int(tablets.size()); }, 120000))
                return Status(Error(QStringLiteral("test"), QStringLiteral("the syncs did not finish")));
            for (const SyncOutcome &o : outcomes) {
                if (!o.status)
                    return o.status;
            }
            return ok();
        };
        Status first = syncAllAtOnce();
        QVERIFY2(first, why(first));
        QStringList written;
        for (int round = 0; round < 6; ++round) {
            for (size_t i = 0; i < tablets.size(); ++i) {
                Store &store = *tablets[i]->store;
                auto got = Repository<Person>(store).get(shared.id);
                QVERIFY(got);
                Person p = *got;
                const QString text = QStringLiteral("what matters, round %1, tablet %2").arg(round).arg(i);
                p.whatMattersToMe = text;
                p.gpPractice = QStringLiteral("Practice %1-%2").arg(round).arg(i);
                QVERIFY(Repository<Person>(store).update(p).ok());
                written << text;
                for (int v = 0; v < 8; ++v) {
                    const QString notes
                        = QStringLiteral("visit %1 of round %2 from tablet %3").arg(v).arg(round).arg(i);
                    QVERIFY(addVisit(store, shared.id, QStringLiteral("review"), notes));
                    written << notes;
                }
            }
            const Status s = syncAllAtOnce();
            QVERIFY2(s, why(s));
        }
        // Once more one after another, so every tablet has pulled what the others pushed last.
        for (auto &t : tablets) {
            const SyncOutcome o = runSync(*t);
            QVERIFY2(o.status.ok(), why(o.status));
        }
        const auto reference = CanonicalDump::of(*tablets[0]->store);
        QVERIFY(reference);
        for (size_t i = 1; i < tablets.size(); ++i)
            QCOMPARE(*CanonicalDump::of(*tablets[i]->store), *reference);
        for (const QString &text : std::as_const(written))
            QVERIFY2(reference->contains(text.toUtf8()), qPrintable(text));
        const auto visits = Repository<Visit>(*tablets[0]->store).listWhere(QStringLiteral("personId"), shared.id);
        QVERIFY(visits);
        QCOMPARE(visits->size(), qsizetype(6 * 6 * 8));
    }

    void twoServersOneDatabaseConverge()
    {
        // A second server instance on the same database, as two instances behind one proxy would be.
        ServerProcess second(QStringLiteral(DOORSTEP_SERVER_PATH), m_database);
        QVERIFY(second.start());
        auto a = tablet(QStringLiteral("ann.matron"));
        auto b = tablet(QStringLiteral("bob.therapist"));
        QVERIFY(a && b);
        HttpTransport viaSecondA(second.url(), 10000);
        HttpTransport viaSecondB(second.url(), 10000);
        SyncClient secondA(*a->store, viaSecondA);
        SyncClient secondB(*b->store, viaSecondB);
        auto syncWith = [](SyncClient &client) {
            SyncOutcome result;
            bool finished = false;
            client.sync([&](const SyncOutcome &o) {
                result = o;
                finished = true;
            });
            if (!QTest::qWaitFor([&] { return finished; }, 60000))
                result.status = Error(QStringLiteral("test"), QStringLiteral("sync did not finish"));
            return result;
        };
        Person shared;
        shared.name = QStringLiteral("Shared Person");
        shared.dateOfBirth = QDate(1944, 2, 2);
        shared.teamId = m_teamId;
        QVERIFY(Repository<Person>(*a->store).create(shared).ok());
        QVERIFY(syncWith(*a->client).status.ok());
        for (int round = 0; round < 10; ++round) {
            // Both edit the same person, and each alternates between the two servers.
            for (Tablet *t : {a.get(), b.get()}) {
                SyncClient &client
                    = t == a.get() ? (round % 2 ? *a->client : secondA) : (round % 2 ? secondB : *b->client);
                const SyncOutcome outcome = syncWith(client);
                QVERIFY2(outcome.status.ok(), why(outcome.status));
                Person p = *Repository<Person>(*t->store).get(shared.id);
                p.whatMattersToMe = QStringLiteral("round %1 from %2").arg(round).arg(t == a.get() ? u'a' : u'b');
                p.gpPractice = QStringLiteral("Practice %1").arg(round);
                QVERIFY(Repository<Person>(*t->store).update(p).ok());
                QVERIFY(addVisit(*t->store, shared.id, QStringLiteral("assessment"),
                                 QStringLiteral("two servers round %1").arg(round)));
            }
        }
        for (SyncClient *c : {a->client.get(), &secondB, &secondA, b->client.get()}) {
            const SyncOutcome outcome = syncWith(*c);
            QVERIFY2(outcome.status.ok(), why(outcome.status));
        }
        QCOMPARE(*CanonicalDump::of(*a->store), *CanonicalDump::of(*b->store));
    }
};

QTEST_GUILESS_MAIN(TestSyncProcesses)
#include "tst_syncprocesses.moc"
