#include "lowdelaytcpserver.h"

#include "lowdelaytcpsocket.h"

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
    auto *socket = new LowDelayTcpSocket(this);
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
    addPendingConnection(socket);
}

} // namespace doorstep
