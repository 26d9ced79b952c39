#include "session.h"

#include "caseloadfiltermodel.h"
#include "demosetup.h"
#include "devicesettings.h"
#include "persondetails.h"
#include "personlistmodel.h"
#include "repository.h"
#include "store.h"
#include "team.h"
#include "user.h"

#include <QLoggingCategory>
#include <QStandardPaths>

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
      m_caseload(new CaseloadFilterModel(this))
{
    m_caseload->setSourceModel(m_people);
    if (m_options.directory.isEmpty())
        m_options.directory = defaultDataDirectory();
    m_demo = DeviceSettings(m_options.directory).isDemo();

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
    m_state = m_store->hasKey() ? Locked : NeedsPin;
}

QString Session::demoPin() const
{
    return m_demo ? DemoSetup::pin() : QString();
}

Session::~Session()
{
    // Whatever happens to the engine, decrypted data does not outlive the session.
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
    if (!checkPinShape(pin))
        return false;
    if (Status s = m_store->unlock(pin); !s) {
        setError(plainWords(s.error()));
        return false;
    }
    return afterUnlock();
}

bool Session::afterUnlock()
{
    if (Status s = m_people->load(*m_store); !s) {
        m_store->lock();
        setError(plainWords(s.error()));
        setState(Locked);
        return false;
    }
    m_currentUserName.clear();
    m_teamName.clear();
    const QString userId = DeviceSettings(m_options.directory).currentUserId();
    if (!userId.isEmpty()) {
        if (auto user = Repository<User>(*m_store).get(userId)) {
            m_currentUserName = user->displayName;
            if (auto team = Repository<Team>(*m_store).get(user->teamId))
                m_teamName = team->name;
        }
    }
    clearError();
    setState(Unlocked);
    return true;
}

void Session::lock()
{
    if (!m_store)
        return;
    emit locking();
    m_caseload->setSearchText(QString());
    m_people->clear();
    m_currentUserName.clear();
    m_teamName.clear();
    m_store->lock();
    if (m_state == Unlocked)
        setState(Locked);
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
    emit stateChanged();
}

void Session::setError(const QString &text)
{
    if (m_lastError == text)
        return;
    m_lastError = text;
    emit lastErrorChanged();
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
