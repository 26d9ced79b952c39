// Where the wrapped key goes: the factory's choice (a key file always wins; no keyring means the
// file), and that an absent or silent keyring is reported quickly instead of hanging the app.
#include "fallbackkeystorage.h"
#include "filekeystorage.h"
#include "keystoragefactory.h"
#include "store.h"
#ifdef DOORSTEP_HAVE_KEYCHAIN
#include "keychainkeystorage.h"
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {
// Sets or unsets one environment variable for the life of the object.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

// A keyring stand-in: answers reads, and takes writes only when told to.
class FakeKeyring : public KeyStorage
{
public:
    explicit FakeKeyring(bool acceptsWrites) : m_acceptsWrites(acceptsWrites) { }
    QString name() const override { return QStringLiteral("keychain"); }
    bool exists() override { return !m_value.isNull(); }
    Result<QByteArray> read() override
    {
        if (m_value.isNull())
            return Error{QStringLiteral("keyring"), QStringLiteral("holds no key for this store")};
        return m_value;
    }
    Status write(const QByteArray &wrappedKey) override
    {
        ++writes;
        if (!m_acceptsWrites)
            return Error{QStringLiteral("keyring"), QStringLiteral("cannot be written: the collection is locked")};
        m_value = wrappedKey;
        return ok();
    }
    int writes = 0;

private:
    bool m_acceptsWrites;
    QByteArray m_value;
};
} // namespace

class TestAppKeyStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fileOnlyIsAFile();
    void existingKeyFileAlwaysWins();
    void noSessionBusMeansFileQuickly();
    void keychainNamesAreScopedToTheStore();
    void choiceRule_data();
    void choiceRule();
#ifdef DOORSTEP_HAVE_KEYCHAIN
    void deadBusIsUnavailableQuickly();
#ifdef DOORSTEP_DBUS_DAEMON
    void busWithoutKeyringIsUnavailableQuickly();
#endif
#endif
    void storeWorksOnTheFactorysChoice();
    void fallbackUsesTheKeyringWhenItTakesTheKey();
    void fallbackUsesTheFileWhenTheKeyringRefuses();
    void fallbackReadsTheFileFirst();
};

void TestAppKeyStorage::fileOnlyIsAFile()
{
    QTemporaryDir dir;
    auto storage = KeyStorageFactory::createKeyStorage(dir.path(), KeyStorageFactory::Preference::FileOnly);
    QVERIFY(storage);
    QCOMPARE(storage->name(), QStringLiteral("file"));
    QVERIFY(!storage->exists());
    QVERIFY(storage->write("wrapped"));
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(Store::keyFileName())));
}

void TestAppKeyStorage::existingKeyFileAlwaysWins()
{
    QTemporaryDir dir;
    QVERIFY(FileKeyStorage(QDir(dir.path()).filePath(Store::keyFileName())).write("wrapped-before"));
    // Even when a keyring might answer, a store that started on a file stays on it.
    auto storage = KeyStorageFactory::createKeyStorage(dir.path(), KeyStorageFactory::Preference::Automatic);
    QCOMPARE(storage->name(), QStringLiteral("file"));
    auto read = storage->read();
    QVERIFY(read);
    QCOMPARE(*read, QByteArray("wrapped-before"));
}

