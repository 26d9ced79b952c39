#pragma once

#include <QJsonObject>
#include <QString>

namespace doorstep {

// A record as the server keeps it: fields in their JSON form, and per field the stamp of the change
// that wrote it as "hlc:deviceId" (the key "@deleted" stamps a deletion).
struct ServerRecord
{
    QString entity;
    QString id;
    QString teamId;
    QJsonObject fields;
    QJsonObject stamps;
    bool deleted = false;
    qint64 seq = 0;
    bool exists = false;
};

} // namespace doorstep
