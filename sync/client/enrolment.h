#pragma once

#include <QByteArray>
#include <QString>

namespace doorstep {

// Who this device signed in as; kept encrypted in the store with the device token.
struct Enrolment
{
    QString userId;
    QString teamId;
    QString role;
    // Set only when the store was locked as the answer came (a sign-in after too many wrong PINs):
    // the device token the server gave, to be kept with SyncClient::saveEnrolment once unlocked.
    QByteArray unsavedToken = {};
};

} // namespace doorstep
