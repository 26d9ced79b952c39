// A record's fields as the server stores them (StoredFields): read, changed and written back, they
// give byte for byte the text a QJsonObject holding the same changes gives, and text that is not one
// object is refused with the reason.
#include "jsontext.h"
#include "storedfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace doorstep;
using namespace Qt::StringLiterals;

namespace {

QByteArray written(const QJsonObject &o)
{
    QByteArray out;
    appendJsonValue(out, o);
    return out;
}

const QStringList kNames{u"notes"_s,   u"personId"_s, u"visitedAt"_s, u"checkOut"_s, u"rating"_s,
                         u"address"_s, u"tags"_s,     u"resolved"_s,  u"a"_s,        u"zeta"_s};

QJsonValue someValue(QRandomGenerator &random)
{
    switch (random.bounded(7)) {
    case 0:
        return u"Mrs Patel said \"the stairs\" are hard.\nSon visits\\on Sundays, zdrowie ął \U0001F600"_s.left(
            random.bounded(70));
    case 1:
        return qint64(random.bounded(-1000, 1000));
    case 2:
        return random.generateDouble() * 10;
    case 3:
        return random.bounded(2) == 0;
    case 4:
        return QJsonValue(QJsonValue::Null);
    case 5:
        return QJsonArray{u"one"_s, 2, QJsonObject{{u"x"_s, u"}"_s}}};
    default:
        return QJsonObject{{u"line"_s, u"1 High St"_s}, {u"postcode"_s, u"AB1 2CD"_s}};
    }
}

} // namespace

class TestStoredFields : public QObject
{
    Q_OBJECT

private slots:
    void changesWriteWhatAQJsonObjectWrites()
    {
        QRandomGenerator random(4711);
        for (int round = 0; round < 2000; ++round) {
            QJsonObject expected;
            for (int i = random.bounded(int(kNames.size())); i > 0; --i)
                expected.insert(kNames.at(random.bounded(int(kNames.size()))), someValue(random));
            auto read = StoredFields::fromJson(written(expected));
            QVERIFY(read);
            StoredFields fields = std::move(read).value();
            QCOMPARE(fields.toJson(), written(expected)); // untouched: the text as it was read
            // A merge's changes: new fields, replaced ones, and fields taken away (undefined).
            for (int i = random.bounded(4); i > 0; --i) {
                const QString name = kNames.at(random.bounded(int(kNames.size())));
                const QJsonValue value = random.bounded(5) == 0 ? QJsonValue(QJsonValue::Undefined) : someValue(random);
                expected.insert(name, value);
                fields.insert(name, value);
            }
            QCOMPARE(fields.toJson(), written(expected));
            QCOMPARE(fields.size(), expected.size());
            for (const QString &name : kNames) {
                QCOMPARE(fields.contains(name), expected.contains(name));
                QCOMPARE(fields.value(name), expected.value(name));
            }
        }
    }

    void textNotWrittenHereIsReadAsQtWouldReadIt()
    {
        // Out of order, spaced, and a name twice: the last value stands, as in a QJsonObject.
        const QByteArray text = R"( { "b" : 1 , "a" : [ 2 ] , "b" : "three" } )"_ba;
        auto fields = StoredFields::fromJson(text);
        QVERIFY(fields);
        QCOMPARE(fields->toJson(), R"({"a":[ 2 ],"b":"three"})"_ba);
        QCOMPARE(fields->value(u"a"_s), QJsonValue(QJsonArray{2}));
        QCOMPARE(fields->value(u"b"_s), QJsonValue(u"three"_s));
        QVERIFY(fields->value(u"c"_s).isUndefined());
        QCOMPARE(StoredFields::fromJson("{}"_ba)->toJson(), "{}"_ba);
    }

    void refusesWhatIsNotOneObject()
    {
        for (const QByteArray &bad :
             {""_ba, "[]"_ba, R"({"a":1)"_ba, R"({"a":"\x"})"_ba, "{\"a\":\"\xff\"}"_ba, R"({"a":1} {})"_ba}) {
            auto fields = StoredFields::fromJson(bad);
            QVERIFY2(!fields, bad.constData());
            QCOMPARE(fields.error().field, u"fields"_s);
            QVERIFY2(fields.error().reason.startsWith(u"are not a JSON object ("_s), qPrintable(fields.error().reason));
            QCOMPARE(fields.error().code, u"storage"_s);
        }
    }
};

QTEST_APPLESS_MAIN(TestStoredFields)
#include "tst_storedfields.moc"
