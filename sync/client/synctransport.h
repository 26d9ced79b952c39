#pragma once

#include "transportreply.h"

#include <functional>

namespace doorstep {

// How the sync client reaches the server: HTTP in the app, a direct call in the simulation.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    using Done = std::function<void(const TransportReply &)>;
    // path is "/v1/enrol", "/v1/push" or "/v1/pull"; token is empty for enrol.
    virtual void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) = 0;
};

} // namespace doorstep
