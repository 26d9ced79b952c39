// The device numbers stamps are stored with (DeviceNumbers), on a real SQLite server database.
#include "devicenumbers.h"
#include "entityregistry.h"
#include "entityschema.h"
#include "serverdatabase.h"
#include "stampgroups.h"

#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

class TestDeviceNumbers : public QObject
{
    Q_OBJECT

    const QString kTablet = QStringLiteral("01a2a000-0000-7000-8000-00000000000a");
    const QString kLaptop = QStringLiteral("01a2a000-0000-7000-8000-00000000000b");
    std::unique_ptr<QTemporaryDir> m_dir;

    // A new server database in a directory of its own, kept until the next one; null if it cannot be.
    std::unique_ptr<ServerDatabase> freshDatabase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return nullptr;
        auto db = ServerDatabase::open(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("server.sqlite")));
        return db ? std::move(db).value() : nullptr;
    }

private slots:
    void aNumberGivenInARolledBackTransactionIsNotKept()
    {
        const auto db = freshDatabase();
        QVERIFY(db);
        ServerDatabase &d = *db;
        DeviceNumbers numbers(d);
        const QString first = kTablet;
        const QString second = kLaptop;

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

    // Stamps stored as StampGroups::write() writes them are read straight from the text; in any
    // other form (spaces, escapes, a key given twice) through a JSON object. Both read the same
    // stamps, and text that breaks a rule is refused either way.
    void storedStampsReadTheSameInEitherForm()
    {
        const auto db = freshDatabase();
        QVERIFY(db);
        ServerDatabase &d = *db;
        DeviceNumbers numbers(d);
        const QString tablet = kTablet;
        const QString laptop = kLaptop;
        QVERIFY(d.begin());
        const auto t = numbers.numberOf(tablet);
        const auto l = numbers.numberOf(laptop);
        QVERIFY(t && l);
        QVERIFY(d.commit());
        const EntitySchema &visit = *EntityRegistry::find(QStringLiteral("visit"));

        std::vector<StampGroup> groups;
        groups.push_back({.hlc = 100, .device = *t, .rest = true, .fields = {}});
        groups.push_back({.hlc = 200, .device = *l, .rest = false, .fields = {QStringLiteral("notes")}});
        groups.push_back({.hlc = 300, .device = *t, .rest = false, .fields = {StampGroups::kDeletedField}});
        const QByteArray written = StampGroups::write(groups);
        QVERIFY(StampGroups::readWritten(written, visit));
        const auto direct = numbers.expand(written, visit);
        QVERIFY(direct);
        QCOMPARE(direct->size(), qsizetype(visit.fields.size()) + 1); // every field, and the deletion
        QCOMPARE(direct->value(QStringLiteral("notes")).hlc, quint64(200));
        QCOMPARE(direct->value(QStringLiteral("notes")).deviceId, laptop);
        QCOMPARE(direct->value(StampGroups::kDeletedField).hlc, quint64(300));
        for (const FieldSpec &f : visit.fields) {
            if (f.name != QLatin1String("notes"))
                QCOMPARE(direct->value(f.name).deviceId, tablet);
        }

        QByteArray spaced = written;
        spaced.replace(",", " , ").replace(":[", ": [");
        QByteArray escaped = written;
        escaped.replace("\"notes\"", "\"\\u006eotes\"");
        QByteArray twice = written;
        twice.replace("{", "{\"200:" + QByteArray::number(*l) + "\":[\"notes\"],");
        for (const QByteArray &other : {spaced, escaped, twice}) {
            QVERIFY2(!StampGroups::readWritten(other, visit), other.constData());
            const auto asJson = numbers.expand(other, visit);
            QVERIFY2(asJson, other.constData());
            QCOMPARE(asJson->keys().size(), direct->keys().size());
            for (auto it = direct->cbegin(); it != direct->cend(); ++it) {
                QCOMPARE(asJson->value(it.key()).hlc, it.value().hlc);
                QCOMPARE(asJson->value(it.key()).deviceId, it.value().deviceId);
            }
        }

        const QByteArray n = QByteArray::number(*t);
        const QList<QByteArray> broken{
            "{\"100:" + n + "\":[\"notes\",\"notes\"]}", // a field stamped twice
            "{\"100:" + n + "\":\"*\",\"200:" + n + "\":\"*\"}", // two "*"
            "{\"0:" + n + "\":\"*\"}", // no clock
            "{\"100:" + n + "\":[\"mood\"]}", // no such field
            "{\"100:" + n + "\":[]}", // no field at all
            "{\"100:" + n + "\":\"*\"", // cut short
            "{\"100:99\":\"*\"}", // a device without a number
        };
        for (const QByteArray &text : broken) {
            QVERIFY2(!StampGroups::readWritten(text, visit) || text.contains(":99\""), text.constData());
            QVERIFY2(!numbers.expand(text, visit), text.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceNumbers)
#include "tst_devicenumbers.moc"
