#pragma once

#include "mutation.h"

#include <vector>

namespace doorstep {

struct PushRequest
{
    int schemaVersion = 0;
    QString deviceId;
    std::vector<Mutation> mutations; // in counter order, without gaps
};

} // namespace doorstep
