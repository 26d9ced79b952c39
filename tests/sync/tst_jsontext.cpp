// JSON written straight into a buffer (core/jsontext.h, and the push body built with it) gives the
// very bytes QJsonDocument writes for the same value: every escape, non-ASCII text, surrogate pairs
// and lone surrogates, numbers, nesting, and a push's member order.
#include "jsontext.h"
#include "outboxentry.h"
#include "protocolcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace doorstep;

namespace {

QByteArray qtWrites(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray written(const QJsonValue &value)
{
    QByteArray out;
    appendJsonValue(out, value);
    return out;
}

// Every character below 0x20, and the ones JSON or Qt treat apart.
QString awkwardText()
{
    QString text;
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    text += QStringLiteral("\"quoted\" back\\slash /slash \x7f del, é ü ñ, 平仮名, ");
    text += QString::fromUtf8("\xF0\x9F\x98\x80 a pair"); // one character outside the BMP
    return text;
}

// How encodePush wrote a push before it wrote it directly: through QJsonDocument.
QByteArray pushAsQtWrites(int schemaVersion, const QString &deviceId, const std::vector<OutboxEntry> &entries)
{
    QJsonArray mutations;
    for (const OutboxEntry &e : entries) {
        QJsonObject changes;
        for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            QJsonArray values{change.value(QStringLiteral("new"))};
            if (e.op == QLatin1String("update") && it.key() == QLatin1String("notes"))
                values.append(change.value(QStringLiteral("old")));
            changes.insert(it.key(), values);
        }
        QJsonObject m{{QStringLiteral("entity"), e.entity},
                      {QStringLiteral("id"), e.entityId},
                      {QStringLiteral("op"), e.op},
                      {QStringLiteral("hlc"), QString::number(e.hlc)},
                      {QStringLiteral("changes"), changes}};
        if (e.op == QLatin1String("delete"))
            m.insert(QStringLiteral("seen"), QString::number(e.seenHlc));
        mutations.append(m);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("protocol"), 1},
                                     {QStringLiteral("schemaVersion"), schemaVersion},
                                     {QStringLiteral("deviceId"), deviceId},
                                     {QStringLiteral("from"), entries.empty() ? qint64(0) : entries.front().counter},
                                     {QStringLiteral("mutations"), mutations}})
        .toJson(QJsonDocument::Compact);
}

OutboxEntry entry(qint64 counter, const QString &op, const QJsonObject &changes)
{
    OutboxEntry e;
    e.counter = counter;
    e.entity = QStringLiteral("visit");
    e.entityId = QStringLiteral("0190b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b");
    e.op = op;
    e.hlc = 117636520243445760ULL + quint64(counter);
    e.seenHlc = op == QLatin1String("delete") ? 117636520243440000ULL : 0;
    e.changes = changes;
    return e;
}

