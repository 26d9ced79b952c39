// JsonParser reads every document Qt's own parser reads into the same QJsonDocument, and refuses
// bad text with the offset and the reason. (How much faster it is: bench_sync_initial.)

#include "jsonparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace doorstep;
using namespace Qt::StringLiterals;

namespace {

// Text that exercises every way a string can be written: ASCII, escapes, control characters,
// two-, three- and four-byte UTF-8 (the last as a surrogate pair in QString).
QString randomText(QRandomGenerator &random)
{
    static const QString pieces[] = {u"Mrs Patel"_s,
                                     u"\n"_s,
                                     u"\t"_s,
                                     u"\""_s,
                                     u"\\"_s,
                                     u"/"_s,
                                     u"\u0001"_s,
                                     u"\u001f"_s,
                                     u"zdrowie ął"_s,
                                     u"\u20ac"_s,
                                     u"\U0001F600"_s,
                                     u" "_s,
                                     u"walked to the shop"_s,
                                     u"\r\n"_s,
                                     u"\u007f"_s,
                                     QString()};
    QString text;
    const int n = random.bounded(12);
    for (int i = 0; i < n; ++i)
        text += pieces[random.bounded(int(std::size(pieces)))];
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 4 ? 5 : 7)) {
    case 0:
        return randomText(random);
    case 1:
        return QJsonValue(qint64(random.generate64()) >> random.bounded(64));
    case 2:
        return QJsonValue((random.generateDouble() - 0.5) * std::pow(10.0, random.bounded(-20, 20)));
    case 3:
        return random.bounded(2) == 0;
    case 4:
        return QJsonValue(QJsonValue::Null);
    case 5: {
        QJsonObject o;
        const int n = random.bounded(6);
        for (int i = 0; i < n; ++i)
            o.insert(randomText(random), randomValue(random, depth + 1));
        return o;
    }
    default: {
        QJsonArray a;
        const int n = random.bounded(6);
        for (int i = 0; i < n; ++i)
            a.append(randomValue(random, depth + 1));
        return a;
    }
    }
}

QByteArray withSpace(QByteArray text)
{
    return " \r\n\t" + text.replace(",", " ,\n ").replace(":", "\t:  ") + "\n ";
}

} // namespace

class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQtReads_data();
    void readsWhatQtReads();
    void randomDocumentsMatchQt();
    void everyPlaceInALongRunIsSeen();
    void refusesBadText_data();
    void refusesBadText();
    void namesTheOffsetOfInvalidUtf8();
    void numbersKeepTheirExactValue();
    void repeatedNamesKeepTheLastValue();
    void membersAreTheObjectsValuesAsWritten();
    void membersRefuseWhatParseRefuses_data() { refusesBadText_data(); }
    void membersRefuseWhatParseRefuses();
    void parsesASingleValue();
    void walksHandOutEachValueAsWritten();
    void walksStopWhenAskedAndRefuseOtherKinds();
    void readsAStringAlone();
    void checkNamesInvalidUtf8();
};

void TestJsonParser::readsWhatQtReads_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << "{}"_ba;
    QTest::newRow("empty array") << "[]"_ba;
    QTest::newRow("spaces") << " \n{ \"a\" : [ 1 , 2 ] }\t\r\n"_ba;
    QTest::newRow("escapes") << R"({"s":"a\"b\\c\/d\b\f\n\r\te\u00e9\u20AC\ud83d\ude00"})"_ba;
    QTest::newRow("utf-8") << "{\"s\":\"za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87 \xe2\x82\xac \xf0\x9f\x98\x80\"}"_ba;
    QTest::newRow("numbers") << "[0,-0,1,-1,0.5,-2.25e-3,1E+10,9007199254740993,-9223372036854775808]"_ba;
    QTest::newRow("literals") << "[true,false,null]"_ba;
    QTest::newRow("nested") << R"({"a":{"b":{"c":[[],{},[{"d":null}]]}}})"_ba;
    QTest::newRow("empty strings") << R"({"":""})"_ba;
    // Names in plain ASCII are read in place, the others through a QString: the same name written
    // both ways is one name, and the last value stays.
    QTest::newRow("names") << "{\"plain\":1,\"esc\\\"aped\":2,\"za\xc5\xbc\":3,\"\\u0061\":4,\"a\":5,"
                              "\"b\":6,\"\\u0062\":{\"\\n\":7,\"n\":8}}"_ba;
    // What Qt writes for a lone surrogate in a QString (text a keyboard mangled) must read back.
    QTest::newRow("lone surrogates") << R"({"a":"\udc00x\ud83d","b":"\ud83d\ud83d"})"_ba;
    // A note: runs between plain escapes, then a \u escape part way, then more runs.
    QTest::newRow("escapes then unicode")
        << R"({"n":"First line.\nSecond \"line\".\n\u00e9 and \ud83d\ude00\nlast\t","k":"\n"})"_ba;
}

