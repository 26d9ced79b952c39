#pragma once

#include <QByteArray>
#include <QString>

namespace doorstep {

// What came back for one request. status 0 means the request never got an answer (no network,
// refused, timed out): the device keeps everything and tries again later.
struct TransportReply
{
    int status = 0;
    QByteArray body;
    QString networkError;
    int retryAfterSeconds = 0;
};

} // namespace doorstep
