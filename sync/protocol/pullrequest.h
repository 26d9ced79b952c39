#pragma once

#include <QString>

namespace doorstep {

struct PullRequest
{
    int schemaVersion = 0;
    QString deviceId;
    qint64 after = 0; // the server sequence the device has applied up to
    int limit = 0;
    // Paging through a resynchronisation that started from 0: the server lets it pass deletions
    // purged since, which the device drops anyway by not seeing them.
    bool resync = false;
};

} // namespace doorstep
