#pragma once

#include "fieldstamp.h"
#include "storedfields.h"

#include <QHash>
#include <QString>

namespace doorstep {

// Per field, the stamp of the change that wrote it (the key "@deleted" stamps a deletion). Kept as
// values, not text: every record a push touches is read, merged and written back.
using ServerStamps = QHash<QString, FieldStamp>;

// A record as the server keeps it: its fields (StoredFields) and their stamps.
struct ServerRecord
{
    QString entity;
    QString id;
    QString teamId;
    StoredFields fields;
    ServerStamps stamps;
    bool deleted = false;
    qint64 seq = 0;
    bool exists = false;
};

} // namespace doorstep
