#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace doorstep {

// A TCP server whose connections neither hold back a reply's last piece (TCP_NODELAY) nor delay
// their acknowledgements (TCP_QUICKACK, Linux, armed again on every read), and which can send what
// has been written to them without waiting for the event loop (sendWritten()).
//
// A push is one large request and one small answer. Without these, the request's last piece waited
// in the device's kernel for an acknowledgement that this side delayed by 40 ms (Nagle's algorithm
// meeting delayed ACKs): half the time of a push of 500 edits (bench_sync_push --trace). Neither the
// device's QNetworkAccessManager nor Qt HTTP Server lets their sockets be set; this side's can be.
class LowDelayTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    // Sends what has been written to each connection as far as the kernel takes it now. Qt keeps a
    // write in the socket's buffer until the event loop reports the socket writable; a worker that
    // goes from one answer straight to a device's next push, waiting on another connection, would
    // otherwise send the answer only after applying that push (14 ms late in bench_sync_push, batches
    // of 250 on one worker), while the device, which sends its next batch when an answer comes,
    // stood idle. Called as each request starts (HttpFrontend), so that an answer, which Qt HTTP
    // Server writes in a dozen small pieces, leaves in one.
    void sendWritten();

protected:
    void incomingConnection(qintptr handle) override;

private:
    QList<QPointer<QTcpSocket>> m_connections;
};

} // namespace doorstep
