#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace doorstep {

class Session;
class SyncEngine;

// Sync as the screens show it: a thin QObject that forwards the properties of the Session's
// SyncEngine (which exists only while the store is unlocked and the tablet is enrolled) and puts them
// into words. Without an engine the state is Off and the counts are zero. One per QML engine, over
// that engine's Session.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(bool canSyncNow READ canSyncNow NOTIFY stateChanged)
    Q_PROPERTY(int progressDone READ progressDone NOTIFY progressChanged)
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY lastSuccessChanged)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY lastSuccessChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY countsChanged)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY countsChanged)
    Q_PROPERTY(QString conflictText READ conflictText NOTIFY countsChanged)

public:
    // SyncEngine's states, and Off: no engine (locked, not signed in, or an offline demo).
    enum State { Off, Idle, Syncing, Waiting, Offline, NeedsSignIn, Refused };
    Q_ENUM(State)

    explicit SyncStatus(Session *session, QObject *parent = nullptr);
    static SyncStatus *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    State state() const;
    QString stateText() const;
    bool canSyncNow() const;
    int progressDone() const;
    int progressTotal() const;
    QString progressText() const;
    QDateTime lastSuccess() const;
    QString lastSuccessText() const;
    QString lastError() const;
    int pendingCount() const;
    int conflictCount() const;
    QString pendingText() const;
    QString conflictText() const;

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refreshCounts();

    // "today at 14:05", "yesterday at 09:30", "3 March 2026 at 17:10", or "never"; in local time.
    static QString describeLastSuccess(const QDateTime &when, const QDateTime &now);

signals:
    void stateChanged();
    void progressChanged();
    void lastSuccessChanged();
    void lastErrorChanged();
    void countsChanged();

private:
    void follow(SyncEngine *engine);
    void emitAll();

    QPointer<Session> m_session;
    QPointer<SyncEngine> m_engine;
};

} // namespace doorstep
