#pragma once

#include <QByteArray>

namespace doorstep {

// What the HTTP front end sends back: a status, a JSON body, and for 429 how long to wait.
struct ServerReply
{
    int status = 200;
    QByteArray body;
    int retryAfterSeconds = 0;
};

} // namespace doorstep
