#pragma once

#include "fieldstamp.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace doorstep {

// Per field, the stamp of the change that wrote it (the key "@deleted" stamps a deletion). Kept as
// values, not text: every record a push touches is read, merged and written back.
using ServerStamps = QHash<QString, FieldStamp>;

// A record as the server keeps it: fields in their JSON form, and their stamps.
struct ServerRecord
{
    QString entity;
    QString id;
    QString teamId;
    QJsonObject fields;
    ServerStamps stamps;
    bool deleted = false;
    qint64 seq = 0;
    bool exists = false;
};

} // namespace doorstep
