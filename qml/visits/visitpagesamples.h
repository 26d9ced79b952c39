#pragma once

#include <QString>
#include <QVariantMap>

namespace doorstep {

class Session;

// What each visits QML file needs to be created on its own (the app's --self-test creates every file
// of the module): real values from the signed-in practitioner's day on the unlocked demo store.
class VisitPageSamples
{
public:
    // Empty for a file that needs nothing.
    static QVariantMap initialProperties(const QString &file, Session &session, const QString &personId);
};

} // namespace doorstep
