#include "syncengine.h"

#include "outbox.h"
#include "recordstore.h"
#include "store.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcSync, "doorstep.sync")

namespace doorstep {

SyncEngine::SyncEngine(Store &store, SyncTransport &transport, Options options, QObject *parent)
    : QObject(parent), m_store(store), m_client(store, transport), m_options(options)
{
    m_periodic.setInterval(m_options.periodMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_probe.setInterval(m_options.probeMs);
    connect(&m_probe, &QTimer::timeout, this, [this] {
        if (m_state == State::Offline)
            syncNow(); // a cheap probe: a pull that finds nothing costs one small request
    });
}

void SyncEngine::start()
{
    if (m_options.useNetworkInformation
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        m_haveNetworkInformation = true;
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    connectivityChanged(r == QNetworkInformation::Reachability::Online
                                        || r == QNetworkInformation::Reachability::Site
                                        || r == QNetworkInformation::Reachability::Local);
                });
    } else {
        m_probe.start();
    }
    m_periodic.start();
    refreshCounts();
    syncNow();
}

void SyncEngine::connectivityChanged(bool reachable)
{
    qCInfo(lcSync) << "connectivity:" << (reachable ? "online" : "offline");
    if (reachable && (m_state == State::Offline || m_state == State::Waiting)) {
        m_retry.stop();
        m_failures = 0;
        syncNow();
    } else if (!reachable && m_state != State::Syncing) {
        setState(State::Offline);
    }
}

void SyncEngine::refreshCounts()
{
    const int pending = int(m_store.outbox().count());
    const int conflicts = int(m_store.outbox().unresolvedConflicts());
    if (pending != m_pending || conflicts != m_conflicts) {
        m_pending = pending;
        m_conflicts = conflicts;
        emit countsChanged();
    }
}

void SyncEngine::syncNow()
{
    if (!m_store.isUnlocked())
        return; // nothing can be read or written while locked; the next unlock starts again
    if (m_state == State::Syncing) {
        m_again = true; // one more cycle after this one, for what changed meanwhile
        return;
    }
    m_retry.stop();
    setState(State::Syncing);
    m_done = 0;
    m_total = int(m_store.outbox().count());
    m_receiving = false;
    emit progressChanged();
    m_client.sync([this](const SyncOutcome &outcome) { finish(outcome); },
                  [this](int done, int total) {
                      m_done = done;
                      m_total = total;
                      emit progressChanged();
                  },
                  [this](int received, int total) {
                      m_receiving = true;
                      m_done = received;
                      m_total = total;
                      emit progressChanged();
                  });
}

void SyncEngine::finish(const SyncOutcome &outcome)
{
    refreshCounts();
    if (outcome.status.ok()) {
        m_failures = 0;
        m_retryDelayMs = 0;
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        emit lastSuccessChanged();
        setError(QString());
        setRefusedChange({});
        setState(State::Idle);
        emit syncFinished(true);
        if (m_again) {
            m_again = false;
            syncNow();
        }
        return;
    }
    m_again = false;
    setError(inWords(outcome));
    if (outcome.needsSignIn) {
        setState(State::NeedsSignIn);
    } else if (outcome.transient) {
        setState(outcome.status.error().code == QLatin1String("network") ? State::Offline : State::Waiting);
        scheduleRetry();
    } else {
        // Refused: the outbox stays as it is; retrying the same batch would be refused again, so it
        // waits for "sync now", a new edit, the periodic timer, or the change to be set aside. Only a
        // change refused for its content may be set aside: a gap or a version the server does not speak
        // is not the change's fault.
        static const QStringList forItsContent{QStringLiteral("invalid_value"), QStringLiteral("invalid_request"),
                                               QStringLiteral("unknown_entity"), QStringLiteral("unknown_parent"),
                                               QStringLiteral("forbidden")};
        const Error &e = outcome.status.error();
        setRefusedChange(!e.subject.isEmpty() && forItsContent.contains(e.code) ? e : Error());
        setState(State::Refused);
    }
    emit syncFinished(false);
}

Status SyncEngine::setAsideRefusedChange(const QString &mutationId)
{
    if (m_state == State::Syncing)
        return Error(QString(), tr("A sync is under way. Try again when it has finished."));
    if (mutationId.isEmpty() || mutationId != m_refusedChange.subject)
        return Error(QString(), tr("That change is no longer the one the server refused."));
    if (Status s = m_store.records().setAside(mutationId, m_refusedChange, QDateTime::currentDateTimeUtc()); !s)
        return s;
    qCInfo(lcSync) << "a refused change was set aside; the rest of the outbox goes on";
    setRefusedChange({});
    refreshCounts();
    syncNow();
    return ok();
}

void SyncEngine::setRefusedChange(const Error &error)
{
    if (error.subject != m_refusedChange.subject || error.message() != m_refusedChange.message()) {
        m_refusedChange = error;
        emit refusedChangeChanged();
    }
}

void SyncEngine::scheduleRetry()
{
    // Exponential backoff with full jitter, so a team's tablets coming back at once spread out.
    ++m_failures;
    const qint64 ceiling
        = std::min<qint64>(qint64(m_options.firstRetryMs) << std::min(m_failures - 1, 20), m_options.maxRetryMs);
    std::uniform_int_distribution<qint64> spread(ceiling / 2, ceiling);
    m_retryDelayMs = int(spread(m_jitter));
    m_retry.start(m_retryDelayMs);
}

void SyncEngine::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        emit stateChanged();
    }
}

void SyncEngine::setError(const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        emit lastErrorChanged();
    }
}

QString SyncEngine::inWords(const SyncOutcome &outcome)
{
    const Error &e = outcome.status.error();
    if (e.code == QLatin1String("network"))
        return tr("No connection to the server. Everything is kept on this tablet and will be sent later.");
    if (e.code == QLatin1String("revoked"))
        return tr("This tablet has been signed out by an administrator. Sign in again; nothing has been lost.");
    if (e.code == QLatin1String("unauthorized"))
        return tr("This tablet is not signed in. Sign in again; nothing has been lost.");
    if (outcome.transient)
        return tr("The server is busy. Trying again shortly; nothing has been lost.");
    // A refused change: say which field and why, never the value (it may be personal).
    return tr("The server refused a change (%1). It is kept on this tablet.").arg(e.message());
}

} // namespace doorstep