void TestJsonParser::readsWhatQtReads()
{
    QFETCH(QByteArray, json);
    QJsonParseError qtError;
    const QJsonDocument expected = QJsonDocument::fromJson(json, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);
    JsonParser::Failure failure;
    const QJsonDocument actual = JsonParser::parse(json, &failure);
    QCOMPARE(failure.offset, -1);
    QVERIFY(failure.reason.isEmpty());
    QCOMPARE(actual, expected);
}

void TestJsonParser::randomDocumentsMatchQt()
{
    QRandomGenerator random(20261123);
    for (int i = 0; i < 3000; ++i) {
        QJsonObject o;
        o.insert(u"v"_s, randomValue(random, 0));
        const QByteArray compact = QJsonDocument(o).toJson(QJsonDocument::Compact);
        for (const QByteArray &text : {compact, QJsonDocument(o).toJson(QJsonDocument::Indented), withSpace(compact)}) {
            const QJsonDocument expected = QJsonDocument::fromJson(text);
            QVERIFY2(!expected.isNull(), text.constData());
            JsonParser::Failure failure;
            const QJsonDocument actual = JsonParser::parse(text, &failure);
            QVERIFY2(failure.offset == -1, qPrintable(failure.reason + u" in "_s + QString::fromUtf8(text)));
            QVERIFY2(actual == expected, text.constData());
        }
    }
}

// Long runs of plain text are scanned many bytes at a time: whatever ends a run (a quote, an
// escape, the string's end) or does not belong in one (a raw control character) is seen at every
// place in and across those blocks.
void TestJsonParser::everyPlaceInALongRunIsSeen()
{
    const QByteArray run(40, 'a');
    const QList<QByteArray> inserts{"\\\"", "\\\\", "\\n", "\\u00e9", "\xc3\xa9", "\xe2\x82\xac", "\x7f", "\"\"", ""};
    for (qsizetype at = 0; at <= run.size(); ++at) {
        for (const QByteArray &insert : inserts) {
            const QByteArray json = "[\"" + run.left(at) + insert + run.mid(at) + "\"]";
            const QJsonDocument expected = QJsonDocument::fromJson(json);
            JsonParser::Failure failure;
            const QJsonDocument actual = JsonParser::parse(json, &failure);
            if (insert == "\"\"") {
                QVERIFY2(actual.isNull(), json.constData()); // the string ends early: text follows it
                QCOMPARE(failure.offset, 2 + at + 1);
                continue;
            }
            QVERIFY2(!expected.isNull(), json.constData());
            QVERIFY2(actual == expected, json.constData());
        }
        const QByteArray raw = "[\"" + run.left(at) + '\x01' + run.mid(at) + "\"]";
        JsonParser::Failure failure;
        QVERIFY(JsonParser::parse(raw, &failure).isNull());
        QCOMPARE(failure.reason, u"a control character must be escaped in a string"_s);
        QCOMPARE(failure.offset, 2 + at);
    }
}

