// Session: the PIN flow (first start, lock, unlock, refusals in plain words), the person details it
// hands out, a store that cannot be opened, and --demo's store. These stores never sync (the
// offline option); signing in to a server is tst_appsignin's.
#include "carer.h"
#include "caseloadfiltermodel.h"
#include "consent.h"
#include "demosetup.h"
#include "devicesettings.h"
#include "person.h"
#include "persondetails.h"
#include "personlistmodel.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "team.h"
#include "user.h"
#include "visit.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {
Session::Options optionsFor(const QString &directory)
{
    Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.offline = true;
    return options;
}
QString keyFile(const QString &directory)
{
    return QDir(directory).filePath(Store::keyFileName());
}
} // namespace

class TestAppSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstStartRefusesBadPins_data();
    void firstStartRefusesBadPins();
    void firstStartThenLockAndUnlock();
    void wrongPinIsRefusedInPlainWords();
    void personDetailsShowTheSharedSummary();
    void personDetailsAreEmptiedOnLock();
    void unknownPersonGivesAnEmptySummaryAndAReason();
    void storeThatCannotOpenIsUnavailable();
    void demoStoreIsMadeOnceAndStartsWithThePractitioner();
    void demoLeavesARealStoreAlone();
    void firstStartOfASyncingTabletSignsInFirst();
};

void TestAppSession::firstStartRefusesBadPins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("mismatch") << QStringLiteral("123456") << QStringLiteral("123457") << QStringLiteral("not the same");
    QTest::newRow("letters") << QStringLiteral("12ab56") << QStringLiteral("12ab56") << QStringLiteral("digits only");
    QTest::newRow("space") << QStringLiteral("123 456") << QStringLiteral("123 456") << QStringLiteral("digits only");
    QTest::newRow("too short") << QStringLiteral("12345") << QStringLiteral("12345")
                               << QStringLiteral("6 to 12 digits");
    QTest::newRow("too long") << QStringLiteral("1234567890123") << QStringLiteral("1234567890123")
                              << QStringLiteral("6 to 12 digits");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("6 to 12 digits");
}

void TestAppSession::firstStartRefusesBadPins()
{
    QFETCH(QString, pin);
    QFETCH(QString, confirmation);
    QFETCH(QString, reasonContains);
    QTemporaryDir dir;
    Session session(optionsFor(dir.path()));
    QCOMPARE(session.state(), Session::NeedsPin);
    QSignalSpy errorChanged(&session, &Session::lastErrorChanged);
    QVERIFY(!session.setUpPin(pin, confirmation));
    QCOMPARE(session.state(), Session::NeedsPin);
    QVERIFY2(session.lastError().contains(reasonContains), qPrintable(session.lastError()));
    QCOMPARE(errorChanged.size(), 1);
    QVERIFY(!QFile::exists(keyFile(dir.path()))); // nothing was set up
}

void TestAppSession::firstStartThenLockAndUnlock()
{
    QTemporaryDir dir;
    {
        Session session(optionsFor(dir.path()));
        QSignalSpy stateChanged(&session, &Session::stateChanged);
        QVERIFY(!session.unlock(QStringLiteral("123456"))); // nothing to unlock yet
        QCOMPARE(session.state(), Session::NeedsPin);
        QVERIFY(session.setUpPin(QStringLiteral("123456"), QStringLiteral("123456")));
        QCOMPARE(session.state(), Session::Unlocked);
        QVERIFY(session.lastError().isEmpty());
        QVERIFY(QFile::exists(keyFile(dir.path())));
        QCOMPARE(stateChanged.size(), 1);
        // A second first start is refused: the tablet has its PIN.
        QVERIFY(!session.setUpPin(QStringLiteral("654321"), QStringLiteral("654321")));
        session.lock();
        QCOMPARE(session.state(), Session::Locked);
        QCOMPARE(stateChanged.size(), 2);
        QVERIFY(session.unlock(QStringLiteral("123456")));
        QCOMPARE(session.state(), Session::Unlocked);
    }
    // The next start asks for the PIN, not for a new one.
    Session again(optionsFor(dir.path()));
    QCOMPARE(again.state(), Session::Locked);
    QVERIFY(again.unlock(QStringLiteral("123456")));
}

