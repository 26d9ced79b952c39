#pragma once

#include <QString>

namespace doorstep {

// Who this device signed in as; kept encrypted in the store with the device token.
struct Enrolment
{
    QString userId;
    QString teamId;
    QString role;
};

} // namespace doorstep
