#include "fieldstamps.h"
#include "recordstore.h"

#include <QTest>
#include <QtEndian>

using namespace doorstep;

class TestFieldStamps : public QObject
{
    Q_OBJECT

private slots:
    void aRecordWrittenByOneChangeStoresItsStampOnce()
    {
        FieldStamps stamps;
        const FieldStamps::Stamp created{117636520243445760, 0x91303001574e5e33};
        for (int field = 0; field < 13; ++field)
            stamps.set(field, created);
        const QByteArray once = stamps.toBlob();
        QCOMPARE(once.size(), 2 + 16 + 13 * 2);

        // Each later edit adds its stamp once, however many fields it changed.
        const FieldStamps::Stamp edited{117636520243445999, 0x1234};
        stamps.set(4, edited);
        stamps.set(9, edited);
        stamps.set(RecordStore::kDeletedStampField, edited);
        const QByteArray twice = stamps.toBlob();
        QCOMPARE(twice.size(), 2 + 2 * 16 + 14 * 2);

        const FieldStamps read = FieldStamps::fromBlob(twice);
        QCOMPARE(read.count(), 14);
        for (int field = 0; field < 13; ++field)
            QCOMPARE(read.get(field), field == 4 || field == 9 ? edited : created);
        QCOMPARE(read.get(RecordStore::kDeletedStampField), edited);
        QVERIFY(!read.has(13));
        QCOMPARE(read.get(13), FieldStamps::Stamp{});
        QCOMPARE(read.toBlob(), twice);
    }

    void version1BlobsAreStillRead()
    {
        // 17 bytes a field: index, clock, node, big-endian; as stores wrote them before version 2.
        QByteArray version1;
        const std::pair<int, FieldStamps::Stamp> written[] = {{2, {500, 7}}, {0, {400, 9}}, {255, {600, 7}}};
        for (const auto &[field, stamp] : written) {
            uchar entry[17];
            entry[0] = uchar(field);
            qToBigEndian(stamp.hlc, entry + 1);
            qToBigEndian(stamp.node, entry + 9);
            version1.append(reinterpret_cast<const char *>(entry), 17);
        }
        const FieldStamps read = FieldStamps::fromBlob(version1);
        QCOMPARE(read.count(), 3);
        QCOMPARE(read.get(0), (FieldStamps::Stamp{400, 9}));
        QCOMPARE(read.get(2), (FieldStamps::Stamp{500, 7}));
        QCOMPARE(read.get(255), (FieldStamps::Stamp{600, 7}));
        QVERIFY(!read.has(1));
        // Written again, they take the compact form and read back the same.
        const FieldStamps again = FieldStamps::fromBlob(read.toBlob());
        QCOMPARE(again.count(), 3);
        for (int field : {0, 2, 255})
            QCOMPARE(again.get(field), read.get(field));
    }

    void noStampsIsAnEmptyBlob()
    {
        QCOMPARE(FieldStamps().toBlob(), QByteArray());
        QCOMPARE(FieldStamps::fromBlob({}).count(), 0);
    }

    void aTruncatedBlobReadsNoMoreThanItHolds()
    {
        FieldStamps stamps;
        stamps.set(1, {10, 1});
        stamps.set(3, {20, 2});
        const QByteArray blob = stamps.toBlob();
        // Cut inside the stamp table: nothing can be trusted.
        QCOMPARE(FieldStamps::fromBlob(blob.left(10)).count(), 0);
        // Cut after the first field: the first field only.
        const FieldStamps cut = FieldStamps::fromBlob(blob.left(blob.size() - 2));
        QCOMPARE(cut.count(), 1);
        QCOMPARE(cut.get(1), (FieldStamps::Stamp{10, 1}));
    }
};

QTEST_GUILESS_MAIN(TestFieldStamps)
#include "tst_fieldstamps.moc"
