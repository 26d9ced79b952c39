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
    // Asks the page to say how many records are still to come after it (PullPage::remaining), for
    // the progress a person sees; a device asks on the first page of a sync only, as it costs a count.
    bool count = false;
};

} // namespace doorstep
