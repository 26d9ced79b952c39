#include "devicenumbers.h"

#include "entityschema.h"
#include "fieldstamp.h"
#include "jsonparser.h"
#include "serverdatabase.h"
#include "stampgroups.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace doorstep {

void DeviceNumbers::forgetAfterRollback()
{
    if (m_db.rollbacks() == m_rollbacksSeen)
        return;
    m_rollbacksSeen = m_db.rollbacks();
    m_numbers.clear();
    m_devices.clear();
}

Result<qint64> DeviceNumbers::numberOf(const QString &deviceId)
{
    forgetAfterRollback();
    if (auto it = m_numbers.constFind(deviceId); it != m_numbers.constEnd())
        return it.value();
    QSqlQuery &find = m_db.query(QStringLiteral("SELECT num FROM device_numbers WHERE device_id = ?"));
    find.addBindValue(deviceId);
    if (Status s = m_db.exec(find, QStringLiteral("device number")); !s)
        return s.error();
    qint64 number = 0;
    if (find.next()) {
        number = find.value(0).toLongLong();
        find.finish();
    } else {
        find.finish();
        QSqlQuery &give = m_db.query(QStringLiteral("INSERT INTO device_numbers (num, device_id) "
                                                    "SELECT COALESCE(MAX(num), 0) + 1, ? FROM device_numbers "
                                                    "RETURNING num"));
        give.addBindValue(deviceId);
        if (Status s = m_db.exec(give, QStringLiteral("give a device number")); !s)
            return s.error();
        if (!give.next())
            return Error(QStringLiteral("database"), QStringLiteral("no device number given"),
                         QStringLiteral("storage"));
        number = give.value(0).toLongLong();
        give.finish();
    }
    m_numbers.insert(deviceId, number);
    m_devices.insert(number, deviceId);
    return number;
}

Result<QString> DeviceNumbers::deviceOf(qint64 number)
{
    forgetAfterRollback();
    if (auto it = m_devices.constFind(number); it != m_devices.constEnd())
        return it.value();
    QSqlQuery &find = m_db.query(QStringLiteral("SELECT device_id FROM device_numbers WHERE num = ?"));
    find.addBindValue(number);
    if (Status s = m_db.exec(find, QStringLiteral("device of a number")); !s)
        return s.error();
    if (!find.next())
        return Error(QStringLiteral("stamps"), QStringLiteral("name device %1, which has no number").arg(number),
                     QStringLiteral("storage"));
    const QString deviceId = find.value(0).toString();
    find.finish();
    m_numbers.insert(deviceId, number);
    m_devices.insert(number, deviceId);
    return deviceId;
}

Result<QByteArray> DeviceNumbers::compact(const ServerStamps &stamps, const EntitySchema &schema, bool allowRest,
                                          QSet<qint64> *used)
{
    // Grouped by stamp, each group's fields in schema order and "@deleted" last. A record has a few
    // groups, mostly from one or two devices, so the groups are searched in a line and the last
    // device's number is kept at hand rather than looked up for every field.
    std::vector<StampGroup> groups;
    const QString *lastDevice = nullptr;
    qint64 lastNumber = 0;
    auto add = [&](const QString &field) -> Status {
        const auto found = stamps.constFind(field);
        if (found == stamps.constEnd())
            return ok();
        const FieldStamp &stamp = found.value();
        if (stamp.isNull())
            return Error(QStringLiteral("stamps.") + field, QStringLiteral("is not a stamp"),
                         QStringLiteral("storage"));
        if (!lastDevice || *lastDevice != stamp.deviceId) {
            auto number = numberOf(stamp.deviceId);
            if (!number)
                return number.error();
            lastDevice = &stamp.deviceId;
            lastNumber = *number;
        }
        auto g = std::find_if(groups.begin(), groups.end(), [&](const StampGroup &candidate) {
            return candidate.hlc == stamp.hlc && candidate.device == lastNumber;
        });
        if (g == groups.end()) {
            g = groups.insert(groups.end(),
                              StampGroup{.hlc = stamp.hlc, .device = lastNumber, .rest = false, .fields = {}});
            g->fields.reserve(qsizetype(schema.fields.size()) + 1);
            if (used)
                used->insert(lastNumber);
        }
        g->fields.append(field);
        return ok();
    };
    bool everyField = true;
    for (const FieldSpec &f : schema.fields) {
        everyField = everyField && stamps.contains(f.name);
        if (Status s = add(f.name); !s)
            return s.error();
    }
    if (Status s = add(StampGroups::kDeletedField); !s)
        return s.error();

    // The largest group becomes "*"; of two as large, the earlier stamp, as write() orders them.
    std::sort(groups.begin(), groups.end(), [](const StampGroup &a, const StampGroup &b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.device < b.device;
    });
    StampGroup *rest = nullptr;
    for (StampGroup &candidate : groups) {
        // "*" stands for schema fields only, so a group that also stamps the deletion stays a list.
        if (allowRest && everyField && candidate.fields.constLast() != StampGroups::kDeletedField
            && (!rest || candidate.fields.size() > rest->fields.size()))
            rest = &candidate;
    }
    if (rest) {
        rest->rest = true;
        rest->fields.clear();
    }
    return StampGroups::write(std::move(groups));
}

Result<ServerStamps> DeviceNumbers::expand(QByteArrayView stored, const EntitySchema &schema)
{
    std::optional<std::vector<StampGroup>> written = StampGroups::readWritten(stored, schema);
    if (!written) {
        JsonParser::Failure failure;
        const QJsonDocument document = JsonParser::parse(stored, &failure);
        if (!document.isObject())
            return Error(QStringLiteral("stamps"), QStringLiteral("are not a JSON object: ") + failure.reason,
                         QStringLiteral("storage"));
        auto groups = StampGroups::read(document.object(), schema, QStringLiteral("stamps"));
        if (!groups)
            return Error(groups.error().field, groups.error().reason, QStringLiteral("storage"));
        written = std::move(groups).value();
    }
    ServerStamps stamps;
    stamps.reserve(qsizetype(schema.fields.size()) + 1);
    FieldStamp restStamp;
    for (const StampGroup &g : *written) {
        auto device = deviceOf(g.device);
        if (!device)
            return device.error();
        const FieldStamp stamp{g.hlc, *device};
        if (g.rest)
            restStamp = stamp;
        for (const QString &field : g.fields)
            stamps.insert(field, stamp);
    }
    if (!restStamp.isNull()) {
        for (const FieldSpec &f : schema.fields) {
            if (!stamps.contains(f.name))
                stamps.insert(f.name, restStamp);
        }
    }
    return stamps;
}

} // namespace doorstep
