#pragma once

#include <QDateTime>
#include <QString>

namespace doorstep {

// The few settings that belong to one data directory rather than to the user's account: who uses
// this store, whether it is the demo, which server it syncs with and when it last did. Kept in
// <dataDir>/doorstep.ini beside the database; ids, flags, an address and a time, never personal data.
class DeviceSettings
{
public:
    explicit DeviceSettings(QString dataDirectory);

    QString currentUserId() const;
    void setCurrentUserId(const QString &userId);

    bool isDemo() const;
    void setDemo(bool demo);

    // A store that never syncs (the offline demo, generated on the tablet itself): no sign-in.
    bool isOfflineOnly() const;
    void setOfflineOnly(bool offlineOnly);

    // The sync server this store was enrolled with; empty until a sign-in succeeded.
    QString serverUrl() const;
    void setServerUrl(const QString &url);

    // When a sync last finished without an error, so "last synced" survives a lock and a restart.
    QDateTime lastSyncedAt() const;
    void setLastSyncedAt(const QDateTime &when);

    // Wrong PINs in a row, and when the next try is allowed (PinGuard's policy); 0 and invalid when clear.
    int pinFailures() const;
    QDateTime pinRetryAt() const;
    void setPinFailures(int failures, const QDateTime &retryAt);

    // Minutes without a touch or key after which the app locks itself; 0 means never.
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    static constexpr int kDefaultIdleLockMinutes = 5;

    static QString fileName() { return QStringLiteral("doorstep.ini"); }

private:
    QString m_path;
};

} // namespace doorstep
