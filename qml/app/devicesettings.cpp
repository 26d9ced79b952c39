#include "devicesettings.h"

#include <QDir>
#include <QSettings>

namespace doorstep {

namespace {
const QString kCurrentUser = QStringLiteral("device/currentUserId");
const QString kDemo = QStringLiteral("device/demo");
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

} // namespace doorstep