void TestAppSession::wrongPinIsRefusedInPlainWords()
{
    QTemporaryDir dir;
    {
        Session session(optionsFor(dir.path()));
        QVERIFY(session.setUpPin(QStringLiteral("123456"), QStringLiteral("123456")));
        Person person;
        person.name = QStringLiteral("Ada Example");
        person.dateOfBirth = QDate(1940, 1, 1);
        person.teamId = QStringLiteral("0190a1b2-0000-7000-8000-00000000000c");
        QVERIFY(Repository<Person>(*session.store()).create(person));
    }
    Session session(optionsFor(dir.path()));
    QVERIFY(!session.unlock(QStringLiteral("654321")));
    QCOMPARE(session.state(), Session::Locked);
    QVERIFY2(session.lastError().contains(QStringLiteral("PIN is not right")), qPrintable(session.lastError()));
    // The caseload's rows were read while the wrong PIN was tried, and none of them is shown.
    QCOMPARE(session.people()->rowCount(), 0);
    QVERIFY(!session.unlock(QStringLiteral("12a456")));
    QVERIFY2(session.lastError().contains(QStringLiteral("digits only")), qPrintable(session.lastError()));
    QVERIFY(session.unlock(QStringLiteral("123456")));
    QVERIFY(session.lastError().isEmpty());
    QCOMPARE(session.people()->rowCount(), 1);
    QCOMPARE(session.people()->data(session.people()->index(0), PersonListModel::NameRole).toString(),
             QStringLiteral("Ada Example"));
}

namespace {
struct Household
{
    QString personId;
    QString nurseName = QStringLiteral("Nia Test-Nurse");
    QString workerName = QStringLiteral("Sol Test-Worker");
};

// One person with two carers, two consent decisions, visits past and future, and two staff.
Household makeHousehold(Store &store)
{
    Household h;
    Team team;
    team.name = QStringLiteral("Test Neighbourhood Team");
    (void)Repository<Team>(store).create(team);
    User nurse;
    nurse.userName = QStringLiteral("nia.nurse");
    nurse.displayName = h.nurseName;
    nurse.role = QStringLiteral("practitioner");
    nurse.profession = QStringLiteral("district-nurse");
    nurse.teamId = team.id;
    (void)Repository<User>(store).create(nurse);
    User worker = nurse;
    worker.id.clear();
    worker.userName = QStringLiteral("sol.worker");
    worker.displayName = h.workerName;
    worker.profession = QStringLiteral("social-worker");
    (void)Repository<User>(store).create(worker);

    Person p;
    p.name = QStringLiteral("Edith Testperson");
    p.dateOfBirth = QDate(1936, 2, 29);
    p.nhsNumber = QStringLiteral("9434765919");
    p.address = QStringLiteral("2 Test Row");
    p.gpPractice = QStringLiteral("Test Surgery");
    p.teamId = team.id;
    p.whatMattersToMe = QStringLiteral("Feeding the birds in my garden.");
    p.communicationNeeds = QStringLiteral("Hard of hearing: face me and speak clearly.");
    p.coordinatorId = worker.id;
    (void)Repository<Person>(store).create(p);
    h.personId = p.id;

    for (const auto &[name, relationship] :
         {std::pair{QStringLiteral("Frank Testperson"), QStringLiteral("husband")},
          std::pair{QStringLiteral("Gwen Testperson"), QStringLiteral("daughter")}}) {
        Carer c;
        c.personId = p.id;
        c.name = name;
        c.relationship = relationship;
        c.livesWithPerson = relationship == QLatin1String("husband");
        (void)Repository<Carer>(store).create(c);
    }
    Consent refused;
    refused.personId = p.id;
    refused.decision = QStringLiteral("refused");
    refused.decidedOn = QDate::currentDate().addDays(-60);
    refused.scope = QStringLiteral("Nothing shared yet");
    refused.recordedBy = worker.id;
    (void)Repository<Consent>(store).create(refused);
    Consent given = refused;
    given.id.clear();
    given.decision = QStringLiteral("given");
    given.decidedOn = QDate::currentDate().addDays(-10);
    given.scope = QStringLiteral("Share with the neighbourhood team and GP");
    given.recordedBy = nurse.id;
    (void)Repository<Consent>(store).create(given);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int daysAgo : {30, 3, 12}) {
        Visit v;
        v.personId = p.id;
        v.practitionerId = daysAgo == 3 ? nurse.id : worker.id;
        v.plannedAt = now.addDays(-daysAgo);
        v.checkedInAt = v.plannedAt;
        v.checkedOutAt = v.plannedAt.addSecs(2400);
        v.visitType = daysAgo == 3 ? QStringLiteral("nursing") : QStringLiteral("social-care");
        (void)Repository<Visit>(store).create(v);
    }
    Visit future;
    future.personId = p.id;
    future.practitionerId = nurse.id;
    future.plannedAt = now.addDays(4);
    future.visitType = QStringLiteral("review");
    (void)Repository<Visit>(store).create(future);
    return h;
}
} // namespace

