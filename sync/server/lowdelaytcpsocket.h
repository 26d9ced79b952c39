#pragma once

#include <QTcpSocket>

namespace doorstep {

// A served connection that sends what is written to it at once, instead of when its thread's event
// loop next looks at the socket.
//
// Qt keeps a write in the socket's buffer until the event loop reports the socket writable. A worker
// with a device's next push waiting on another connection reads and applies that one first, so the
// answer to the push before it waited for the whole of the next (bench_sync_push in batches of 250,
// both connections on one worker: an answer left 14 ms after it was written), and the device, which
// sends its next batch when an answer comes, stood idle. The write goes out as far as the kernel
// takes it now; the rest, if any, as before.
class LowDelayTcpSocket : public QTcpSocket
{
    Q_OBJECT
public:
    using QTcpSocket::QTcpSocket;

protected:
    qint64 writeData(const char *data, qint64 size) override;
};

} // namespace doorstep
