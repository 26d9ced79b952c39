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
    // Marks entries up to counter as sent (on their way, not yet confirmed): a receipt state only.
    Status markSentThrough(qint64 counter);

    // Where one record stands with the server: a change still here unsent, sent but not confirmed,
    // confirmed, or confirmed with a conflict that a person has not resolved yet.
    enum class Receipt { Pending, Sent, Applied, Conflict };
    Result<Receipt> receipt(const QString &entity, const QString &entityId) const;
    qint64 unresolvedConflicts() const;

private:
    Database &m_db;
    const FieldCipher &m_cipher;
    QString m_deviceId;
};

} // namespace doorstep
