// Session and SyncStatus against a real server in this process (SyncService on a SQLite file behind
// Qt HTTP Server on loopback, the app's own HttpTransport): the sign-in form, PIN and enrolment in
// the order a first start takes them; each refusal in words (wrong password, no server, too many
// tries); the first sync; counts after a local edit; lock stopping sync; a revoked tablet signing in
// again.
#include "demoloader.h"
#include "devicesettings.h"
#include "httpfrontend.h"
#include "personlistmodel.h"
#include "serverdatabase.h"
#include "session.h"
#include "store.h"
#include "syncservice.h"
#include "syncstatus.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace doorstep;

namespace {

const QString kPassword = QStringLiteral("a long demo password");
const QString kPin = QStringLiteral("864200");
constexpr int kWaitMs = 30000;

// A small demo neighbourhood on a server listening on a free loopback port.
struct LocalServer
{
    QTemporaryDir dir;
    std::unique_ptr<ServerDatabase> db;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<HttpFrontend> http;
    quint16 port = 0;
    DemoLoader::Summary demo;

    bool start(const DemoNeighbourhood::Options &options)
    {
        auto opened = ServerDatabase::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite")));
        if (!opened)
            return false;
        db = std::move(opened).value();
        SyncService::Options serviceOptions;
        serviceOptions.passwordOpsLimit = crypto_pwhash_OPSLIMIT_MIN;
        serviceOptions.passwordMemLimit = crypto_pwhash_MEMLIMIT_MIN;
        service = std::make_unique<SyncService>(*db, serviceOptions);
        auto loaded = DemoLoader::load(*db, *service, kPassword, options);
        if (!loaded || !loaded->loaded)
            return false;
        demo = *loaded;
        http = std::make_unique<HttpFrontend>(*service);
        port = http->listen(QHostAddress::LocalHost, 0);
        return port != 0;
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    qint64 count(const QString &entity)
    {
        QSqlQuery &q = db->query(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = ?"));
        q.addBindValue(entity);
        if (!q.exec() || !q.next())
            return -1;
        const qint64 n = q.value(0).toLongLong();
        q.finish();
        return n;
    }
};

DemoNeighbourhood::Options smallDemo()
{
    DemoNeighbourhood::Options options;
    options.people = 8;
    options.visits = 24;
    options.postcards = 4;
    return options;
}

Session::Options optionsFor(const QString &directory, const QString &server)
{
    Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.server = server;
    options.sync.useNetworkInformation = false; // the test decides when the network is there
    options.requestTimeoutMs = 10000;
    return options;
}

QString unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    return QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()); // closed again on return
}

} // namespace

class TestAppSignIn : public QObject
{
    Q_OBJECT

    LocalServer m_server;

    // From the sign-in form through the PIN to the answer of the enrolment request.
    void signInFirstTime(Session &session, const QString &user, const QString &password)
    {
        QCOMPARE(session.state(), Session::NeedsSignIn);
        QVERIFY2(session.signIn(m_server.url(), user, password), qPrintable(session.lastError()));
        QCOMPARE(session.state(), Session::NeedsPin);
        QVERIFY(session.isSignInPending());
        QVERIFY2(session.setUpPin(kPin, kPin), qPrintable(session.lastError()));
        QCOMPARE(session.state(), Session::SigningIn);
        QTRY_VERIFY_WITH_TIMEOUT(session.state() != Session::SigningIn, kWaitMs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start(smallDemo()));
    }

