#include "session.h"

#include "caseloadfiltermodel.h"
#include "consent.h"
#include "demosetup.h"
#include "devicesettings.h"
#include "httptransport.h"
#include "instrumentcatalogue.h"
#include "persondetails.h"
#include "personlistmodel.h"
#include "recordstore.h"
#include "repository.h"
#include "store.h"
#include "syncclient.h"
#include "team.h"
#include "user.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>

#include <optional>
#include <utility>

namespace doorstep {

Q_LOGGING_CATEGORY(lcSession, "doorstep.session", QtInfoMsg)

namespace {
Session::Options &defaults()
{
    static Session::Options options;
    return options;
}
} // namespace

void Session::setDefaultOptions(const Options &options)
{
    defaults() = options;
}

Session::Options Session::defaultOptions()
{
    return defaults();
}

QString Session::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Session::Session(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_people(new PersonListModel(this)),
      m_caseload(new CaseloadFilterModel(this)),
      m_pinGuard(m_options.directory.isEmpty() ? defaultDataDirectory() : m_options.directory)
{
    m_caseload->setSourceModel(m_people);
    if (m_options.directory.isEmpty())
        m_options.directory = defaultDataDirectory();
    // The countdown of a PIN wait, once a second, for the PIN page.
    m_pinCountdown.setInterval(1000);
    connect(&m_pinCountdown, &QTimer::timeout, this, [this] {
        if (m_pinGuard.secondsToWait() == 0)
            m_pinCountdown.stop();
        emit pinGuardChanged();
    });
    if (m_pinGuard.secondsToWait() > 0)
        m_pinCountdown.start();
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSession) << "locked after" << idleLockMinutes() << "idle minutes";
        lock();
    });
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        app->installEventFilter(this);
        connect(app, &QGuiApplication::applicationStateChanged, this, &Session::applicationStateChanged);
    }
    const DeviceSettings settings(m_options.directory);
    m_demo = settings.isDemo();
    m_offlineOnly = m_options.offline || settings.isOfflineOnly();
    m_lastSyncedAt = settings.lastSyncedAt();
    m_serverAddress = settings.serverUrl().isEmpty() ? m_options.server : settings.serverUrl();
    m_signInUserName = m_options.userName;

    Store::Options storeOptions;
    storeOptions.directory = m_options.directory;
    const auto keyStorage = KeyStorageFactory::createKeyStorage(m_options.directory, m_options.keyStorage);
    storeOptions.keyStorage = keyStorage;
    storeOptions.cost = m_options.cost;
    auto store = Store::open(std::move(storeOptions));
    if (!store) {
        qCWarning(lcSession) << "store cannot be opened:" << store.error().message();
        m_lastError = tr("Doorstep cannot open its store, and has changed nothing. %1").arg(plainWords(store.error()));
        m_state = Unavailable;
        return;
    }
    m_store = std::move(store).value();
    qCDebug(lcSession) << "store opened; key kept in" << keyStorage->name();
    // First start: sign in first, unless this store never syncs.
    m_state = m_store->hasKey() ? Locked : (m_offlineOnly ? NeedsPin : NeedsSignIn);
}

QString Session::demoPin() const
{
    return m_demo ? DemoSetup::pin() : QString();
}

Session::~Session()
{
    // Whatever happens to the engine, decrypted data does not outlive the session.
    stopSync();
    if (m_store)
        m_store->lock();
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    return new Session(defaultOptions());
}

bool Session::checkPinShape(const QString &pin)
{
    if (pin.isEmpty()) {
        setError(tr("Enter a PIN of %1 to %2 digits.").arg(pinMinimumLength()).arg(pinMaximumLength()));
        return false;
    }
    for (QChar c : pin) {
        if (c < u'0' || c > u'9') {
            setError(tr("A PIN has digits only: no letters, spaces or other signs."));
            return false;
        }
    }
    if (pin.size() < pinMinimumLength() || pin.size() > pinMaximumLength()) {
        setError(tr("A PIN has %1 to %2 digits.").arg(pinMinimumLength()).arg(pinMaximumLength()));
        return false;
    }
    return true;
}

