// What `./doorstep.sh run` does, with real processes: the doorstep-server executable on its SQLite
// file, `load-demo` run against it, then the app's Session (the C++ behind the screens, offscreen)
// taken through sign-in, PIN, enrolment and the first sync over loopback HTTP. The caseload must then
// hold the whole demo, the sync status must be idle with nothing pending, and a change made in the
// app must reach a second device through the server. Also the --demo --server start-up itself.
#include "colleaguetablet.h"
#include "consent.h"
#include "demoenrolment.h"
#include "demoserver.h"
#include "demosetup.h"
#include "devicesettings.h"
#include "personlistmodel.h"
#include "repository.h"
#include "session.h"
#include "syncstatus.h"
#include "user.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>

using namespace doorstep;

namespace {
const QString kPin = QStringLiteral("135792");
constexpr int kWaitMs = 60000;
constexpr int kRequestTimeoutMs = 20000;
} // namespace

class TestAppRun : public QObject
{
    Q_OBJECT

    test::DemoServer m_server{QStringLiteral("demo password for the run test")};
    const QString m_password = m_server.password();
    const DemoNeighbourhood::Roster &m_roster = m_server.roster();

    Session::Options appOptions(const QString &directory) const
    {
        return m_server.appOptions(directory, kRequestTimeoutMs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString loaded = m_server.loadDemo();
        QVERIFY2(loaded.contains(QStringLiteral("150 people")), qPrintable(loaded));
        // A second time finds the database in use and leaves it alone.
        QVERIFY2(m_server.loadDemo().contains(QStringLiteral("nothing was loaded")), "load-demo ran twice");
        QVERIFY(m_server.process().start());
    }

    void signInThenFirstSyncHoldsTheDemo()
    {
        QTemporaryDir dir;
        Session session(appOptions(dir.path()));
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
        QCOMPARE(DeviceSettings(dir.path()).serverUrl(), m_server.url().toString());

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
        test::ColleagueTablet other;
        QVERIFY2(other.enrolAndSync(m_server.url(), m_roster.staff.at(1).userName, m_password,
                                    QStringLiteral("second tablet")),
                 qPrintable(other.error()));
        auto consents = Repository<Consent>(other.store()).listWhere(QStringLiteral("personId"), personId);
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
        const Session::Options options = appOptions(dir.path());
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
        Session::Options away = appOptions(dir.path());
        away.server = QStringLiteral("http://127.0.0.1:9");
        auto outcome = DemoEnrolment::prepare(away, m_roster.staff.first().userName, m_password, kWaitMs);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message().contains(QStringLiteral("cannot be reached")),
                 qPrintable(outcome.error().message()));
        // The demo PIN stays, so a later start with the server there enrols without a new PIN.
        {
            Session session(appOptions(dir.path()));
            QCOMPARE(session.state(), Session::Locked);
            QVERIFY(session.isDemo());
        }
        auto retried
            = DemoEnrolment::prepare(appOptions(dir.path()), m_roster.staff.first().userName, m_password, kWaitMs);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message()));
        QCOMPARE(*retried, DemoEnrolment::Outcome::Enrolled);
    }
};

QTEST_GUILESS_MAIN(TestAppRun)
#include "tst_apprun.moc"
