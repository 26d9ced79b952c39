#pragma once

#include "entityschema.h"

#include <QJsonValue>
#include <QString>

#include <vector>

namespace doorstep {

// One outbox entry as it travels in a push (sync/PROTOCOL.md, "push"), decoded and validated.
struct Mutation
{
    struct Change
    {
        int field = -1; // index in the schema's fields
        QJsonValue oldValue;
        QJsonValue newValue;
    };

    qint64 counter = 0; // the push's "from" plus the mutation's place in it: with the device, its identity
    const EntitySchema *schema = nullptr;
    QString entityId;
    QString op; // create, update, delete
    quint64 hlc = 0;
    quint64 seenHlc = 0; // delete only: the latest field stamp the device had seen
    std::vector<Change> changes;

    // How errors name this mutation: its counter, in decimal (mutation ids do not travel).
    QString name() const { return QString::number(counter); }

    // Whether a change of this field carries the value it replaced: only free text does, since only
    // there the server needs it (to tell whether two devices changed the text since their common
    // version, and to keep that base with a conflict). Other fields merge by stamp alone.
    static bool carriesOldValue(const FieldSpec &spec)
    {
        return spec.type == FieldType::Text && spec.choices.isEmpty();
    }
};

} // namespace doorstep
