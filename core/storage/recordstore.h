#pragma once

#include "entityschema.h"
#include "fieldstamps.h"
#include "record.h"
#include "result.h"
#include "sealedrecords.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace doorstep {

class Database;
class FieldCipher;
class HybridLogicalClock;
class Outbox;
class Statement;
struct OutboxEntry;

// A record as a pulled page carries it: JSON field values and the stamp of the change.
struct RemoteRecord
{
    QString id;
    QJsonObject fields; // only the fields that changed
    quint64 hlc = 0;
    quint64 node = 0;
    bool deleted = false;
};

// A record as the server holds it after merging: every field, and each field's stamp.
struct PulledRecord
{
    const EntitySchema *schema = nullptr;
    QString id;
    Values values; // one for each of the schema's fields, in its order; null where absent
    std::vector<std::pair<int, FieldStamps::Stamp>> stamps; // field index (255: deletion) and stamp
    bool deleted = false;
    // Cut down by the server to what this device's role may see (a person for a peer evaluator):
    // the fields left out are absent here, required ones too.
    bool projected = false;
};

// The one write path of the store. Every create, update and delete writes, in one transaction, the
// row (personal fields encrypted), a clock stamp for each changed field, and an outbox entry; a
// failure anywhere leaves none of them.
class RecordStore
{
public:
    enum class FaultPoint { AfterRow, AfterOutbox };

    RecordStore(Database &db, const FieldCipher &cipher, HybridLogicalClock &clock, Outbox &outbox, QString deviceId);

    Result<QString> create(const EntitySchema &schema, const Values &values, const QString &id = {});
    Status update(const EntitySchema &schema, const QString &id, const Values &values);
    Status remove(const EntitySchema &schema, const QString &id);
    // Several writes as one: each keeps its own promise (row, stamps, outbox entry), and either all of
    // them are on disk when this returns or none is. writes returns the first failure it meets.
    Status together(const std::function<Status()> &writes);

    // A change the server refused (by its mutation id) is set aside so that the changes behind it can
    // go: the outbox keeps a copy the practitioner can still read (Outbox::setAside), and the record
    // here goes back to what it was before that change, where nothing has changed it since, so the
    // tablet does not show as recorded what the server never took. A created record the server never
    // had is removed, unless a later change of it is still to be sent. Call it only with no push in
    // flight (SyncEngine::setAsideRefusedChange sees to that).
    Status setAside(const QString &mutationId, const Error &reason, const QDateTime &at);

    Result<std::optional<Record>> find(const EntitySchema &schema, const QString &id);
    // Live records (tombstones too, when asked); with a field, only those whose field equals value.
    // With `only`, just those fields are read and decrypted and the others come back absent: a list
    // that shows a few columns of many records pays for nothing else.
    enum class Deleted { Excluded, Included };
    Result<std::vector<Record>> list(const EntitySchema &schema, const QString &field = {}, const QVariant &value = {},
                                     Deleted deleted = Deleted::Excluded, const QStringList &only = {});
    // Live records whose field is from `from` up to, not including, `to`, in that field's order: a
    // plain field (a time, a date, a number), matched in SQL on its index rather than record by record.
    Result<std::vector<Record>> listRange(const EntitySchema &schema, const QString &field, const QVariant &from,
                                          const QVariant &to, const QStringList &only = {});
    // Read now, decrypted later: the live records in id order, plain fields read, encrypted ones still
    // sealed. Needs no key, so unlocking reads while the key is derived; unseal() then opens them.
    Result<SealedRecords> listSealed(const EntitySchema &schema, const QStringList &only = {});
    // Decrypts what listSealed read, with this store's key; refused while locked. Large reads are
    // split in two halves decrypted side by side (tablets have at least two cores), order kept.
    Result<std::vector<Record>> unseal(SealedRecords sealed) const;
    // Per value of groupField, the least valueField from `from` on, among live records whose
    // unsetField is absent: one grouped query instead of reading every record (a person's next
    // visit). All three fields plain; needs no key, nothing personal is decrypted.
    Result<QHash<QString, QVariant>> leastPerGroup(const EntitySchema &schema, const QString &groupField,
                                                   const QString &valueField, const QVariant &from,
                                                   const QString &unsetField);

    // Applies a pulled page in one transaction: per field, the later stamp wins. Writes no outbox.
    // The whole page is refused, and nothing applied, when any record in it is invalid.
    Status applyRemote(const EntitySchema &schema, const std::vector<RemoteRecord> &records);

