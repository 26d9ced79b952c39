// The hybrid logical clock never goes backwards: not when the wall clock jumps back or stands still,
// not after a stamp from far ahead, not across a restart of the store.

#include "storefixture.h"

#include "hybridlogicalclock.h"
#include "repository.h"
#include "team.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kStart = 1795420800000; // 2026-11-23T08:00:00Z

Status writeTeam(Store &store, const QString &name)
{
    Team team;
    team.name = name;
    const auto id = Repository<Team>(store).create(team);
    return id ? ok() : Status(id.error());
}

} // namespace

class TestHybridLogicalClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void followsTheWallClock();
    void monotonicWhenTheWallClockJumpsBack();
    void monotonicWhenTheWallClockStandsStill();
    void observeRemoteStampFarAhead();
    void observeOlderStampChangesNothing();
    void restore();
    void storeStampsIncreaseWhenTheWallClockJumpsBack();
    void storeStampsIncreaseAcrossReopenWithAnEarlierClock();
};

void TestHybridLogicalClock::followsTheWallClock()
{
    ManualClock wall(kStart);
    HybridLogicalClock clock(wall.function());
    const quint64 first = clock.now();
    QCOMPARE(HybridLogicalClock::physicalMs(first), kStart);
    wall.set(kStart + 5000);
    const quint64 second = clock.now();
    QCOMPARE(HybridLogicalClock::physicalMs(second), kStart + 5000);
    QCOMPARE(HybridLogicalClock::logical(second), quint64(0));
    QCOMPARE(clock.last(), second);
}

void TestHybridLogicalClock::monotonicWhenTheWallClockJumpsBack()
{
    ManualClock wall(kStart);
    HybridLogicalClock clock(wall.function());
    quint64 previous = clock.now();
    const quint64 highest = previous;
    // Back by three hours, then creeping forward but still behind, then far behind.
    for (const qint64 offset : {-3 * kHour, -3 * kHour + 1, -2 * kHour, -24 * kHour, -kStart}) {
        wall.set(kStart + offset);
        for (int i = 0; i < 100; ++i) {
            const quint64 stamp = clock.now();
            QVERIFY2(stamp > previous, qPrintable(u"offset %1 ms, step %2"_s.arg(offset).arg(i)));
            // While the wall clock is behind, the clock keeps the time it had reached.
            QCOMPARE(HybridLogicalClock::physicalMs(stamp), HybridLogicalClock::physicalMs(highest));
            previous = stamp;
        }
    }
    // Once the wall clock passes the stamps again, they follow it.
    wall.set(kStart + kHour);
    const quint64 caughtUp = clock.now();
    QVERIFY(caughtUp > previous);
    QCOMPARE(HybridLogicalClock::physicalMs(caughtUp), kStart + kHour);
}

void TestHybridLogicalClock::monotonicWhenTheWallClockStandsStill()
{
    ManualClock wall(kStart);
    HybridLogicalClock clock(wall.function());
    quint64 previous = clock.now();
    // More stamps in one millisecond than the logical counter holds.
    const int count = int(HybridLogicalClock::kLogicalMask) + 1000;
    for (int i = 0; i < count; ++i) {
        const quint64 stamp = clock.now();
        if (stamp <= previous)
            QFAIL(qPrintable(u"stamp %1 did not increase"_s.arg(i)));
        previous = stamp;
    }
    QVERIFY(HybridLogicalClock::physicalMs(previous) - kStart <= 1); // no runaway into the future
}

void TestHybridLogicalClock::observeRemoteStampFarAhead()
{
    ManualClock wall(kStart);
    HybridLogicalClock clock(wall.function());
    const quint64 local = clock.now();
    const quint64 remote = HybridLogicalClock::pack(kStart + 48 * kHour, 7); // a peer two days ahead
    clock.observe(remote);
    QVERIFY(clock.last() > remote);
    quint64 previous = remote;
    for (int i = 0; i < 10; ++i) {
        const quint64 stamp = clock.now();
        QVERIFY(stamp > previous);
        QVERIFY(stamp > local);
        previous = stamp;
    }
    // Even when our own wall clock then jumps back.
    wall.set(kStart - 5 * kHour);
    QVERIFY(clock.now() > previous);
}

