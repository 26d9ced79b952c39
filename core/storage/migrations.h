#pragma once

#include "result.h"

namespace doorstep {

class Database;

// The schema as a PRAGMA user_version ladder: one step per version, each in its own transaction.
namespace Migrations {
int latestVersion();
// Climbs to targetVersion (the latest when negative). Refuses, touching nothing, a database whose
// schema is newer than this app knows.
Status migrate(Database &db, int targetVersion = -1);
} // namespace Migrations

} // namespace doorstep
