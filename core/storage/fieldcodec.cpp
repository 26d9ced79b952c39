#include "fieldcodec.h"

#include "fieldcipher.h"
#include "statement.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>
#include <optional>

namespace doorstep::FieldCodec {

namespace {

QString dateTimeText(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

// The form Doorstep writes every time ("2026-12-05T09:30:00.000Z", the milliseconds optional), read
// directly: Qt's ISO parser was a twentieth of a first sync's work on the device, four times a
// visit. Anything else, and any value this refuses, goes to Qt's parser, which decides.
std::optional<QDateTime> plainUtcDateTime(QStringView text)
{
    const qsizetype n = text.size();
    if ((n != 20 && n != 24) || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[n - 1] != u'Z' || (n == 24 && text[19] != u'.'))
        return std::nullopt;
    const auto number = [&](qsizetype from, qsizetype digits) {
        int value = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int ms = n == 24 ? number(20, 3) : 0;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

// The bytes that get encrypted: the same text form JSON uses, so one parser reads both.
QByteArray plainBytes(const FieldSpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Id:
        return value.toString().toUtf8();
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate).toLatin1();
    case FieldType::DateTime:
        return QByteArray::number(value.toDateTime().toMSecsSinceEpoch());
    case FieldType::Integer:
        return QByteArray::number(value.toLongLong());
    case FieldType::Real:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case FieldType::Boolean:
        return value.toBool() ? "1" : "0";
    case FieldType::TextList:
        return QJsonDocument(QJsonArray::fromStringList(value.toStringList())).toJson(QJsonDocument::Compact);
    case FieldType::Json:
        return QJsonDocument(value.toJsonArray()).toJson(QJsonDocument::Compact);
    }
    return {};
}

Result<QVariant> fromPlainBytes(const FieldSpec &spec, const QByteArray &bytes)
{
    bool ok = true;
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Id:
        return QVariant(QString::fromUtf8(bytes));
    case FieldType::Date: {
        const QDate d = QDate::fromString(QString::fromLatin1(bytes), Qt::ISODate);
        if (!d.isValid())
            break;
        return QVariant(d);
    }
    case FieldType::DateTime: {
        const qint64 ms = bytes.toLongLong(&ok);
        if (!ok)
            break;
        return QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    }
    case FieldType::Integer: {
        const qint64 n = bytes.toLongLong(&ok);
        if (!ok)
            break;
        return QVariant(int(n));
    }
    case FieldType::Real: {
        const double d = bytes.toDouble(&ok);
        if (!ok)
            break;
        return QVariant(d);
    }
    case FieldType::Boolean:
        return QVariant(bytes == "1");
    case FieldType::TextList:
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (!doc.isArray())
            break;
        if (spec.type == FieldType::Json)
            return QVariant(doc.array());
        QStringList list;
        for (const QJsonValue &entry : doc.array())
            list.append(entry.toString());
        return QVariant(list);
    }
    }
    return Error{spec.name, QStringLiteral("the stored value cannot be read")};
}

} // namespace

QJsonValue toJson(const FieldSpec &spec, const QVariant &value)
{
    if (isAbsentValue(spec, value))
        return QJsonValue::Null;
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Id:
        return value.toString();
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::DateTime:
        return dateTimeText(value.toDateTime());
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Boolean:
        return value.toBool();
    case FieldType::TextList:
        return QJsonArray::fromStringList(value.toStringList());
    case FieldType::Json:
        return value.toJsonArray();
    }
    return QJsonValue::Null;
}

