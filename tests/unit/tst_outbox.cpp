// The outbox as sync will read it: entries in counter order, counters never reused, unique UUIDv7
// mutation ids, one stable device id, and clock stamps that only increase. Several writes made one
// (RecordStore::together), and a refused change set aside: kept, encrypted, undone in its record, and the
// queue behind it closed up without a gap.

#include "storefixture.h"

#include "goal.h"
#include "person.h"
#include "recordstore.h"
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
    void writesTogetherCommitTogether();
    void writesTogetherFailTogether();
    void aFailedStepInsideTogetherUndoesOnlyItself();
    void setAsideKeepsACopyAndClosesTheGap();
    void setAsideSurvivesARestartEncrypted();
    void setAsideUndoesOnlyWhatNothingChangedSince();
    void setAsideOfACreateRemovesWhatTheServerNeverHad();
    void setAsideOfADeleteBringsTheRecordBack();
    void setAsideOfAnUnknownChangeChangesNothing();
    void receiptsFollowWhatWasSentThroughASetAside();
    void acknowledgedEntriesLeaveWithoutScrubbingWholePages();

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

void TestOutbox::acknowledgedEntriesLeaveWithoutScrubbingWholePages()
{
    // Entries hold ciphertext, so the store scrubs deleted content only inside pages it writes anyway
    // (secure_delete=FAST): Debian's SQLite scrubs every freed page, which doubled the cost of
    // acknowledging a push of long notes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    QCOMPARE(scalar((*store)->database(), u"PRAGMA secure_delete"_s), 2);
    VERIFY_OK(writeSome(**store, 10, nullptr));
    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    VERIFY_OK((*store)->outbox().acknowledgeThrough(entries->back().counter));
    QCOMPARE(outboxCount((*store)->database()), 0);
    QCOMPARE((*store)->outbox().count(), 0);
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

namespace {

Error refusal()
{
    return Error(u"person.teamId"_s, u"names a team the server does not have"_s, u"unknown_parent"_s);
}

// Three people and an edit of each, in that order: six entries.
QList<Person> threePeopleEdited(Store &store)
{
    Repository<Person> persons(store);
    QList<Person> people;
    for (int i = 0; i < 3; ++i) {
        Person p = samplePerson(i);
        p.whatMattersToMe = u"Before %1"_s.arg(i);
        if (!persons.create(p))
            return {};
        people.append(p);
    }
    for (Person &p : people) {
        p.whatMattersToMe = p.whatMattersToMe.replace(u"Before"_s, u"After"_s);
        if (!persons.update(p))
            return {};
    }
    return people;
}

// A store with two people in it, for the writes made together.
struct TwoPeople
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Person a = samplePerson(1);
    Person b = samplePerson(2);

    Status open()
    {
        auto opened = openUnlocked(dir.path());
        if (!opened)
            return opened.error();
        store = std::move(opened).value();
        Repository<Person> persons(*store);
        if (auto id = persons.create(a); !id)
            return id.error();
        if (auto id = persons.create(b); !id)
            return id.error();
        return ok();
    }
    Status updateBoth()
    {
        Repository<Person> persons(*store);
        if (Status s = persons.update(a); !s)
            return s;
        return persons.update(b);
    }
};

} // namespace

void TestOutbox::writesTogetherCommitTogether()
{
    TwoPeople two;
    VERIFY_OK(two.open());
    Repository<Person> persons(*two.store);
    const qint64 before = outboxCount(two.store->database());
    two.a.address = u"1 Together Row"_s;
    two.b.address = u"2 Together Row"_s;
    VERIFY_OK(two.store->records().together([&] { return two.updateBoth(); }));
    QCOMPARE(persons.get(two.a.id)->address, two.a.address);
    QCOMPARE(persons.get(two.b.id)->address, two.b.address);
    QCOMPARE(outboxCount(two.store->database()), before + 2);
    // The connection is back out of every transaction: an ordinary write still works on its own.
    two.a.address = u"3 Alone Row"_s;
    VERIFY_OK(persons.update(two.a));
    QCOMPARE(outboxCount(two.store->database()), before + 3);
}