bool Session::setUpPin(const QString &pin, const QString &confirmation)
{
    // What was typed is checked first, so the person hears about their typing before anything else.
    if (!checkPinShape(pin))
        return false;
    if (pin != confirmation) {
        setError(tr("The two PINs are not the same. Enter the same PIN twice."));
        return false;
    }
    if (m_state != NeedsPin) {
        setError(m_state == Unavailable ? m_lastError : tr("This tablet already has a PIN. Enter it to unlock."));
        return false;
    }
    if (Status s = m_store->createKey(pin); !s) {
        setError(plainWords(s.error()));
        return false;
    }
    if (m_signInPending) {
        // The caseload is empty until the first sync; the people model is read (empty) so that it
        // is ready, and enrolment starts now that the store has the key it keeps the token under.
        if (Status s = m_people->load(*m_store); !s)
            qCWarning(lcSession) << "empty caseload could not be read:" << s.error().message();
        clearError();
        startEnrolment();
        return true;
    }
    return afterUnlock();
}

bool Session::unlock(const QString &pin)
{
    if (m_state == Unlocked)
        return true;
    if (m_state != Locked) {
        setError(m_state == NeedsPin ? tr("Choose a PIN first.") : m_lastError);
        return false;
    }
    if (refusedByPinGuard())
        return false;
    if (!checkPinShape(pin))
        return false;
    // The caseload's rows are read while the key is derived; on a wrong PIN they go unopened.
    std::optional<SealedCaseload> early;
    const auto readEarly = [&] {
        if (auto sealed = PersonListModel::read(*m_store))
            early = std::move(sealed).value();
    };
    if (Status s = m_store->unlock(pin, readEarly); !s) {
        setError(plainWords(s.error()));
        if (s.error().field == QLatin1String("PIN") && s.error().reason == QLatin1String("is not correct"))
            pinWasWrong();
        return false;
    }
    m_pinGuard.recordSuccess();
    emit pinGuardChanged();
    if (m_heldEnrolment) {
        // The sign-in that lifted the PIN lock-out: its token is kept now that the store is open.
        const Enrolment held = *std::exchange(m_heldEnrolment, std::nullopt);
        HttpTransport transport(QUrl(m_serverAddress), m_options.requestTimeoutMs);
        SyncEngine engine(*m_store, transport, m_options.sync);
        if (Status saved = engine.client().saveEnrolment(held, held.unsavedToken); !saved)
            qCWarning(lcSession) << "the new sign-in could not be kept:" << saved.error().message();
        else
            DeviceSettings(m_options.directory).setServerUrl(m_serverAddress);
    }
    return afterUnlock(std::move(early));
}

bool Session::refusedByPinGuard()
{
    if (m_pinGuard.requiresSignIn() && !m_offlineOnly) {
        setError(tr("Too many wrong PINs. Sign in with your password, then enter your PIN."));
        if (m_state == Locked)
            setState(NeedsSignIn);
        return true;
    }
    if (const int wait = m_pinGuard.secondsToWait(); wait > 0) {
        setError(tr("Too many wrong PINs. Try again in %n seconds.", "", wait));
        return true;
    }
    return false;
}

void Session::pinWasWrong()
{
    m_pinGuard.recordFailure();
    if (m_pinGuard.secondsToWait() > 0)
        m_pinCountdown.start();
    emit pinGuardChanged();
    qCInfo(lcSession) << "wrong PIN; failures in a row:" << m_pinGuard.failures();
    if (m_pinGuard.requiresSignIn() && !m_offlineOnly) {
        setError(tr("That PIN is not right, and that was the last try. Sign in with your password, then enter "
                    "your PIN."));
        if (m_state == Locked)
            setState(NeedsSignIn);
        return;
    }
    if (m_pinGuard.failures() >= PinGuard::kFreeTries && !m_offlineOnly)
        setError(tr("That PIN is not right. After %n more wrong PINs you will need your password.", "",
                    m_pinGuard.triesBeforeSignIn()));
}

int Session::pinSecondsToWait() const
{
    return m_pinGuard.secondsToWait();
}

int Session::pinTriesLeft() const
{
    return m_pinGuard.triesBeforeSignIn();
}

