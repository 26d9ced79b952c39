#include "devicesettings.h"

#include <QDir>
#include <QSettings>

namespace doorstep {

namespace {
const QString kCurrentUser = QStringLiteral("device/currentUserId");
const QString kDemo = QStringLiteral("device/demo");
const QString kOfflineOnly = QStringLiteral("device/offlineOnly");
const QString kServer = QStringLiteral("sync/server");
const QString kLastSynced = QStringLiteral("sync/lastSuccess");
const QString kPinFailures = QStringLiteral("lock/pinFailures");
const QString kPinRetryAt = QStringLiteral("lock/pinRetryAt");
const QString kIdleLockMinutes = QStringLiteral("lock/idleMinutes");
} // namespace

DeviceSettings::DeviceSettings(QString dataDirectory) : m_path(QDir(dataDirectory).filePath(fileName())) { }

QString DeviceSettings::currentUserId() const
{
    return QSettings(m_path, QSettings::IniFormat).value(kCurrentUser).toString();
}

void DeviceSettings::setCurrentUserId(const QString &userId)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(kCurrentUser, userId);
    settings.sync();
}

bool DeviceSettings::isDemo() const
{
    return QSettings(m_path, QSettings::IniFormat).value(kDemo, false).toBool();
}

void DeviceSettings::setDemo(bool demo)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(kDemo, demo);
    settings.sync();
}

bool DeviceSettings::isOfflineOnly() const
{
    return QSettings(m_path, QSettings::IniFormat).value(kOfflineOnly, false).toBool();
}

void DeviceSettings::setOfflineOnly(bool offlineOnly)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(kOfflineOnly, offlineOnly);
    settings.sync();
}

QString DeviceSettings::serverUrl() const
{
    return QSettings(m_path, QSettings::IniFormat).value(kServer).toString();
}

void DeviceSettings::setServerUrl(const QString &url)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(kServer, url);
    settings.sync();
}

QDateTime DeviceSettings::lastSyncedAt() const
{
    return QDateTime::fromString(QSettings(m_path, QSettings::IniFormat).value(kLastSynced).toString(),
                                 Qt::ISODateWithMs);
}

void DeviceSettings::setLastSyncedAt(const QDateTime &when)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(kLastSynced, when.toUTC().toString(Qt::ISODateWithMs));
    settings.sync();
}

int DeviceSettings::pinFailures() const
{
    bool ok = false;
    const int failures = QSettings(m_path, QSettings::IniFormat).value(kPinFailures, 0).toInt(&ok);
    return ok && failures > 0 ? failures : 0;
}

QDateTime DeviceSettings::pinRetryAt() const
{
    return QDateTime::fromString(QSettings(m_path, QSettings::IniFormat).value(kPinRetryAt).toString(), Qt::ISODate);
}

void DeviceSettings::setPinFailures(int failures, const QDateTime &retryAt)
{
    QSettings settings(m_path, QSettings::IniFormat);
    if (failures <= 0) {
        settings.remove(kPinFailures);
        settings.remove(kPinRetryAt);
    } else {
        settings.setValue(kPinFailures, failures);
        if (retryAt.isValid())
            settings.setValue(kPinRetryAt, retryAt.toUTC().toString(Qt::ISODate));
        else
            settings.remove(kPinRetryAt);
    }
    settings.sync();
}

int DeviceSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes
        = QSettings(m_path, QSettings::IniFormat).value(kIdleLockMinutes, kDefaultIdleLockMinutes).toInt(&ok);
    // A hand-edited value that makes no sense falls back to the default rather than to "never".
    return ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : kDefaultIdleLockMinutes;
}

void DeviceSettings::setIdleLockMinutes(int minutes)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(kIdleLockMinutes, minutes);
    settings.sync();
}

} // namespace doorstep