    // Applies one page of a pull and the new cursor in one transaction. A record with no change
    // still waiting in the outbox takes the server's state whole (the server has merged everything
    // this device sent); one with a pending change merges per field, the later stamp winning, and
    // the pending change goes to the server with the next push. Writes no outbox.
    Status applyPulled(const std::vector<PulledRecord> &records, qint64 cursor);
    qint64 pullCursor();

    // Resynchronising after the server purged deletions this device never saw: the flag survives a
    // crash (the resync then starts again from 0); finishing removes every record the server no
    // longer has and this device does not still owe it, in one transaction.
    Status beginResync();
    bool isResyncing();
    Status finishResync(const QSet<QString> &seenKeys, qint64 cursor); // keys are "entity/id"

    // Tests force a failure between the steps of a write, to prove the transaction holds.
    void setFaultInjection(std::function<bool(FaultPoint)> fault) { m_fault = std::move(fault); }

    static constexpr int kDeletedStampField = 255;

private:
    struct Sql
    {
        QString insert;
        QString selectOne;
        QString selectAll;
        QString remove;
    };
    const Sql &sqlFor(const EntitySchema &schema);
    // The columns a list reads: each field's column in the result, or -1 for a field not read.
    struct Selection
    {
        QString select; // "SELECT ... FROM table WHERE deleted = 0"
        std::vector<int> columnOf;
        int deletedColumn = 0;
    };
    Result<Selection> selectionFor(const EntitySchema &schema, const QStringList &only);
    Result<std::vector<Record>> readRecords(const EntitySchema &schema, Statement &statement,
                                            const Selection &selection);
    // The rows with encrypted fields left as their ciphertext; openRecords decrypts those in place.
    Result<std::vector<Record>> readSealedRows(const EntitySchema &schema, Statement &statement,
                                               const Selection &selection);
    Status openRecords(const EntitySchema &schema, std::vector<Record> &records) const;
    // Runs range over [0, count) in two halves side by side (tablets have at least two cores), or
    // whole on this thread when count is small; the first failure in order wins.
    static Status inTwoHalves(size_t count, const std::function<Status(size_t, size_t)> &range);
    // A pulled record decoded, checked and its personal fields sealed, ready to be written.
    struct PreparedPull
    {
        Values incoming;
        // Per field, the ciphertext to store (a null array for an absent value); empty when the
        // record merges with local changes first, and is sealed as it is written.
        std::vector<QByteArray> sealed;
    };
    // The first record in order that fails is named, and nothing is prepared.
    Result<std::vector<PreparedPull>> preparePulled(const std::vector<PulledRecord> &records,
                                                    const QSet<QString> &pending) const;
    static Status checkPulled(const PulledRecord &pulled, const Values &values);
    // Steps through a statement's rows, calling row() on each; resets the statement when done.
    Status eachRow(const EntitySchema &schema, Statement &statement, const std::function<Status()> &row);
    Result<std::optional<Record>> readRow(const EntitySchema &schema, const QString &id, FieldStamps *stamps);
    // sealed, when given, holds the encrypted fields' stored form already (see PreparedPull).
    Status writeRow(const EntitySchema &schema, const QString &id, const Values &values, const FieldStamps &stamps,
                    bool deleted, const std::vector<QByteArray> *sealed = nullptr);
    // Rewrites only the given fields (and the stamps), so an edit re-encrypts and re-indexes no more
    // than it changed.
    Status updateColumns(const EntitySchema &schema, const QString &id, const Values &values,
                         const std::vector<int> &fields, const FieldStamps &stamps);
    Status markDeleted(const EntitySchema &schema, const QString &id, const FieldStamps &stamps);
    Status undo(const EntitySchema &schema, const OutboxEntry &entry);
    Status recordClock(quint64 hlc);
    QSet<QString> pendingKeys(); // "entity/id" of every record with a change still in the outbox
    bool faultAt(FaultPoint point) const { return m_fault && m_fault(point); }
    Status requireUnlocked() const;

    Database &m_db;
    const FieldCipher &m_cipher;
    HybridLogicalClock &m_clock;
    Outbox &m_outbox;
    QString m_deviceId;
    quint64 m_node;
    std::function<bool(FaultPoint)> m_fault;
    std::unordered_map<const EntitySchema *, Sql> m_sql;
};

} // namespace doorstep
