#include "keystoragefactory.h"

#include "filekeystorage.h"
#include "store.h"

#ifdef DOORSTEP_HAVE_KEYCHAIN
#include "fallbackkeystorage.h"
#include "keychainkeystorage.h"
#endif

#include <QDir>
#include <QFileInfo>

namespace doorstep {

KeyStorageFactory::Choice KeyStorageFactory::choose(bool keyFileExists, bool databaseExists, Keyring keyring)
{
    // A store that began on a file stays on it, whatever keyring appears later.
    if (keyFileExists)
        return Choice::File;
    switch (keyring) {
    case Keyring::Unavailable:
        return Choice::File;
    case Keyring::Empty:
        return Choice::Keyring;
    case Keyring::HoldsEntry:
        // An entry with no database beside it belongs to a store that was removed; a new store
        // here must not trip over it (the store refuses to overwrite a key), nor delete it.
        return databaseExists ? Choice::Keyring : Choice::File;
    }
    return Choice::File;
}

std::shared_ptr<KeyStorage> KeyStorageFactory::createKeyStorage(const QString &dataDirectory, Preference preference)
{
    const QDir dir(dataDirectory);
    const QString keyFile = dir.filePath(Store::keyFileName());
    auto file = std::make_shared<FileKeyStorage>(keyFile);
    if (preference == Preference::FileOnly || QFileInfo::exists(keyFile))
        return file;
#ifdef DOORSTEP_HAVE_KEYCHAIN
    auto keychain
        = std::make_shared<KeychainKeyStorage>(keychainService(), keychainEntry(dataDirectory), keychainTimeout());
    Keyring keyring = Keyring::Unavailable;
    switch (keychain->presence()) {
    case KeychainKeyStorage::Presence::Holds:
        keyring = Keyring::HoldsEntry;
        break;
    case KeychainKeyStorage::Presence::Empty:
        keyring = Keyring::Empty;
        break;
    case KeychainKeyStorage::Presence::Unavailable:
        break;
    }
    const bool databaseExists = QFileInfo::exists(dir.filePath(Store::databaseFileName()));
    // Answering a read is not the same as taking a write (a locked keyring with no one to unlock
    // it): writes that fail land in the file.
    if (choose(false, databaseExists, keyring) == Choice::Keyring)
        return std::make_shared<FallbackKeyStorage>(keychain, file);
#endif
    return file;
}

bool KeyStorageFactory::keychainSupported()
{
#ifdef DOORSTEP_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString KeyStorageFactory::keychainService()
{
    return QStringLiteral("org.doorstep.Doorstep");
}

QString KeyStorageFactory::keychainEntry(const QString &dataDirectory)
{
    // The canonical path when the directory exists, so "data" and "./data" name the same store.
    const QFileInfo info(dataDirectory);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return QStringLiteral("data-key:") + path;
}

std::chrono::milliseconds KeyStorageFactory::keychainTimeout()
{
    return std::chrono::milliseconds(3000);
}

} // namespace doorstep
