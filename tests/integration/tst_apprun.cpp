// What `./doorstep.sh run` does, with real processes: the doorstep-server executable on its SQLite
// file, `load-demo` run against it, then the app's Session (the C++ behind the screens, offscreen)
// taken through sign-in, PIN, enrolment and the first sync over loopback HTTP. The caseload must then
// hold the whole demo, the sync status must be idle with nothing pending, and a change made in the
// app must reach a second device through the server. Also the --demo --server start-up itself.
#include "consent.h"
#include "demoenrolment.h"
#include "demosetup.h"
#include "devicesettings.h"
#include "httptransport.h"
#include "keyvault.h"
#include "personlistmodel.h"
#include "repository.h"
#include "serverprocess.h"
#include "session.h"
#include "store.h"
#include "syncclient.h"
#include "syncstatus.h"
#include "user.h"

#include <QFile>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

using namespace doorstep;

namespace {

const QString kPin = QStringLiteral("135792");
constexpr int kWaitMs = 60000;

Session::Options appOptions(const QString &directory, const QString &server)
{
    Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.server = server;
    options.sync.useNetworkInformation = false;
    options.requestTimeoutMs = 20000;
    return options;
}

} // namespace

class TestAppRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_passwordFile;
    QString m_password;
    DemoNeighbourhood::Roster m_roster = DemoNeighbourhood::roster({});

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_serverDir.isValid());
        m_password = QStringLiteral("demo password for the run test");
        m_passwordFile = m_serverDir.filePath(QStringLiteral("demo-password"));
        QFile file(m_passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_password.toUtf8() + "\n");
        file.close();
        m_server = std::make_unique<ServerProcess>(QStringLiteral(DOORSTEP_SERVER_PATH),
                                                   QStringLiteral("sqlite:")
                                                       + m_serverDir.filePath(QStringLiteral("server.sqlite")));
        const QStringList loadDemo{QStringLiteral("load-demo"), QStringLiteral("--password-file"), m_passwordFile,
                                   QStringLiteral("--password-cost"), QStringLiteral("minimum")};
        const QString loaded = m_server->admin(loadDemo);
        QVERIFY2(loaded.contains(QStringLiteral("150 people")), qPrintable(loaded));
        // A second time finds the database in use and leaves it alone.
        QVERIFY2(m_server->admin(loadDemo).contains(QStringLiteral("nothing was loaded")), "load-demo ran twice");
        QVERIFY(m_server->start());
    }

    void signInThenFirstSyncHoldsTheDemo()
    {
        QTemporaryDir dir;
        Session session(appOptions(dir.path(), m_server->url().toString()));
        SyncStatus status(&session);
        QCOMPARE(session.state(), Session::NeedsSignIn);
        QCOMPARE(status.state(), SyncStatus::Off);

        // The sign-in form, then the PIN twice, then enrolment and the first sync, as on a tablet.
        const QString user = m_roster.staff.first().userName;
        QVERIFY2(session.signIn(session.serverAddress(), user, m_password), qPrintable(session.lastError()));
        QCOMPARE(session.state(), Session::NeedsPin);
        QVERIFY2(session.setUpPin(kPin, kPin), qPrintable(session.lastError()));
        QCOMPARE(session.state(), Session::SigningIn);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::Unlocked, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(status.lastSuccess().isValid(), kWaitMs);

        QCOMPARE(session.people()->rowCount(), 150);
        QCOMPARE(status.state(), SyncStatus::Idle);
        QCOMPARE(status.pendingCount(), 0);
        QCOMPARE(status.conflictCount(), 0);
        QVERIFY(status.lastError().isEmpty());
        QVERIFY(qAbs(status.lastSuccess().secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(status.lastSuccessText().startsWith(QStringLiteral("Last synced today at")));
        QCOMPARE(session.currentUserName(), m_roster.staff.first().displayName);
        QCOMPARE(session.teamName(), m_roster.teamName);
        // The staff on the tablet are the server's accounts, one record each, as the admin made them.
        auto users = Repository<User>(*session.store()).list();
        QVERIFY(users);
        QCOMPARE(users->size(), m_roster.staff.size());
        QCOMPARE(DeviceSettings(dir.path()).serverUrl(), m_server->url().toString());

        // A change made in the app: a consent decision on the first person of the caseload.
        const QString personId
            = session.people()->data(session.people()->index(0), PersonListModel::PersonIdRole).toString();
        const QString scope = QStringLiteral("Share with the GP only, agreed at the run test %1")
                                  .arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(session.recordConsent(personId, true, scope), qPrintable(session.lastError()));
        QCOMPARE(status.pendingCount(), 1);
        status.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(status.state() == SyncStatus::Idle && status.pendingCount() == 0, kWaitMs);
        QVERIFY(status.lastError().isEmpty());

        // A second device, enrolled as another practitioner of the team, pulls it.
        QTemporaryDir otherDir;
        Store::Options storeOptions;
        storeOptions.directory = otherDir.path();
        storeOptions.cost = KeyVault::testCost();
        auto other = Store::open(storeOptions);
        QVERIFY(other);
        QVERIFY((*other)->createKey(QStringLiteral("246802")));
        HttpTransport transport(m_server->url(), 20000);
        SyncClient client(**other, transport);
        bool enrolled = false;
        bool answered = false;
        client.enrol(m_roster.staff.at(1).userName, m_password, QStringLiteral("second tablet"),
                     [&](Result<Enrolment> r) {
                         enrolled = r.ok();
                         answered = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
        QVERIFY(enrolled);
        SyncOutcome outcome;
        bool synced = false;
        client.sync([&](const SyncOutcome &o) {
            outcome = o;
            synced = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(synced, kWaitMs);
        QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.ok() ? QString() : outcome.status.error().message()));
        auto consents = Repository<Consent>(**other).listWhere(QStringLiteral("personId"), personId);
        QVERIFY(consents);
        const auto found
            = std::find_if(consents->begin(), consents->end(), [&](const Consent &c) { return c.scope == scope; });
        QVERIFY2(found != consents->end(), "the consent recorded in the app did not reach the second device");
        QCOMPARE(found->decision, QStringLiteral("given"));
        QCOMPARE(found->recordedBy, DeviceSettings(dir.path()).currentUserId());
    }

    // main()'s --demo --server: enrolled and synced before the window opens, then only the demo PIN.
    void demoStartUpEnrolsOnceWithTheDemoPin()
    {
        QTemporaryDir dir;
        const Session::Options options = appOptions(dir.path(), m_server->url().toString());
        auto first = DemoEnrolment::prepare(options, m_roster.staff.at(2).userName, m_password, kWaitMs);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
        QCOMPARE(*first, DemoEnrolment::Outcome::Enrolled);
        auto second = DemoEnrolment::prepare(options, m_roster.staff.at(2).userName, m_password, kWaitMs);
        QVERIFY(second);
        QCOMPARE(*second, DemoEnrolment::Outcome::AlreadyEnrolled);

        Session session(options);
        SyncStatus status(&session);
        QVERIFY(session.isDemo());
        QCOMPARE(session.demoPin(), DemoSetup::pin());
        QCOMPARE(session.state(), Session::Locked);
        QVERIFY(session.lastSyncedAt().isValid()); // synced before anyone unlocked
        QVERIFY(session.unlock(DemoSetup::pin()));
        QCOMPARE(session.state(), Session::Unlocked);
        QCOMPARE(session.people()->rowCount(), 150); // on the tablet already, before this unlock's sync
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::Idle, kWaitMs);
        QCOMPARE(status.pendingCount(), 0);
    }

    void demoStartUpSaysWhyWhenTheServerIsAway()
    {
        QTemporaryDir dir;
        auto outcome = DemoEnrolment::prepare(appOptions(dir.path(), QStringLiteral("http://127.0.0.1:9")),
                                              m_roster.staff.first().userName, m_password, kWaitMs);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message().contains(QStringLiteral("cannot be reached")),
                 qPrintable(outcome.error().message()));
        // The demo PIN stays, so a later start with the server there enrols without a new PIN.
        {
            Session session(appOptions(dir.path(), m_server->url().toString()));
            QCOMPARE(session.state(), Session::Locked);
            QVERIFY(session.isDemo());
        }
        auto retried = DemoEnrolment::prepare(appOptions(dir.path(), m_server->url().toString()),
                                              m_roster.staff.first().userName, m_password, kWaitMs);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message()));
        QCOMPARE(*retried, DemoEnrolment::Outcome::Enrolled);
    }
};

QTEST_GUILESS_MAIN(TestAppRun)
#include "tst_apprun.moc"
