#include "lowdelaytcpsocket.h"

namespace doorstep {

qint64 LowDelayTcpSocket::writeData(const char *data, qint64 size)
{
    const qint64 written = QTcpSocket::writeData(data, size);
    if (written > 0)
        flush(); // never blocks: writes what the kernel takes now and leaves the rest to the event loop
    return written;
}

} // namespace doorstep
