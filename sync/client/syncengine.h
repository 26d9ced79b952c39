#pragma once

#include "syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <random>

namespace doorstep {

class Store;

// Keeps a tablet in sync without anyone thinking about it: on start, when connectivity returns
// (QNetworkInformation where the platform has a backend, a cheap periodic probe where not), every few
// minutes, and on "sync now". A failure that may pass (no network, server busy) is retried with
// exponential backoff and jitter; one that needs a person (signed out, a refused change) waits for
// them and says why in words. Exposed to QML through a singleton in the app module.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int progressDone READ progressDone NOTIFY progressChanged)
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY progressChanged)
    // Whether the progress counts records received (the pull) rather than changes sent (the push).
    Q_PROPERTY(bool receiving READ receiving NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY lastSuccessChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY countsChanged)

public:
    enum class State { Idle, Syncing, Waiting, Offline, NeedsSignIn, Refused };
    Q_ENUM(State)

    struct Options
    {
        int periodMs = 5 * 60 * 1000;
        int firstRetryMs = 2000;
        int maxRetryMs = 10 * 60 * 1000;
        int probeMs = 30 * 1000; // how often to look for the network when no backend says
        bool useNetworkInformation = true;
    };

    SyncEngine(Store &store, SyncTransport &transport, Options options, QObject *parent = nullptr);

    // Starts the timers and syncs once.
    void start();
    Q_INVOKABLE void syncNow();
    // Call after local edits, so the pending count shown is current.
    Q_INVOKABLE void refreshCounts();

    // The change the server refused by name in the last sync that reached it (its mutation id in
    // Error::subject, found by SyncClient from the counter the server named; the server's field and
    // reason beside it); empty when there is none. A change refused for what it holds, not for how it
    // was sent: set aside, it lets the others go.
    const Error &refusedChange() const { return m_refusedChange; }
    // Sets that change aside (RecordStore::setAside: kept on the tablet, undone in its record) and syncs
    // again. Refused while a sync is under way, since the batch in flight carries that very change.
    Status setAsideRefusedChange(const QString &mutationId);

    State state() const { return m_state; }
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; }
    bool receiving() const { return m_receiving; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    int pendingCount() const { return m_pending; }
    int conflictCount() const { return m_conflicts; }
    int retryDelayMs() const { return m_retryDelayMs; }
    bool retryScheduled() const { return m_retry.isActive(); }

    SyncClient &client() { return m_client; }

signals:
    void stateChanged();
    void progressChanged();
    void lastSuccessChanged();
    void lastErrorChanged();
    void countsChanged();
    void refusedChangeChanged();
    void syncFinished(bool ok);

private:
    void finish(const SyncOutcome &outcome);
    void setState(State state);
    void setError(const QString &error);
    void setRefusedChange(const Error &error);
    void scheduleRetry();
    void connectivityChanged(bool reachable);
    static QString inWords(const SyncOutcome &outcome);

    Store &m_store;
    SyncClient m_client;
    Options m_options;
    QTimer m_periodic;
    QTimer m_retry;
    QTimer m_probe;
    State m_state = State::Idle;
    int m_done = 0;
    int m_total = 0;
    bool m_receiving = false;
    QDateTime m_lastSuccess;
    QString m_lastError;
    Error m_refusedChange;
    int m_pending = 0;
    int m_conflicts = 0;
    int m_failures = 0;
    int m_retryDelayMs = 0;
    bool m_again = false;
    bool m_haveNetworkInformation = false;
    std::mt19937 m_jitter{std::random_device{}()};
};

} // namespace doorstep
