#pragma once

#include "entityschema.h"

#include <QString>

namespace doorstep {

// One stored record: its id and its values in field order.
struct Record
{
    QString id;
    Values values;
    bool deleted = false;
};

} // namespace doorstep
