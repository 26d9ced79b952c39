#pragma once

#include "transportreply.h"

#include <functional>
#include <memory>

namespace doorstep {

// How the sync client reaches the server: HTTP in the app, a direct call in the simulation.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    using Done = std::function<void(const TransportReply &)>;
    // path is "/v1/enrol", "/v1/push" or "/v1/pull"; token is empty for enrol.
    virtual void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) = 0;

    // Makes another transport to the same server, for a thread of its own (called on that thread).
    // Empty where requests must stay on the caller's thread, as in the deterministic simulation.
    using Factory = std::function<std::unique_ptr<SyncTransport>()>;
    virtual Factory threadFactory() const { return {}; }
};

} // namespace doorstep