bool Session::isPinLockedOut() const
{
    return !m_offlineOnly && m_pinGuard.requiresSignIn();
}

int Session::idleLockMinutes() const
{
    return m_options.idleLockMinutes >= 0 ? m_options.idleLockMinutes
                                          : DeviceSettings(m_options.directory).idleLockMinutes();
}

void Session::setIdleLockMinutes(int minutes)
{
    if (minutes < 0 || minutes > 24 * 60 || minutes == idleLockMinutes())
        return;
    m_options.idleLockMinutes = -1;
    DeviceSettings(m_options.directory).setIdleLockMinutes(minutes);
    emit idleLockMinutesChanged();
    restartIdleTimer();
}

void Session::restartIdleTimer()
{
    const qint64 ms = m_options.idleLockSecondsForTest > 0 ? qint64(m_options.idleLockSecondsForTest) * 1000
                                                           : qint64(idleLockMinutes()) * 60 * 1000;
    if (m_state != Unlocked || ms <= 0 || isIdleLockHeld()) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.start(int(ms));
}

void Session::holdIdleLock(QObject *holder)
{
    if (!holder || m_idleHolders.contains(holder))
        return;
    // A holder that goes without releasing (a page torn down) must not keep the tablet open.
    m_idleHolders.insert(holder,
                         connect(holder, &QObject::destroyed, this, [this, holder] { releaseIdleLock(holder); }));
    restartIdleTimer();
}

