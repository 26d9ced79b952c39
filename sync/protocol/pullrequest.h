#pragma once

#include <QString>

namespace doorstep {

struct PullRequest
{
    int schemaVersion = 0;
    QString deviceId;
    qint64 after = 0; // the server sequence the device has applied up to
    int limit = 0;
};

} // namespace doorstep
