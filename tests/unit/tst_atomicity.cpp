// A failure forced inside a write leaves neither the row change nor its outbox entry, as seen by the
// same store and by a fresh one on the same directory, and the store goes on working.

#include "storefixture.h"

#include "checkpointer.h"

#include "person.h"
#include "recordstore.h"
#include "repository.h"
#include "uuid.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::test;
using namespace Qt::StringLiterals;

namespace {

Person samplePerson(const QString &name)
{
    Person p;
    p.name = name;
    p.dateOfBirth = QDate(1941, 9, 3);
    p.nhsNumber = u"9434765919"_s;
    p.address = u"3 Example Row, Testford"_s;
    p.teamId = Uuid::createV7();
    p.whatMattersToMe = u"Seeing my grandchildren on Sundays"_s;
    return p;
}

enum class Operation { Create, Update, Remove };

// What a reader sees of the store: enough to tell whether a write happened.
struct Snapshot
{
    qint64 rows = 0;
    qint64 outbox = 0;
    qint64 counter = 0; // the last outbox counter issued
    QList<Person> persons;
    QByteArray content;
};

} // namespace

Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(RecordStore::FaultPoint)

class TestAtomicity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
    void storeOpenAlongsideSeesCommittedWrites();
    void writeAheadLogIsCheckpointed();

private:
    static Status perform(Store &store, Operation operation, Person &target);
    static void takeSnapshot(Store &store, Snapshot &snapshot);
};

Status TestAtomicity::perform(Store &store, Operation operation, Person &target)
{
    Repository<Person> persons(store);
    switch (operation) {
    case Operation::Create: {
        target = samplePerson(u"Edith Testperson"_s);
        const auto id = persons.create(target);
        return id ? ok() : Status(id.error());
    }
    case Operation::Update:
        target.name += u" (née Example)"_s;
        target.address = u"Flat 2, 5 Example Row, Testford"_s;
        return persons.update(target);
    case Operation::Remove:
        return persons.remove(target.id);
    }
    return Error{QString(), u"unknown operation"_s};
}

void TestAtomicity::takeSnapshot(Store &store, Snapshot &snapshot)
{
    Database &db = store.database();
    snapshot.rows = rowCount(db, u"persons"_s);
    snapshot.outbox = outboxCount(db);
    snapshot.counter = scalar(db, u"SELECT max(counter) FROM outbox"_s);
    auto persons = Repository<Person>(store).list();
    VERIFY_OK(persons);
    snapshot.persons = *persons;
    snapshot.content = databaseContent(db);
}

static bool samePersons(const QList<Person> &a, const QList<Person> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Person &x = a.at(i);
        const Person &y = b.at(i);
        if (x.id != y.id || x.name != y.name || x.address != y.address || x.dateOfBirth != y.dateOfBirth
            || x.nhsNumber != y.nhsNumber || x.whatMattersToMe != y.whatMattersToMe || x.teamId != y.teamId)
            return false;
    }
    return true;
}

void TestAtomicity::failedWriteLeavesNothing_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<RecordStore::FaultPoint>("point");
    const std::pair<const char *, Operation> operations[]
        = {{"create", Operation::Create}, {"update", Operation::Update}, {"delete", Operation::Remove}};
    const std::pair<const char *, RecordStore::FaultPoint> points[]
        = {{"after the row", RecordStore::FaultPoint::AfterRow},
           {"after the outbox", RecordStore::FaultPoint::AfterOutbox}};
    for (const auto &[operationName, operation] : operations) {
        for (const auto &[pointName, point] : points)
            QTest::addRow("%s, failing %s", operationName, pointName) << operation << point;
    }
}

