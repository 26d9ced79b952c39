// The device numbers stamps are stored with (DeviceNumbers), on a real SQLite server database.
#include "devicenumbers.h"
#include "serverdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

class TestDeviceNumbers : public QObject
{
    Q_OBJECT

private slots:
    void aNumberGivenInARolledBackTransactionIsNotKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = ServerDatabase::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite")));
        QVERIFY(db);
        ServerDatabase &d = **db;
        DeviceNumbers numbers(d);
        const QString first = QStringLiteral("01a2a000-0000-7000-8000-00000000000a");
        const QString second = QStringLiteral("01a2a000-0000-7000-8000-00000000000b");

        // The first device's number is given, then its transaction is rolled back.
        QVERIFY(d.begin());
        const auto given = numbers.numberOf(first);
        QVERIFY(given);
        d.rollback();

        // The database gives that number again, to another device, and keeps it.
        QVERIFY(d.begin());
        const auto other = numbers.numberOf(second);
        QVERIFY(other);
        QVERIFY(d.commit());
        QCOMPARE(*other, *given);
        QCOMPARE(*numbers.deviceOf(*other), second);

        // The first device gets a number of its own, not the one it held before the rollback.
        QVERIFY(d.begin());
        const auto again = numbers.numberOf(first);
        QVERIFY(again);
        QVERIFY(d.commit());
        QVERIFY(*again != *other);
        QCOMPARE(*numbers.deviceOf(*again), first);
        QCOMPARE(*numbers.deviceOf(*other), second);

        // And a fresh cache reads the same from the database.
        DeviceNumbers fresh(d);
        QCOMPARE(*fresh.numberOf(first), *again);
        QCOMPARE(*fresh.numberOf(second), *other);
    }
};

QTEST_GUILESS_MAIN(TestDeviceNumbers)
#include "tst_devicenumbers.moc"
