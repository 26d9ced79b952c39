#pragma once

#include "result.h"

namespace doorstep {

// How one sync cycle ended. transient errors (no network, server busy) are retried with backoff;
// the others need a person (sign in again, or a refused change to look at).
struct SyncOutcome
{
    Status status = ok();
    bool transient = false;
    bool needsSignIn = false;
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
};

} // namespace doorstep
