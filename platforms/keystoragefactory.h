#pragma once

#include "keystorage.h"

#include <QString>

#include <chrono>
#include <memory>

namespace doorstep {

// Chooses where a store's wrapped data key lives: the platform keyring when one is present and
// answers, a file beside the database (<dataDir>/doorstep.key) when not, or when the keyring
// answers but will not take the key. The key is wrapped under the PIN either way.
//
// The choice is deterministic for an existing store: a key file that already exists always wins,
// so a store set up without a keyring keeps using its file even after a keyring appears.
class KeyStorageFactory
{
public:
    enum class Preference {
        Automatic, // the keyring when it answers, else the file
        FileOnly, // never ask the keyring (tests, self-test, a device policy)
    };

    static std::shared_ptr<KeyStorage> createKeyStorage(const QString &dataDirectory,
                                                        Preference preference = Preference::Automatic);

    // The rule itself, apart from the asking, so that it can be tested without a keyring.
    enum class Keyring { Unavailable, Empty, HoldsEntry };
    enum class Choice { File, Keyring };
    static Choice choose(bool keyFileExists, bool databaseExists, Keyring keyring);

    // Whether this build can talk to a keyring at all (QtKeychain found at configure time).
    static bool keychainSupported();

    // The keyring's names for Doorstep and for the store in dataDirectory: one entry per store,
    // so two data directories on one account never share a key.
    static QString keychainService();
    static QString keychainEntry(const QString &dataDirectory);

    // How long the keyring may take to answer before it counts as absent.
    static std::chrono::milliseconds keychainTimeout();
};

} // namespace doorstep
