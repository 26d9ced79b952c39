// FieldCodec reads a date and time as Qt's ISO 8601 parser does, including the form Doorstep
// writes, which it reads without that parser.
#include "fieldcodec.h"
#include "visit.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace doorstep;
using namespace Qt::StringLiterals;

namespace {

// A visit's planned time: one of the times every visit carries.
const FieldSpec &when()
{
    const EntitySchema &schema = Visit::schema();
    return schema.fields[size_t(schema.indexOf(u"plannedAt"))];
}

} // namespace

class TestFieldCodec : public QObject
{
    Q_OBJECT

private slots:
    void readsDateTimesAsQtDoes_data();
    void readsDateTimesAsQtDoes();
    void readsEveryTimeItWrites();
};

void TestFieldCodec::readsDateTimesAsQtDoes_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"2026-12-05T09:30:00.000Z",
                             "2026-12-05T09:30:00Z",
                             "2024-02-29T23:59:59.999Z",
                             "2026-02-29T10:00:00.000Z",
                             "2026-13-05T09:30:00.000Z",
                             "2026-12-32T09:30:00Z",
                             "2026-12-05T24:00:00.000Z",
                             "2026-12-05T09:60:00Z",
                             "2026-12-05T09:30:60.000Z",
                             "2026-12-05T09:30:00.5Z",
                             "2026-12-05T09:30:00.000+01:00",
                             "2026-12-05T09:30:00",
                             "2026-12-05t09:30:00.000Z",
                             "2026-12-05T09:30:00.000z",
                             "2026-12-05 09:30:00.000Z",
                             "0000-01-01T00:00:00.000Z",
                             "-026-12-05T09:30:00.000Z",
                             "2026-1a-05T09:30:00.000Z",
                             "2026-12-05T09:30:00,000Z",
                             "",
                             "tomorrow"})
        QTest::newRow(text) << QString::fromLatin1(text);
    QTest::newRow("full-width digits") << u"２０２６-12-05T09:30:00.000Z"_s;
}

void TestFieldCodec::readsDateTimesAsQtDoes()
{
    QFETCH(QString, text);
    const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
    const auto read = FieldCodec::fromJson(when(), QJsonValue(text));
    QCOMPARE(read.ok(), expected.isValid());
    if (!read.ok()) {
        QCOMPARE(read.error().field, when().name);
        return;
    }
    const QDateTime actual = read->toDateTime();
    QCOMPARE(actual.timeSpec(), Qt::UTC);
    QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestFieldCodec::readsEveryTimeItWrites()
{
    QRandomGenerator random(20261205);
    const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        // Whole seconds a quarter of the time, which the codec writes the same way.
        qint64 ms = from + qint64(random.bounded(double(to - from)));
        const qint64 wholeSecond = ms - ((ms % 1000) + 1000) % 1000; // down, before 1970 too
        if (i % 4 == 0)
            ms = wholeSecond;
        const QDateTime instant = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QJsonValue written = FieldCodec::toJson(when(), instant);
        const auto read = FieldCodec::fromJson(when(), written);
        QVERIFY2(read.ok(), qPrintable(written.toString()));
        QCOMPARE(read->toDateTime(), instant);
        QCOMPARE(read->toDateTime().timeSpec(), Qt::UTC);
        // And the seconds-only form, without the milliseconds.
        const QString seconds = instant.toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
        const auto short_ = FieldCodec::fromJson(when(), seconds);
        QVERIFY2(short_.ok(), qPrintable(seconds));
        QCOMPARE(short_->toDateTime().toMSecsSinceEpoch(), wholeSecond);
    }
}

QTEST_GUILESS_MAIN(TestFieldCodec)
#include "tst_fieldcodec.moc"
