#pragma once

#include "outboxentry.h"
#include "result.h"

#include <vector>

namespace doorstep {

class Database;
class FieldCipher;

// The outbox table: written only inside the transaction of the change it describes, read by sync.
// The changes are encrypted like every other free text, bound to their mutation id.
class Outbox
{
public:
    Outbox(Database &db, const FieldCipher &cipher, QString deviceId);

    Status append(OutboxEntry &entry); // sets entry.counter
    Result<std::vector<OutboxEntry>> pending(int limit = 1000) const;
    qint64 count() const;
    // Drops entries up to and including counter, once the server has confirmed them.
    Status acknowledgeThrough(qint64 counter);

private:
    Database &m_db;
    const FieldCipher &m_cipher;
    QString m_deviceId;
};

} // namespace doorstep
