#pragma once

#include "mutation.h"

#include <vector>

namespace doorstep {

struct PushRequest
{
    int schemaVersion = 0;
    QString deviceId;
    qint64 from = 0; // the first mutation's counter
    std::vector<Mutation> mutations; // in counter order, without gaps: the i-th has counter from + i
};

} // namespace doorstep
