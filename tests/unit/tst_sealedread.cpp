// A large read is decrypted in two halves on two threads: the records come back whole, in id order.
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
    auto opened = Repository<Person>(**store).listPartial(kShown);
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

QTEST_GUILESS_MAIN(TestSealedRead)
#include "tst_sealedread.moc"
