// Applying a pulled page (RecordStore::applyPulled). A large page is decoded, checked and sealed on
// two threads before one writes it; what it writes must be what one thread would: each record's
// personal fields open under its own row, a record with a change this device has not sent yet merges
// field by field, and one bad record anywhere refuses the whole page, the first in order named. The
// page commits without waiting for the disk (it can be pulled again); the store's other writes wait.
#include "fieldcodec.h"
#include "hybridlogicalclock.h"
#include "person.h"
#include "recordstore.h"
#include "repository.h"
#include "storefixture.h"
#include "uuid.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::test;

namespace {

constexpr quint64 kServerNode = 77;
// Past the size at which the second half is prepared on its own thread, and odd.
constexpr int kPageSize = 601;

Person personNamed(const QString &name, const QString &address)
{
    Person p;
    p.name = name;
    p.dateOfBirth = QDate(1940, 1, 1);
    p.address = address;
    p.teamId = QStringLiteral("0190a1b2-0000-7000-8000-00000000000c");
    p.whatMattersToMe = QStringLiteral("Tea in the garden");
    return p;
}

quint64 stampIn(qint64 msFromNow)
{
    return HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch() + msFromNow, 0);
}

// A person as a page carries it: every field, each stamped by the server at hlc.
PulledRecord pulled(const Person &p, quint64 hlc)
{
    const EntitySchema &schema = Person::schema();
    const Values values = schema.valuesOf(&p);
    PulledRecord r;
    r.schema = &schema;
    r.id = p.id;
    r.values = values;
    for (size_t i = 0; i < schema.fields.size(); ++i)
        r.stamps.emplace_back(int(i), FieldStamps::Stamp{hlc, kServerNode});
    return r;
}

std::vector<PulledRecord> pageOfPeople(std::vector<Person> *people)
{
    std::vector<PulledRecord> page;
    for (int i = 0; i < kPageSize; ++i) {
        Person p = personNamed(QStringLiteral("Pulled %1").arg(i), QStringLiteral("%1 Pulled Row").arg(i));
        p.id = Uuid::createV7();
        page.push_back(pulled(p, stampIn(1000)));
        if (people)
            people->push_back(p);
    }
    return page;
}

} // namespace

class TestPulledPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void largePageIsSealedPerRowAndMergesUnsentChanges();
    void badRecordAnywhereRefusesThePageWhole();
};

void TestPulledPage::largePageIsSealedPerRowAndMergesUnsentChanges()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Repository<Person> repository(**store);
    // Changed here and not sent yet: its outbox entry is pending when the page comes.
    Person local = personNamed(QStringLiteral("Name Typed Here"), QStringLiteral("Address Typed Here"));
    VERIFY_OK(repository.create(local));

    std::vector<Person> people;
    std::vector<PulledRecord> page = pageOfPeople(&people);
    // In the second half: the server's version, whose name is older than this device's and whose
    // address is newer.
    Person server = personNamed(QStringLiteral("Older Name"), QStringLiteral("Newer Address"));
    server.id = local.id;
    PulledRecord merged = pulled(server, stampIn(60000));
    for (auto &[field, stamp] : merged.stamps) {
        if (field == Person::schema().indexOf(u"name"))
            stamp.hlc = HybridLogicalClock::pack(1000, 0);
    }
    page.insert(page.begin() + 450, merged);

    VERIFY_OK((*store)->records().applyPulled(page, 42));
    QCOMPARE((*store)->records().pullCursor(), qint64(42));

    // Every field opens under its own row: a value sealed for another row would not.
    for (const Person &expected : people) {
        auto read = repository.get(expected.id);
        VERIFY_OK(read);
        QCOMPARE(read->name, expected.name);
        QCOMPARE(read->address, expected.address);
        QCOMPARE(read->whatMattersToMe, expected.whatMattersToMe);
    }
    // Stored sealed, not as the text itself.
    const QByteArray stored
        = rawValue((*store)->database(), QStringLiteral("SELECT name FROM persons WHERE id = ?"), {people.back().id});
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(people.back().name.toUtf8()));
    // Field by field: the newer of each side.
    auto mine = repository.get(local.id);
    VERIFY_OK(mine);
    QCOMPARE(mine->name, QStringLiteral("Name Typed Here"));
    QCOMPARE(mine->address, QStringLiteral("Newer Address"));
    QCOMPARE(rowCount((*store)->database(), QStringLiteral("persons")), qint64(kPageSize + 1));
    // The page's commit did not wait for the disk; what is typed next does again (FULL is 2).
    QCOMPARE(scalar((*store)->database(), QStringLiteral("PRAGMA synchronous")), qint64(2));
}

void TestPulledPage::badRecordAnywhereRefusesThePageWhole()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    Person local = personNamed(QStringLiteral("Already Here"), QStringLiteral("1 Local Lane"));
    VERIFY_OK(Repository<Person>(**store).create(local));
    const QByteArray before = databaseContent((*store)->database());

    // A required name missing late in the second half.
    std::vector<PulledRecord> page = pageOfPeople(nullptr);
    page[500].values[size_t(Person::schema().indexOf(u"name"))] = QVariant();
    auto refused = (*store)->records().applyPulled(page, 7);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(page[500].id), qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(QStringLiteral("name")), qPrintable(refused.error().message()));
    QCOMPARE(databaseContent((*store)->database()), before);

    // A record with a value missing for one of its fields (only a decoder's fault) is refused too.
    page[500].values = pulled(personNamed(QStringLiteral("Fine"), QStringLiteral("1 Fine Row")), 0).values;
    const QVariant last = page[550].values.back();
    page[550].values.pop_back();
    refused = (*store)->records().applyPulled(page, 7);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(page[550].id), qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(QStringLiteral("values for")), qPrintable(refused.error().message()));
    QCOMPARE(databaseContent((*store)->database()), before);
    page[550].values.push_back(last);

    // Bad records in both halves: the first in the page's order is the one named, whichever thread
    // met its own first.
    page[100].id = QStringLiteral("not-an-id");
    refused = (*store)->records().applyPulled(page, 7);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QStringLiteral("not-an-id")), qPrintable(refused.error().message()));
    QCOMPARE(databaseContent((*store)->database()), before);
    QCOMPARE(scalar((*store)->database(), QStringLiteral("PRAGMA synchronous")), qint64(2));
}

QTEST_GUILESS_MAIN(TestPulledPage)
#include "tst_pulledpage.moc"
