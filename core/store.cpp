#include "store.h"

#include "database.h"
#include "deferredindexes.h"
#include "filekeystorage.h"
#include "migrations.h"
#include "outbox.h"
#include "recordstore.h"
#include "transaction.h"
#include "uuid.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>

#include <sodium.h>

#include <future>
#include <optional>
#include <system_error>

namespace doorstep {

namespace {
// A known value encrypted under the data key: proves that an unwrapped key belongs to this store
// before anything is read or written with it.
const QByteArray kKeyCheckPlain = "doorstep key check v1";
const QString kMetaTable = QStringLiteral("meta");

Result<QVariant> metaValue(Database &db, const QString &key)
{
    Statement &s = db.statement(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    s.bind(1, key);
    const auto release = qScopeGuard([&s] { s.reset(); });
    switch (s.step()) {
    case Statement::StepResult::Row:
        if (s.isNull(0))
            return QVariant();
        return QVariant(s.blob(0));
    case Statement::StepResult::Done:
        return QVariant();
    case Statement::StepResult::Error:
        break;
    }
    return Error{QStringLiteral("database"), s.errorMessage()};
}
} // namespace

Store::Store(Options options, std::unique_ptr<Database> db)
    : m_options(std::move(options)), m_db(std::move(db)), m_clock(m_options.wallClock)
{
}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(Options options)
{
    if (sodium_init() < 0)
        return Error{QStringLiteral("crypto"), QStringLiteral("libsodium failed to initialise")};
    if (options.directory.isEmpty())
        return Error{QStringLiteral("directory"), QStringLiteral("is required")};
    if (!QDir().mkpath(options.directory))
        return Error{QStringLiteral("directory"), QStringLiteral("cannot be created")};
    if (!options.keyStorage)
        options.keyStorage = std::make_shared<FileKeyStorage>(QDir(options.directory).filePath(keyFileName()));

    const QString path = QDir(options.directory).filePath(databaseFileName());
    auto db = Database::open(path, options.durable ? Database::Durability::Durable : Database::Durability::Relaxed,
                             Migrations::latestVersion());
    if (!db)
        return db.error();
    // A first sync cut short left its indexes set aside: they are built before anything reads or
    // migrates the tables they belong to.
    if (Status s = DeferredIndexes::restore(**db); !s)
        return s.error();
    if (Status s = Migrations::migrate(**db); !s)
        return s.error();
    std::unique_ptr<Store> store(new Store(std::move(options), std::move(db).value()));
    if (Status s = store->initialiseDevice(); !s)
        return s.error();
    return store;
}

Status Store::initialiseDevice()
{
    auto device = metaValue(*m_db, QStringLiteral("device_id"));
    if (!device)
        return device.error();
    auto hlc = metaValue(*m_db, QStringLiteral("hlc"));
    if (!hlc)
        return hlc.error();
    auto keyCheck = metaValue(*m_db, QStringLiteral("key_check"));
    if (!keyCheck)
        return keyCheck.error();
    m_hasKeyCheck = keyCheck->isValid();

    if (device->isValid()) {
        m_deviceId = QString::fromLatin1(device->toByteArray());
    } else {
        m_deviceId = Uuid::createV7();
        Transaction t(*m_db);
        Statement &s = m_db->statement(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device_id', ?)"));
        s.bind(1, m_deviceId);
        if (Status st = s.run(); !st)
            return st;
        if (Status st = t.commit(); !st)
            return st;
    }
    if (!Uuid::isValid(m_deviceId))
        return Error{QStringLiteral("meta.device_id"), QStringLiteral("is not a valid id")};
    if (hlc->isValid())
        m_clock.restore(hlc->toByteArray().toULongLong());
    m_outbox = std::make_unique<Outbox>(*m_db, m_cipher, m_deviceId);
    m_records = std::make_unique<RecordStore>(*m_db, m_cipher, m_clock, *m_outbox, m_deviceId);
    return ok();
}

bool Store::hasKey() const
{
    return m_hasKeyCheck;
}

Status Store::createKey(const QString &pin)
{
    if (m_hasKeyCheck)
        return Error{QStringLiteral("PIN"), QStringLiteral("this store already has a key: unlock it instead")};
    SecureKey key;
    quint32 keyVersion = 1;
    if (m_options.keyStorage->exists()) {
        // A first start cut off after saving the key but before this store recorded it. The store holds
        // nothing encrypted yet, so the key is taken up again, if this PIN opens it.
        auto stored = m_options.keyStorage->read();
        if (!stored)
            return stored.error();
        auto opened = KeyVault::unwrap(*stored, pin);
        if (!opened)
            return Error{
                QStringLiteral("PIN"),
                QStringLiteral("a key is already set up here and this PIN does not open it; nothing was changed")};
        key = std::move(opened.value().key);
        keyVersion = opened.value().keyVersion;
    } else {
        key = SecureKey::random();
        auto wrapped = KeyVault::wrap(key, keyVersion, pin, m_options.cost);
        if (!wrapped)
            return wrapped.error();
        // Saved before the check value commits: a crash between the two leaves a key file and an empty
        // store, which the branch above takes up again, never a store whose key was lost.
        if (Status s = m_options.keyStorage->write(*wrapped); !s)
            return s;
    }
    FieldCipher cipher(std::move(key), keyVersion);
    const QByteArray check = cipher.encrypt(kKeyCheckPlain, kMetaTable, m_deviceId, QStringLiteral("key_check"));
    Transaction t(*m_db);
    if (!t.beginStatus())
        return t.beginStatus();
    Statement &s = m_db->statement(QStringLiteral("INSERT INTO meta (key, value) VALUES ('key_check', ?)"));
    s.bind(1, check);
    if (Status st = s.run(); !st)
        return st;
    if (Status st = t.commit(); !st)
        return st;
    m_hasKeyCheck = true;
    m_cipher = std::move(cipher);
    return ok();
}

Status Store::unlock(const QString &pin, const std::function<void()> &whileDeriving)
{
    if (!m_hasKeyCheck)
        return Error{QStringLiteral("key"), QStringLiteral("this store has no key yet: set a PIN first")};
    if (!m_options.keyStorage->exists())
        return Error{QStringLiteral("key"), QStringLiteral("the key for this store is missing; nothing was changed")};
    auto wrapped = m_options.keyStorage->read();
    if (!wrapped)
        return wrapped.error();
    auto derive = [wrapped = *wrapped, pin] { return KeyVault::unwrap(wrapped, pin); };
    std::future<Result<KeyVault::Unwrapped>> deriving;
    try {
        deriving = std::async(std::launch::async, derive);
    } catch (const std::system_error &) {
        // No thread to be had: derived below, after the reads.
    }
    if (whileDeriving)
        whileDeriving();
    std::optional<Result<KeyVault::Unwrapped>> unwrapped;
    try {
        unwrapped.emplace(deriving.valid() ? deriving.get() : derive());
    } catch (...) {
        // Thrown on the other thread and rethrown by get(): an error, never std::terminate.
        return Error{QStringLiteral("key"), QStringLiteral("could not be derived from the PIN; nothing was changed")};
    }
    if (!*unwrapped)
        return unwrapped->error();
    KeyVault::Unwrapped &opened = unwrapped->value();
    FieldCipher cipher(std::move(opened.key), opened.keyVersion);
    auto check = metaValue(*m_db, QStringLiteral("key_check"));
    if (!check)
        return check.error();
    auto plain = cipher.decrypt(check->toByteArray(), kMetaTable, m_deviceId, QStringLiteral("key_check"));
    if (!plain || *plain != kKeyCheckPlain)
        return Error{QStringLiteral("key"),
                     QStringLiteral("the key does not belong to this store; nothing was changed")};
    m_cipher = std::move(cipher);
    return ok();
}

Status Store::saveSecret(const QString &name, const QByteArray &value)
{
    if (!isUnlocked())
        return Error(QStringLiteral("store"), QStringLiteral("is locked: enter the PIN first"));
    const QString key = QStringLiteral("secret:") + name;
    Transaction t(*m_db);
    if (!t.beginStatus())
        return t.beginStatus();
    Statement &s = m_db->statement(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    s.bind(1, key);
    s.bind(2, m_cipher.encrypt(value, kMetaTable, m_deviceId, key));
    if (Status st = s.run(); !st)
        return st;
    return t.commit();
}

Result<QByteArray> Store::secret(const QString &name)
{
    if (!isUnlocked())
        return Error(QStringLiteral("store"), QStringLiteral("is locked: enter the PIN first"));
    const QString key = QStringLiteral("secret:") + name;
    auto stored = metaValue(*m_db, key);
    if (!stored)
        return stored.error();
    if (!stored->isValid())
        return QByteArray();
    return m_cipher.decrypt(stored->toByteArray(), kMetaTable, m_deviceId, key);
}

Status Store::removeSecret(const QString &name)
{
    // Refused while locked like the other two, so that nothing about the store changes without the PIN.
    if (!isUnlocked())
        return Error(QStringLiteral("store"), QStringLiteral("is locked: enter the PIN first"));
    Transaction t(*m_db);
    if (!t.beginStatus())
        return t.beginStatus();
    Statement &s = m_db->statement(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    s.bind(1, QStringLiteral("secret:") + name);
    if (Status st = s.run(); !st)
        return st;
    return t.commit();
}

void Store::lock()
{
    m_cipher.lock();
}

} // namespace doorstep