void Session::releaseIdleLock(QObject *holder)
{
    const auto it = m_idleHolders.constFind(holder);
    if (it == m_idleHolders.constEnd())
        return;
    disconnect(it.value());
    m_idleHolders.erase(it);
    restartIdleTimer();
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        if (m_idleTimer.isActive())
            m_idleTimer.start(); // the same interval, from now
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Session::applicationStateChanged(Qt::ApplicationState state)
{
    // Hidden or suspended: someone else may pick the tablet up before it comes back.
    if (m_options.lockWhenHidden && (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
        && m_state == Unlocked) {
        qCInfo(lcSession) << "locked: the app went to the background";
        lock();
    }
}

bool Session::verifyPin(const QString &pin)
{
    if (m_state != Unlocked || !m_store || !m_store->isUnlocked()) {
        setError(tr("Unlock Doorstep first."));
        return false;
    }
    if (const int wait = m_pinGuard.secondsToWait(); wait > 0) {
        setError(tr("Too many wrong PINs. Try again in %n seconds.", "", wait));
        return false;
    }
    if (!checkPinShape(pin))
        return false;
    // Unwrapping the key again with this PIN proves it; on a wrong PIN the open key stays as it is.
    if (Status s = m_store->unlock(pin); !s) {
        setError(plainWords(s.error()));
        if (s.error().field == QLatin1String("PIN") && s.error().reason == QLatin1String("is not correct")) {
            pinWasWrong();
            // Too many wrong PINs here lock the tablet: the password is then needed.
            if (m_pinGuard.requiresSignIn() && !m_offlineOnly) {
                lock();
                setError(tr("Too many wrong PINs. Sign in with your password, then enter your PIN."));
                setState(NeedsSignIn);
            }
        }
        return false;
    }
    m_pinGuard.recordSuccess();
    emit pinGuardChanged();
    clearError();
    return true;
}

bool Session::afterUnlock(std::optional<SealedCaseload> early)
{
    const Status loaded = early ? m_people->load(*m_store, std::move(*early)) : m_people->load(*m_store);
    if (Status s = loaded; !s) {
        m_store->lock();
        setError(plainWords(s.error()));
        setState(Locked);
        return false;
    }
    readNames();
    clearError();
    // An enrolled tablet syncs while unlocked; one that never enrolled signs in first, unless it
    // never syncs at all.
    const QString server = DeviceSettings(m_options.directory).serverUrl();
    if (!server.isEmpty() && startSync(server)) {
        setState(Unlocked);
        return true;
    }
    if (m_offlineOnly) {
        setState(Unlocked);
        return true;
    }
    setState(NeedsSignIn);
    return true;
}

void Session::readNames()
{
    QString userName;
    QString teamName;
    QString role;
    QString teamId;
    QString userId = DeviceSettings(m_options.directory).currentUserId();
    if (!userId.isEmpty()) {
        if (auto user = Repository<User>(*m_store).get(userId)) {
            userName = user->displayName;
            role = user->role;
            teamId = user->teamId;
            if (auto team = Repository<Team>(*m_store).get(user->teamId))
                teamName = team->name;
        }
    }
    if (userName != m_currentUserName || teamName != m_teamName || userId != m_currentUserId || role != m_currentRole
        || teamId != m_teamId) {
        m_currentUserName = userName;
        m_teamName = teamName;
        m_currentUserId = userId;
        m_currentRole = role;
        m_teamId = teamId;
        emit userChanged();
    }
}

const InstrumentCatalogue *Session::instruments()
{
    static const std::optional<InstrumentCatalogue> catalogue = []() -> std::optional<InstrumentCatalogue> {
        auto loaded = InstrumentCatalogue::load(InstrumentCatalogue::resourceDirectory());
        if (!loaded) {
            qCCritical(lcSession).noquote() << "the shipped instruments are broken:" << loaded.error().message();
            return std::nullopt;
        }
        return std::move(*loaded);
    }();
    return catalogue ? &*catalogue : nullptr;
}

bool Session::canReturnToCaseload() const
{
    return m_state == NeedsSignIn && m_store && m_store->isUnlocked()
        && !DeviceSettings(m_options.directory).serverUrl().isEmpty();
}

bool Session::hasPin() const
{
    return m_store && m_store->hasKey();
}

bool Session::signIn(const QString &server, const QString &userName, const QString &password)
{
    if (m_state != NeedsSignIn) {
        setError(m_state == Unavailable ? m_lastError : tr("Signing in is not possible now."));
        return false;
    }
    // The address as people type it: "doorstep.example.org" means https.
    QString address = server.trimmed();
    if (!address.isEmpty() && !address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("https://"));
    QUrl url(address, QUrl::StrictMode);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString()); // "host/" and "host" are the same server
    if (address.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        setError(tr("Enter the server's address as your team's Doorstep contact gave it, for example "
                    "https://doorstep.example.org."));
        return false;
    }
    if (userName.trimmed().isEmpty()) {
        setError(tr("Enter your user name."));
        return false;
    }
    if (password.isEmpty()) {
        setError(tr("Enter your password."));
        return false;
    }
    m_serverAddress = url.toString(QUrl::StripTrailingSlash);
    m_signInUserName = userName.trimmed();
    m_password = password;
    clearError();
    if (!m_store->isUnlocked() && m_store->hasKey()) {
        // Too many wrong PINs: the password proves who this is; the PIN then opens the store.
        emit signInChanged();
        startEnrolment();
        return true;
    }
    if (!m_store->isUnlocked()) {
        // First start: the token will be kept under the store's key, so the PIN comes first.
        m_signInPending = true;
        emit signInChanged();
        setState(NeedsPin);
        return true;
    }
    emit signInChanged();
    startEnrolment();
    return true;
}

void Session::backToSignIn()
{
    if (m_state != NeedsPin || !m_signInPending)
        return;
    m_signInPending = false;
    m_password.clear();
    emit signInChanged();
    clearError();
    setState(NeedsSignIn);
}

void Session::signInAgain()
{
    if (m_state != Unlocked || m_offlineOnly)
        return;
    stopSync();
    clearError();
    setState(NeedsSignIn);
}

void Session::returnToCaseload()
{
    if (!canReturnToCaseload())
        return;
    clearError();
    afterUnlock();
}

void Session::startEnrolment()
{
    stopSync();
    m_transport = std::make_unique<HttpTransport>(QUrl(m_serverAddress), m_options.requestTimeoutMs);
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_transport, m_options.sync);
    const QString password = std::exchange(m_password, QString());
    setState(SigningIn);
    // Names the tablet in the server's device list; the host name, never a person's.
    const QString deviceName = tr("Doorstep on %1").arg(QSysInfo::machineHostName());
    QPointer<SyncEngine> engine = m_engine.get();
    engine->client().enrol(m_signInUserName, password, deviceName, [this, engine](Result<Enrolment> result) {
        // Handled from the event loop, not inside the network reply's own signal: a failure drops
        // the transport, and with it that reply. An answer for an engine that a lock already
        // dropped is ignored.
        QMetaObject::invokeMethod(
            this,
            [this, engine, result] {
                if (engine && engine == m_engine.get())
                    enrolmentFinished(result);
            },
            Qt::QueuedConnection);
    });
}

