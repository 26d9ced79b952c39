#pragma once

#include <QJsonValue>
#include <QString>

#include <vector>

namespace doorstep {

struct EntitySchema;

// One outbox entry as it travels in a push (sync/PROTOCOL.md, "push"), decoded and validated.
struct Mutation
{
    struct Change
    {
        int field = -1; // index in the schema's fields
        QJsonValue oldValue;
        QJsonValue newValue;
    };

    QString mutationId;
    qint64 counter = 0;
    const EntitySchema *schema = nullptr;
    QString entityId;
    QString op; // create, update, delete
    quint64 hlc = 0;
    quint64 seenHlc = 0; // delete only: the latest field stamp the device had seen
    std::vector<Change> changes;
};

} // namespace doorstep
