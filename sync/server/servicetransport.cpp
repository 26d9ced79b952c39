#include "servicetransport.h"

#include "syncservice.h"

namespace doorstep {

void ServiceTransport::post(const QString &path, const QByteArray &body, const QByteArray &token, Done done)
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

} // namespace doorstep