void TestOutbox::writesTogetherFailTogether()
{
    TwoPeople two;
    VERIFY_OK(two.open());
    const QByteArray before = databaseContent(two.store->database());
    two.a.address = u"1 Together Row"_s;
    two.b.dateOfBirth = QDate(); // required: refused
    const Status both = two.store->records().together([&] { return two.updateBoth(); });
    QVERIFY(!both);
    QCOMPARE(both.error().field, u"person.dateOfBirth"_s);
    QCOMPARE(databaseContent(two.store->database()), before); // the first edit went too
}

void TestOutbox::aFailedStepInsideTogetherUndoesOnlyItself()
{
    TwoPeople two;
    VERIFY_OK(two.open());
    Repository<Person> persons(*two.store);
    const qint64 before = outboxCount(two.store->database());
    two.a.address = u"1 Kept Row"_s;
    two.b.address = u"2 Interrupted Row"_s;
    RecordStore &records = two.store->records();
    bool interrupted = false;
    VERIFY_OK(records.together([&]() -> Status {
        if (Status s = persons.update(two.a); !s)
            return s;
        // The second write dies after its row and outbox entry are written; the caller carries on.
        records.setFaultInjection([](RecordStore::FaultPoint p) { return p == RecordStore::FaultPoint::AfterOutbox; });
        interrupted = !persons.update(two.b);
        records.setFaultInjection({});
        return ok();
    }));
    QVERIFY(interrupted);
    QCOMPARE(persons.get(two.a.id)->address, two.a.address);
    QVERIFY(persons.get(two.b.id)->address.isEmpty()); // its row went back to its savepoint
    QCOMPARE(outboxCount(two.store->database()), before + 1);
    const auto entries = pendingEntries(*two.store);
    VERIFY_OK(entries);
    QCOMPARE(entries->back().entityId, two.a.id);
}

void TestOutbox::setAsideKeepsACopyAndClosesTheGap()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    const QList<Person> people = threePeopleEdited(**store);
    QCOMPARE(people.size(), 3);
    const auto before = pendingEntries(**store);
    VERIFY_OK(before);
    QCOMPARE(before->size(), size_t(6));
    const OutboxEntry refused = before->at(3); // the edit of the first person
    QCOMPARE(refused.op, u"update"_s);
    QCOMPARE(refused.entityId, people[0].id);

    const QDateTime at = QDateTime::currentDateTimeUtc();
    VERIFY_OK((*store)->records().setAside(refused.mutationId, refusal(), at));

    // The queue closes up: counters from the first one on without a gap, the others in their order.
    const auto after = pendingEntries(**store);
    VERIFY_OK(after);
    QCOMPARE(after->size(), size_t(5));
    QCOMPARE((*store)->outbox().count(), outboxCount((*store)->database()));
    for (size_t i = 0; i < after->size(); ++i) {
        const OutboxEntry &was = before->at(i < 3 ? i : i + 1);
        QCOMPARE(after->at(i).mutationId, was.mutationId);
        QCOMPARE(after->at(i).changes, was.changes);
        QCOMPARE(after->at(i).counter, before->front().counter + qint64(i));
    }
    // And the next change continues from there.
    Person extra = samplePerson(9);
    VERIFY_OK(Repository<Person>(**store).create(extra));
    const auto extended = pendingEntries(**store);
    VERIFY_OK(extended);
    QCOMPARE(extended->back().counter, after->back().counter + 1);

    // Nothing is lost: the copy holds the change whole, with the server's reason.
    const auto setAside = (*store)->outbox().setAsideEntries();
    VERIFY_OK(setAside);
    QCOMPARE(setAside->size(), size_t(1));
    const SetAsideEntry &kept = setAside->front();
    QCOMPARE(kept.entry.mutationId, refused.mutationId);
    QCOMPARE(kept.entry.entity, refused.entity);
    QCOMPARE(kept.entry.entityId, refused.entityId);
    QCOMPARE(kept.entry.op, refused.op);
    QCOMPARE(kept.entry.hlc, refused.hlc);
    QCOMPARE(kept.entry.changes, refused.changes);
    QCOMPARE(kept.reason, refusal().reason);
    QCOMPARE(kept.reasonField, refusal().field);
    QCOMPARE(kept.code, refusal().code);
    QCOMPARE(kept.setAsideAt, at);
    QCOMPARE(kept.entry.changes.value(u"whatMattersToMe"_s).toObject().value(u"new"_s).toString(), u"After 0"_s);
    // The record shows again what the server has; the others keep their edits.
    QCOMPARE(Repository<Person>(**store).get(people[0].id)->whatMattersToMe, u"Before 0"_s);
    QCOMPARE(Repository<Person>(**store).get(people[1].id)->whatMattersToMe, u"After 1"_s);
}

