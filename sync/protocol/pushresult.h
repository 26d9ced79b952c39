#pragma once

#include <QString>

namespace doorstep {

// The server's answer to a push: everything up to acknowledgedThrough is safely applied.
struct PushResult
{
    qint64 acknowledgedThrough = 0;
    int applied = 0;
    int duplicates = 0;
    int conflicts = 0;
};

} // namespace doorstep
