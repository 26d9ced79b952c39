#include "fieldstamp.h"

#include "uuid.h"

namespace doorstep {

FieldStamp FieldStamp::parse(const QJsonValue &value)
{
    const QString text = value.toString();
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return {};
    return {text.left(colon).toULongLong(), text.mid(colon + 1)};
}

bool FieldStamp::laterThan(const FieldStamp &other) const
{
    if (hlc != other.hlc)
        return hlc > other.hlc;
    return Uuid::nodeOf(deviceId) > Uuid::nodeOf(other.deviceId);
}

} // namespace doorstep
