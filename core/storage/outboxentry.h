#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace doorstep {

// One mutation the device still owes the server (see core/OUTBOX.md for the contract).
struct OutboxEntry
{
    qint64 counter = 0; // per device, strictly increasing, never reused
    QString mutationId; // UUIDv7, the entry's name on the device; the server knows it by its counter
    QString deviceId;
    QString entity;
    QString entityId;
    QString op; // create, update or delete
    quint64 hlc = 0;
    QJsonObject changes; // field -> {"old": value, "new": value}, JSON forms of FieldCodec
    // For a delete: the latest field stamp the device had when it deleted, so the server can tell an
    // edit it had not seen (which must survive) from one it had.
    quint64 seenHlc = 0;
    // Read for a push (Outbox::pendingForPush): the same changes as the outbox stored them, JSON
    // text, with changes left empty. A push copies them into its body instead of parsing them.
    QByteArray storedChanges = {};
};

} // namespace doorstep
