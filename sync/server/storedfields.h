#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace doorstep {

// A record's fields as the server stores them: one JSON object, its members sorted by name (as a
// QJsonObject keeps them). Each field stays the text it was read as until it is asked for or
// replaced, and is written back as that text: a push reads, merges and writes back every record it
// touches, but changes a field or two of each, and building every field of every record as a
// QJsonObject and writing it out again was a fifth of the server's work on a push.
class StoredFields
{
public:
    StoredFields() = default;

    // The members of the object \a json is; an error naming the reason when it is not one.
    static Result<StoredFields> fromJson(const QByteArray &json);

    bool contains(const QString &name) const { return find(name) != nullptr; }
    // The field's value, undefined when there is none.
    QJsonValue value(const QString &name) const;
    // Adds the field or replaces its value; an undefined value takes it away, as in a QJsonObject.
    void insert(const QString &name, const QJsonValue &value);
    bool isEmpty() const { return m_fields.empty(); }
    qsizetype size() const { return qsizetype(m_fields.size()); }

    // The object's text: what fromJson read, each replaced field written as QJsonDocument would.
    QByteArray toJson() const;

private:
    struct Field
    {
        QString name;
        qsizetype offset = -1; // in m_source; -1 when the field was replaced and its text is in `text`
        qsizetype size = 0;
        QByteArray text;
        std::optional<QJsonValue> value; // kept once made: a replaced field is validated right after
    };
    const Field *find(const QString &name) const;
    QByteArrayView textOf(const Field &f) const;

    QByteArray m_source;
    std::vector<Field> m_fields; // sorted by name
};

} // namespace doorstep
