#pragma once

#include "demo/demoneighbourhood.h"
#include "keystoragefactory.h"
#include "keyvault.h"
#include "result.h"

#include <QString>

namespace doorstep {

class Store;

// --demo without a server: turns an empty store into the demo neighbourhood, generated on the
// tablet and never synced, unlocked by a PIN everyone can know. (With a server, DemoEnrolment.)
class DemoSetup
{
public:
    static QString pin() { return QStringLiteral("246810"); }

    enum class Outcome {
        Created, // the store was empty: key and neighbourhood made now
        AlreadyDemo, // made by an earlier --demo run: left as it is
        NotDemo, // a real store with its own PIN: left alone
    };

    // On a store without a key: sets the demo PIN, generates the neighbourhood through the
    // repositories, makes the first practitioner the current user, and locks the store again.
    static Result<Outcome> prepare(Store &store, const DemoNeighbourhood::Options &options = {});
    // The same on the store in directory, opened and closed here (before the app opens it).
    static Result<Outcome> prepareDirectory(const QString &directory, KeyStorageFactory::Preference keyStorage,
                                            KeyVault::Cost cost = KeyVault::defaultCost(),
                                            const DemoNeighbourhood::Options &options = {});
};

} // namespace doorstep
