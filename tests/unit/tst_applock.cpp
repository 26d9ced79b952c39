// The app's lock: the wrong-PIN back-off (PinGuard's policy, kept across restarts), the idle lock,
// and locking when the app goes to the background. Offline stores; the sign-in that lifts a PIN
// lock-out needs a server and is tst_appsignin's.
#include "demosetup.h"
#include "devicesettings.h"
#include "pinguard.h"
#include "postcardhandover.h"
#include "session.h"
#include "store.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {
const QString kPin = QStringLiteral("246810");

Session::Options offlineOptions(const QString &directory)
{
    Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.offline = true;
    return options;
}

// A store with a PIN, locked, as a tablet is on every start after the first.
bool prepareLockedStore(const QString &directory)
{
    Session first(offlineOptions(directory));
    return first.state() == Session::NeedsPin && first.setUpPin(kPin, kPin);
}

// An unlocked tablet that locks itself after one idle second.
struct IdleTablet
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    std::unique_ptr<QSignalSpy> locking;

    bool unlock()
    {
        if (!prepareLockedStore(dir.path()))
            return false;
        Session::Options options = offlineOptions(dir.path());
        options.idleLockSecondsForTest = 1;
        session = std::make_unique<Session>(options);
        locking = std::make_unique<QSignalSpy>(session.get(), &Session::locking);
        return session->unlock(kPin);
    }
};
} // namespace

class TestAppLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void waitsDoubleAfterTheFreeTries()
    {
        for (int n = 0; n < PinGuard::kFreeTries; ++n)
            QCOMPARE(PinGuard::waitAfter(n), 0);
        QCOMPARE(PinGuard::waitAfter(PinGuard::kFreeTries), PinGuard::kFirstWaitSeconds);
        QCOMPARE(PinGuard::waitAfter(PinGuard::kFreeTries + 1), 2 * PinGuard::kFirstWaitSeconds);
        QCOMPARE(PinGuard::waitAfter(PinGuard::kFreeTries + 2), 4 * PinGuard::kFirstWaitSeconds);
        QCOMPARE(PinGuard::waitAfter(1000), PinGuard::kLongestWaitSeconds);
    }

    void guardIsKeptAcrossRestartsAndClockChanges()
    {
        QTemporaryDir dir;
        const QDateTime now(QDate(2026, 3, 5), QTime(10, 0), Qt::UTC);
        {
            PinGuard guard(dir.path());
            for (int i = 0; i < PinGuard::kFreeTries; ++i)
                guard.recordFailure(now);
        }
        PinGuard reopened(dir.path());
        QCOMPARE(reopened.failures(), PinGuard::kFreeTries);
        QCOMPARE(reopened.secondsToWait(now), PinGuard::kFirstWaitSeconds);
        QCOMPARE(reopened.secondsToWait(now.addSecs(PinGuard::kFirstWaitSeconds)), 0);
        // A clock set back by a day does not make the wait a day long.
        QCOMPARE(reopened.secondsToWait(now.addDays(-1)), PinGuard::kLongestWaitSeconds);
        reopened.recordSuccess();
        QCOMPARE(PinGuard(dir.path()).failures(), 0);
        QCOMPARE(PinGuard(dir.path()).secondsToWait(now), 0);
    }

    void wrongPinsMakeTheTabletWait()
    {
        QTemporaryDir dir;
        QVERIFY(prepareLockedStore(dir.path()));
        Session session(offlineOptions(dir.path()));
        QCOMPARE(session.state(), Session::Locked);
        QSignalSpy guardChanged(&session, &Session::pinGuardChanged);
        for (int i = 0; i < PinGuard::kFreeTries; ++i) {
            QCOMPARE(session.pinSecondsToWait(), 0);
            QVERIFY(!session.unlock(QStringLiteral("111111")));
        }
        QVERIFY(guardChanged.count() >= PinGuard::kFreeTries);
        QVERIFY(session.pinSecondsToWait() > 0);
        QVERIFY(session.pinSecondsToWait() <= PinGuard::kFirstWaitSeconds);
        // While it waits even the right PIN is not tried, and the refusal says how long.
        QVERIFY(!session.unlock(kPin));
        QVERIFY2(session.lastError().contains(QLatin1String("Try again in")), qPrintable(session.lastError()));
        QCOMPARE(session.state(), Session::Locked);
        // A restart does not clear it.
        {
            Session restarted(offlineOptions(dir.path()));
            QVERIFY(restarted.pinSecondsToWait() > 0);
            QVERIFY(!restarted.unlock(kPin));
        }
        // The wait over (its end moved into the past: the time that passes is the test's input).
        DeviceSettings(dir.path()).setPinFailures(PinGuard::kFreeTries, QDateTime());
        QVERIFY2(session.unlock(kPin), qPrintable(session.lastError()));
        QCOMPARE(session.state(), Session::Unlocked);
        QCOMPARE(PinGuard(dir.path()).failures(), 0);
    }

    // A store that never syncs has no server to give a password to: it keeps making the tablet wait.
    void offlineStoreWaitsInsteadOfAskingForAPassword()
    {
        QTemporaryDir dir;
        QVERIFY(prepareLockedStore(dir.path()));
        Session session(offlineOptions(dir.path()));
        DeviceSettings settings(dir.path());
        for (int i = 0; i < PinGuard::kSignInAfter + 2; ++i) {
            settings.setPinFailures(settings.pinFailures(), QDateTime());
            QVERIFY(!session.unlock(QStringLiteral("111111")));
        }
        QCOMPARE(session.state(), Session::Locked);
        QVERIFY(!session.isPinLockedOut());
        QVERIFY(session.pinSecondsToWait() > 0);
    }

    void verifyPinCountsWrongAnswersAndKeepsTheStoreOpen()
    {
        QTemporaryDir dir;
        QVERIFY(prepareLockedStore(dir.path()));
        Session session(offlineOptions(dir.path()));
        QVERIFY(session.unlock(kPin));
        QVERIFY(!session.verifyPin(QStringLiteral("999999")));
        QCOMPARE(PinGuard(dir.path()).failures(), 1);
        QCOMPARE(session.state(), Session::Unlocked);
        QVERIFY(session.store()->isUnlocked());
        QVERIFY(session.verifyPin(kPin));
        QCOMPARE(PinGuard(dir.path()).failures(), 0);
    }

    void idleTabletLocksItselfAndTouchesKeepItOpen()
    {
        IdleTablet tablet;
        QVERIFY(tablet.unlock());
        Session &session = *tablet.session;
        QSignalSpy &locking = *tablet.locking;
        // Key presses every 300 ms for 2 s: twice the idle time, and still open.
        QObject someControl;
        QElapsedTimer typing;
        typing.start();
        while (typing.elapsed() < 2000) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QCoreApplication::sendEvent(&someControl, &press);
            QTest::qWait(300);
            QCOMPARE(session.state(), Session::Unlocked);
        }
        // Then nothing: it locks, and the key is gone.
        QVERIFY(locking.wait(3000));
        QCOMPARE(session.state(), Session::Locked);
        QVERIFY(!session.store()->isUnlocked());
    }

    void idleLockWaitsWhileThePersonHasThePostcard()
    {
        IdleTablet tablet;
        QVERIFY(tablet.unlock());
        Session &session = *tablet.session;
        QSignalSpy &locking = *tablet.locking;
        {
            // The person answers one question, then thinks for three times the idle time, untouched.
            PostcardHandover handover;
            handover.setSession(&session);
            QVERIFY(session.isIdleLockHeld());
            handover.setRating(1, 7);
            QVERIFY(!locking.wait(3000));
            QCOMPARE(session.state(), Session::Unlocked);
            QCOMPARE(handover.q1(), 7);
            QVERIFY(handover.lastError().isEmpty());
        }
        // The hand-over is over (the page gone, by whatever way): the idle lock counts again.
        QVERIFY(!session.isIdleLockHeld());
        QVERIFY(locking.wait(3000));
        QCOMPARE(session.state(), Session::Locked);
    }

    void idleLockMinutesAreKeptPerTablet()
    {
        QTemporaryDir dir;
        QVERIFY(prepareLockedStore(dir.path()));
        Session session(offlineOptions(dir.path()));
        QCOMPARE(session.idleLockMinutes(), DeviceSettings::kDefaultIdleLockMinutes);
        QSignalSpy changed(&session, &Session::idleLockMinutesChanged);
        session.setIdleLockMinutes(2);
        QCOMPARE(changed.count(), 1);
        session.setIdleLockMinutes(-1); // refused: nothing changes
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Session(offlineOptions(dir.path())).idleLockMinutes(), 2);
    }

    // The offscreen platform never changes the application's state, so the test sends the signal
    // the platform would when the tablet shows another app or its home screen.
    void goingToTheBackgroundLocks()
    {
        QTemporaryDir dir;
        QVERIFY(prepareLockedStore(dir.path()));
        Session session(offlineOptions(dir.path()));
        QVERIFY(session.unlock(kPin));
        emit qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        QCOMPARE(session.state(), Session::Unlocked); // a notification shade is not the background
        emit qGuiApp->applicationStateChanged(Qt::ApplicationHidden);
        QCOMPARE(session.state(), Session::Locked);
        QVERIFY(!session.store()->isUnlocked());
    }
};

QTEST_MAIN(TestAppLock)
#include "tst_applock.moc"
