// The outbox as sync will read it: entries in counter order, counters never reused, unique UUIDv7
// mutation ids, one stable device id, and clock stamps that only increase.

#include "storefixture.h"

#include "goal.h"
#include "person.h"
#include "repository.h"
#include "team.h"
#include "uuid.h"

#include <QDateTime>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::test;
using namespace Qt::StringLiterals;

namespace {

Person samplePerson(int n)
{
    Person p;
    p.name = u"Test Person %1"_s.arg(n);
    p.dateOfBirth = QDate(1940, 1, 1).addDays(n);
    p.teamId = Uuid::createV7();
    return p;
}

// What the test did, in order, to compare with what the outbox says.
struct Expected
{
    QString entity;
    QString entityId;
    QString op;
};

// The 48-bit millisecond time at the front of a UUIDv7 (RFC 9562), read independently of core/uuid.
qint64 uuidV7Milliseconds(const QString &uuid)
{
    QString hex = uuid;
    hex.remove(u'-');
    return hex.left(12).toLongLong(nullptr, 16);
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void entriesDescribeTheWritesInOrder();
    void countersAreNeverReused();
    void mutationIdsAreUniqueUuidV7();
    void deviceIdIsStable();
    void pendingRespectsTheLimit();

private:
    static Status writeSome(Store &store, int count, QList<Expected> *expected = nullptr);
};

Status TestOutbox::writeSome(Store &store, int count, QList<Expected> *expected)
{
    Repository<Person> persons(store);
    Repository<Team> teams(store);
    for (int i = 0; i < count; ++i) {
        Person p = samplePerson(i);
        if (auto id = persons.create(p); !id)
            return id.error();
        if (expected)
            expected->append({u"person"_s, p.id, u"create"_s});
        Team t;
        t.name = u"Team %1"_s.arg(i);
        if (auto id = teams.create(t); !id)
            return id.error();
        if (expected)
            expected->append({u"team"_s, t.id, u"create"_s});
        p.address = u"%1 Example Row"_s.arg(i);
        if (Status s = persons.update(p); !s)
            return s;
        if (expected)
            expected->append({u"person"_s, p.id, u"update"_s});
        if (i % 2 == 1) {
            if (Status s = teams.remove(t.id); !s)
                return s;
            if (expected)
                expected->append({u"team"_s, t.id, u"delete"_s});
        }
    }
    return ok();
}

void TestOutbox::entriesDescribeTheWritesInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    QList<Expected> expected;
    VERIFY_OK(writeSome(**store, 10, &expected));

    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    QCOMPARE(qsizetype(entries->size()), expected.size());
    QCOMPARE(outboxCount((*store)->database()), expected.size());
    for (size_t i = 0; i < entries->size(); ++i) {
        const OutboxEntry &e = entries->at(i);
        const Expected &x = expected.at(qsizetype(i));
        QCOMPARE(e.entity, x.entity);
        QCOMPARE(e.entityId, x.entityId);
        QCOMPARE(e.op, x.op);
        QCOMPARE(e.deviceId, (*store)->deviceId());
        if (i > 0) {
            const OutboxEntry &previous = entries->at(i - 1);
            QVERIFY2(e.counter > previous.counter, qPrintable(u"entry %1"_s.arg(i)));
            QVERIFY2(e.hlc > previous.hlc, qPrintable(u"entry %1"_s.arg(i)));
        }
    }
    // The table itself agrees: counter order is write order.
    QCOMPARE(scalar((*store)->database(), u"SELECT min(counter) FROM outbox"_s), entries->front().counter);
    QCOMPARE(scalar((*store)->database(), u"SELECT max(counter) FROM outbox"_s), entries->back().counter);
}

