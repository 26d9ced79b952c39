#include "demosetup.h"

#include "transaction.h"

#include "devicesettings.h"
#include "store.h"

namespace doorstep {

Result<DemoSetup::Outcome> DemoSetup::prepare(Store &store, const DemoNeighbourhood::Options &options)
{
    DeviceSettings settings(store.directory());
    if (store.hasKey())
        return settings.isDemo() ? Outcome::AlreadyDemo : Outcome::NotDemo;
    if (Status s = store.createKey(pin()); !s)
        return s.error();
    // Marked before generating: the PIN is the demo PIN from here on, even if generation fails.
    settings.setDemo(true);
    // Generated here, with a team and staff of its own that no server knows: it never syncs.
    settings.setOfflineOnly(true);
    // One transaction: a demo is made whole or not at all, and in one commit rather than one per record.
    Transaction whole(store.database());
    if (!whole.beginStatus()) {
        store.lock();
        return whole.beginStatus().error();
    }
    auto summary = DemoNeighbourhood::generate(store, options);
    if (!summary) {
        store.lock();
        return summary.error();
    }
    if (Status committed = whole.commit(); !committed) {
        store.lock();
        return committed.error();
    }
    if (!summary->practitionerIds.isEmpty())
        settings.setCurrentUserId(summary->practitionerIds.first());
    store.lock();
    return Outcome::Created;
}

Result<DemoSetup::Outcome> DemoSetup::prepareDirectory(const QString &directory,
                                                       KeyStorageFactory::Preference keyStorage, KeyVault::Cost cost,
                                                       const DemoNeighbourhood::Options &options)
{
    Store::Options storeOptions;
    storeOptions.directory = directory;
    storeOptions.keyStorage = KeyStorageFactory::createKeyStorage(directory, keyStorage);
    storeOptions.cost = cost;
    auto store = Store::open(std::move(storeOptions));
    if (!store)
        return store.error();
    return prepare(**store, options);
}

} // namespace doorstep
