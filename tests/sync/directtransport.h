#pragma once

#include "syncservice.h"
#include "synctransport.h"

#include <functional>

namespace doorstep {

// Calls the server's SyncService in the same process, with no HTTP: the simulation and the service
// tests drive the real server logic and the real client this way. A hook may drop, duplicate or
// alter a request or its reply, as a bad network would.
class DirectTransport : public SyncTransport
{
public:
    explicit DirectTransport(SyncService &service) : m_service(service) { }

    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override
    {
        ServerReply reply;
        if (path == QLatin1String("/v1/enrol"))
            reply = m_service.enrol(body);
        else if (path == QLatin1String("/v1/push"))
            reply = m_service.push(token, body);
        else if (path == QLatin1String("/v1/pull"))
            reply = m_service.pull(token, body);
        else
            reply.status = 404;
        done(TransportReply{reply.status, reply.body, QString(), reply.retryAfterSeconds});
    }

private:
    SyncService &m_service;
};

} // namespace doorstep
