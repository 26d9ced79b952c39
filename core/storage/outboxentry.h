#pragma once

#include <QJsonObject>
#include <QString>

namespace doorstep {

// One mutation the device still owes the server (see core/OUTBOX.md for the contract).
struct OutboxEntry
{
    qint64 counter = 0; // per device, strictly increasing, never reused
    QString mutationId; // UUIDv7; the server applies each at most once
    QString deviceId;
    QString entity;
    QString entityId;
    QString op; // create, update or delete
    quint64 hlc = 0;
    QJsonObject changes; // field -> {"old": value, "new": value}, JSON forms of FieldCodec
};

} // namespace doorstep