    void formFieldsAreChecked_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("reasonContains");
        const auto row
            = [](const char *name, const char *server, const char *user, const char *password, const char *reason) {
                  QTest::newRow(name) << QString::fromUtf8(server) << QString::fromUtf8(user)
                                      << QString::fromUtf8(password) << QString::fromUtf8(reason);
              };
        row("no server", "", "demo.practitioner1", "x", "server's address");
        row("not a web address", "ftp://doorstep.example.org", "demo.practitioner1", "x", "server's address");
        row("no host", "http://", "demo.practitioner1", "x", "server's address");
        row("no user", "https://doorstep.example.org", " ", "x", "user name");
        row("no password", "https://doorstep.example.org", "demo.practitioner1", "", "password");
    }

    void formFieldsAreChecked()
    {
        QFETCH(QString, server);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, reasonContains);
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), QString()));
        QVERIFY(!session.signIn(server, user, password));
        QCOMPARE(session.state(), Session::NeedsSignIn);
        QVERIFY2(session.lastError().contains(reasonContains), qPrintable(session.lastError()));
        QVERIFY(!session.isSignInPending());
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(Store::keyFileName())));
    }

    void addressWithoutSchemeMeansHttps()
    {
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), QString()));
        QVERIFY(session.signIn(QStringLiteral("doorstep.example.org/"), QStringLiteral("someone"), kPassword));
        QCOMPARE(session.serverAddress(), QStringLiteral("https://doorstep.example.org"));
        QCOMPARE(session.signInUserName(), QStringLiteral("someone"));
    }

    void backToSignInForgetsThePendingSignIn()
    {
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), m_server.url()));
        QVERIFY(session.signIn(m_server.url(), QStringLiteral("demo.practitioner1"), kPassword));
        QCOMPARE(session.state(), Session::NeedsPin);
        session.backToSignIn();
        QCOMPARE(session.state(), Session::NeedsSignIn);
        QVERIFY(!session.isSignInPending());
        QVERIFY(!session.setUpPin(kPin, kPin)); // the PIN comes after the sign-in form, not instead
        QVERIFY(!session.hasPin());
    }

    void wrongPasswordKeepsThePinAndSignInIsRetried()
    {
        QTemporaryDir dir;
        {
            Session session(optionsFor(dir.path(), m_server.url()));
            SyncStatus status(&session);
            signInFirstTime(session, QStringLiteral("demo.practitioner1"), QStringLiteral("not the password"));
            QCOMPARE(session.state(), Session::NeedsSignIn);
            QVERIFY2(session.lastError().contains(QStringLiteral("user name or password is not right")),
                     qPrintable(session.lastError()));
            // The PIN stays; the store is still open for the next try; nothing syncs yet.
            QVERIFY(session.hasPin());
            QVERIFY(session.store()->isUnlocked());
            QVERIFY(session.syncEngine() == nullptr);
            QCOMPARE(status.state(), SyncStatus::Off);
            QVERIFY(!session.canReturnToCaseload()); // never enrolled: there is no caseload to go back to
            QVERIFY(DeviceSettings(dir.path()).serverUrl().isEmpty());

            QSignalSpy reloaded(&session, &Session::caseloadReloaded);
            QVERIFY(session.signIn(m_server.url(), QStringLiteral("demo.practitioner1"), kPassword));
            QCOMPARE(session.state(), Session::SigningIn);
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::Unlocked, kWaitMs);
            QVERIFY(session.lastError().isEmpty());
            QCOMPARE(DeviceSettings(dir.path()).serverUrl(), m_server.url());
            QVERIFY(!DeviceSettings(dir.path()).currentUserId().isEmpty());

            // The first sync brings the team's caseload, the signed-in user and the team's name.
            QTRY_VERIFY_WITH_TIMEOUT(status.lastSuccess().isValid(), kWaitMs);
            QCOMPARE(status.state(), SyncStatus::Idle);
            QCOMPARE(status.pendingCount(), 0);
            QVERIFY(status.lastError().isEmpty());
            QCOMPARE(session.people()->rowCount(), smallDemo().people);
            QVERIFY(reloaded.size() >= 1);
            const DemoNeighbourhood::Roster roster = DemoNeighbourhood::roster(smallDemo());
            QCOMPARE(session.currentUserName(), roster.staff.first().displayName);
            QCOMPARE(session.teamName(), roster.teamName);
        }
        // Later starts: the PIN only, and sync starts with the unlock.
        Session again(optionsFor(dir.path(), QString()));
        QCOMPARE(again.state(), Session::Locked);
        QVERIFY(again.lastSyncedAt().isValid());
        QVERIFY(again.unlock(kPin));
        QCOMPARE(again.state(), Session::Unlocked);
        QVERIFY(again.syncEngine() != nullptr);
        QCOMPARE(again.people()->rowCount(), smallDemo().people);
    }

    void unreachableServerSaysSo()
    {
        const QString nowhere = unusedPort();
        QVERIFY(!nowhere.isEmpty());
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), nowhere));
        QVERIFY(session.signIn(nowhere, QStringLiteral("demo.practitioner1"), kPassword));
        QVERIFY(session.setUpPin(kPin, kPin));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::NeedsSignIn, kWaitMs);
        QVERIFY2(session.lastError().contains(QStringLiteral("cannot be reached")), qPrintable(session.lastError()));
        QVERIFY2(session.lastError().contains(nowhere), qPrintable(session.lastError()));
        QVERIFY(session.hasPin());
    }

    void repeatedFailuresAreRateLimited()
    {
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), m_server.url()));
        // demo.evaluator1 is not used elsewhere here, so its count of failures starts at zero.
        signInFirstTime(session, QStringLiteral("demo.evaluator1"), QStringLiteral("wrong 1"));
        QVERIFY(session.lastError().contains(QStringLiteral("not right")));
        QString last;
        for (int attempt = 2; attempt <= 6; ++attempt) {
            QVERIFY(session.signIn(m_server.url(), QStringLiteral("demo.evaluator1"),
                                   QStringLiteral("wrong %1").arg(attempt)));
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::NeedsSignIn, kWaitMs);
            last = session.lastError();
        }
        // After five failures in a row the server makes the account wait, and the tablet says so,
        // with how long the server asked it to wait (the server's Retry-After).
        QVERIFY2(last.contains(QStringLiteral("Too many sign-ins")), qPrintable(last));
        static const QRegularExpression wait(QStringLiteral("Try again in [0-9]+ (second|minute)"));
        QVERIFY2(last.contains(wait), qPrintable(last));
    }

    void localEditIsCountedThenSent()
    {
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), m_server.url()));
        SyncStatus status(&session);
        signInFirstTime(session, QStringLiteral("demo.practitioner2"), kPassword);
        QCOMPARE(session.state(), Session::Unlocked);
        QTRY_VERIFY_WITH_TIMEOUT(status.lastSuccess().isValid() && status.state() == SyncStatus::Idle, kWaitMs);
        QCOMPARE(status.pendingCount(), 0);
        QCOMPARE(status.pendingText(), QStringLiteral("Every change sent"));

        const qint64 consentsBefore = m_server.count(QStringLiteral("consent"));
        QSignalSpy counts(&status, &SyncStatus::countsChanged);
        const QString personId
            = session.people()->data(session.people()->index(0), PersonListModel::PersonIdRole).toString();
        QVERIFY2(session.recordConsent(personId, false, QStringLiteral("Nothing shared until the family meeting")),
                 qPrintable(session.lastError()));
        // Counted at once, before any sync.
        QCOMPARE(status.pendingCount(), 1);
        QCOMPARE(status.pendingText(), QStringLiteral("1 change not sent yet"));
        QVERIFY(counts.size() >= 1);
        QCOMPARE(status.stateText(), QStringLiteral("Changes waiting to be sent"));

        QVERIFY(status.canSyncNow());
        status.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(status.state() == SyncStatus::Idle && status.pendingCount() == 0, kWaitMs);
        QCOMPARE(m_server.count(QStringLiteral("consent")), consentsBefore + 1);

        // A refusal is in words and changes nothing.
        QVERIFY(!session.recordConsent(personId, true, QStringLiteral("  ")));
        QVERIFY(session.lastError().contains(QStringLiteral("what may be shared")));
        QCOMPARE(status.pendingCount(), 0);
    }

    void lockStopsSyncAndUnlockStartsIt()
    {
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), m_server.url()));
        SyncStatus status(&session);
        signInFirstTime(session, QStringLiteral("demo.practitioner3"), kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(status.lastSuccess().isValid() && status.state() == SyncStatus::Idle, kWaitMs);
        const QDateTime synced = status.lastSuccess();

        QSignalSpy engineChanged(&session, &Session::syncEngineChanged);
        session.lock();
        QCOMPARE(session.state(), Session::Locked);
        QVERIFY(session.syncEngine() == nullptr);
        QCOMPARE(engineChanged.size(), 1);
        QCOMPARE(status.state(), SyncStatus::Off);
        QVERIFY(!status.canSyncNow());
        status.syncNow(); // nothing to do while locked, and harmless
        // "Last synced" is remembered across the lock.
        QCOMPARE(status.lastSuccess(), synced);

        QVERIFY(session.unlock(kPin));
        QVERIFY(session.syncEngine() != nullptr);
        QCOMPARE(status.state(), SyncStatus::Syncing); // a sync on every unlock
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::Idle, kWaitMs);
        QVERIFY(status.lastSuccess() >= synced);
    }

    void revokedTabletSignsInAgain()
    {
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), m_server.url()));
        SyncStatus status(&session);
        signInFirstTime(session, QStringLiteral("demo.lead"), kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(status.lastSuccess().isValid() && status.state() == SyncStatus::Idle, kWaitMs);

        QVERIFY(m_server.service->revokeDevice(session.store()->deviceId()));
        status.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::NeedsSignIn, kWaitMs);
        QVERIFY2(status.lastError().contains(QStringLiteral("signed out by an administrator")),
                 qPrintable(status.lastError()));
        QVERIFY(!status.canSyncNow());

        session.signInAgain();
        QCOMPARE(session.state(), Session::NeedsSignIn);
        QVERIFY(session.syncEngine() == nullptr);
        QVERIFY(session.canReturnToCaseload());
        // The caseload stays usable meanwhile: back to it, still signed out, then to the sign-in again.
        session.returnToCaseload();
        QCOMPARE(session.state(), Session::Unlocked);
        QCOMPARE(session.people()->rowCount(), smallDemo().people);
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::NeedsSignIn, kWaitMs);
        session.signInAgain();
        QCOMPARE(session.state(), Session::NeedsSignIn);
        QCOMPARE(session.serverAddress(), m_server.url());
        QVERIFY(session.signIn(session.serverAddress(), QStringLiteral("demo.lead"), kPassword));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::Unlocked, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), SyncStatus::Idle, kWaitMs);
        QVERIFY(status.lastError().isEmpty());
    }

    // Ten wrong PINs in a row: no more PIN tries until the password is given; a wrong password or
    // another user does not lift it; the right one does, for one more try, and the PIN then opens
    // the store with the new sign-in kept, so the tablet syncs again.
    void tooManyWrongPinsNeedThePassword()
    {
        QTemporaryDir dir;
        Session session(optionsFor(dir.path(), m_server.url()));
        signInFirstTime(session, QStringLiteral("demo.practitioner2"), kPassword);
        QCOMPARE(session.state(), Session::Unlocked);
        session.lock();
        DeviceSettings settings(dir.path());
        for (int i = 1; i <= PinGuard::kSignInAfter; ++i) {
            // Each wait is served by moving its end into the past: the time that passes is the test's input.
            settings.setPinFailures(settings.pinFailures(), QDateTime());
            QVERIFY(!session.unlock(QStringLiteral("000000")));
            QCOMPARE(session.pinTriesLeft(), PinGuard::kSignInAfter - i);
        }
        QCOMPARE(session.state(), Session::NeedsSignIn);
        QVERIFY(session.isPinLockedOut());
        QVERIFY2(session.lastError().contains(QLatin1String("password")), qPrintable(session.lastError()));
        // Not even the right PIN opens it now.
        settings.setPinFailures(settings.pinFailures(), QDateTime());
        QVERIFY(!session.unlock(kPin));
        QCOMPARE(session.state(), Session::NeedsSignIn);

        QVERIFY(session.signIn(m_server.url(), QStringLiteral("demo.practitioner2"), QStringLiteral("wrong")));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::NeedsSignIn, kWaitMs);
        QVERIFY(session.isPinLockedOut());
        QVERIFY(session.signIn(m_server.url(), QStringLiteral("demo.practitioner3"), kPassword));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::NeedsSignIn, kWaitMs);
        QVERIFY2(session.lastError().contains(QLatin1String("someone else")), qPrintable(session.lastError()));
        QVERIFY(session.isPinLockedOut());

        QVERIFY(session.signIn(m_server.url(), QStringLiteral("demo.practitioner2"), kPassword));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::Locked, kWaitMs);
        QVERIFY(!session.isPinLockedOut());
        QCOMPARE(session.pinTriesLeft(), 1);
        QVERIFY2(session.unlock(kPin), qPrintable(session.lastError()));
        QCOMPARE(session.state(), Session::Unlocked);
        QCOMPARE(session.pinTriesLeft(), PinGuard::kSignInAfter);
        // The token from the lock-out sign-in was kept: the server takes this tablet's requests.
        SyncStatus status(&session);
        QVERIFY(session.syncEngine());
        const QDateTime before = QDateTime::currentDateTime();
        session.syncEngine()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(session.syncEngine()->lastSuccess() >= before, kWaitMs);
        QVERIFY2(status.lastError().isEmpty(), qPrintable(status.lastError()));
        QCOMPARE(session.state(), Session::Unlocked);
    }

    void lastSuccessInWords()
    {
        const QDateTime now(QDate(2026, 3, 5), QTime(16, 0));
        QCOMPARE(SyncStatus::describeLastSuccess({}, now), QStringLiteral("never"));
        QCOMPARE(SyncStatus::describeLastSuccess(QDateTime(QDate(2026, 3, 5), QTime(9, 7)), now),
                 QStringLiteral("today at 09:07"));
        QCOMPARE(SyncStatus::describeLastSuccess(QDateTime(QDate(2026, 3, 4), QTime(17, 30)), now),
                 QStringLiteral("yesterday at 17:30"));
        QCOMPARE(SyncStatus::describeLastSuccess(QDateTime(QDate(2026, 2, 27), QTime(8, 0)), now),
                 QStringLiteral("27 February 2026 at 08:00"));
    }

    void offStatusWithoutASession()
    {
        SyncStatus status(nullptr);
        QCOMPARE(status.state(), SyncStatus::Off);
        QVERIFY(status.lastSuccessText().isEmpty());
        QVERIFY(status.pendingText().isEmpty());
        QCOMPARE(status.stateText(), QStringLiteral("Not connected to a server"));
    }
};

QTEST_GUILESS_MAIN(TestAppSignIn)
#include "tst_appsignin.moc"
