#pragma once

#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

#include <vector>

namespace doorstep {

// A strict JSON (RFC 8259) parser that builds the same QJsonDocument as QJsonDocument::fromJson.
// Qt 6.4's parser decodes any string holding an escape one character at a time, which makes a
// visit note with line breaks about six times slower to read than one without; sync pages and
// outbox entries are mostly such notes. This one copies the runs between escapes whole.
// It is stricter than Qt's: it refuses invalid UTF-8 anywhere, raw control characters in strings,
// and documents nested deeper than kMaxDepth. Lone surrogate escapes it reads as Qt does.
class JsonParser
{
public:
    static constexpr int kMaxDepth = 64;

    struct Failure
    {
        qsizetype offset = -1; // -1: no failure
        QString reason;
    };

    // The top level must be an object or an array. On failure the document is null.
    static QJsonDocument parse(QByteArrayView json, Failure *failure = nullptr);

    // One value of any kind (a stored field's text). On failure, an undefined value.
    static QJsonValue parseValue(QByteArrayView json, Failure *failure = nullptr);

    // A member of an object, and where its value's text lies in that object's text.
    struct Member
    {
        QString name;
        qsizetype offset = 0;
        qsizetype size = 0;
    };
    // The members of the object \a json is, in the order written, each value's text checked and
    // skipped rather than built (for the server, which merges a record's few changed fields and
    // writes the others back as they were). False, with \a members empty, unless \a json is exactly
    // one valid object.
    static bool members(QByteArrayView json, std::vector<Member> &members, Failure *failure = nullptr);
};

} // namespace doorstep
