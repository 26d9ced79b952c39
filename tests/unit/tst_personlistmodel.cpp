// PersonListModel on a real encrypted store: the model contract (QAbstractItemModelTester), what each
// role says, the next visit, reloading after an edit, and forgetting everything on lock.
#include "caseloadfiltermodel.h"
#include "personlistmodel.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "team.h"
#include "user.h"
#include "visit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {
const QString kPin = QStringLiteral("731904");
// Noon on a fixed day: "now" for ages and next visits, so the test does not depend on the calendar.
const QDateTime kNow(QDate(2025, 6, 15), QTime(12, 0), Qt::LocalTime);
} // namespace

class TestPersonListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void passesModelTester();
    void rolesStartAfterUserRole();
    void rolesCarryThePerson();
    void nextVisitIsTheEarliestUnfinishedFromNow();
    void reloadShowsAnEdit();
    void refusesToLoadWhenLocked();
    void clearedOnLock();

private:
    Person addPerson(const QString &name, const QDate &dateOfBirth, const QString &nhsNumber);
    Visit addVisit(const Person &person, const QDateTime &plannedAt, bool finished);
    int rowOfName(const PersonListModel &model, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_teamId;
    QString m_practitionerId;
    Person m_mary;
    Person m_arthur;
};

void TestPersonListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Store::Options options;
    options.directory = m_dir->path();
    options.cost = KeyVault::testCost();
    auto store = Store::open(options);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    m_store = std::move(store).value();
    QVERIFY(m_store->createKey(kPin));

    Team team;
    team.name = QStringLiteral("Test Neighbourhood Team");
    QVERIFY(Repository<Team>(*m_store).create(team));
    m_teamId = team.id;
    User practitioner;
    practitioner.userName = QStringLiteral("test.nurse");
    practitioner.displayName = QStringLiteral("Test Nurse");
    practitioner.role = QStringLiteral("practitioner");
    practitioner.profession = QStringLiteral("district-nurse");
    practitioner.teamId = m_teamId;
    QVERIFY(Repository<User>(*m_store).create(practitioner));
    m_practitionerId = practitioner.id;

    m_mary = addPerson(QStringLiteral("Mary O'Neill-Smith"), QDate(1940, 6, 16), QStringLiteral("9434765919"));
    m_arthur = addPerson(QStringLiteral("Arthur Bell"), QDate(1950, 6, 15), QString());
    addPerson(QStringLiteral("Zoë Ashworth"), QDate(1938, 1, 2), QStringLiteral("9912003888"));
}

void TestPersonListModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Person TestPersonListModel::addPerson(const QString &name, const QDate &dateOfBirth, const QString &nhsNumber)
{
    Person p;
    p.name = name;
    p.dateOfBirth = dateOfBirth;
    p.nhsNumber = nhsNumber;
    p.address = QStringLiteral("1 Test Street, Testtown");
    p.gpPractice = QStringLiteral("Test Surgery");
    p.teamId = m_teamId;
    auto id = Repository<Person>(*m_store).create(p);
    if (!id)
        qWarning("person not created: %s", qPrintable(id.error().message()));
    return p;
}

Visit TestPersonListModel::addVisit(const Person &person, const QDateTime &plannedAt, bool finished)
{
    Visit v;
    v.personId = person.id;
    v.practitionerId = m_practitionerId;
    v.plannedAt = plannedAt.toUTC();
    if (finished) {
        v.checkedInAt = v.plannedAt;
        v.checkedOutAt = v.plannedAt.addSecs(1800);
    }
    v.visitType = QStringLiteral("review");
    auto id = Repository<Visit>(*m_store).create(v);
    if (!id)
        qWarning("visit not created: %s", qPrintable(id.error().message()));
    return v;
}

int TestPersonListModel::rowOfName(const PersonListModel &model, const QString &name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row), PersonListModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

void TestPersonListModel::passesModelTester()
{
    PersonListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.load(*m_store, kNow));
    QCOMPARE(model.rowCount(), 3);
    addPerson(QStringLiteral("Nell Quinn"), QDate(1931, 3, 3), QString());
    QVERIFY(model.load(*m_store, kNow));
    QCOMPARE(model.rowCount(), 4);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPersonListModel::rolesStartAfterUserRole()
{
    PersonListModel model;
    const QHash<int, QByteArray> roles = model.roleNames();
    QVERIFY(!roles.isEmpty());
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        QVERIFY2(it.key() > Qt::UserRole, it.value().constData());
    const QList<QByteArray> names = roles.values();
    for (const char *expected :
         {"personId", "name", "dateOfBirth", "age", "nhsNumber", "address", "gpPractice", "nextVisit"})
        QVERIFY2(names.contains(expected), expected);
}