void TestHybridLogicalClock::observeOlderStampChangesNothing()
{
    ManualClock wall(kStart);
    HybridLogicalClock clock(wall.function());
    const quint64 local = clock.now();
    clock.observe(HybridLogicalClock::pack(kStart - kHour, 3));
    QVERIFY(clock.last() > local);
    QVERIFY(clock.now() > local);
}

void TestHybridLogicalClock::restore()
{
    ManualClock wall(kStart - 10 * kHour);
    HybridLogicalClock clock(wall.function());
    const quint64 saved = HybridLogicalClock::pack(kStart, 42);
    clock.restore(saved);
    QCOMPARE(clock.last(), saved);
    const quint64 next = clock.now();
    QVERIFY(next > saved);
    // Restoring an older value never moves the clock back.
    clock.restore(HybridLogicalClock::pack(kStart - 20 * kHour, 0));
    QCOMPARE(clock.last(), next);
    QVERIFY(clock.now() > next);
}

void TestHybridLogicalClock::storeStampsIncreaseWhenTheWallClockJumpsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock wall(kStart);
    auto store = openUnlocked(dir.path(), wall.function());
    VERIFY_OK(store);
    VERIFY_OK(writeTeam(**store, u"First"_s));
    wall.set(kStart - 3 * kHour);
    VERIFY_OK(writeTeam(**store, u"Second"_s));
    wall.set(kStart - 3 * kHour); // and stands still
    VERIFY_OK(writeTeam(**store, u"Third"_s));

    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), size_t(3));
    QCOMPARE(HybridLogicalClock::physicalMs(entries->at(0).hlc), kStart);
    QVERIFY(entries->at(1).hlc > entries->at(0).hlc);
    QVERIFY(entries->at(2).hlc > entries->at(1).hlc);
}

void TestHybridLogicalClock::storeStampsIncreaseAcrossReopenWithAnEarlierClock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    quint64 highest = 0;
    {
        ManualClock wall(kStart);
        auto store = openUnlocked(dir.path(), wall.function());
        VERIFY_OK(store);
        for (int i = 0; i < 5; ++i)
            VERIFY_OK(writeTeam(**store, u"Team %1"_s.arg(i)));
        const auto entries = pendingEntries(**store);
        VERIFY_OK(entries);
        highest = entries->back().hlc;
    }
    // The tablet restarts with its clock a day behind.
    {
        ManualClock wall(kStart - 24 * kHour);
        auto store = openUnlocked(dir.path(), wall.function());
        VERIFY_OK(store);
        VERIFY_OK(writeTeam(**store, u"After restart"_s));
        wall.set(kStart - 25 * kHour);
        VERIFY_OK(writeTeam(**store, u"After another jump"_s));
        const auto entries = pendingEntries(**store);
        VERIFY_OK(entries);
        QCOMPARE(entries->size(), size_t(7));
        for (size_t i = 1; i < entries->size(); ++i)
            QVERIFY2(entries->at(i).hlc > entries->at(i - 1).hlc, qPrintable(u"entry %1"_s.arg(i)));
        QVERIFY(entries->at(5).hlc > highest);
    }
    // And again, after the outbox was acknowledged, so that only the store's own record of the clock
    // can keep the order.
    {
        ManualClock wall(kStart - 48 * kHour);
        auto store = openUnlocked(dir.path(), wall.function());
        VERIFY_OK(store);
        auto entries = pendingEntries(**store);
        VERIFY_OK(entries);
        const quint64 last = entries->back().hlc;
        VERIFY_OK((*store)->outbox().acknowledgeThrough(entries->back().counter));
        QCOMPARE(outboxCount((*store)->database()), 0);
        store.value().reset();
        auto again = openUnlocked(dir.path(), wall.function());
        VERIFY_OK(again);
        VERIFY_OK(writeTeam(**again, u"After acknowledgement"_s));
        entries = pendingEntries(**again);
        VERIFY_OK(entries);
        QCOMPARE(entries->size(), size_t(1));
        QVERIFY(entries->front().hlc > last);
    }
}

QTEST_GUILESS_MAIN(TestHybridLogicalClock)
#include "tst_hybridlogicalclock.moc"