void TestAppSession::personDetailsShowTheSharedSummary()
{
    QTemporaryDir dir;
    Session session(optionsFor(dir.path()));
    QVERIFY(session.setUpPin(QStringLiteral("123456"), QStringLiteral("123456")));
    const Household h = makeHousehold(*session.store());
    std::unique_ptr<PersonDetails> details(session.personDetails(h.personId));
    QVERIFY(details->isLoaded());
    QCOMPARE(details->personId(), h.personId);
    QCOMPARE(details->name(), QStringLiteral("Edith Testperson"));
    QCOMPARE(details->nhsNumber(), QStringLiteral("943 476 5919"));
    QVERIFY(details->age() >= 88);
    QCOMPARE(details->whatMattersToMe(), QStringLiteral("Feeding the birds in my garden."));
    QCOMPARE(details->communicationNeeds(), QStringLiteral("Hard of hearing: face me and speak clearly."));
    QCOMPARE(details->carers().size(), 2);
    QStringList carerNames;
    for (const QVariant &carer : details->carers())
        carerNames << carer.toMap().value(QStringLiteral("name")).toString();
    carerNames.sort();
    QCOMPARE(carerNames, (QStringList{QStringLiteral("Frank Testperson"), QStringLiteral("Gwen Testperson")}));
    // The later decision stands, with who recorded it.
    QVERIFY(details->hasConsent());
    QVERIFY(details->consentGiven());
    QCOMPARE(details->consentScope(), QStringLiteral("Share with the neighbourhood team and GP"));
    QCOMPARE(details->consentRecordedBy(), h.nurseName);
    QCOMPARE(details->coordinatorName(), h.workerName);
    QCOMPARE(details->coordinatorRole(), QStringLiteral("Social worker"));
    QVERIFY(!details->nextVisitText().isEmpty());
    // Past visits only, newest first.
    const QVariantList visits = details->recentVisits();
    QCOMPARE(visits.size(), 3);
    QCOMPARE(visits[0].toMap().value(QStringLiteral("typeText")).toString(), QStringLiteral("Nursing"));
    QCOMPARE(visits[0].toMap().value(QStringLiteral("practitionerName")).toString(), h.nurseName);
    QCOMPARE(visits[1].toMap().value(QStringLiteral("typeText")).toString(), QStringLiteral("Social care"));
    QVERIFY(visits[2].toMap().value(QStringLiteral("finished")).toBool());
}

void TestAppSession::personDetailsAreEmptiedOnLock()
{
    QTemporaryDir dir;
    Session session(optionsFor(dir.path()));
    QVERIFY(session.setUpPin(QStringLiteral("123456"), QStringLiteral("123456")));
    const Household h = makeHousehold(*session.store());
    std::unique_ptr<PersonDetails> details(session.personDetails(h.personId));
    QVERIFY(details->isLoaded());
    QSignalSpy changed(details.get(), &PersonDetails::changed);
    session.lock();
    QCOMPARE(changed.size(), 1);
    QVERIFY(!details->isLoaded());
    QVERIFY(details->name().isEmpty());
    QVERIFY(details->whatMattersToMe().isEmpty());
    QVERIFY(details->carers().isEmpty());
    QVERIFY(details->recentVisits().isEmpty());
    // And none can be had while locked.
    std::unique_ptr<PersonDetails> locked(session.personDetails(h.personId));
    QVERIFY(!locked->isLoaded());
    QVERIFY(!session.lastError().isEmpty());
}

void TestAppSession::unknownPersonGivesAnEmptySummaryAndAReason()
{
    QTemporaryDir dir;
    Session session(optionsFor(dir.path()));
    QVERIFY(session.setUpPin(QStringLiteral("123456"), QStringLiteral("123456")));
    std::unique_ptr<PersonDetails> details(
        session.personDetails(QStringLiteral("0190a1b2-0000-7000-8000-000000000000")));
    QVERIFY(!details->isLoaded());
    QVERIFY(details->name().isEmpty());
    QVERIFY(session.lastError().contains(QStringLiteral("cannot be shown")));
}

