// The sync engine's scheduling and what it shows: offline, backoff, recovery, sign-in needed, refusal,
// and each record's receipt state. Real stores and the real SyncService; the network in between is a
// switch the test throws (a mock of the network only, since a real outage cannot be staged here).
#include "database.h"
#include "deferredindexes.h"
#include "outbox.h"
#include "person.h"
#include "repository.h"
#include "statement.h"
#include "syncengine.h"
#include "syncfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace doorstep;

namespace {

static qint64 indexCount(Database &db)
{
    Statement &s = db.statement(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"));
    const qint64 n = s.step() == Statement::StepResult::Row ? s.int64(0) : -1;
    s.reset();
    return n;
}

class SwitchedTransport : public SyncTransport
{
public:
    explicit SwitchedTransport(SyncTransport &inner) : m_inner(inner) { }
    bool up = true;
    bool loseReplies = false;
    int refuseWith = 0;
    QByteArray refusal = R"({"error":{"code":"invalid_value","message":"must be from 1 to 10","field":"q1"}})";
    int requests = 0;
    std::function<void(const QString &path)> beforeEach;

    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override
    {
        ++requests;
        if (beforeEach)
            beforeEach(path);
        if (!up) {
            done(TransportReply{0, {}, QStringLiteral("Network unreachable"), 0});
            return;
        }
        if (refuseWith) {
            done(TransportReply{refuseWith, refusal, {}, 0});
            return;
        }
        m_inner.post(path, body, token, [this, done](const TransportReply &reply) {
            if (loseReplies)
                done(TransportReply{0, {}, QStringLiteral("connection reset"), 0});
            else
                done(reply);
        });
    }

private:
    SyncTransport &m_inner;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    SyncFixture f;

    Person person(const QString &name)
    {
        Person p;
        p.name = name;
        p.dateOfBirth = QDate(1950, 1, 1);
        p.teamId = f.teamId;
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(f.start());
        QVERIFY(f.addUser(QStringLiteral("eve.ot"), QStringLiteral("practitioner")));
    }

    void offlineThenBackWithBackoff()
    {
        auto d = f.device(QStringLiteral("eve.ot"));
        QVERIFY(d);
        SwitchedTransport net(*f.transport);
        SyncEngine::Options options;
        options.firstRetryMs = 40;
        options.maxRetryMs = 400;
        options.useNetworkInformation = false;
        SyncEngine engine(*d->store, net, options);
        Person p = person(QStringLiteral("Gwen Testperson"));
        QVERIFY(Repository<Person>(*d->store).create(p).ok());
        engine.refreshCounts();
        QCOMPARE(engine.pendingCount(), 1);
        QCOMPARE(*d->store->outbox().receipt(QStringLiteral("person"), p.id), Outbox::Receipt::Pending);

        net.up = false;
        engine.syncNow();
        QCOMPARE(engine.state(), SyncEngine::State::Offline);
        QVERIFY(engine.lastError().contains(QStringLiteral("No connection")));
        QVERIFY(engine.retryDelayMs() >= 20 && engine.retryDelayMs() <= 40);
        QCOMPARE(engine.pendingCount(), 1);
        // Each failure waits longer, up to the ceiling.
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QVERIFY(finished.wait(2000));
        QVERIFY(engine.retryDelayMs() >= 40 && engine.retryDelayMs() <= 80);
        QVERIFY(finished.wait(2000));
        QVERIFY(engine.retryDelayMs() >= 80 && engine.retryDelayMs() <= 160);

        net.up = true;
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Idle, 5000);
        QCOMPARE(engine.pendingCount(), 0);
        QVERIFY(engine.lastSuccess().isValid());
        QVERIFY(engine.lastError().isEmpty());
        QCOMPARE(*d->store->outbox().receipt(QStringLiteral("person"), p.id), Outbox::Receipt::Applied);
    }

    void lostReplyLeavesRecordSent()
    {
        auto d = f.device(QStringLiteral("eve.ot"));
        QVERIFY(d);
        SwitchedTransport net(*f.transport);
        SyncEngine::Options options;
        options.useNetworkInformation = false;
        options.firstRetryMs = 60000; // no automatic retry inside this test
        SyncEngine engine(*d->store, net, options);
        Person p = person(QStringLiteral("Hal Testperson"));
        QVERIFY(Repository<Person>(*d->store).create(p).ok());
        net.loseReplies = true;
        engine.syncNow();
        QCOMPARE(*d->store->outbox().receipt(QStringLiteral("person"), p.id), Outbox::Receipt::Sent);
        QCOMPARE(engine.pendingCount(), 1);
        net.loseReplies = false;
        engine.syncNow();
        QCOMPARE(engine.state(), SyncEngine::State::Idle);
        QCOMPARE(*d->store->outbox().receipt(QStringLiteral("person"), p.id), Outbox::Receipt::Applied);
    }

    void newTabletSeesHowManyRecordsAreReceived()
    {
        // What the team holds by now (the people the tests above made), received by a new tablet.
        auto d = f.device(QStringLiteral("eve.ot"));
        QVERIFY(d);
        SyncEngine::Options options;
        options.useNetworkInformation = false;
        SyncEngine engine(*d->store, *f.transport, options);
        engine.client().setPullPageSize(1);
        QList<std::tuple<bool, int, int>> seen;
        connect(&engine, &SyncEngine::progressChanged, this, [&] {
            seen.append({engine.receiving(), engine.progressDone(), engine.progressTotal()});
        });
        engine.syncNow();
        QCOMPARE(engine.state(), SyncEngine::State::Idle);
        // The start (nothing to send), then one page a record, each counting towards the total that
        // the first page gave.
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen[0], std::make_tuple(false, 0, 0));
        const int records = int(seen.size()) - 1;
        for (int i = 1; i <= records; ++i)
            QCOMPARE(seen[i], std::make_tuple(true, i, records));
    }

