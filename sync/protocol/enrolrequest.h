#pragma once

#include <QString>

namespace doorstep {

struct EnrolRequest
{
    int schemaVersion = 0;
    QString userName;
    QString password;
    QString deviceId;
    QString deviceName;
};

} // namespace doorstep
