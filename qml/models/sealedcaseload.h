#pragma once

#include "sealedrecords.h"

#include <QDateTime>
#include <QHash>
#include <QVariant>

namespace doorstep {

// What the caseload needs from SQLite, read before the data key is there (while it is derived from
// the PIN): the people with the fields the rows show still sealed, and each person's next visit
// (plain fields, nothing decrypted). PersonListModel::load opens it once the store is unlocked; after
// a wrong PIN it is dropped unopened.
struct SealedCaseload
{
    SealedRecords people;
    QHash<QString, QVariant> nextVisit; // person id -> planned time
    QDateTime now;
};

} // namespace doorstep
