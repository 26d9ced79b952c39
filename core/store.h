#pragma once

#include "fieldcipher.h"
#include "hybridlogicalclock.h"
#include "keystorage.h"
#include "keyvault.h"
#include "result.h"

#include <QString>

#include <functional>
#include <memory>

namespace doorstep {

class Database;
class Outbox;
class RecordStore;

// The tablet's own store: one SQLite file in the data directory, its schema, its device identity,
// and the data key that opens its personal fields. Nothing personal can be read or written until
// unlock() (or createKey() on first start) succeeds.
class Store
{
public:
    struct Options
    {
        QString directory;
        // Where the wrapped data key is kept; a file in the directory when none is given.
        std::shared_ptr<KeyStorage> keyStorage;
        KeyVault::Cost cost = KeyVault::defaultCost();
        HybridLogicalClock::WallClock wallClock = HybridLogicalClock::systemWallClock();
        // Never relaxed on a tablet; see Database::Durability.
        bool durable = true;
    };

    ~Store();
    static Result<std::unique_ptr<Store>> open(Options options);
    static QString databaseFileName() { return QStringLiteral("doorstep.sqlite"); }
    static QString keyFileName() { return QStringLiteral("doorstep.key"); }

    // True once a data key has been set up for this store (first start done).
    bool hasKey() const;
    Status createKey(const QString &pin);
    // Unwraps the data key with the PIN. Argon2id takes a tenth of a second by design, so it runs on a
    // thread of its own while whileDeriving runs here: reads that need no key (the rows to decrypt
    // next) overlap it. Whatever whileDeriving read must be dropped unopened if this fails.
    Status unlock(const QString &pin, const std::function<void()> &whileDeriving = {});
    void lock();
    bool isUnlocked() const { return m_cipher.isUnlocked(); }

    // Small values that must stay private (the device's sync token), encrypted under the data key.
    Status saveSecret(const QString &name, const QByteArray &value);
    Result<QByteArray> secret(const QString &name); // empty when never saved
    // Forgets a secret (a visit's draft once its text is in the record); done when there was none.
    Status removeSecret(const QString &name);

    QString deviceId() const { return m_deviceId; }
    QString directory() const { return m_options.directory; }
    Database &database() { return *m_db; }
    RecordStore &records() { return *m_records; }
    Outbox &outbox() { return *m_outbox; }
    HybridLogicalClock &clock() { return m_clock; }
    const FieldCipher &cipher() const { return m_cipher; }

private:
    Store(Options options, std::unique_ptr<Database> db);
    Status initialiseDevice();
    Status checkKey();

    Options m_options;
    std::unique_ptr<Database> m_db;
    FieldCipher m_cipher;
    HybridLogicalClock m_clock;
    QString m_deviceId;
    bool m_hasKeyCheck = false;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<RecordStore> m_records;
};

} // namespace doorstep
