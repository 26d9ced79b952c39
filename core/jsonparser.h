#pragma once

#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

#include <functional>
#include <optional>
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

    // Text checked as a whole to be valid UTF-8. The walks below hand out parts of it as the same,
    // so that a document read level by level (a pull page) is checked once, not at every level,
    // and nothing is built for the levels passed through. One made by hand is trusted to be UTF-8.
    struct Checked
    {
        QByteArrayView bytes;
    };
    // The whole of \a json as Checked, or nothing with the first invalid byte named in \a failure.
    static std::optional<Checked> check(QByteArrayView json, Failure *failure = nullptr);

    // Gets a member's name, unescaped UTF-8 good until it returns, and its value's text; returns
    // false to stop the walk.
    using MemberVisitor = std::function<bool(QByteArrayView name, Checked value)>;
    // Walks the object \a json is exactly, member by member in the order written, each value checked
    // as JSON before visit gets it. False when json is not one object (failure says why) or when
    // visit stopped the walk (failure says nothing).
    static bool walkObject(Checked json, const MemberVisitor &visit, Failure *failure = nullptr);
    // The same for the elements of an array.
    static bool walkArray(Checked json, const std::function<bool(Checked value)> &visit, Failure *failure = nullptr);
    // One value of any kind; on failure, an undefined value.
    static QJsonValue parseValue(Checked json, Failure *failure = nullptr);
    // A value that must be a string; false (failure says why) when it is anything else.
    static bool readString(Checked json, QString &out, Failure *failure = nullptr);
};

} // namespace doorstep