void TestOutbox::setAsideSurvivesARestartEncrypted()
{
    QTemporaryDir dir;
    QString mutationId;
    {
        auto store = openUnlocked(dir.path());
        VERIFY_OK(store);
        QCOMPARE(threePeopleEdited(**store).size(), 3);
        const auto entries = pendingEntries(**store);
        VERIFY_OK(entries);
        mutationId = entries->back().mutationId;
        VERIFY_OK((*store)->records().setAside(mutationId, refusal(), QDateTime::currentDateTimeUtc()));
        QCOMPARE(outboxCount((*store)->database()), 5);
    }
    QVERIFY(!fileBytes(databasePath(dir.path())).contains("After 2"));
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    const auto setAside = (*store)->outbox().setAsideEntries();
    VERIFY_OK(setAside);
    QCOMPARE(setAside->size(), size_t(1));
    QCOMPARE(setAside->front().entry.mutationId, mutationId);
    QCOMPARE(setAside->front().entry.changes.value(u"whatMattersToMe"_s).toObject().value(u"new"_s).toString(),
             u"After 2"_s);
    // Locked, it cannot be read.
    (*store)->lock();
    QVERIFY(!(*store)->outbox().setAsideEntries());
}

void TestOutbox::setAsideUndoesOnlyWhatNothingChangedSince()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Person> persons(**store);
    Person p = samplePerson(1);
    p.whatMattersToMe = u"First words"_s;
    VERIFY_OK(persons.create(p));
    p.whatMattersToMe = u"Refused words"_s;
    p.address = u"1 Refused Row"_s;
    VERIFY_OK(persons.update(p));
    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    const QString refused = entries->back().mutationId;
    p.whatMattersToMe = u"Later words"_s; // changed again after the refused change
    VERIFY_OK(persons.update(p));

    VERIFY_OK((*store)->records().setAside(refused, refusal(), QDateTime::currentDateTimeUtc()));
    const Person now = *persons.get(p.id);
    QCOMPARE(now.whatMattersToMe, u"Later words"_s);
    QVERIFY(now.address.isEmpty());
    QCOMPARE(outboxCount((*store)->database()), 2);
}

void TestOutbox::setAsideOfACreateRemovesWhatTheServerNeverHad()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Person> persons(**store);
    Person alone = samplePerson(1);
    VERIFY_OK(persons.create(alone));
    Person edited = samplePerson(2);
    VERIFY_OK(persons.create(edited));
    edited.address = u"2 Edited Row"_s;
    VERIFY_OK(persons.update(edited));
    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), size_t(3));

    VERIFY_OK((*store)->records().setAside(entries->at(0).mutationId, refusal(), QDateTime::currentDateTimeUtc()));
    QVERIFY(!persons.get(alone.id));
    QCOMPARE(scalar((*store)->database(), u"SELECT count(*) FROM persons WHERE id = ?"_s, {alone.id}), 0);
    // A record with a later change still to go stays: that change will reach the server.
    VERIFY_OK((*store)->records().setAside(entries->at(1).mutationId, refusal(), QDateTime::currentDateTimeUtc()));
    QCOMPARE(persons.get(edited.id)->address, edited.address);
    const auto left = pendingEntries(**store);
    VERIFY_OK(left);
    QCOMPARE(left->size(), size_t(1));
    QCOMPARE(left->front().mutationId, entries->at(2).mutationId);
    QCOMPARE(left->front().counter, entries->at(0).counter);
    const auto setAside = (*store)->outbox().setAsideEntries();
    VERIFY_OK(setAside);
    QCOMPARE(setAside->size(), size_t(2));
    QCOMPARE(setAside->at(0).entry.changes.value(u"name"_s).toObject().value(u"new"_s).toString(), alone.name);
}

