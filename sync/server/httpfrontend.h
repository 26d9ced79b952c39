#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QList>

namespace doorstep {

class LowDelayTcpServer;
class SyncService;

// The HTTP routes of protocol v1 over SyncService. Qt HTTP Server 6.4 is a technology preview, so
// it only ever listens on loopback; TLS, body and rate limits belong to the reverse proxy in front.
class HttpFrontend
{
public:
    explicit HttpFrontend(SyncService &service);

    // Returns the port listened on (useful with port 0), or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    // A duplicate of the listening socket after listen(), or -1: for another frontend to accept
    // connections from the same socket (serve()).
    qintptr duplicateListeningSocket() const;
    // Accepts connections from \a listeningSocket, a listening socket this frontend now owns.
    bool serve(qintptr listeningSocket);

private:
    // Sends the answers written so far, before this thread takes on another request (LowDelayTcpServer).
    void sendEarlierAnswers();

    SyncService &m_service;
    QHttpServer m_server;
    QList<LowDelayTcpServer *> m_tcpServers; // children of m_server
    qintptr m_listening = -1;
};

} // namespace doorstep