void TestJsonParser::refusesBadText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing") << ""_ba << qsizetype(0) << u"expected an object or an array"_s;
    QTest::newRow("scalar") << "42"_ba << qsizetype(0) << u"expected an object or an array"_s;
    QTest::newRow("unclosed object") << R"({"a":1)"_ba << qsizetype(6) << u"expected '}'"_s;
    QTest::newRow("unclosed array") << "[1,2"_ba << qsizetype(4) << u"expected ']'"_s;
    QTest::newRow("trailing comma") << R"({"a":1,})"_ba << qsizetype(7) << u"expected a quoted member name"_s;
    QTest::newRow("array trailing comma") << "[1,]"_ba << qsizetype(3) << u"is not a JSON value"_s;
    QTest::newRow("bare name") << "{a:1}"_ba << qsizetype(1) << u"expected a quoted member name"_s;
    QTest::newRow("missing colon") << R"({"a" 1})"_ba << qsizetype(5) << u"expected ':'"_s;
    QTest::newRow("garbage after") << "{} x"_ba << qsizetype(3) << u"unexpected text after the end of the document"_s;
    QTest::newRow("two documents") << "{}{}"_ba << qsizetype(2) << u"unexpected text after the end of the document"_s;
    QTest::newRow("unterminated string") << R"({"a":"bc)"_ba << qsizetype(8) << u"the document ends inside a string"_s;
    QTest::newRow("raw newline") << "{\"a\":\"b\nc\"}"_ba << qsizetype(7)
                                 << u"a control character must be escaped in a string"_s;
    QTest::newRow("bad escape") << R"({"a":"\x"})"_ba << qsizetype(7) << u"is not a JSON escape"_s;
    QTest::newRow("bad escape after good ones")
        << R"({"a":"one\ntwo\x"})"_ba << qsizetype(15) << u"is not a JSON escape"_s;
    QTest::newRow("raw newline after an escape")
        << "{\"a\":\"b\\nc\nd\"}"_ba << qsizetype(10) << u"a control character must be escaped in a string"_s;
    QTest::newRow("short unicode") << R"({"a":"\u12"})"_ba << qsizetype(7) << u"\\u needs four hex digits"_s;
    QTest::newRow("leading zero") << R"({"a":01})"_ba << qsizetype(6) << u"expected '}'"_s;
    QTest::newRow("bare minus") << "[-]"_ba << qsizetype(1) << u"is not a JSON value"_s;
    QTest::newRow("bare point") << "[1.]"_ba << qsizetype(1) << u"a decimal point needs digits after it"_s;
    QTest::newRow("bare exponent") << "[1e]"_ba << qsizetype(1) << u"an exponent needs digits"_s;
    QTest::newRow("plus sign") << "[+1]"_ba << qsizetype(1) << u"is not a JSON value"_s;
    QTest::newRow("out of range") << "[1e400]"_ba << qsizetype(1) << u"is a number out of range"_s;
    QTest::newRow("misspelt literal") << "[tru]"_ba << qsizetype(1) << u"is not a JSON value"_s;
    QTest::newRow("too deep") << QByteArray(JsonParser::kMaxDepth + 1, '[') << qsizetype(JsonParser::kMaxDepth)
                              << u"nests deeper than 64 levels"_s;
}

void TestJsonParser::refusesBadText()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, offset);
    QFETCH(QString, reason);
    JsonParser::Failure failure;
    const QJsonDocument doc = JsonParser::parse(json, &failure);
    QVERIFY(doc.isNull());
    QCOMPARE(failure.reason, reason);
    QCOMPARE(failure.offset, offset);
}

// members() checks each value as parse() would, without building it, and takes only an object.
void TestJsonParser::membersRefuseWhatParseRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, offset);
    QFETCH(QString, reason);
    std::vector<JsonParser::Member> members{{u"left over"_s, 1, 1}};
    JsonParser::Failure failure;
    QVERIFY(!JsonParser::members(json, members, &failure));
    QVERIFY(members.empty());
    if (json.startsWith('{')) {
        QCOMPARE(failure.reason, reason);
        QCOMPARE(failure.offset, offset);
    } else {
        QCOMPARE(failure.reason, u"expected an object"_s);
        QCOMPARE(failure.offset, qsizetype(0));
    }
}

void TestJsonParser::membersAreTheObjectsValuesAsWritten()
{
    QRandomGenerator random(20261204);
    for (int i = 0; i < 2000; ++i) {
        QJsonObject o;
        const int n = random.bounded(8);
        for (int k = 0; k < n; ++k)
            o.insert(randomText(random), randomValue(random, 1));
        const QByteArray compact = QJsonDocument(o).toJson(QJsonDocument::Compact);
        for (const QByteArray &text : {compact, QJsonDocument(o).toJson(QJsonDocument::Indented), withSpace(compact)}) {
            std::vector<JsonParser::Member> members;
            JsonParser::Failure failure;
            QVERIFY2(JsonParser::members(text, members, &failure),
                     qPrintable(failure.reason + u" in "_s + QString::fromUtf8(text)));
            QCOMPARE(failure.offset, -1);
            QCOMPARE(qsizetype(members.size()), o.size());
            // The values as the text holds them (Qt writes a large integer through a double).
            const QJsonObject written = QJsonDocument::fromJson(text).object();
            QStringList names;
            for (const JsonParser::Member &m : members) {
                names << m.name;
                const QByteArrayView valueText = QByteArrayView(text).sliced(m.offset, m.size);
                // Exactly the value's text: no space around it, and it reads back as the value.
                QVERIFY(!valueText.isEmpty());
                QVERIFY(!QChar::isSpace(uchar(valueText.front())) && !QChar::isSpace(uchar(valueText.back())));
                QVERIFY2(JsonParser::parseValue(valueText) == written.value(m.name),
                         valueText.toByteArray().constData());
            }
            QCOMPARE(names, o.keys()); // as written, which is the object's (sorted) order here
        }
    }
    // Written order, whatever it is; a repeated name twice.
    std::vector<JsonParser::Member> members;
    QVERIFY(JsonParser::members(R"({"b":[1,{"x":"}"}],"a":"\"\u00e9","b":null})"_ba, members));
    QCOMPARE(members.size(), size_t(3));
    QCOMPARE(members[0].name, u"b"_s);
    QCOMPARE(members[0].offset, 5);
    QCOMPARE(members[0].size, 13);
    QCOMPARE(members[1].name, u"a"_s);
    QCOMPARE(members[2].name, u"b"_s);
    QCOMPARE(members[2].size, 4);
}

