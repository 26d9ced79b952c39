#pragma once

#include "recordstore.h"

#include <vector>

namespace doorstep {

// One page of a pull, decoded and validated on the device before any of it is applied.
struct PullPage
{
    std::vector<PulledRecord> records;
    qint64 next = 0;
    bool more = false;
    // Server records still to come after this page, when the request asked (-1 when it did not).
    qint64 remaining = -1;
};

} // namespace doorstep
