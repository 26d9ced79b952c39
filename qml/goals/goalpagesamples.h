#pragma once

#include <QString>
#include <QVariantMap>

namespace doorstep {

class Session;

// What each goals QML file needs to be created on its own (the app's --self-test creates every file
// of the module): real values from one person of the unlocked demo store.
class GoalPageSamples
{
public:
    // Empty for a file that needs nothing; objects made here belong to the session.
    static QVariantMap initialProperties(const QString &file, Session &session, const QString &personId);
};

} // namespace doorstep