void TestOutbox::setAsideOfADeleteBringsTheRecordBack()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Person> persons(**store);
    Person p = samplePerson(1);
    VERIFY_OK(persons.create(p));
    VERIFY_OK(persons.remove(p.id));
    QVERIFY(!persons.get(p.id));
    const auto entries = pendingEntries(**store);
    VERIFY_OK(entries);
    QCOMPARE(entries->back().op, u"delete"_s);
    VERIFY_OK((*store)->records().setAside(entries->back().mutationId, refusal(), QDateTime::currentDateTimeUtc()));
    QCOMPARE(persons.get(p.id)->name, p.name);
}

void TestOutbox::setAsideOfAnUnknownChangeChangesNothing()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    QCOMPARE(threePeopleEdited(**store).size(), 3);
    const QByteArray before = databaseContent((*store)->database());
    const Status s = (*store)->records().setAside(Uuid::createV7(), refusal(), QDateTime::currentDateTimeUtc());
    QVERIFY(!s);
    QCOMPARE(s.error().field, u"outbox"_s);
    QCOMPARE(databaseContent((*store)->database()), before);
}

void TestOutbox::receiptsFollowWhatWasSentThroughASetAside()
{
    using R = Outbox::Receipt;
    QTemporaryDir dir;
    QList<Person> people;
    {
        auto store = openUnlocked(dir.path());
        VERIFY_OK(store);
        people = threePeopleEdited(**store); // created c..c+2, then edited c+3..c+5
        QCOMPARE(people.size(), 3);
        const auto entries = pendingEntries(**store);
        VERIFY_OK(entries);
        const qint64 c = entries->front().counter;
        Outbox &outbox = (*store)->outbox();
        const auto receiptOf = [&](int person) {
            auto r = outbox.receipt(u"person"_s, people[person].id);
            return r ? *r : R::Conflict;
        };
        QCOMPARE(receiptOf(0), R::Pending);

        VERIFY_OK(outbox.markSentThrough(c + 3)); // the first person's create and edit are on their way
        QCOMPARE(receiptOf(0), R::Sent);
        QCOMPARE(receiptOf(1), R::Pending);
        VERIFY_OK(outbox.markSentThrough(c + 1)); // an older mark takes nothing back
        QCOMPARE(receiptOf(0), R::Sent);

        // The server refuses the first person's edit: it is set aside and the two behind it move down
        // to c+3 and c+4. The second person's edit, now c+3, was never sent.
        VERIFY_OK((*store)->records().setAside(entries->at(3).mutationId, refusal(), QDateTime::currentDateTimeUtc()));
        QCOMPARE(receiptOf(0), R::Sent);
        QCOMPARE(receiptOf(1), R::Pending);
        QCOMPARE(receiptOf(2), R::Pending);

        VERIFY_OK(outbox.markSentThrough(c + 3));
        QCOMPARE(receiptOf(1), R::Sent);
        QCOMPARE(receiptOf(2), R::Pending);
        VERIFY_OK(outbox.acknowledgeThrough(c + 3));
        QCOMPARE(receiptOf(0), R::Applied);
        QCOMPARE(receiptOf(1), R::Applied);
        QCOMPARE(receiptOf(2), R::Pending); // its edit is still to go
        VERIFY_OK(outbox.markSentThrough(c + 4));
    }
    // The mark lives in the store.
    auto reopened = openUnlocked(dir.path());
    VERIFY_OK(reopened);
    auto last = (*reopened)->outbox().receipt(u"person"_s, people[2].id);
    VERIFY_OK(last);
    QCOMPARE(*last, R::Sent);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
