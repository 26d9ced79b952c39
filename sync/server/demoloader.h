#pragma once

#include "demo/demoneighbourhood.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace doorstep {

class ServerDatabase;
class SyncService;

// `doorstep-server load-demo`: fills an empty server with the demo neighbourhood. The team and its
// staff are created as an admin creates them; everything else is generated into a throwaway device
// store enrolled as the first demo practitioner and pushed through SyncService::push, the call a
// tablet's request reaches, so the demo is validated and merged exactly as a tablet's work would be.
class DemoLoader
{
public:
    struct Summary
    {
        bool loaded = false; // false: the database was not empty and nothing was done
        QString teamId;
        QStringList userNames; // every demo account, practitioners first
        int recordsPushed = 0;
        int people = 0;
    };

    // password is every demo account's password (10 characters or more). options.teamId and the
    // staff ids are filled in here; the rest of options (seed, sizes, day) is the caller's.
    static Result<Summary> load(ServerDatabase &db, SyncService &service, const QString &password,
                                DemoNeighbourhood::Options options = {});

    // The first line of a password file, without its line ending; an error names the file.
    static Result<QString> readPasswordFile(const QString &path);
};

} // namespace doorstep