void Session::enrolmentFinished(const Result<Enrolment> &result)
{
    m_signInPending = false;
    if (!result) {
        qCInfo(lcSession) << "sign-in refused:" << result.error().code;
        stopSync();
        emit signInChanged();
        setError(signInWords(result.error()));
        setState(NeedsSignIn);
        return;
    }
    DeviceSettings settings(m_options.directory);
    if (!result->unsavedToken.isEmpty()) {
        // The sign-in after too many wrong PINs: only the tablet's own user may lift the lock-out.
        stopSync();
        emit signInChanged();
        if (!settings.currentUserId().isEmpty() && settings.currentUserId() != result->userId) {
            setError(tr("This tablet belongs to someone else on your team. Ask them to sign in, or ask your "
                        "team's Doorstep contact."));
            setState(NeedsSignIn);
            return;
        }
        m_heldEnrolment = *result;
        m_pinGuard.allowAfterSignIn();
        emit pinGuardChanged();
        setError(tr("Signed in. Now enter your PIN. One more wrong PIN and you will need your password again."));
        setState(Locked);
        return;
    }
    settings.setServerUrl(m_serverAddress);
    settings.setCurrentUserId(result->userId);
    emit signInChanged();
    // The engine that enrolled now syncs, starting with the first sync.
    if (!afterUnlock())
        qCWarning(lcSession) << "the caseload could not be read after sign-in";
}

bool Session::startSync(const QString &server)
{
    if (!m_engine || m_serverAddress != server) {
        stopSync();
        m_transport = std::make_unique<HttpTransport>(QUrl(server), m_options.requestTimeoutMs);
        m_engine = std::make_unique<SyncEngine>(*m_store, *m_transport, m_options.sync);
    }
    if (!m_engine->client().isEnrolled()) {
        stopSync();
        return false;
    }
    m_serverAddress = server;
    m_pullCursor = m_store->records().pullCursor();
    connect(m_engine.get(), &SyncEngine::syncFinished, this, &Session::syncFinished);
    connect(m_engine.get(), &SyncEngine::lastSuccessChanged, this, [this] {
        m_lastSyncedAt = m_engine->lastSuccess();
        DeviceSettings(m_options.directory).setLastSyncedAt(m_lastSyncedAt);
        emit lastSyncedChanged();
    });
    emit syncEngineChanged();
    m_engine->start();
    return true;
}

void Session::stopSync()
{
    if (!m_engine && !m_transport)
        return;
    const bool hadEngine = m_engine != nullptr;
    // The engine first: it refers to the transport, whose destruction drops any request in flight.
    m_engine.reset();
    m_transport.reset();
    if (hadEngine)
        emit syncEngineChanged();
}

void Session::syncFinished()
{
    if (m_state != Unlocked || !m_store->isUnlocked())
        return;
    // Pulled changes move the cursor; only then is the caseload read again.
    const qint64 cursor = m_store->records().pullCursor();
    if (cursor == m_pullCursor)
        return;
    m_pullCursor = cursor;
    if (Status s = m_people->load(*m_store); !s) {
        setError(plainWords(s.error()));
        return;
    }
    readNames();
    emit caseloadReloaded();
}

bool Session::recordConsent(const QString &personId, bool given, const QString &scope)
{
    if (m_state != Unlocked) {
        setError(tr("Unlock Doorstep to record a decision."));
        return false;
    }
    if (scope.trimmed().isEmpty()) {
        setError(tr("Say what may be shared, and with whom."));
        return false;
    }
    const QString userId = DeviceSettings(m_options.directory).currentUserId();
    if (userId.isEmpty()) {
        setError(tr("This tablet does not know who is signed in, so it cannot say who recorded the decision."));
        return false;
    }
    Consent consent;
    consent.personId = personId;
    consent.decision = given ? QStringLiteral("given") : QStringLiteral("refused");
    consent.decidedOn = QDate::currentDate();
    consent.scope = scope.trimmed();
    consent.recordedBy = userId;
    if (auto id = Repository<Consent>(*m_store).create(consent); !id) {
        setError(tr("The decision was not saved. %1").arg(plainWords(id.error())));
        return false;
    }
    clearError();
    noteLocalEdit();
    return true;
}