    void newTabletBuildsItsIndexesOnceAtTheEnd()
    {
        // A first sync into an empty store writes without the secondary indexes and builds them when
        // the pull ends, whether it ends done or cut off (DeferredIndexes).
        {
            // Enough for several pages of one record, whatever ran before.
            auto colleague = f.device(QStringLiteral("eve.ot"));
            QVERIFY(colleague);
            for (const char *name : {"Jo Testperson", "Kit Testperson", "Lee Testperson", "Max Testperson"}) {
                Person p = person(QString::fromLatin1(name));
                QVERIFY(Repository<Person>(*colleague->store).create(p).ok());
            }
            SyncEngine::Options options;
            options.useNetworkInformation = false;
            SyncEngine engine(*colleague->store, *f.transport, options);
            engine.syncNow();
            QCOMPARE(engine.state(), SyncEngine::State::Idle);
        }
        for (const bool cutOff : {false, true}) {
            auto d = f.device(QStringLiteral("eve.ot"));
            QVERIFY(d);
            Database &db = d->store->database();
            const qint64 before = indexCount(db);
            SwitchedTransport net(*f.transport);
            QList<int> deferredAtPulls;
            net.beforeEach = [&](const QString &path) {
                if (path == QLatin1String("/v1/pull")) {
                    const auto deferred = DeferredIndexes::deferredCount(db);
                    deferredAtPulls << (deferred ? *deferred : -1);
                    if (cutOff && deferredAtPulls.size() == 3)
                        net.up = false;
                }
            };
            SyncEngine::Options options;
            options.useNetworkInformation = false;
            options.firstRetryMs = 60000; // no automatic retry inside this test
            SyncEngine engine(*d->store, net, options);
            engine.client().setPullPageSize(1);
            engine.syncNow();
            QCOMPARE(engine.state(), cutOff ? SyncEngine::State::Offline : SyncEngine::State::Idle);
            QVERIFY(deferredAtPulls.size() >= 3);
            for (int n : std::as_const(deferredAtPulls))
                QVERIFY(n >= 10);
            const auto left = DeferredIndexes::deferredCount(db);
            QVERIFY(left.ok());
            QCOMPARE(*left, 0);
            QCOMPARE(indexCount(db), before);
        }
    }

