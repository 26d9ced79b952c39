#pragma once

#include "devicenumbers.h"
#include "mutation.h"
#include "result.h"
#include "serverclock.h"
#include "serverrecord.h"
#include "serverreply.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace doorstep {

class QueryRow;
class ServerDatabase;
struct PushRequest;

// The server's side of sync protocol v1 (sync/PROTOCOL.md), independent of HTTP so that the
// simulation and the real server run the same code: enrolment, authentication, push (each mutation,
// a device's counter, applied at most once, merged per field, free text never dropped), pull (by
// server sequence, only the device's neighbourhood team and only what its role may see), and the
// admin commands.
class SyncService
{
public:
    struct Options
    {
        // Argon2id cost for passwords; tests pass the minimum.
        quint64 passwordOpsLimit = 3;
        quint64 passwordMemLimit = 64 * 1024 * 1024;
        std::function<qint64()> wallClock; // ms since the epoch; the system clock when empty
        // One clock for every SyncService of a process (its worker threads); when empty, the
        // service makes its own from wallClock.
        std::shared_ptr<ServerClock> clock;
    };

    struct DeviceInfo
    {
        QString deviceId;
        QString name;
        QString userName;
        qint64 enrolledAt = 0;
        qint64 revokedAt = 0;
        qint64 lastSeen = 0;
    };

    SyncService(ServerDatabase &db, Options options);

    // Admin
    Result<QString> createTeam(const QString &name, const QString &area);
    Result<QString> createUser(const QString &userName, const QString &displayName, const QString &role,
                               const QString &teamId, const QString &password, const QString &profession = {});
    Result<QList<DeviceInfo>> listDevices();
    Status revokeDevice(const QString &deviceId);
    // Removes tombstones older than the horizon that every active device of their team has pulled
    // past (a device is active if seen within inactiveAfterMs). A device that comes back with a cursor
    // from before a purge is told to resynchronise. Returns how many were removed.
    Result<int> purgeTombstones(qint64 horizonMs, qint64 inactiveAfterMs);

    // Protocol: each takes the request body (and the bearer token) and gives the reply to send.
    ServerReply enrol(const QByteArray &body);
    ServerReply push(const QByteArray &token, const QByteArray &body);
    ServerReply pull(const QByteArray &token, const QByteArray &body);
    ServerReply health();

private:
    struct Device
    {
        QString id;
        QString accountId;
        QString teamId;
        QString role;
    };
    struct Applied
    {
        QString status; // applied, conflict
        qint64 seq = 0;
    };

    qint64 now() const;
    Result<Device> authenticate(const QByteArray &token);
    Result<ServerRecord> load(const QString &entity, const QString &id);
    Status save(ServerRecord &record);
    // Reads team_id, fields, stamps, deleted and seq, in that order from column \a first.
    Status readStored(const QueryRow &row, int first, ServerRecord &r);
    // The stamps as stored and pulled (StampGroups); \a used collects the device numbers written.
    Result<QByteArray> storedStamps(const ServerRecord &r, bool projection = false, QSet<qint64> *used = nullptr);
    Result<QString> createAdminRecord(ServerRecord record, const std::function<Status()> &alsoInTransaction);
    Result<qint64> nextSequence();
    Result<QString> teamOf(const Mutation &m, const ServerRecord &current);
    // The people on the team's interview lists (live interviewees of its rounds).
    Result<QSet<QString>> intervieweePeople(const QString &teamId);
    // One try at applying a push in a transaction of its own; \a ahead is set when it is refused
    // because it does not continue from the device's last applied counter but starts after it.
    ServerReply applyPush(const Device &device, const PushRequest &request, bool *ahead);
    // A push's answer to one mutation, in the batch's order: a duplicate's at once, an applied one's
    // once finishBatch has numbered its change.
    struct PushAnswer
    {
        QString status;
        QString result; // a duplicate's first result
        qint64 seq = 0;
    };
    struct LoggedMutation
    {
        qint64 counter = 0;
        quint64 hlc = 0;
        QString status;
        qint64 seq = 0;
    };
    // What merging a push's mutations into the batch's records made, before anything is written.
    struct MergedPush
    {
        std::vector<PushAnswer> results;
        std::vector<LoggedMutation> log; // the mutations applied
        std::vector<size_t> loggedResults; // where in results each of log's mutations answers
        qint64 lastCounter = 0; // the device's counter once the push is applied
        std::vector<QString> dirty; // the records changed (keys of m_batchRecords)
        std::vector<QVariant> fields; // their fields' text, as written (rowTextValue)
    };
    // Merges the push's mutations after \a lastCounter into the batch (beginBatch); a refusal is
    // returned, and the transaction is left for the caller to end.
    std::optional<ServerReply> mergePush(const Device &device, const PushRequest &request, qint64 lastCounter,
                                         MergedPush &merged, bool *ahead);
    // The refusal of a push whose mutation \a m does not follow \a lastCounter.
    ServerReply gapError(const Mutation &m, qint64 lastCounter, bool *ahead) const;
    Result<Applied> apply(const Device &device, const Mutation &m);
    Status recordConflict(const ServerRecord &record, const QString &kind, const QString &field, const QJsonValue &base,
                          const QJsonValue &kept, const QJsonValue &other, const QString &otherDevice);
    Status validateMerged(const ServerRecord &record, const Mutation &m);
    ServerReply error(int status, const Error &e) const;
    QString serverDeviceId();
    // The last counter of the device's pushes applied; with its row locked to the commit if `locked`.
    Result<qint64> lastCounterOf(const QString &deviceId, bool locked);
    Status beginBatch(const std::vector<Mutation> &mutations, qint64 lastCounter);
    // Numbers the push's changes (its log's too), and writes its records and its log.
    Status finishBatch(const QString &deviceId, MergedPush &merged);
    // Ends the batch; its records are kept aside until freeSpent().
    void dropBatch();
    // Frees what the last push left aside: called as the next request starts, so that freeing a
    // push's 500 records and mutations (1.5 ms) does not keep its answer waiting, nor the device's
    // next push, which waits for this one to end.
    void freeSpent();

    ServerDatabase &m_db;
    Options m_options;
    std::shared_ptr<ServerClock> m_clock;
    DeviceNumbers m_numbers;
    QString m_serverDeviceId;
    // While one push is applied: how many changes it has made, numbered -1, -2, … until finishBatch
    // takes that many numbers from the sequence (its row is locked from then to the commit); and the
    // records the batch touches, read in a few queries rather than one each (keyed entity/id;
    // exists=false where the server has none).
    std::optional<qint64> m_batchSequence;
    QHash<QString, ServerRecord> m_batchRecords;
    QSet<QString> m_batchDirty; // records saved in this push, written by finishBatch
    QHash<QString, ServerRecord> m_spentRecords; // the last batch's, until freeSpent()
    std::vector<Mutation> m_spentMutations; // the last push's, until freeSpent()
};

} // namespace doorstep