void Session::noteLocalEdit()
{
    if (m_engine)
        m_engine->refreshCounts();
}

void Session::lock()
{
    if (!m_store)
        return;
    clearError();
    emit locking();
    // Sync stops before the key goes: nothing may be read or written while locked.
    stopSync();
    m_password.clear();
    m_caseload->setSearchText(QString());
    m_people->clear();
    if (!m_currentUserName.isEmpty() || !m_teamName.isEmpty() || !m_currentUserId.isEmpty()) {
        m_currentUserName.clear();
        m_teamName.clear();
        m_currentUserId.clear();
        m_currentRole.clear();
        m_teamId.clear();
        emit userChanged();
    }
    m_store->lock();
    if (m_signInPending) {
        m_signInPending = false;
        emit signInChanged();
    }
    if (m_store->hasKey() && (m_state == Unlocked || m_state == NeedsSignIn || m_state == SigningIn))
        setState(Locked);
    else if (m_state == NeedsPin && !m_offlineOnly)
        setState(NeedsSignIn); // the first start's sign-in was forgotten with the password
}

bool Session::reload()
{
    if (m_state != Unlocked)
        return false;
    if (Status s = m_people->load(*m_store); !s) {
        setError(plainWords(s.error()));
        return false;
    }
    return true;
}

PersonDetails *Session::personDetails(const QString &personId)
{
    auto *details = new PersonDetails();
    connect(this, &Session::locking, details, &PersonDetails::clear);
    if (m_state != Unlocked) {
        setError(tr("Unlock Doorstep to see this person."));
        return details;
    }
    if (Status s = details->load(*m_store, personId); !s)
        setError(tr("This person's record cannot be shown. %1").arg(plainWords(s.error())));
    return details;
}

void Session::clearError()
{
    setError(QString());
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    restartIdleTimer();
    emit stateChanged();
}

void Session::setError(const QString &text)
{
    if (m_lastError == text)
        return;
    m_lastError = text;
    emit lastErrorChanged();
}

QString Session::signInWords(const Error &error) const
{
    // The protocol's error codes (sync/PROTOCOL.md), each with what the person can do about it.
    const QString &code = error.code;
    if (code == QLatin1String("bad_credentials"))
        return tr("The user name or password is not right. Check them and try again.");
    if (code == QLatin1String("network"))
        return tr("The server at %1 cannot be reached. Check the address, and that this tablet is online, "
                  "then try again.")
            .arg(m_serverAddress);
    if (code == QLatin1String("rate_limited")) {
        const int seconds = error.retryAfterSeconds;
        if (seconds <= 0)
            return tr("Too many sign-ins have failed for this user name. Wait a few minutes, then try again.");
        if (seconds < 60)
            return tr("Too many sign-ins have failed for this user name. Try again in %n seconds.", nullptr, seconds);
        return tr("Too many sign-ins have failed for this user name. Try again in %n minutes.", nullptr,
                  (seconds + 59) / 60);
    }
    if (code == QLatin1String("forbidden"))
        return tr("This tablet is signed in to the server as someone else. Ask your team's Doorstep contact.");
    if (code == QLatin1String("unsupported_protocol") || code == QLatin1String("unsupported_schema"))
        return tr("The server does not accept this version of Doorstep. Update the app, then sign in.");
    return tr("The server did not accept the sign-in: %1").arg(plainWords(error));
}

QString Session::plainWords(const Error &error) const
{
    // The store's messages name a field and a reason and never carry personal data; the common
    // ones get a sentence a practitioner can act on.
    if (error.field == QLatin1String("PIN") && error.reason == QLatin1String("is not correct"))
        return tr("That PIN is not right. Check it and try again.");
    QString text = error.message();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.endsWith(u'.'))
        text.append(u'.');
    return text;
}

} // namespace doorstep