// A walk hands out each member's name and each element's text exactly as written, and they read
// back as the values Qt's parser builds, at every level.
void TestJsonParser::walksHandOutEachValueAsWritten()
{
    QRandomGenerator random(20261205);
    for (int i = 0; i < 2000; ++i) {
        QJsonArray a;
        const int n = random.bounded(6);
        for (int k = 0; k < n; ++k) {
            QJsonObject o;
            const int members = random.bounded(6);
            for (int m = 0; m < members; ++m)
                o.insert(randomText(random), randomValue(random, 2));
            a.append(o);
        }
        const QByteArray compact = QJsonDocument(a).toJson(QJsonDocument::Compact);
        for (const QByteArray &text : {compact, QJsonDocument(a).toJson(QJsonDocument::Indented), withSpace(compact)}) {
            const QJsonArray written = QJsonDocument::fromJson(text).array();
            const auto checked = JsonParser::check(text);
            QVERIFY(checked);
            qsizetype index = 0;
            JsonParser::Failure failure;
            const bool walked = JsonParser::walkArray(
                *checked,
                [&](JsonParser::Checked element) {
                    const QJsonObject expected = written.at(index++).toObject();
                    QStringList names;
                    bool same = JsonParser::walkObject(element, [&](QByteArrayView name, JsonParser::Checked value) {
                        names << QString::fromUtf8(name);
                        const bool asWritten = !value.bytes.isEmpty() && !QChar::isSpace(uchar(value.bytes.front()))
                            && !QChar::isSpace(uchar(value.bytes.back()));
                        return asWritten && JsonParser::parseValue(value) == expected.value(names.last());
                    });
                    return same && names == expected.keys();
                },
                &failure);
            QVERIFY2(walked, text.constData());
            QCOMPARE(failure.offset, -1);
            QCOMPARE(index, written.size());
        }
    }
}

void TestJsonParser::walksStopWhenAskedAndRefuseOtherKinds()
{
    const auto text = JsonParser::check(R"({"a":1,"b\u00e9":[2,3],"c":3} )"_ba);
    QVERIFY(text);
    QList<QByteArray> seen;
    JsonParser::Failure failure;
    QVERIFY(!JsonParser::walkObject(
        *text,
        [&](QByteArrayView name, JsonParser::Checked value) {
            seen << name.toByteArray() + '=' + value.bytes.toByteArray();
            return seen.size() < 2;
        },
        &failure));
    QCOMPARE(seen, (QList<QByteArray>{"a=1", "b\xc3\xa9=[2,3]"}));
    QCOMPARE(failure.offset, -1); // stopped, not refused

    const auto visitNothing = [](QByteArrayView, JsonParser::Checked) { return true; };
    QVERIFY(!JsonParser::walkObject(JsonParser::Checked{"[1]"}, visitNothing, &failure));
    QCOMPARE(failure.reason, u"expected an object"_s);
    QVERIFY(!JsonParser::walkObject(JsonParser::Checked{R"({"a":tru})"}, visitNothing, &failure));
    QCOMPARE(failure.reason, u"is not a JSON value"_s);
    QCOMPARE(failure.offset, 5);
    QVERIFY(!JsonParser::walkArray(
        JsonParser::Checked{"{}"}, [](JsonParser::Checked) { return true; }, &failure));
    QCOMPARE(failure.reason, u"expected an array"_s);
    QVERIFY(!JsonParser::walkArray(
        JsonParser::Checked{"[1] 2"}, [](JsonParser::Checked) { return true; }, &failure));
    QCOMPARE(failure.reason, u"unexpected text after the end of the document"_s);
    QCOMPARE(failure.offset, 4);
    int elements = 0;
    QVERIFY(JsonParser::walkArray(JsonParser::Checked{" [ ] "}, [&](JsonParser::Checked) { return ++elements, true; }));
    QCOMPARE(elements, 0);
}

