#pragma once

#include <QString>

namespace doorstep {

// The few settings that belong to one data directory rather than to the user's account: who uses
// this store and whether it is the demo. Kept in <dataDir>/doorstep.ini beside the database; ids
// and flags only, never personal data.
class DeviceSettings
{
public:
    explicit DeviceSettings(QString dataDirectory);

    QString currentUserId() const;
    void setCurrentUserId(const QString &userId);

    bool isDemo() const;
    void setDemo(bool demo);

    static QString fileName() { return QStringLiteral("doorstep.ini"); }

private:
    QString m_path;
};

} // namespace doorstep
