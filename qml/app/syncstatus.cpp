#include "syncstatus.h"

#include "session.h"
#include "syncengine.h"

#include <QJSEngine>
#include <QLocale>
#include <QQmlEngine>

namespace doorstep {

SyncStatus::SyncStatus(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    if (!session)
        return;
    connect(session, &Session::syncEngineChanged, this, [this] { follow(m_session->syncEngine()); });
    connect(session, &Session::lastSyncedChanged, this, &SyncStatus::lastSuccessChanged);
    follow(session->syncEngine());
}

SyncStatus *SyncStatus::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    // The engine's own Session, so that each QML engine shows the store it opened.
    auto *session = qmlEngine->singletonInstance<Session *>(qmlTypeId("Doorstep.App", 1, 0, "Session"));
    return new SyncStatus(session);
}

void SyncStatus::follow(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine) {
        connect(engine, &SyncEngine::stateChanged, this, &SyncStatus::stateChanged);
        connect(engine, &SyncEngine::progressChanged, this, &SyncStatus::progressChanged);
        connect(engine, &SyncEngine::lastErrorChanged, this, &SyncStatus::lastErrorChanged);
        connect(engine, &SyncEngine::countsChanged, this, &SyncStatus::countsChanged);
        connect(engine, &SyncEngine::lastSuccessChanged, this, &SyncStatus::lastSuccessChanged);
        // A state text that counts changes reads the counts too.
        connect(engine, &SyncEngine::countsChanged, this, &SyncStatus::stateChanged);
    }
    emitAll();
}

void SyncStatus::emitAll()
{
    emit stateChanged();
    emit progressChanged();
    emit lastSuccessChanged();
    emit lastErrorChanged();
    emit countsChanged();
}

SyncStatus::State SyncStatus::state() const
{
    if (!m_engine)
        return Off;
    switch (m_engine->state()) {
    case SyncEngine::State::Idle:
        return Idle;
    case SyncEngine::State::Syncing:
        return Syncing;
    case SyncEngine::State::Waiting:
        return Waiting;
    case SyncEngine::State::Offline:
        return Offline;
    case SyncEngine::State::NeedsSignIn:
        return NeedsSignIn;
    case SyncEngine::State::Refused:
        return Refused;
    }
    return Off;
}

QString SyncStatus::stateText() const
{
    switch (state()) {
    case Off:
        return m_session && m_session->isDemo() ? tr("Offline demo: not connected to a server")
                                                : tr("Not connected to a server");
    case Idle:
        return pendingCount() > 0 ? tr("Changes waiting to be sent") : tr("Up to date");
    case Syncing:
        return tr("Syncing\u2026");
    case Waiting:
        return tr("Server busy: trying again shortly");
    case Offline:
        return tr("No connection: working offline");
    case NeedsSignIn:
        return tr("Signed out: sign in again to sync");
    case Refused:
        return tr("A change was refused by the server");
    }
    return {};
}

bool SyncStatus::canSyncNow() const
{
    const State s = state();
    return s != Off && s != Syncing && s != NeedsSignIn;
}

int SyncStatus::progressDone() const
{
    return m_engine ? m_engine->progressDone() : 0;
}

int SyncStatus::progressTotal() const
{
    return m_engine ? m_engine->progressTotal() : 0;
}

QString SyncStatus::progressText() const
{
    if (state() != Syncing)
        return {};
    if (progressTotal() <= 0)
        return tr("Fetching the team's latest changes");
    if (m_engine && m_engine->receiving()) {
        // A new tablet's first sync brings the team's whole record: say how far along it is.
        const QLocale locale;
        return tr("%1 of %2 records received").arg(locale.toString(progressDone()), locale.toString(progressTotal()));
    }
    return progressTotal() == 1 ? tr("Sending 1 change")
                                : tr("%1 of %2 changes sent").arg(progressDone()).arg(progressTotal());
}

QDateTime SyncStatus::lastSuccess() const
{
    const QDateTime remembered = m_session ? m_session->lastSyncedAt() : QDateTime();
    const QDateTime live = m_engine ? m_engine->lastSuccess() : QDateTime();
    if (!live.isValid())
        return remembered;
    return !remembered.isValid() || live > remembered ? live : remembered;
}

QString SyncStatus::lastSuccessText() const
{
    if (!lastSuccess().isValid())
        return state() == Off ? QString() : tr("Not synced yet");
    return tr("Last synced %1").arg(describeLastSuccess(lastSuccess(), QDateTime::currentDateTime()));
}

QString SyncStatus::lastError() const
{
    return m_engine ? m_engine->lastError() : QString();
}

int SyncStatus::pendingCount() const
{
    return m_engine ? m_engine->pendingCount() : 0;
}

int SyncStatus::conflictCount() const
{
    return m_engine ? m_engine->conflictCount() : 0;
}

QString SyncStatus::pendingText() const
{
    if (!m_engine)
        return {};
    if (pendingCount() == 0)
        return tr("Every change sent");
    return pendingCount() == 1 ? tr("1 change not sent yet") : tr("%1 changes not sent yet").arg(pendingCount());
}

QString SyncStatus::conflictText() const
{
    if (conflictCount() == 0)
        return {};
    return conflictCount() == 1 ? tr("1 conflict to review") : tr("%1 conflicts to review").arg(conflictCount());
}

void SyncStatus::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

void SyncStatus::refreshCounts()
{
    if (m_engine)
        m_engine->refreshCounts();
}

QString SyncStatus::describeLastSuccess(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = local.toString(QStringLiteral("HH:mm"));
    if (local.date() == today)
        return tr("today at %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday at %1").arg(time);
    return tr("%1 at %2").arg(QLocale().toString(local, QStringLiteral("d MMMM yyyy")), time);
}

} // namespace doorstep
