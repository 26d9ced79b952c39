// Reading before the key is there: RecordStore::listSealed reads rows with their encrypted fields
// still sealed, and only unseal() with the store's own key opens them, in id order, on two threads
// for a large read. A wrong PIN given while they were read leaves them unopened.
#include "partial.h"
#include "person.h"
#include "repository.h"
#include "storefixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace doorstep;
using namespace doorstep::test;

namespace {

const QStringList kShown{QStringLiteral("name"), QStringLiteral("address")};

Person personNamed(const QString &name)
{
    Person p;
    p.name = name;
    p.dateOfBirth = QDate(1940, 1, 1);
    p.address = QStringLiteral("1 Example Row");
    p.teamId = QStringLiteral("0190a1b2-0000-7000-8000-00000000000c");
    p.whatMattersToMe = QStringLiteral("Not read by a caseload");
    return p;
}

} // namespace

class TestSealedRead : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void largeReadOpensInIdOrder();
    void wrongPinLeavesEarlyRowsSealed();

private:
    // Names by id, for people made in one transaction.
    static std::map<QString, QString> makePeople(Store &store, int count);
};

std::map<QString, QString> TestSealedRead::makePeople(Store &store, int count)
{
    std::map<QString, QString> names;
    Repository<Person> people(store);
    const Status made = store.records().together([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Person p = personNamed(QStringLiteral("Person %1").arg(i));
            auto id = people.create(p);
            if (!id)
                return id.error();
            names[*id] = p.name;
        }
        return ok();
    });
    if (!made)
        qWarning() << made.error().message();
    return names;
}

void TestSealedRead::largeReadOpensInIdOrder()
{
    QTemporaryDir dir;
    auto store = openUnlocked(dir.path());
    VERIFY_OK(store);
    // Past the size at which the second half is decrypted on its own thread, and odd.
    const auto names = makePeople(**store, 601);
    QCOMPARE(names.size(), size_t(601));
    Repository<Person> people(**store);
    auto sealed = people.listSealed(kShown);
    VERIFY_OK(sealed);
    // Read and opened in one go, and in two steps: the same people in the same order.
    for (const auto &opened : {people.listPartial(kShown), people.unsealPartial(std::move(sealed).value())}) {
        VERIFY_OK(opened);
        QCOMPARE(opened->size(), qsizetype(names.size()));
        auto expected = names.begin();
        for (const Partial<Person> &p : *opened) {
            QCOMPARE(p.id(), expected->first);
            QCOMPARE(p->name, expected->second);
            QCOMPARE(p->address, QStringLiteral("1 Example Row"));
            ++expected;
        }
    }
}

void TestSealedRead::wrongPinLeavesEarlyRowsSealed()
{
    QTemporaryDir dir;
    {
        auto store = openUnlocked(dir.path());
        VERIFY_OK(store);
        makePeople(**store, 3);
    }
    auto store = Store::open(storeOptions(dir.path()));
    VERIFY_OK(store);
    Repository<Person> people(**store);
    std::optional<Result<SealedRecords>> early;
    const Status wrong = (*store)->unlock(QStringLiteral("000000"), [&] { early.emplace(people.listSealed(kShown)); });
    QVERIFY(!wrong);
    QVERIFY(!(*store)->isUnlocked());
    // The rows were read while the key was derived, and stay sealed: nothing opens them.
    QVERIFY(early.has_value());
    VERIFY_OK(*early);
    QCOMPARE((*early)->size(), size_t(3));
    auto opened = people.unsealPartial(std::move(*early).value());
    QVERIFY(!opened);
    QVERIFY(opened.error().reason.contains(QStringLiteral("locked")));

    // The right PIN: the same read, opened.
    early.reset();
    VERIFY_OK((*store)->unlock(pin(), [&] { early.emplace(people.listSealed(kShown)); }));
    QVERIFY(early.has_value());
    VERIFY_OK(*early);
    opened = people.unsealPartial(std::move(*early).value());
    VERIFY_OK(opened);
    QCOMPARE(opened->size(), 3);
    QVERIFY(opened->first()->name.startsWith(QStringLiteral("Person ")));
}

QTEST_GUILESS_MAIN(TestSealedRead)
#include "tst_sealedread.moc"
