#include "httpfrontend.h"

#include "lowdelaytcpserver.h"
#include "protocolcodec.h"
#include "syncservice.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#endif

namespace doorstep {

namespace {

QHttpServerResponse toResponse(const ServerReply &reply)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), reply.body,
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    if (reply.retryAfterSeconds > 0)
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(reply.retryAfterSeconds));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QByteArray bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    return header.startsWith(prefix) ? header.mid(prefix.size()).trimmed() : QByteArray();
}

QHttpServerResponse wrongMethod()
{
    return toResponse(
        {405,
         ProtocolCodec::encodeError(Error(QString(), QStringLiteral("use POST"), QStringLiteral("method_not_allowed"))),
         0});
}

} // namespace

HttpFrontend::HttpFrontend(SyncService &service) : m_service(service)
{
    m_server.route(QStringLiteral("/v1/health"), [this](const QHttpServerRequest &) {
        sendEarlierAnswers();
        return toResponse(m_service.health());
    });
    m_server.route(QStringLiteral("/v1/enrol"), [this](const QHttpServerRequest &request) {
        sendEarlierAnswers();
        if (request.method() != QHttpServerRequest::Method::Post)
            return wrongMethod();
        return toResponse(m_service.enrol(request.body()));
    });
    m_server.route(QStringLiteral("/v1/push"), [this](const QHttpServerRequest &request) {
        sendEarlierAnswers();
        if (request.method() != QHttpServerRequest::Method::Post)
            return wrongMethod();
        return toResponse(m_service.push(bearerToken(request), request.body()));
    });
    m_server.route(QStringLiteral("/v1/pull"), [this](const QHttpServerRequest &request) {
        sendEarlierAnswers();
        if (request.method() != QHttpServerRequest::Method::Post)
            return wrongMethod();
        return toResponse(m_service.pull(bearerToken(request), request.body()));
    });
}

void HttpFrontend::sendEarlierAnswers()
{
    for (LowDelayTcpServer *server : std::as_const(m_tcpServers))
        server->sendWritten();
}

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback())
        return 0;
    // A child of the HTTP server, so it goes with it whatever bind() does with ownership.
    auto *server = new LowDelayTcpServer(&m_server);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    m_listening = server->socketDescriptor();
    m_server.bind(server);
    m_tcpServers.append(server);
    return server->serverPort();
}

qintptr HttpFrontend::duplicateListeningSocket() const
{
#ifdef Q_OS_UNIX
    return m_listening < 0 ? -1 : qintptr(::fcntl(int(m_listening), F_DUPFD_CLOEXEC, 0));
#else
    return -1;
#endif
}

bool HttpFrontend::serve(qintptr listeningSocket)
{
    auto *server = new LowDelayTcpServer(&m_server);
    // Every frontend serving the socket is woken by a new connection; the one that accepts it
    // first serves it, the others find nothing to accept (a temporary error QTcpServer passes over).
    if (!server->setSocketDescriptor(listeningSocket)) {
        delete server;
        return false;
    }
    m_server.bind(server);
    m_tcpServers.append(server);
    return true;
}

} // namespace doorstep
