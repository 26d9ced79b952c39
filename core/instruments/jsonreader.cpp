#include "jsonreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace doorstep {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// QJsonParseError gives a byte offset; people editing the file need a line and column.
QString lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

JsonReader::JsonReader(const QString &directory, const QString &fileName, QHash<QString, QString> &ids)
    : m_directory(directory), m_fileName(fileName), m_ids(ids)
{
}

QJsonObject JsonReader::readRoot()
{
    QFile file(QDir(m_directory).filePath(m_fileName));
    if (!file.exists()) {
        fail(QString(), QStringLiteral("file is missing from %1").arg(m_directory));
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QString(), QStringLiteral("file cannot be read: %1").arg(file.errorString()));
        return {};
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(),
             QStringLiteral("not valid JSON (%1): %2")
                 .arg(lineAndColumn(data, parseError.offset), parseError.errorString()));
        return {};
    }
    if (!document.isObject()) {
        fail(QString(), QStringLiteral("the top level must be a JSON object"));
        return {};
    }
    return document.object();
}

Error JsonReader::error() const
{
    return m_error.value_or(Error{});
}

void JsonReader::fail(const QString &path, const QString &reason)
{
    if (!m_error)
        m_error = Error{location(path), reason};
}

void JsonReader::allowOnly(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            fail(member(path, it.key()),
                 QStringLiteral("unknown field (expected one of: %1)").arg(allowed.join(QLatin1String(", "))));
            return;
        }
    }
}

QJsonObject JsonReader::object(const QJsonObject &parent, const QString &path, const QString &key)
{
    const QJsonValue value = required(parent, path, key);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        fail(member(path, key), QStringLiteral("must be an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &parent, const QString &path, const QString &key)
{
    const QJsonValue value = required(parent, path, key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(member(path, key), QStringLiteral("must be an array, found %1").arg(typeName(value)));
        return {};
    }
    if (value.toArray().isEmpty()) {
        fail(member(path, key), QStringLiteral("must list at least one entry"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::objectAt(const QJsonArray &array, const QString &path, qsizetype index)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(element(path, index), QStringLiteral("must be an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QString JsonReader::text(const QJsonObject &parent, const QString &path, const QString &key)
{
    const QJsonValue value = required(parent, path, key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(member(path, key), QStringLiteral("must be a string, found %1").arg(typeName(value)));
        return {};
    }
    const QString result = value.toString();
    if (result.trimmed().isEmpty()) {
        fail(member(path, key), QStringLiteral("must not be empty"));
        return {};
    }
    return result;
}

QString JsonReader::optionalText(const QJsonObject &parent, const QString &path, const QString &key)
{
    if (!parent.contains(key))
        return {};
    return text(parent, path, key);
}

int JsonReader::integer(const QJsonObject &parent, const QString &path, const QString &key)
{
    const QJsonValue value = required(parent, path, key);
    if (value.isUndefined())
        return 0;
    // JSON has only doubles; a scale bound of 1.5 or 1e12 is a mistake, not something to round.
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max()) {
        fail(member(path, key), QStringLiteral("must be a whole number, found %1").arg(typeName(value)));
        return 0;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const QJsonObject &parent, const QString &path, const QString &key)
{
    const QJsonValue value = required(parent, path, key);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        fail(member(path, key), QStringLiteral("must be true or false, found %1").arg(typeName(value)));
        return false;
    }
    return value.toBool();
}

QString JsonReader::id(const QJsonObject &parent, const QString &path, const QString &key)
{
    // Ids are stored in records (goals, interview answers, theme tags) for years, so they are kept to
    // a plain, case-stable form.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(\\.[a-z0-9]+)*$"));
    const QString result = text(parent, path, key);
    if (failed())
        return {};
    const QString where = location(member(path, key));
    if (!pattern.match(result).hasMatch()) {
        fail(member(path, key),
             QStringLiteral("id \"%1\" must be lowercase letters and digits in dot-separated parts").arg(result));
        return {};
    }
    if (const auto first = m_ids.constFind(result); first != m_ids.constEnd()) {
        fail(member(path, key), QStringLiteral("duplicate id \"%1\" (first used at %2)").arg(result, first.value()));
        return {};
    }
    m_ids.insert(result, where);
    return result;
}

QString JsonReader::member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::element(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QJsonValue JsonReader::required(const QJsonObject &parent, const QString &path, const QString &key)
{
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        fail(member(path, key), QStringLiteral("missing field"));
    return value;
}

QString JsonReader::location(const QString &path) const
{
    return path.isEmpty() ? m_fileName : m_fileName + QLatin1String(": ") + path;
}

} // namespace doorstep
