#include "lowdelaytcpserver.h"

#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace doorstep {

namespace {

// Linux leaves quick acknowledgement mode again on its own (once this side answers), so it is armed
// whenever data comes; setting it also sends an acknowledgement that was being delayed.
void acknowledgeQuickly(QTcpSocket *socket)
{
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    const int on = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

void LowDelayTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
#ifdef Q_OS_UNIX
        ::close(int(handle));
#endif
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    acknowledgeQuickly(socket);
    // Connected before Qt HTTP Server's own reader, so it runs first.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { acknowledgeQuickly(socket); });
    m_connections.removeAll(nullptr); // those closed since
    m_connections.append(socket);
    addPendingConnection(socket);
}

void LowDelayTcpServer::sendWritten()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_connections)) {
        if (socket && socket->bytesToWrite() > 0)
            socket->flush(); // never blocks: what the kernel does not take now is left to the event loop
    }
}

} // namespace doorstep
