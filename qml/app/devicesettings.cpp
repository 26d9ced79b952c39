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

} // namespace doorstep