void TestAtomicity::failedWriteLeavesNothing()
{
    QFETCH(Operation, operation);
    QFETCH(RecordStore::FaultPoint, point);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = openUnlocked(dir.path());
    VERIFY_OK(opened);
    Store &store = **opened;

    // Two people already stored, so that there is a record to update or delete and a neighbour
    // that must stay as it is.
    Person target = samplePerson(u"Ada Testperson"_s);
    Person neighbour = samplePerson(u"Bea Testperson"_s);
    VERIFY_OK(Repository<Person>(store).create(target));
    VERIFY_OK(Repository<Person>(store).create(neighbour));

    Snapshot before;
    takeSnapshot(store, before);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(before.outbox, 2);

    int faultsHit = 0;
    store.records().setFaultInjection([&](RecordStore::FaultPoint at) {
        if (at != point)
            return false;
        ++faultsHit;
        return true;
    });
    Person attempt = target;
    const Status failed = perform(store, operation, attempt);
    store.records().setFaultInjection({});
    QVERIFY2(!failed, "the write succeeded although a failure was forced inside it");
    QVERIFY(!failed.error().reason.isEmpty());
    QCOMPARE(faultsHit, 1);

    // The same store sees nothing of the failed write.
    Snapshot after;
    takeSnapshot(store, after);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(after.outbox, before.outbox);
    QCOMPARE(after.counter, before.counter);
    QVERIFY(samePersons(after.persons, before.persons));
    QVERIFY2(after.content == before.content, "the failed write changed the database");

    // Nor does a fresh store on the same directory, reading what is on disk.
    {
        auto fresh = openUnlocked(dir.path());
        VERIFY_OK(fresh);
        Snapshot onDisk;
        takeSnapshot(**fresh, onDisk);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(onDisk.rows, before.rows);
        QCOMPARE(onDisk.outbox, before.outbox);
        QCOMPARE(onDisk.counter, before.counter);
        QVERIFY(samePersons(onDisk.persons, before.persons));
        QVERIFY2(onDisk.content == before.content, "the failed write reached the file");
    }

    // The store keeps working: the same write now succeeds, with the next counter.
    Person retry = target;
    VERIFY_OK(perform(store, operation, retry));
    QCOMPARE(outboxCount(store.database()), before.outbox + 1);
    QCOMPARE(scalar(store.database(), u"SELECT max(counter) FROM outbox"_s), before.counter + 1);
    Repository<Person> persons(store);
    switch (operation) {
    case Operation::Create:
        QCOMPARE(rowCount(store.database(), u"persons"_s), before.rows + 1);
        VERIFY_OK(persons.get(retry.id));
        break;
    case Operation::Update: {
        const auto read = persons.get(target.id);
        VERIFY_OK(read);
        QCOMPARE(read->name, retry.name);
        QCOMPARE(read->address, retry.address);
        break;
    }
    case Operation::Remove:
        QVERIFY(!persons.get(target.id));
        break;
    }
    const auto neighbourRead = persons.get(neighbour.id);
    VERIFY_OK(neighbourRead);
    QCOMPARE(neighbourRead->name, neighbour.name);

    // And what it wrote is on disk for the next reader.
    opened.value().reset();
    auto reopened = openUnlocked(dir.path());
    VERIFY_OK(reopened);
    QCOMPARE(outboxCount((*reopened)->database()), before.outbox + 1);
}

void TestAtomicity::storeOpenAlongsideSeesCommittedWrites()
{
    // Two stores on one directory (two connections, as a second process or thread would have): what
    // one commits, the other reads, and the other can write after it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto first = openUnlocked(dir.path());
    VERIFY_OK(first);
    auto second = openUnlocked(dir.path());
    VERIFY_OK(second);
    Repository<Person> writer(**first);
    Repository<Person> reader(**second);

    Person ada = samplePerson(u"Ada Testperson"_s);
    VERIFY_OK(writer.create(ada));
    const auto seen = reader.get(ada.id);
    VERIFY_OK(seen);
    QCOMPARE(seen->name, ada.name);

    Person bea = samplePerson(u"Bea Testperson"_s);
    VERIFY_OK(writer.create(bea));
    const auto all = reader.list();
    VERIFY_OK(all);
    QCOMPARE(all->size(), 2);

    Person cat = samplePerson(u"Cat Testperson"_s);
    VERIFY_OK(reader.create(cat));
    VERIFY_OK(writer.get(cat.id));
    QCOMPARE(outboxCount((*first)->database()), 3);
}

void TestAtomicity::writeAheadLogIsCheckpointed()
{
    // Every commit lands in the -wal file first, and is copied back into the database once the log
    // holds Checkpointer::kCheckpointPages pages, by a thread of the store's own (Checkpointer). If that
    // never happens the log grows with every edit, and every read gets slower, on a tablet that is
    // written to all day.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Database &db = (*store)->database();
    const qint64 pageSize = scalar(db, u"PRAGMA page_size"_s);
    QVERIFY(pageSize > 0);

    Repository<Person> persons(**store);
    for (int i = 0; i < 400; ++i) {
        Person p = samplePerson(u"Person %1"_s.arg(i));
        VERIFY_OK(persons.create(p));
    }
    // Well over kCheckpointPages pages were written; the log was checkpointed in the background
    // (polled, no fixed wait) and the pages reached the database file. However far behind that
    // thread fell, the writer keeps the log under Checkpointer::kMaxLogPages and one commit.
    QTRY_VERIFY_WITH_TIMEOUT(db.backgroundCheckpoints() >= 1, 20000);
    const qint64 walBound = (Checkpointer::kMaxLogPages + 200) * (pageSize + 24) + 32;
    const qint64 walSize = QFileInfo(databasePath(dir.path()) + u"-wal"_s).size();
    QVERIFY2(walSize <= walBound, qPrintable(u"the -wal file is %1 bytes (bound %2)"_s.arg(walSize).arg(walBound)));
    QTRY_VERIFY2_WITH_TIMEOUT(
        QFileInfo(databasePath(dir.path())).size() > 4 * pageSize,
        qPrintable(u"the database file is %1 bytes"_s.arg(QFileInfo(databasePath(dir.path())).size())), 20000);
}

QTEST_GUILESS_MAIN(TestAtomicity)
#include "tst_atomicity.moc"
