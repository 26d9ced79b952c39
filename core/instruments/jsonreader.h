#pragma once

#include "result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace doorstep {

// Reads one instrument file strictly and names every problem by file and JSON path
// ("themes.json: themes[3].title").
//
// The first problem is kept and later ones are ignored, so a reader can walk a whole structure and
// check failed() once at the end instead of after every field; what it returns after a failure is an
// empty placeholder that is never used.
class JsonReader
{
public:
    // ids maps every id read so far in the catalogue to where it was first read, so that an id is
    // unique across all files, not only within one.
    JsonReader(const QString &directory, const QString &fileName, QHash<QString, QString> &ids);

    // The file's top-level object; refuses a missing or unreadable file and malformed JSON.
    QJsonObject readRoot();

    bool failed() const { return m_error.has_value(); }
    Error error() const;
    void fail(const QString &path, const QString &reason);

    // Refuses any key outside `allowed`: a misspelt optional field would otherwise be silently ignored.
    void allowOnly(const QJsonObject &object, const QString &path, const QStringList &allowed);

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key);
    // A non-empty array; an empty one is refused because every list in an instrument has content.
    QJsonArray array(const QJsonObject &parent, const QString &path, const QString &key);
    QJsonObject objectAt(const QJsonArray &array, const QString &path, qsizetype index);
    // A string that is not empty or blank.
    QString text(const QJsonObject &parent, const QString &path, const QString &key);
    // Like text(), but an absent key gives an empty string.
    QString optionalText(const QJsonObject &parent, const QString &path, const QString &key);
    int integer(const QJsonObject &parent, const QString &path, const QString &key);
    bool boolean(const QJsonObject &parent, const QString &path, const QString &key);
    // A text of lowercase letters and digits in dot-separated parts, not used before in the catalogue.
    QString id(const QJsonObject &parent, const QString &path, const QString &key = QStringLiteral("id"));

    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);

private:
    QJsonValue required(const QJsonObject &parent, const QString &path, const QString &key);
    QString location(const QString &path) const;

    QString m_directory;
    QString m_fileName;
    QHash<QString, QString> &m_ids;
    std::optional<Error> m_error;
};

} // namespace doorstep
