#pragma once

#include <QJsonValue>
#include <QString>

namespace doorstep {

// One field's stamp on the server: the clock value and the device that wrote it. Ordered by clock,
// then by the device's node, so every replica picks the same winner.
struct FieldStamp
{
    quint64 hlc = 0;
    QString deviceId;

    static FieldStamp parse(const QJsonValue &text);
    bool isNull() const { return hlc == 0; }
    bool laterThan(const FieldStamp &other) const;
};

} // namespace doorstep
