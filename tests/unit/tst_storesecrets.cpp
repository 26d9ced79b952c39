// Store::saveSecret / secret / removeSecret: the meta table's encrypted, local-only values (the sync
// token, a visit's draft). Removal forgets exactly one name, survives a restart, and, like the
// other two, is refused while the store is locked.
#include "store.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace doorstep;

namespace {
const QString kPin = QStringLiteral("529016");

std::unique_ptr<Store> openStore(const QString &directory)
{
    Store::Options options;
    options.directory = directory;
    options.cost = KeyVault::testCost();
    auto opened = Store::open(options);
    return opened ? std::move(opened).value() : nullptr;
}
} // namespace

class TestStoreSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void removeForgetsOnlyThatName();
    void removingWhatIsNotThereIsDone();
    void removalLastsAcrossARestart();
    void lockedStoreRefusesAllThree();
};

void TestStoreSecrets::removeForgetsOnlyThatName()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    QVERIFY(store->createKey(kPin));
    QVERIFY(store->saveSecret(QStringLiteral("visit-draft:a"), QByteArray("first")));
    QVERIFY(store->saveSecret(QStringLiteral("visit-draft:ab"), QByteArray("second")));
    QVERIFY(store->removeSecret(QStringLiteral("visit-draft:a")));
    QCOMPARE(store->secret(QStringLiteral("visit-draft:a")).value(), QByteArray());
    // A name that merely starts the same is untouched.
    QCOMPARE(store->secret(QStringLiteral("visit-draft:ab")).value(), QByteArray("second"));
}

void TestStoreSecrets::removingWhatIsNotThereIsDone()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    QVERIFY(store->createKey(kPin));
    QVERIFY(store->removeSecret(QStringLiteral("never-saved")));
    QVERIFY(store->removeSecret(QStringLiteral("never-saved"))); // and again
}

void TestStoreSecrets::removalLastsAcrossARestart()
{
    QTemporaryDir dir;
    {
        auto store = openStore(dir.path());
        QVERIFY(store);
        QVERIFY(store->createKey(kPin));
        QVERIFY(store->saveSecret(QStringLiteral("kept"), QByteArray("stays")));
        QVERIFY(store->saveSecret(QStringLiteral("gone"), QByteArray("goes")));
        QVERIFY(store->removeSecret(QStringLiteral("gone")));
    }
    auto store = openStore(dir.path());
    QVERIFY(store);
    QVERIFY(store->unlock(kPin));
    QCOMPARE(store->secret(QStringLiteral("kept")).value(), QByteArray("stays"));
    QCOMPARE(store->secret(QStringLiteral("gone")).value(), QByteArray());
}

void TestStoreSecrets::lockedStoreRefusesAllThree()
{
    QTemporaryDir dir;
    auto store = openStore(dir.path());
    QVERIFY(store);
    QVERIFY(store->createKey(kPin));
    QVERIFY(store->saveSecret(QStringLiteral("draft"), QByteArray("typed")));
    store->lock();
    const Status removed = store->removeSecret(QStringLiteral("draft"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().field, QStringLiteral("store"));
    QVERIFY(!store->saveSecret(QStringLiteral("draft"), QByteArray("other")));
    QVERIFY(!store->secret(QStringLiteral("draft")));
    // Nothing changed while locked.
    QVERIFY(store->unlock(kPin));
    QCOMPARE(store->secret(QStringLiteral("draft")).value(), QByteArray("typed"));
}

QTEST_GUILESS_MAIN(TestStoreSecrets)
#include "tst_storesecrets.moc"