void TestOutbox::countersAreNeverReused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 highest = 0;
    QSet<qint64> issued;
    {
        auto store = openUnlocked(dir.path());
        VERIFY_OK(store);
        VERIFY_OK(writeSome(**store, 3));
        auto entries = pendingEntries(**store);
        VERIFY_OK(entries);
        for (const OutboxEntry &e : *entries)
            issued.insert(e.counter);
        const qint64 middle = entries->at(entries->size() / 2).counter;
        highest = entries->back().counter;

        // Acknowledging drops exactly the entries through that counter.
        VERIFY_OK((*store)->outbox().acknowledgeThrough(middle));
        entries = pendingEntries(**store);
        VERIFY_OK(entries);
        QVERIFY(!entries->empty());
        QCOMPARE(entries->front().counter, middle + 1);
        QCOMPARE(entries->back().counter, highest);

        // Acknowledge everything: the next entry still continues after the highest ever issued.
        VERIFY_OK((*store)->outbox().acknowledgeThrough(highest));
        QCOMPARE(outboxCount((*store)->database()), 0);
        VERIFY_OK(writeSome(**store, 1));
        entries = pendingEntries(**store);
        VERIFY_OK(entries);
        QVERIFY(!entries->empty());
        QCOMPARE(entries->front().counter, highest + 1);
        for (const OutboxEntry &e : *entries) {
            QVERIFY2(!issued.contains(e.counter), qPrintable(u"counter %1 issued twice"_s.arg(e.counter)));
            issued.insert(e.counter);
        }
        highest = entries->back().counter;
        VERIFY_OK((*store)->outbox().acknowledgeThrough(highest));
    }
    // Across a restart with an empty outbox as well.
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    QCOMPARE(outboxCount((*store)->database()), 0);
    VERIFY_OK(writeSome(**store, 1));
    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    QVERIFY(!entries->empty());
    QCOMPARE(entries->front().counter, highest + 1);
    for (const OutboxEntry &e : *entries)
        QVERIFY2(!issued.contains(e.counter), qPrintable(u"counter %1 issued twice"_s.arg(e.counter)));
}

void TestOutbox::mutationIdsAreUniqueUuidV7()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    VERIFY_OK(writeSome(**store, 50));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    QVERIFY(entries->size() >= 150);
    QSet<QString> ids;
    for (const OutboxEntry &e : *entries) {
        const QString &id = e.mutationId;
        QVERIFY2(Uuid::isValid(id), qPrintable(id));
        QCOMPARE(id.at(14), QChar(u'7')); // version
        QVERIFY2(QStringLiteral("89ab").contains(id.at(19)), qPrintable(id)); // RFC 9562 variant
        const qint64 ms = uuidV7Milliseconds(id);
        QVERIFY2(ms >= before && ms <= after, qPrintable(id));
        QVERIFY2(!ids.contains(id), qPrintable(u"mutation id used twice: "_s + id));
        ids.insert(id);
        QVERIFY(id != e.entityId);
    }
}

void TestOutbox::deviceIdIsStable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString deviceId;
    {
        auto store = openUnlocked(dir.path());
        VERIFY_OK(store);
        deviceId = (*store)->deviceId();
        QVERIFY2(Uuid::isValid(deviceId), qPrintable(deviceId));
        QCOMPARE(deviceId.at(14), QChar(u'7'));
        VERIFY_OK(writeSome(**store, 1));
    }
    {
        // Before unlock as well: the device id is not personal data.
        auto store = Store::open(storeOptions(dir.path()));
        VERIFY_OK(store);
        QCOMPARE((*store)->deviceId(), deviceId);
    }
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    QCOMPARE((*store)->deviceId(), deviceId);
    VERIFY_OK(writeSome(**store, 1));
    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    for (const OutboxEntry &e : *entries)
        QCOMPARE(e.deviceId, deviceId);

    // Another store is another device.
    QTemporaryDir otherDir;
    QVERIFY(otherDir.isValid());
    auto other = Store::open(storeOptions(otherDir.path()));
    VERIFY_OK(other);
    QVERIFY((*other)->deviceId() != deviceId);
}

void TestOutbox::pendingRespectsTheLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    VERIFY_OK(writeSome(**store, 4));
    const auto all = pendingEntries(**store);
    VERIFY_OK(all);
    const auto firstFive = (*store)->outbox().pending(5);
    VERIFY_OK(firstFive);
    QCOMPARE(firstFive->size(), size_t(5));
    for (size_t i = 0; i < 5; ++i)
        QCOMPARE(firstFive->at(i).mutationId, all->at(i).mutationId);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
