#pragma once

#include <QTcpServer>

namespace doorstep {

// A TCP server whose connections neither hold back a reply's last piece (TCP_NODELAY) nor delay
// their acknowledgements (TCP_QUICKACK, Linux, armed again on every read), and send what is written
// to them without waiting for the event loop (LowDelayTcpSocket).
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

protected:
    void incomingConnection(qintptr handle) override;
};

} // namespace doorstep