void TestAppKeyStorage::noSessionBusMeansFileQuickly()
{
    QTemporaryDir dir;
    ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", QByteArray());
    ScopedEnv runtime("XDG_RUNTIME_DIR", QByteArray());
    QElapsedTimer timer;
    timer.start();
    auto storage = KeyStorageFactory::createKeyStorage(dir.path(), KeyStorageFactory::Preference::Automatic);
    QCOMPARE(storage->name(), QStringLiteral("file"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestAppKeyStorage::keychainNamesAreScopedToTheStore()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QVERIFY(!KeyStorageFactory::keychainService().isEmpty());
    QVERIFY(KeyStorageFactory::keychainEntry(a.path()) != KeyStorageFactory::keychainEntry(b.path()));
    // Two spellings of one directory name one store.
    QCOMPARE(KeyStorageFactory::keychainEntry(a.path() + QStringLiteral("/.")),
             KeyStorageFactory::keychainEntry(a.path()));
}

void TestAppKeyStorage::choiceRule_data()
{
    using Keyring = KeyStorageFactory::Keyring;
    using Choice = KeyStorageFactory::Choice;
    QTest::addColumn<bool>("keyFileExists");
    QTest::addColumn<bool>("databaseExists");
    QTest::addColumn<Keyring>("keyring");
    QTest::addColumn<Choice>("expected");
    QTest::newRow("key file, keyring holds an entry") << true << true << Keyring::HoldsEntry << Choice::File;
    QTest::newRow("key file, keyring empty") << true << true << Keyring::Empty << Choice::File;
    QTest::newRow("first start, keyring answers") << false << false << Keyring::Empty << Choice::Keyring;
    QTest::newRow("first start, no keyring") << false << false << Keyring::Unavailable << Choice::File;
    QTest::newRow("store on the keyring") << false << true << Keyring::HoldsEntry << Choice::Keyring;
    QTest::newRow("store on the keyring, keyring gone") << false << true << Keyring::Unavailable << Choice::File;
    QTest::newRow("stale entry of a removed store") << false << false << Keyring::HoldsEntry << Choice::File;
}

void TestAppKeyStorage::choiceRule()
{
    QFETCH(bool, keyFileExists);
    QFETCH(bool, databaseExists);
    QFETCH(KeyStorageFactory::Keyring, keyring);
    QFETCH(KeyStorageFactory::Choice, expected);
    QCOMPARE(KeyStorageFactory::choose(keyFileExists, databaseExists, keyring), expected);
}

#ifdef DOORSTEP_HAVE_KEYCHAIN
void TestAppKeyStorage::deadBusIsUnavailableQuickly()
{
    QTemporaryDir dir;
    ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS",
                  "unix:path=" + QDir(dir.path()).filePath(QStringLiteral("no-bus")).toUtf8());
    QVERIFY(KeychainKeyStorage::sessionBusConfigured());
    KeychainKeyStorage keychain(KeyStorageFactory::keychainService(), KeyStorageFactory::keychainEntry(dir.path()),
                                std::chrono::milliseconds(2000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!keychain.isAvailable());
    QCOMPARE(keychain.presence(), KeychainKeyStorage::Presence::Unavailable);
    QVERIFY(!keychain.exists());
    QVERIFY(!keychain.read());
    const Status written = keychain.write("wrapped");
    QVERIFY(!written);
    QVERIFY(written.error().message().contains(QStringLiteral("keyring")));
    // Five calls, each bounded by the two-second timeout at worst.
    QVERIFY2(timer.elapsed() < 5 * 2000 + 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QCOMPARE(KeyStorageFactory::createKeyStorage(dir.path())->name(), QStringLiteral("file"));
}

#ifdef DOORSTEP_DBUS_DAEMON
void TestAppKeyStorage::busWithoutKeyringIsUnavailableQuickly()
{
    // A real session bus with no keyring daemon on it: the situation of a kiosk or a CI machine.
    const QString daemon = QStringLiteral(DOORSTEP_DBUS_DAEMON);
    QTemporaryDir dir;
    const QString socket = QDir(dir.path()).filePath(QStringLiteral("bus"));
    // A bus of our own with no service directories, so nothing (a keyring installed on this machine
    // included) can be started on it by D-Bus activation.
    const QString config = QDir(dir.path()).filePath(QStringLiteral("bus.conf"));
    QFile configFile(config);
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write(
        QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:path=%1</listen><auth>EXTERNAL</auth>\n"
                       "<policy context=\"default\"><allow send_destination=\"*\"/><allow own=\"*\"/></policy>\n"
                       "</busconfig>\n")
            .arg(socket)
            .toUtf8());
    configFile.close();
    QProcess bus;
    bus.start(daemon,
              {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--nopidfile")});
    QVERIFY(bus.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);
    ScopedEnv address("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + socket.toUtf8());

    KeychainKeyStorage keychain(KeyStorageFactory::keychainService(), KeyStorageFactory::keychainEntry(dir.path()),
                                std::chrono::milliseconds(2000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!keychain.isAvailable());
    QVERIFY2(timer.elapsed() < 2000 + 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QCOMPARE(KeyStorageFactory::createKeyStorage(dir.path())->name(), QStringLiteral("file"));

    bus.terminate();
    QVERIFY(bus.waitForFinished(5000));
}
#endif
#endif

void TestAppKeyStorage::storeWorksOnTheFactorysChoice()
{
    QTemporaryDir dir;
    ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", QByteArray());
    ScopedEnv runtime("XDG_RUNTIME_DIR", QByteArray());
    {
        Store::Options options;
        options.directory = dir.path();
        options.keyStorage = KeyStorageFactory::createKeyStorage(dir.path());
        options.cost = KeyVault::testCost();
        auto store = Store::open(options);
        QVERIFY(store);
        QVERIFY((*store)->createKey(QStringLiteral("246813")));
    }
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(Store::keyFileName())));
    Store::Options options;
    options.directory = dir.path();
    options.keyStorage = KeyStorageFactory::createKeyStorage(dir.path());
    options.cost = KeyVault::testCost();
    auto store = Store::open(options);
    QVERIFY(store);
    QVERIFY((*store)->unlock(QStringLiteral("246813")));
}

void TestAppKeyStorage::fallbackUsesTheKeyringWhenItTakesTheKey()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Store::keyFileName());
    auto keyring = std::make_shared<FakeKeyring>(true);
    FallbackKeyStorage storage(keyring, std::make_shared<FileKeyStorage>(path));
    QVERIFY(!storage.exists());
    QVERIFY(storage.write("wrapped"));
    QCOMPARE(storage.name(), QStringLiteral("keychain"));
    QVERIFY(!QFile::exists(path)); // nothing on disk when the keyring took it
    QVERIFY(storage.exists());
    QCOMPARE(*storage.read(), QByteArray("wrapped"));
}

void TestAppKeyStorage::fallbackUsesTheFileWhenTheKeyringRefuses()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Store::keyFileName());
    auto keyring = std::make_shared<FakeKeyring>(false);
    {
        // A whole first start: the PIN can be set even though the keyring will not take the key.
        Store::Options options;
        options.directory = dir.path();
        options.keyStorage = std::make_shared<FallbackKeyStorage>(keyring, std::make_shared<FileKeyStorage>(path));
        options.cost = KeyVault::testCost();
        auto store = Store::open(options);
        QVERIFY(store);
        const Status created = (*store)->createKey(QStringLiteral("246813"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QCOMPARE(options.keyStorage->name(), QStringLiteral("file"));
    }
    QCOMPARE(keyring->writes, 1);
    QVERIFY(QFile::exists(path));
    // The next start picks the file without asking the keyring at all.
    QCOMPARE(KeyStorageFactory::createKeyStorage(dir.path())->name(), QStringLiteral("file"));
    Store::Options options;
    options.directory = dir.path();
    options.keyStorage = KeyStorageFactory::createKeyStorage(dir.path());
    options.cost = KeyVault::testCost();
    auto store = Store::open(options);
    QVERIFY(store);
    QVERIFY((*store)->unlock(QStringLiteral("246813")));
}

void TestAppKeyStorage::fallbackReadsTheFileFirst()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(Store::keyFileName());
    auto keyring = std::make_shared<FakeKeyring>(true);
    QVERIFY(keyring->write("in-the-keyring"));
    QVERIFY(FileKeyStorage(path).write("in-the-file"));
    FallbackKeyStorage storage(keyring, std::make_shared<FileKeyStorage>(path));
    QCOMPARE(*storage.read(), QByteArray("in-the-file"));
    QCOMPARE(storage.name(), QStringLiteral("file"));
}

QTEST_GUILESS_MAIN(TestAppKeyStorage)
#include "tst_appkeystorage.moc"