    void indexesNotBuiltAtTheEndAreBuiltAtTheNextSync()
    {
        // A first sync whose index build fails at its end (here a table squats on one index's name,
        // as a full disk would fail it) leaves them set aside; the next sync builds them.
        auto d = f.device(QStringLiteral("eve.ot"));
        QVERIFY(d);
        Database &db = d->store->database();
        const qint64 before = indexCount(db);
        QString squatted;
        SwitchedTransport net(*f.transport);
        net.beforeEach = [&](const QString &path) {
            if (path != QLatin1String("/v1/pull") || !squatted.isEmpty())
                return;
            Statement &s = db.statement(QStringLiteral("SELECT substr(key, 16) FROM meta WHERE substr(key, 1, 15) = "
                                                       "'deferred_index:' ORDER BY key LIMIT 1"));
            if (s.step() == Statement::StepResult::Row)
                squatted = s.text(0);
            s.reset();
            if (!squatted.isEmpty())
                QVERIFY(db.exec(QStringLiteral("CREATE TABLE \"%1\" (x)").arg(squatted).toUtf8().constData()).ok());
        };
        SyncEngine::Options options;
        options.useNetworkInformation = false;
        options.firstRetryMs = 60000; // no automatic retry inside this test
        SyncEngine engine(*d->store, net, options);
        engine.syncNow();
        QVERIFY(!squatted.isEmpty());
        QVERIFY(engine.state() != SyncEngine::State::Idle);
        QVERIFY2(engine.lastError().contains(squatted), qPrintable(engine.lastError()));
        QVERIFY(*DeferredIndexes::deferredCount(db) > 0);
        QVERIFY(d->store->records().pullCursor() > 0); // the records are there; only the indexes wait

        QVERIFY(db.exec(QStringLiteral("DROP TABLE \"%1\"").arg(squatted).toUtf8().constData()).ok());
        engine.syncNow();
        QCOMPARE(engine.state(), SyncEngine::State::Idle);
        QCOMPARE(*DeferredIndexes::deferredCount(db), 0);
        QCOMPARE(indexCount(db), before);
    }

    void refusedChangeWaitsAndSaysWhy()
    {
        auto d = f.device(QStringLiteral("eve.ot"));
        QVERIFY(d);
        SwitchedTransport net(*f.transport);
        SyncEngine::Options options;
        options.useNetworkInformation = false;
        options.firstRetryMs = 20;
        SyncEngine engine(*d->store, net, options);
        Person ivy = person(QStringLiteral("Ivy Testperson"));
        QVERIFY(Repository<Person>(*d->store).create(ivy).ok());
        net.refuseWith = 400;
        const int before = net.requests;
        engine.syncNow();
        QCOMPARE(engine.state(), SyncEngine::State::Refused);
        QVERIFY2(engine.lastError().contains(QStringLiteral("must be from 1 to 10")), qPrintable(engine.lastError()));
        QCOMPARE(engine.pendingCount(), 1);
        // No retry storm: a refused batch is not resent until something changes.
        QVERIFY(!engine.retryScheduled());
        QCOMPARE(net.requests, before + 1);
    }

    void refusedChangeIsNamedByItsCounter()
    {
        auto d = f.device(QStringLiteral("eve.ot"));
        QVERIFY(d);
        SwitchedTransport net(*f.transport);
        SyncEngine::Options options;
        options.useNetworkInformation = false;
        SyncEngine engine(*d->store, net, options);
        Person jo = person(QStringLiteral("Jo Testperson"));
        Person kit = person(QStringLiteral("Kit Testperson"));
        QVERIFY(Repository<Person>(*d->store).create(jo).ok());
        QVERIFY(Repository<Person>(*d->store).create(kit).ok());
        auto pending = d->store->outbox().pending();
        QVERIFY(pending.ok() && pending->size() == 2);
        auto refusing = [](qint64 counter) {
            return QStringLiteral(R"({"error":{"code":"unknown_parent","message":"names a person the server does not )"
                                  R"(have","field":"mutations[1].changes.personId.new","mutation":"%1"}})")
                .arg(counter)
                .toUtf8();
        };
        // The server names the second change by its counter; the tablet knows it by its mutation id.
        net.refuseWith = 422;
        net.refusal = refusing(pending->at(1).counter);
        engine.syncNow();
        QCOMPARE(engine.state(), SyncEngine::State::Refused);
        QCOMPARE(engine.refusedChange().subject, pending->at(1).mutationId);
        // A counter the push did not carry names none of the tablet's changes: none is offered to set aside.
        net.refusal = refusing(pending->at(1).counter + 1);
        engine.syncNow();
        QCOMPARE(engine.state(), SyncEngine::State::Refused);
        QVERIFY(engine.refusedChange().subject.isEmpty());
    }

    void revokedDeviceNeedsSignIn()
    {
        auto d = f.device(QStringLiteral("eve.ot"));
        QVERIFY(d);
        SwitchedTransport net(*f.transport);
        SyncEngine::Options options;
        options.useNetworkInformation = false;
        SyncEngine engine(*d->store, net, options);
        QVERIFY(f.service->revokeDevice(d->store->deviceId()).ok());
        engine.syncNow();
        QCOMPARE(engine.state(), SyncEngine::State::NeedsSignIn);
        QVERIFY(engine.lastError().contains(QStringLiteral("signed out")));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
