#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace doorstep {

struct EntitySchema;

// One stamp and the fields it stamps: the clock value of the change that last wrote them, and the
// number the server gave the device that made it.
struct StampGroup
{
    quint64 hlc = 0;
    qint64 device = 0;
    bool rest = false; // every field of the record type that no other group names
    QStringList fields; // in schema order; "@deleted" stamps a deletion
};

// A record's field stamps as the server stores them and a pull page carries them: grouped by
// stamp, {"<hlc>:<device number>": "*" | ["field", …]}. A record's fields were mostly written by
// one change (its creation), so one group with "*" stamps them all, and each later edit adds one
// group naming only the fields it changed: about 40 bytes a record instead of 70 a field.
class StampGroups
{
public:
    static const QString kDeletedField; // "@deleted"

    // Checks every key and value: a stamp and a device number, "*" at most once, field names of
    // the schema (or "@deleted"), each at most once. Errors name the member under \a where.
    static Result<std::vector<StampGroup>> read(const QJsonObject &object, const EntitySchema &schema,
                                                const QString &where);
    // The same read straight from text as write() writes it, without building a QJsonObject (the
    // server reads the stamps of every record a push touches: parsing them as JSON was a tenth of
    // applying a push of 500 edits). Nothing when the text is in any other form, or breaks a rule
    // read() checks: read() then says what is wrong with it, or reads it.
    static std::optional<std::vector<StampGroup>> readWritten(QByteArrayView text, const EntitySchema &schema);
    // Sorted by stamp, so the same stamps always give the same bytes.
    static QByteArray write(std::vector<StampGroup> groups);
    // The device numbers named in text that write() produced, without building a QJsonObject: a
    // pull page passes the server's stored stamps through and lists the devices they name.
    static void collectDevices(QByteArrayView written, QSet<qint64> *devices);
};

} // namespace doorstep