void TestAppSession::storeThatCannotOpenIsUnavailable()
{
    QTemporaryDir dir;
    // A file where the data directory should be.
    const QString blocked = QDir(dir.path()).filePath(QStringLiteral("not-a-directory"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Session session(optionsFor(blocked));
    QCOMPARE(session.state(), Session::Unavailable);
    QVERIFY(!session.lastError().isEmpty());
    QVERIFY(!session.unlock(QStringLiteral("123456")));
    QVERIFY(!session.setUpPin(QStringLiteral("123456"), QStringLiteral("123456")));
    QCOMPARE(session.state(), Session::Unavailable);
    session.lock(); // harmless
}

void TestAppSession::demoStoreIsMadeOnceAndStartsWithThePractitioner()
{
    DemoNeighbourhood::Options small;
    small.people = 12;
    small.visits = 40;
    small.postcards = 5;
    QTemporaryDir dir;
    auto first
        = DemoSetup::prepareDirectory(dir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost(), small);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
    QCOMPARE(*first, DemoSetup::Outcome::Created);
    const QByteArray keyBefore = [&] {
        QFile key(keyFile(dir.path()));
        return key.open(QIODevice::ReadOnly) ? key.readAll() : QByteArray();
    }();
    QVERIFY(!keyBefore.isEmpty());
    auto second
        = DemoSetup::prepareDirectory(dir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost(), small);
    QVERIFY(second);
    QCOMPARE(*second, DemoSetup::Outcome::AlreadyDemo);
    QFile key(keyFile(dir.path()));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), keyBefore); // the second run changed nothing

    Session session(optionsFor(dir.path()));
    QVERIFY(session.isDemo());
    QCOMPARE(session.demoPin(), DemoSetup::pin());
    QCOMPARE(session.state(), Session::Locked);
    QVERIFY(session.unlock(QStringLiteral("246810")));
    QCOMPARE(session.people()->rowCount(), small.people);

    // The same seed in another store names the same first practitioner.
    QTemporaryDir other;
    Store::Options options;
    options.directory = other.path();
    options.cost = KeyVault::testCost();
    auto store = Store::open(options);
    QVERIFY(store);
    QVERIFY((*store)->createKey(QStringLiteral("111111")));
    auto summary = DemoNeighbourhood::generate(**store, small);
    QVERIFY(summary);
    QVERIFY(!summary->practitionerIds.isEmpty());
    auto practitioner = Repository<User>(**store).get(summary->practitionerIds.first());
    QVERIFY(practitioner);
    QCOMPARE(practitioner->role, QStringLiteral("practitioner"));
    QCOMPARE(session.currentUserName(), practitioner->displayName);
    QVERIFY(!session.teamName().isEmpty());
}

void TestAppSession::demoLeavesARealStoreAlone()
{
    QTemporaryDir dir;
    {
        Session session(optionsFor(dir.path()));
        QVERIFY(session.setUpPin(QStringLiteral("975310"), QStringLiteral("975310")));
    }
    auto outcome
        = DemoSetup::prepareDirectory(dir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost());
    QVERIFY(outcome);
    QCOMPARE(*outcome, DemoSetup::Outcome::NotDemo);
    Session session(optionsFor(dir.path()));
    QVERIFY(!session.isDemo());
    QVERIFY(session.demoPin().isEmpty());
    QVERIFY(!session.unlock(DemoSetup::pin()));
    QVERIFY(session.unlock(QStringLiteral("975310")));
    QCOMPARE(session.people()->rowCount(), 0);
}

void TestAppSession::firstStartOfASyncingTabletSignsInFirst()
{
    QTemporaryDir dir;
    Session::Options options{dir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.server = QStringLiteral("https://doorstep.example.org");
    Session session(options);
    QCOMPARE(session.state(), Session::NeedsSignIn);
    QCOMPARE(session.serverAddress(), options.server);
    // The PIN waits for the sign-in form: enrolment needs it, and the PIN page comes second.
    QVERIFY(!session.setUpPin(QStringLiteral("123456"), QStringLiteral("123456")));
    QVERIFY(!QFile::exists(keyFile(dir.path())));
    QVERIFY(!session.hasPin());
    QVERIFY(session.syncEngine() == nullptr);
    // The offline demo's store, by contrast, never asks.
    DemoNeighbourhood::Options tiny;
    tiny.people = 3;
    tiny.visits = 6;
    tiny.postcards = 2;
    QTemporaryDir demoDir;
    QVERIFY(DemoSetup::prepareDirectory(demoDir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost(),
                                        tiny));
    Session::Options demoOptions{demoDir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    demoOptions.server = options.server;
    Session demo(demoOptions);
    QCOMPARE(demo.state(), Session::Locked);
    QVERIFY(demo.unlock(DemoSetup::pin()));
    QCOMPARE(demo.state(), Session::Unlocked);
    QVERIFY(demo.syncEngine() == nullptr);
    QCOMPARE(demo.people()->rowCount(), tiny.people);
}

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_appsession.moc"
