#pragma once

#include "outboxentry.h"
#include "result.h"
#include "setasideentry.h"

#include <optional>
#include <vector>

namespace doorstep {

class Database;
class FieldCipher;
class Statement;

// The outbox table: written only inside the transaction of the change it describes, read by sync.
// The changes are encrypted like every other free text, bound to their mutation id.
class Outbox
{
public:
    Outbox(Database &db, const FieldCipher &cipher, QString deviceId);

    Status append(OutboxEntry &entry); // sets entry.counter
    // The oldest entries still here, from the first after counter `after`.
    Result<std::vector<OutboxEntry>> pending(int limit = 1000, qint64 after = 0) const;
    // The same, each with storedChanges instead of changes (what a push needs).
    Result<std::vector<OutboxEntry>> pendingForPush(int limit, qint64 after) const;
    qint64 count() const;
    // The entry with this mutation id, while it is still here.
    Result<std::optional<OutboxEntry>> find(const QString &mutationId) const;
    // Drops entries up to and including counter, once the server has confirmed them.
    Status acknowledgeThrough(qint64 counter);
    // Marks entries up to counter as sent (on their way, not yet confirmed): a receipt state only.
    Status markSentThrough(qint64 counter);

    // Where one record stands with the server: a change still here unsent, sent but not confirmed,
    // confirmed, or confirmed with a conflict that a person has not resolved yet.
    enum class Receipt { Pending, Sent, Applied, Conflict };
    Result<Receipt> receipt(const QString &entity, const QString &entityId) const;
    qint64 unresolvedConflicts() const;

    // Takes a change the server refused out of the queue, so that the changes behind it can go. A copy
    // stays on the tablet, encrypted (setAsideEntries()); the entries after it each move one counter
    // down, and so does the last counter issued, because the server takes a device's counters without
    // gaps. That is safe only for an entry the server refused by name (its counter) while no push is in
    // flight: the server then never took its counter or any after it. In one transaction (the
    // caller's, when there is one); RecordStore::setAside also undoes the change in the record.
    Status setAside(const OutboxEntry &entry, const Error &reason, const QDateTime &at);
    // Every change set aside on this tablet, in the order they were made.
    Result<std::vector<SetAsideEntry>> setAsideEntries() const;

private:
    // One entry from a row of (counter, mutation_id, entity, entity_id, op, hlc, seen_hlc, payload).
    Result<OutboxEntry> readEntry(Statement &s, bool parseChanges = true) const;
    Result<std::vector<OutboxEntry>> readPending(int limit, qint64 after, bool parseChanges) const;
    Database &m_db;
    const FieldCipher &m_cipher;
    QString m_deviceId;
};

} // namespace doorstep
