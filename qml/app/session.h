#pragma once

#include "enrolment.h"
#include "keystoragefactory.h"
#include "keyvault.h"
#include "pinguard.h"
#include "result.h"
#include "sealedcaseload.h"
#include "syncengine.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QJSEngine;
class QQmlEngine;

namespace doorstep {

class CaseloadFilterModel;
class HttpTransport;
class InstrumentCatalogue;
class PersonDetails;
class PersonListModel;
class Store;

// The app's one way into the store: opens it on the data directory, takes the PIN (first start:
// chosen and confirmed; then: to unlock), and while unlocked offers the caseload and person
// details. Locking forgets everything that was decrypted.
//
// Sync: the first start of a tablet signs in to the server (address, user name, password), then
// chooses the PIN (enrolment needs the store's key), then enrols and syncs for the first time. If
// enrolment fails the PIN stays and sign-in can be tried again. While the store is unlocked and the
// tablet enrolled, the Session owns a SyncEngine (SyncStatus shows it); locking stops it.
//
// Each QML engine gets its own Session built from defaultOptions(), which main() (or a test) sets
// before the engine first asks for it.
class Session : public QObject
{
    Q_OBJECT
    // moc needs the full types of the objects it hands to QML; the header only forward-declares them.
    Q_MOC_INCLUDE("caseloadfiltermodel.h")
    Q_MOC_INCLUDE("persondetails.h")
    Q_MOC_INCLUDE("personlistmodel.h")
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(doorstep::PersonListModel *people READ people CONSTANT)
    Q_PROPERTY(doorstep::CaseloadFilterModel *caseload READ caseload CONSTANT)
    Q_PROPERTY(QString currentUserName READ currentUserName NOTIFY userChanged)
    Q_PROPERTY(QString teamName READ teamName NOTIFY userChanged)
    // Who is signed in on this tablet, once unlocked; empty while locked.
    Q_PROPERTY(QString currentUserId READ currentUserId NOTIFY userChanged)
    Q_PROPERTY(QString teamId READ teamId NOTIFY userChanged)
    // "practitioner", "peer-evaluator", "team-lead" or "admin" (User::role).
    Q_PROPERTY(QString currentRole READ currentRole NOTIFY userChanged)
    Q_PROPERTY(bool peerEvaluator READ isPeerEvaluator NOTIFY userChanged)
    // What the sign-in page offers: the server address and user name last given (never the password).
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY signInChanged)
    Q_PROPERTY(QString signInUserName READ signInUserName NOTIFY signInChanged)
    // True between a sign-in form accepted and the PIN chosen on first start.
    Q_PROPERTY(bool signInPending READ isSignInPending NOTIFY signInChanged)
    // On the sign-in page of a tablet that was enrolled before: it may go back to its caseload.
    Q_PROPERTY(bool canReturnToCaseload READ canReturnToCaseload NOTIFY stateChanged)
    // The tablet has its PIN (a sign-in now keeps it).
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY stateChanged)
    Q_PROPERTY(bool demo READ isDemo CONSTANT)
    // The demo PIN, shown on the PIN page of a demo store only; empty otherwise.
    Q_PROPERTY(QString demoPin READ demoPin CONSTANT)
    Q_PROPERTY(int pinMinimumLength READ pinMinimumLength CONSTANT)
    Q_PROPERTY(int pinMaximumLength READ pinMaximumLength CONSTANT)
    // Wrong PINs: seconds before the next try is allowed (counts down), wrong PINs left before the
    // password is needed, and whether it is needed now.
    Q_PROPERTY(int pinSecondsToWait READ pinSecondsToWait NOTIFY pinGuardChanged)
    Q_PROPERTY(int pinTriesLeft READ pinTriesLeft NOTIFY pinGuardChanged)
    Q_PROPERTY(bool pinLockedOut READ isPinLockedOut NOTIFY pinGuardChanged)
    // Minutes without a touch or a key before the app locks itself (0: never); kept per tablet.
    Q_PROPERTY(int idleLockMinutes READ idleLockMinutes WRITE setIdleLockMinutes NOTIFY idleLockMinutesChanged)

