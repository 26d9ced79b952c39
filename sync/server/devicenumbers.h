#pragma once

#include "result.h"
#include "serverrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

namespace doorstep {

class ServerDatabase;
struct EntitySchema;

// The small numbers that stand for devices in stored and pulled stamps (StampGroups), so that a
// stamp costs a few digits rather than a 36-character device id. In memory the server merges with
// per-field stamps (ServerStamps); this turns them into the stored form and back.
class DeviceNumbers
{
public:
    explicit DeviceNumbers(ServerDatabase &db) : m_db(db) { }

    // The device's number, given on its first stamp. Numbers are given only while the sequence row
    // is locked (a push, an admin write, the migration), so two server instances never give one
    // number twice; once given, a number never changes, so it is cached. A number given in a
    // transaction that is then rolled back was never given: after any rollback the cache starts
    // again, or the number would stand for this device here and for the next one in the database.
    Result<qint64> numberOf(const QString &deviceId);
    Result<QString> deviceOf(qint64 number);

    // Per-field stamps to the stored form. With \a allowRest, the group
    // stamping most of the schema's fields becomes "*" (only when every field is stamped, so that
    // reading it back gives the same stamps); a projection, which carries some fields, never uses it.
    // The device numbers written go into \a used.
    Result<QByteArray> compact(const ServerStamps &stamps, const EntitySchema &schema, bool allowRest,
                               QSet<qint64> *used = nullptr);
    // The stored form back to per-field stamps, "*" standing for every field no other group names.
    Result<ServerStamps> expand(QByteArrayView stored, const EntitySchema &schema);

private:
    // Empties the cache if the database has rolled back a transaction since it was filled.
    void forgetAfterRollback();

    ServerDatabase &m_db;
    quint64 m_rollbacksSeen = 0;
    QHash<QString, qint64> m_numbers;
    QHash<qint64, QString> m_devices;
};

} // namespace doorstep