Result<QVariant> fromJson(const FieldSpec &spec, const QJsonValue &json)
{
    if (json.isNull() || json.isUndefined())
        return QVariant(); // not recorded; a boolean not recorded reads as false
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Id:
        if (!json.isString())
            return Error{spec.name, QStringLiteral("must be a string")};
        return QVariant(json.toString());
    case FieldType::Date: {
        const QDate d = json.isString() ? QDate::fromString(json.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            return Error{spec.name, QStringLiteral("must be a date as YYYY-MM-DD")};
        return QVariant(d);
    }
    case FieldType::DateTime: {
        const QString text = json.toString();
        if (const auto plain = json.isString() ? plainUtcDateTime(text) : std::nullopt)
            return QVariant(*plain);
        const QDateTime dt = json.isString() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
        if (!dt.isValid())
            return Error{spec.name, QStringLiteral("must be an ISO 8601 date and time")};
        return QVariant(dt.toUTC());
    }
    case FieldType::Integer: {
        const double d = json.toDouble(std::nan(""));
        if (!json.isDouble() || d != std::floor(d) || std::fabs(d) > 1e15)
            return Error{spec.name, QStringLiteral("must be a whole number")};
        return QVariant(int(qBound(qint64(INT_MIN), qint64(d), qint64(INT_MAX))));
    }
    case FieldType::Real:
        if (!json.isDouble())
            return Error{spec.name, QStringLiteral("must be a number")};
        return QVariant(json.toDouble());
    case FieldType::Boolean:
        if (!json.isBool())
            return Error{spec.name, QStringLiteral("must be true or false")};
        return QVariant(json.toBool());
    case FieldType::TextList: {
        if (!json.isArray())
            return Error{spec.name, QStringLiteral("must be an array of strings")};
        QStringList list;
        for (const QJsonValue &v : json.toArray()) {
            if (!v.isString())
                return Error{spec.name, QStringLiteral("must be an array of strings")};
            list.append(v.toString());
        }
        return QVariant(list);
    }
    case FieldType::Json:
        if (!json.isArray())
            return Error{spec.name, QStringLiteral("must be an array")};
        return QVariant(json.toArray());
    }
    return Error{spec.name, QStringLiteral("has an unknown type")};
}

void bind(Statement &statement, int index, const FieldSpec &spec, const QVariant &value, const FieldCipher &cipher,
          Location where)
{
    if (isAbsentValue(spec, value)) {
        statement.bindNull(index);
        return;
    }
    if (spec.encrypted) {
        statement.bind(index, seal(spec, value, cipher, where));
        return;
    }
    switch (spec.type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        statement.bind(index, value.toLongLong());
        break;
    case FieldType::DateTime:
        statement.bind(index, value.toDateTime().toMSecsSinceEpoch());
        break;
    case FieldType::Real:
        statement.bind(index, value.toDouble());
        break;
    case FieldType::Text:
    case FieldType::Id:
        statement.bind(index, value.toString());
        break;
    case FieldType::Date:
    case FieldType::TextList:
    case FieldType::Json:
        statement.bind(index, QString::fromUtf8(plainBytes(spec, value)));
        break;
    }
}

QByteArray seal(const FieldSpec &spec, const QVariant &value, const FieldCipher &cipher, Location where)
{
    if (isAbsentValue(spec, value))
        return {};
    return cipher.encrypt(plainBytes(spec, value), where.table, where.rowId, spec.name);
}

Result<QVariant> read(const Statement &statement, int column, const FieldSpec &spec, const FieldCipher &cipher,
                      Location where)
{
    if (statement.isNull(column))
        return QVariant();
    if (spec.encrypted)
        return open(statement.blob(column), spec, cipher, where);
    switch (spec.type) {
    case FieldType::Integer:
        return QVariant(int(statement.int64(column)));
    case FieldType::Boolean:
        return QVariant(statement.int64(column) != 0);
    case FieldType::DateTime:
        return QVariant(QDateTime::fromMSecsSinceEpoch(statement.int64(column), Qt::UTC));
    case FieldType::Real:
        return QVariant(statement.real(column));
    case FieldType::Text:
    case FieldType::Id:
        return QVariant(statement.text(column));
    case FieldType::Date:
    case FieldType::TextList:
    case FieldType::Json:
        return fromPlainBytes(spec, statement.text(column).toUtf8());
    }
    return QVariant();
}

Result<QVariant> open(const QByteArray &sealed, const FieldSpec &spec, const FieldCipher &cipher, Location where)
{
    auto plain = cipher.decrypt(sealed, where.table, where.rowId, spec.name);
    if (!plain)
        return plain.error();
    return fromPlainBytes(spec, *plain);
}

bool equal(const FieldSpec &spec, const QVariant &a, const QVariant &b)
{
    const bool absentA = isAbsentValue(spec, a);
    const bool absentB = isAbsentValue(spec, b);
    if (absentA || absentB)
        return absentA == absentB;
    return plainBytes(spec, a) == plainBytes(spec, b);
}

} // namespace doorstep::FieldCodec
