#pragma once

#include "outboxentry.h"

#include <QDateTime>
#include <QString>

namespace doorstep {

// A change the server refused, taken out of the outbox by a person so that the changes behind it could
// go (Outbox::setAside). It stays on the tablet, encrypted, for them to read and copy from; it is never
// sent.
struct SetAsideEntry
{
    OutboxEntry entry; // as it stood in the outbox, its changes decrypted
    QString reasonField; // the field the server named, if any
    QString reason; // the server's reason in its own words (never personal data)
    QString code; // the server's error code
    QDateTime setAsideAt;
};

} // namespace doorstep