void TestPersonListModel::rolesCarryThePerson()
{
    PersonListModel model;
    QVERIFY(model.load(*m_store, kNow));
    const int mary = rowOfName(model, m_mary.name);
    QVERIFY(mary >= 0);
    const QModelIndex index = model.index(mary);
    QCOMPARE(model.data(index, PersonListModel::PersonIdRole).toString(), m_mary.id);
    QCOMPARE(model.data(index, Qt::DisplayRole).toString(), m_mary.name);
    QCOMPARE(model.data(index, PersonListModel::DateOfBirthRole).toDate(), QDate(1940, 6, 16));
    // 85 on 16 June 2025: the day before, she is still 84.
    QCOMPARE(model.data(index, PersonListModel::AgeRole).toInt(), 84);
    QCOMPARE(model.data(index, PersonListModel::NhsNumberRole).toString(), QStringLiteral("943 476 5919"));
    QCOMPARE(model.data(index, PersonListModel::AddressRole).toString(), QStringLiteral("1 Test Street, Testtown"));
    QCOMPARE(model.data(index, PersonListModel::GpPracticeRole).toString(), QStringLiteral("Test Surgery"));

    const QModelIndex arthur = model.index(rowOfName(model, m_arthur.name));
    QCOMPARE(model.data(arthur, PersonListModel::AgeRole).toInt(), 75); // birthday today
    QCOMPARE(model.data(arthur, PersonListModel::NhsNumberRole).toString(), QString());
    QCOMPARE(model.rowOf(m_arthur.id), arthur.row());
    QCOMPARE(model.rowOf(QStringLiteral("no-such-id")), -1);
}

void TestPersonListModel::nextVisitIsTheEarliestUnfinishedFromNow()
{
    addVisit(m_arthur, kNow.addDays(-3), true); // past
    addVisit(m_arthur, kNow.addDays(9), false); // later
    const Visit next = addVisit(m_arthur, kNow.addDays(2), false);
    addVisit(m_arthur, kNow.addDays(1), true); // already done: not "next"
    PersonListModel model;
    QVERIFY(model.load(*m_store, kNow));
    const QModelIndex arthur = model.index(rowOfName(model, m_arthur.name));
    QCOMPARE(model.data(arthur, PersonListModel::NextVisitRole).toDateTime(), next.plannedAt);
    QVERIFY(!model.data(arthur, PersonListModel::NextVisitTextRole).toString().isEmpty());
    const QModelIndex mary = model.index(rowOfName(model, m_mary.name));
    QVERIFY(!model.data(mary, PersonListModel::NextVisitRole).toDateTime().isValid());
    QCOMPARE(model.data(mary, PersonListModel::NextVisitTextRole).toString(), QString());
}

void TestPersonListModel::reloadShowsAnEdit()
{
    PersonListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(*m_store, kNow));
    Person edited = m_arthur;
    edited.name = QStringLiteral("Arthur Crabtree");
    edited.nhsNumber = QStringLiteral("1000000060");
    QVERIFY(Repository<Person>(*m_store).update(edited));
    // Until it reloads, the model shows what it read.
    QVERIFY(rowOfName(model, QStringLiteral("Arthur Bell")) >= 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.load(*m_store, kNow));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(rowOfName(model, QStringLiteral("Arthur Bell")), -1);
    const int row = rowOfName(model, QStringLiteral("Arthur Crabtree"));
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row), PersonListModel::NhsNumberRole).toString(), QStringLiteral("100 000 0060"));
    QCOMPARE(model.rowCount(), 3);
}

void TestPersonListModel::refusesToLoadWhenLocked()
{
    PersonListModel model;
    QVERIFY(model.load(*m_store, kNow));
    m_store->lock();
    const Status status = model.load(*m_store, kNow);
    QVERIFY(!status);
    QVERIFY(!status.error().message().isEmpty());
    QCOMPARE(model.rowCount(), 0); // nothing stale left behind
}

void TestPersonListModel::clearedOnLock()
{
    const QString directory = m_dir->path();
    m_store.reset(); // the session opens the store itself
    Session session({directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()});
    QCOMPARE(session.state(), Session::Locked);
    QAbstractItemModelTester peopleTester(session.people(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester caseloadTester(session.caseload(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(session.people()->rowCount(), 0);
    QVERIFY(session.unlock(kPin));
    QCOMPARE(session.people()->rowCount(), 3);
    QCOMPARE(session.caseload()->rowCount(), 3);
    QSignalSpy countChanged(session.people(), &PersonListModel::countChanged);
    session.lock();
    QCOMPARE(session.state(), Session::Locked);
    QCOMPARE(session.people()->rowCount(), 0);
    QCOMPARE(session.caseload()->rowCount(), 0);
    QCOMPARE(countChanged.size(), 1);
    QVERIFY(!session.reload()); // nothing can be read again without the PIN
    QCOMPARE(session.people()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPersonListModel)
#include "tst_personlistmodel.moc"