public:
    enum State {
        Unavailable, // the store could not be opened; lastError says why
        NeedsSignIn, // sign in to the server: first start, or enrolment failed or was revoked
        NeedsPin, // first start: choose a PIN
        Locked, // enter the PIN
        SigningIn, // enrolment on its way to the server
        Unlocked,
    };
    Q_ENUM(State)

    struct Options
    {
        QString directory; // empty: the platform's app data location
        KeyStorageFactory::Preference keyStorage = KeyStorageFactory::Preference::Automatic;
        KeyVault::Cost cost = KeyVault::defaultCost();
        // The server address and user name the sign-in page offers (--server, --demo-user).
        QString server = {};
        QString userName = {};
        // A store that never syncs: the PIN comes first and no sign-in is asked (tests of the store alone).
        bool offline = false;
        SyncEngine::Options sync = {};
        int requestTimeoutMs = 30000;
        // Locks when the app goes to the background (hidden or suspended).
        bool lockWhenHidden = true;
        // Overrides the tablet's idle lock for this run when >= 0 (--idle-lock-minutes; tests).
        int idleLockMinutes = -1;
        // For tests of the idle lock: seconds instead of minutes when > 0.
        int idleLockSecondsForTest = 0;
    };
    static void setDefaultOptions(const Options &options);
    static Options defaultOptions();
    static QString defaultDataDirectory();

    explicit Session(Options options, QObject *parent = nullptr);
    ~Session() override;
    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    PersonListModel *people() const { return m_people; }
    CaseloadFilterModel *caseload() const { return m_caseload; }
    QString currentUserName() const { return m_currentUserName; }
    QString teamName() const { return m_teamName; }
    QString currentUserId() const { return m_currentUserId; }
    QString teamId() const { return m_teamId; }
    QString currentRole() const { return m_currentRole; }
    bool isPeerEvaluator() const { return m_currentRole == QLatin1String("peer-evaluator"); }
    // The postcard, I statements, outcomes framework and themes, read once from the shipped files;
    // null (with the reason logged) only if the build shipped a broken set.
    static const InstrumentCatalogue *instruments();
    QString serverAddress() const { return m_serverAddress; }
    QString signInUserName() const { return m_signInUserName; }
    bool isSignInPending() const { return m_signInPending; }
    bool canReturnToCaseload() const;
    bool hasPin() const;
    bool isDemo() const { return m_demo; }
    QString demoPin() const;
    static int pinMinimumLength() { return 6; }
    static int pinMaximumLength() { return 12; }
    int pinSecondsToWait() const;
    int pinTriesLeft() const;
    bool isPinLockedOut() const;
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // The sign-in form. On first start it is kept (in memory only) until the PIN is chosen; on a
    // store already unlocked it enrols at once. Returns false, with lastError, when a field is wrong.
    Q_INVOKABLE bool signIn(const QString &server, const QString &userName, const QString &password);
    // From the PIN page of a first start back to the sign-in form (forgets the password).
    Q_INVOKABLE void backToSignIn();
    // From the caseload to the sign-in page (the server signed this tablet out).
    Q_INVOKABLE void signInAgain();
    // From the sign-in page back to the caseload of a tablet that was enrolled before.
    Q_INVOKABLE void returnToCaseload();
    // First start: pin and confirmation must match and be 6 to 12 digits. Unlocks on success (and,
    // after a sign-in, starts enrolment).
    Q_INVOKABLE bool setUpPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE bool unlock(const QString &pin);
    // While unlocked: is this the tablet's PIN? (Leaving the postcard hand-over screen asks it.)
    // Wrong answers count towards the same back-off as unlocking.
    Q_INVOKABLE bool verifyPin(const QString &pin);
    Q_INVOKABLE void lock();
    // While a holder lives and holds it (a postcard in the hands of the person filling it in), the
    // idle lock waits: a slow answer must not meet a PIN pad. Release restarts the full idle time.
    // Going to the background still locks; the hand-over keeps its answers as a draft for that.
    void holdIdleLock(QObject *holder);
    void releaseIdleLock(QObject *holder);
    bool isIdleLockHeld() const { return !m_idleHolders.isEmpty(); }
    // Reads the caseload again (after an edit).
    Q_INVOKABLE bool reload();
    // A new object with one person's summary, owned by the caller (QML: by the engine). It is
    // emptied when the session locks. On failure it comes back empty and lastError says why.
    Q_INVOKABLE doorstep::PersonDetails *personDetails(const QString &personId);
    Q_INVOKABLE void clearError();
    // Records a person's information-sharing decision, made today, by the signed-in user: an
    // ordinary edit that goes to the outbox and syncs. False, with lastError, when it is refused.
    Q_INVOKABLE bool recordConsent(const QString &personId, bool given, const QString &scope);
    // Every local edit calls this after it is saved: the pending count shown is then current.
    Q_INVOKABLE void noteLocalEdit();

    // For C++ callers and tests; null when the store could not be opened.
    Store *store() const { return m_store.get(); }
    // Null while locked, not enrolled, or never syncing.
    SyncEngine *syncEngine() const { return m_engine.get(); }
    // When a sync last succeeded on this tablet (kept across locks and restarts); invalid if never.
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }

protected:
    // Any touch, click, key or wheel anywhere in the app restarts the idle lock.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void pinGuardChanged();
    void idleLockMinutesChanged();
    void stateChanged();
    void lastErrorChanged();
    void userChanged();
    void signInChanged();
    void syncEngineChanged();
    void lastSyncedChanged();
    // The caseload was read again because a sync brought changes.
    void caseloadReloaded();
    // Emitted before the decrypted data is dropped, so holders of it can drop theirs.
    void locking();

private:
    void setState(State state);
    bool refusedByPinGuard();
    void pinWasWrong();
    void restartIdleTimer();
    void applicationStateChanged(Qt::ApplicationState state);
    void setError(const QString &text);
    bool checkPinShape(const QString &pin);
    // With what was read while the key was derived, when that read succeeded; else it reads now.
    bool afterUnlock(std::optional<SealedCaseload> early = std::nullopt);
    void readNames();
    bool startSync(const QString &server);
    void stopSync();
    void startEnrolment();
    void enrolmentFinished(const Result<Enrolment> &result);
    void syncFinished();
    QString plainWords(const Error &error) const;
    QString signInWords(const Error &error) const;

    Options m_options;
    std::unique_ptr<Store> m_store;
    PersonListModel *m_people;
    CaseloadFilterModel *m_caseload;
    State m_state = Unavailable;
    QString m_lastError;
    QString m_currentUserName;
    QString m_teamName;
    QString m_currentUserId;
    QString m_teamId;
    QString m_currentRole;
    bool m_demo = false;
    bool m_offlineOnly = false;
    QString m_serverAddress;
    QString m_signInUserName;
    QString m_password; // only from the sign-in form to the enrolment request
    bool m_signInPending = false;
    QDateTime m_lastSyncedAt;
    qint64 m_pullCursor = 0;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SyncEngine> m_engine;
    PinGuard m_pinGuard;
    QTimer m_pinCountdown;
    QTimer m_idleTimer;
    QHash<QObject *, QMetaObject::Connection> m_idleHolders; // keys compared, never dereferenced
    // A sign-in accepted while the store was locked (after too many wrong PINs): kept with the
    // store once the PIN opens it.
    std::optional<Enrolment> m_heldEnrolment;
};

} // namespace doorstep