void TestJsonParser::readsAStringAlone()
{
    QString text;
    QVERIFY(JsonParser::readString(JsonParser::Checked{R"( "line\none \u00e9\ud83d\ude00 \"q\"" )"}, text));
    QCOMPARE(text, u"line\none \u00e9\U0001F600 \"q\""_s);
    QVERIFY(JsonParser::readString(JsonParser::Checked{R"("")"}, text));
    QVERIFY(text.isEmpty());
    JsonParser::Failure failure;
    QVERIFY(!JsonParser::readString(JsonParser::Checked{"12"}, text, &failure));
    QCOMPARE(failure.reason, u"expected a string"_s);
    QVERIFY(!JsonParser::readString(JsonParser::Checked{R"("a" "b")"}, text, &failure));
    QCOMPARE(failure.reason, u"unexpected text after the end of the document"_s);
    QVERIFY(!JsonParser::readString(JsonParser::Checked{"\"a\nb\""}, text, &failure));
    QCOMPARE(failure.reason, u"a control character must be escaped in a string"_s);
}

void TestJsonParser::checkNamesInvalidUtf8()
{
    JsonParser::Failure failure;
    QVERIFY(!JsonParser::check("{\"a\":\"ok \xc3\"}", &failure));
    QCOMPARE(failure.offset, 9);
    QCOMPARE(failure.reason, u"is not valid UTF-8"_s);
    const auto fine = JsonParser::check("{\"a\":\"\xc3\xa9\"}", &failure);
    QVERIFY(fine);
    QCOMPARE(failure.offset, -1);
    QCOMPARE(fine->bytes.size(), 10);
}

void TestJsonParser::parsesASingleValue()
{
    QCOMPARE(JsonParser::parseValue("42"), QJsonValue(42));
    QCOMPARE(JsonParser::parseValue(" \"line\\none\" "), QJsonValue(u"line\none"_s));
    QCOMPARE(JsonParser::parseValue("null"), QJsonValue(QJsonValue::Null));
    QCOMPARE(JsonParser::parseValue("[true,{}]"), QJsonValue(QJsonArray{true, QJsonObject()}));
    JsonParser::Failure failure;
    QVERIFY(JsonParser::parseValue("", &failure).isUndefined());
    QCOMPARE(failure.reason, u"the document ends where a value was expected"_s);
    QVERIFY(JsonParser::parseValue("1 2", &failure).isUndefined());
    QCOMPARE(failure.reason, u"unexpected text after the end of the value"_s);
    QCOMPARE(failure.offset, 2);
    QVERIFY(JsonParser::parseValue("\"\xff\"", &failure).isUndefined());
    QCOMPARE(failure.reason, u"is not valid UTF-8"_s);
}

void TestJsonParser::namesTheOffsetOfInvalidUtf8()
{
    const QList<QByteArray> invalid{
        "{\"a\":\"ok \xc3\"}"_ba, // a lead byte without its follower
        "{\"a\":\"ok \xc0\xaf\"}"_ba, // an overlong '/'
        "{\"a\":\"ok \xed\xa0\x80\"}"_ba, // an encoded surrogate
        "{\"a\":\"ok \xf4\x90\x80\x80\"}"_ba, // past U+10FFFF
        "{\"a\":\"ok \xff\"}"_ba,
    };
    for (const QByteArray &json : invalid) {
        JsonParser::Failure failure;
        QVERIFY(JsonParser::parse(json, &failure).isNull());
        QCOMPARE(failure.reason, u"is not valid UTF-8"_s);
        QCOMPARE(failure.offset, qsizetype(9));
    }
}

void TestJsonParser::numbersKeepTheirExactValue()
{
    const QJsonArray a = JsonParser::parse("[9223372036854775807,-9223372036854775808,9223372036854775808,"
                                           "9007199254740993,0.1,-0]")
                             .array();
    QCOMPARE(a.size(), 6);
    QCOMPARE(a.at(0).toInteger(), std::numeric_limits<qint64>::max());
    QCOMPARE(a.at(1).toInteger(), std::numeric_limits<qint64>::min());
    QCOMPARE(a.at(2).toDouble(), 9223372036854775808.0);
    QCOMPARE(a.at(3).toInteger(), Q_INT64_C(9007199254740993)); // not rounded through a double
    QCOMPARE(a.at(4).toDouble(), 0.1);
    QCOMPARE(a.at(5).toInteger(), 0);
}

void TestJsonParser::repeatedNamesKeepTheLastValue()
{
    const QByteArray json = R"({"a":1,"b":2,"a":3})"_ba;
    const QJsonObject o = JsonParser::parse(json).object();
    QCOMPARE(o.size(), 2);
    QCOMPARE(o.value(u"a"_s).toInteger(), 3);
    QCOMPARE(o, QJsonDocument::fromJson(json).object());
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
