#pragma once

#include <QString>
#include <QStringList>

namespace doorstep {

// What the doorstep executable was asked to do.
class CommandLine
{
public:
    struct Options
    {
        QString dataDirectory; // empty: the platform's app data location
        bool demo = false; // fill an empty store with the demo neighbourhood
        bool selfTest = false; // load every QML file offscreen, then exit
        bool fileKeyOnly = false; // never ask the platform keyring
        QString server; // the sync server the sign-in page offers; with --demo, the one to enrol with
        QString demoUser; // with --demo and --server: sign in as this demo user
        QString passwordFile; // ... with the password on this file's first line
        QString language; // "en", "pl": overrides the system's language; empty: the system's
        int idleLockMinutes = -1; // overrides the tablet's idle lock for this run; -1: the tablet's own
    };

    // Parses the arguments of a QCoreApplication that exists; on a usage error prints it and the
    // help, and returns nothing via ok = false. --help and --version exit inside.
    static Options parse(const QStringList &arguments, bool *ok);
};

} // namespace doorstep
