#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace doorstep {

class Store;
struct FieldSpec;

// Records as a practitioner reads them, not as the store keeps them: "Visit notes for Ann Smith,
// 3 March". Reads what it needs from an unlocked store, each person and each colleague once. Used by
// the review screens, where a record is named without being opened, and by the person's timeline.
class RecordDescriber
{
    Q_DECLARE_TR_FUNCTIONS(RecordDescriber)

public:
    explicit RecordDescriber(Store &store);

    struct Description
    {
        QString personId;
        QString personName; // empty when the record names no one, or they are not on this tablet
        QString dateText; // "3 March"; empty when the record has no date of its own
        QString title; // "Visit notes for Ann Smith, 3 March"
        bool onThisTablet = false; // the record itself is here (not deleted, not purged)
    };
    // The record, or with a field that field of it. A record no longer on this tablet is named from
    // changes (an outbox entry's), when given.
    Description describe(const QString &entity, const QString &id, const QString &field = {},
                         const QJsonObject &changes = {});
    // A colleague's display name; empty when unknown.
    QString userName(const QString &userId);
    QString personName(const QString &personId);

    // "Visit", "Goal review", ...
    static QString recordLabel(const QString &entity);
    // "Visit notes", "What matters to me", ... (a field the screens do not name: its words, "Next steps").
    static QString fieldLabel(const QString &entity, const QString &field);
    // "3 March" this year, "3 March 2024" in another.
    static QString shortDate(const QDate &date, const QDate &today = QDate::currentDate());
    // "today at 14:05", "yesterday at 09:30", "3 March 2026 at 17:10", in local time.
    static QString when(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTime());
    // When a record was made, read from its UUIDv7 id (the first 48 bits are Unix milliseconds).
    static QDateTime createdAt(const QString &uuidV7);
    // A field's value as it would be read aloud: text as typed, a choice in words, a date, "yes".
    static QString valueText(const FieldSpec &spec, const QJsonValue &value);

private:
    Store &m_store;
    QHash<QString, QString> m_people;
    QHash<QString, QString> m_users;
};

} // namespace doorstep
