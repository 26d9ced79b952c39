#pragma once

#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

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
};

} // namespace doorstep