QJsonObject change(const QJsonValue &newValue, const QJsonValue &oldValue = QJsonValue::Null)
{
    return QJsonObject{{QStringLiteral("new"), newValue}, {QStringLiteral("old"), oldValue}};
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void valuesAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("empty text") << QJsonValue(QString());
        QTest::newRow("plain text") << QJsonValue(QStringLiteral("Walked to the kitchen with the frame."));
        QTest::newRow("every escape") << QJsonValue(awkwardText());
        QTest::newRow("lone high surrogate") << QJsonValue(QString(QChar(0xd800)) + QStringLiteral(" then text"));
        QTest::newRow("lone low surrogate") << QJsonValue(QStringLiteral("text then ") + QChar(0xdc00));
        QTest::newRow("integer") << QJsonValue(7);
        QTest::newRow("negative integer") << QJsonValue(qint64(-9007199254740991));
        QTest::newRow("high surrogate at the end") << QJsonValue(QStringLiteral("text then ") + QChar(0xd83d));
        QTest::newRow("one, two, three and four UTF-8 bytes")
            << QJsonValue(QStringLiteral("a ß € ") + QString::fromUtf8("\xF0\x9F\xAB\x96") + QStringLiteral(" \uffff"));
        QTest::newRow("largest integer") << QJsonValue(std::numeric_limits<qint64>::max());
        QTest::newRow("smallest integer") << QJsonValue(std::numeric_limits<qint64>::min());
        QTest::newRow("integer beyond a double") << QJsonValue(qint64(9007199254740993));
        QTest::newRow("whole double") << QJsonValue(1000.0);
        QTest::newRow("large whole double") << QJsonValue(1e17);
        QTest::newRow("negative zero") << QJsonValue(-0.0);
        QTest::newRow("fraction") << QJsonValue(0.1);
        QTest::newRow("large double") << QJsonValue(1e300);
        QTest::newRow("true") << QJsonValue(true);
        QTest::newRow("false") << QJsonValue(false);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty array") << QJsonValue(QJsonArray{});
        QTest::newRow("empty object") << QJsonValue(QJsonObject{});
        QTest::newRow("nested") << QJsonValue(
            QJsonObject{{QStringLiteral("z\n"), QJsonArray{1, QStringLiteral("a\"b"), QJsonValue::Null}},
                        {QStringLiteral("a"), QJsonObject{{QStringLiteral("é"), 2.5}}},
                        {QStringLiteral("m"), true}});
    }

    void valuesAreWrittenAsQtWritesThem()
    {
        QFETCH(QJsonValue, value);
        QCOMPARE(written(value), qtWrites(value));
    }

    // Plain ASCII is copied many units at a time: whatever must be escaped or encoded is written
    // right at every place in and across those blocks.
    void everyPlaceInALongRunIsWrittenRight()
    {
        const QString run(40, u'a');
        const QList<QString> inserts{
            QStringLiteral("\""),   QStringLiteral("\\"),   QStringLiteral("\n"),
            QString(QChar(0x01)),   QString(QChar(0x1f)),   QString(QChar(0x7f)),
            QStringLiteral("é"),    QStringLiteral("€"),    QString::fromUtf8("\xF0\x9F\xAB\x96"),
            QString(QChar(0xd800)), QString(QChar(0xff20)), QString()};
        for (qsizetype at = 0; at <= run.size(); ++at) {
            for (const QString &insert : inserts) {
                const QJsonValue value(run.left(at) + insert + run.mid(at));
                QCOMPARE(written(value), qtWrites(value));
            }
        }
    }

    void aPushIsWrittenAsQtWroteIt()
    {
        const QString note = awkwardText() + QStringLiteral("\nSecond paragraph.");
        const std::vector<OutboxEntry> entries{
            entry(41, QStringLiteral("create"),
                  QJsonObject{{QStringLiteral("notes"), change(note)},
                              {QStringLiteral("checkedInAt"), change(QStringLiteral("2026-11-23T10:00:00.000Z"))}}),
            entry(42, QStringLiteral("update"),
                  QJsonObject{{QStringLiteral("notes"), change(QStringLiteral("new"), note)},
                              {QStringLiteral("checkedOutAt"),
                               change(QStringLiteral("2026-11-23T10:05:00.000Z"),
                                      QStringLiteral("2026-11-23T10:04:00.000Z"))}}),
            entry(43, QStringLiteral("delete"), QJsonObject{}),
        };
        const QString deviceId = QStringLiteral("0190b3c4-0000-7000-8000-00000000000a");
        const QByteArray body = ProtocolCodec::encodePush(2, deviceId, entries);
        QCOMPARE(body, pushAsQtWrites(2, deviceId, entries));
        // And the server reads it back whole.
        auto decoded = ProtocolCodec::decodePush(body);
        QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().reason));
        QCOMPARE(decoded->mutations.size(), size_t(3));
        QCOMPARE(decoded->from, qint64(41));
    }

    // Entries as Outbox::pendingForPush reads them: the changes as the outbox stored them
    // (QJsonDocument, compact), copied into the body rather than parsed and written again.
    void storedChangesGiveTheSameBody_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QString>("op");
        const QString note = awkwardText() + QStringLiteral("\nSecond paragraph.");
        QTest::newRow("create, every kind of value")
            << QJsonObject{{QStringLiteral("notes"), change(note)},
                           {QStringLiteral("checkedInAt"), change(QStringLiteral("2026-11-23T10:00:00.000Z"))},
                           {QStringLiteral("durationMinutes"), change(45)},
                           {QStringLiteral("rating"), change(7.5)},
                           {QStringLiteral("consented"), change(true, false)},
                           {QStringLiteral("cancelledAt"), change(QJsonValue::Null)},
                           {QStringLiteral("tags"),
                            change(QJsonArray{QStringLiteral("a]b"), QJsonObject{{QStringLiteral("}"), 1}}})}}
            << QStringLiteral("create");
        QTest::newRow("update of text, with the old value")
            << QJsonObject{{QStringLiteral("notes"), change(QStringLiteral("new \"words\""), note)},
                           {QStringLiteral("checkedOutAt"),
                            change(QStringLiteral("2026-11-23T10:05:00.000Z"),
                                   QStringLiteral("2026-11-23T10:04:00.000Z"))}}
            << QStringLiteral("update");
        QTest::newRow("delete") << QJsonObject{} << QStringLiteral("delete");
        QTest::newRow("a name that needs escaping")
            << QJsonObject{{QStringLiteral("no\tsuch"), change(1)}, {QStringLiteral("notes"), change(note, note)}}
            << QStringLiteral("update");
        QTest::newRow("a change without its old value")
            << QJsonObject{{QStringLiteral("notes"), QJsonObject{{QStringLiteral("new"), note}}}}
            << QStringLiteral("update");
        QTest::newRow("a change with more than new and old")
            << QJsonObject{{QStringLiteral("notes"),
                            QJsonObject{{QStringLiteral("new"), note},
                                        {QStringLiteral("old"), QStringLiteral("x")},
                                        {QStringLiteral("why"), 1}}}}
            << QStringLiteral("update");
    }

    void storedChangesGiveTheSameBody()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QString, op);
        const QString deviceId = QStringLiteral("0190b3c4-0000-7000-8000-00000000000a");
        const std::vector<OutboxEntry> parsed{
            entry(7, op, changes),
            entry(8, QStringLiteral("update"),
                  QJsonObject{{QStringLiteral("notes"), change(QStringLiteral("b"), QStringLiteral("a"))}})};
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            std::vector<OutboxEntry> stored = parsed;
            for (OutboxEntry &e : stored) {
                e.storedChanges = QJsonDocument(e.changes).toJson(format);
                e.changes = {};
            }
            auto body = ProtocolCodec::encodeStoredPush(2, deviceId, stored);
            QVERIFY2(body.ok(), qPrintable(body ? QString() : body.error().message()));
            QCOMPARE(*body, ProtocolCodec::encodePush(2, deviceId, parsed));
        }
    }

    void unreadableStoredChangesAreAnError()
    {
        OutboxEntry e = entry(9, QStringLiteral("update"), {});
        for (const QByteArray &stored : {QByteArray("[1,2]"), QByteArray("{\"notes\":{\"new\":"), QByteArray()}) {
            e.storedChanges = stored;
            auto body = ProtocolCodec::encodeStoredPush(2, QStringLiteral("d"), {e});
            QVERIFY2(!body.ok(), stored.constData());
            QCOMPARE(body.error().reason, QStringLiteral("entry 9 is not readable"));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
