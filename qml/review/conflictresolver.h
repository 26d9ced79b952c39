#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace doorstep {

class Session;

// One conflict, opened for a person to settle. A text conflict offers the text on the record now, the
// other tablet's version and the text both started from; the person keeps one, the other, or writes a
// merge. A delete conflict offers keeping the record or deleting it after all. Each choice is an
// ordinary edit of the record (to the outbox, synced like any other) and marks the conflict resolved,
// both in one transaction; the conflict's own texts are never changed.
class ConflictResolver : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("session.h")
    Q_PROPERTY(doorstep::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString conflictId READ conflictId WRITE setConflictId NOTIFY conflictIdChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed) // "text" or "delete"
    Q_PROPERTY(QString kindText READ kindText NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString personName READ personName NOTIFY changed)
    Q_PROPERTY(QString fieldLabel READ fieldLabel NOTIFY changed)
    Q_PROPERTY(QString detectedText READ detectedText NOTIFY changed)
    // The text both versions started from.
    Q_PROPERTY(QString base READ base NOTIFY changed)
    // The version sync left on the record.
    Q_PROPERTY(QString kept READ kept NOTIFY changed)
    // The version it set aside.
    Q_PROPERTY(QString other READ other NOTIFY changed)
    // What the record holds now: the kept version, unless someone has edited it since.
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(bool changedSince READ changedSince NOTIFY changed)
    // "This tablet" or "Another tablet": where the set-aside version was typed.
    Q_PROPERTY(QString otherSource READ otherSource NOTIFY changed)
    Q_PROPERTY(bool otherFromThisTablet READ otherFromThisTablet NOTIFY changed)
    // The record is on this tablet (a record purged everywhere else leaves only the text to read).
    Q_PROPERTY(bool recordExists READ recordExists NOTIFY changed)
    Q_PROPERTY(bool resolved READ isResolved NOTIFY changed)
    // Why the last choice was refused, or the conflict cannot be shown, in words.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ConflictResolver(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString conflictId() const { return m_conflictId; }
    void setConflictId(const QString &conflictId);

    bool isLoaded() const { return m_loaded; }
    QString kind() const { return m_kind; }
    QString kindText() const { return m_kindText; }
    QString title() const { return m_title; }
    QString personName() const { return m_personName; }
    QString fieldLabel() const { return m_fieldLabel; }
    QString detectedText() const { return m_detectedText; }
    QString base() const { return m_base; }
    QString kept() const { return m_kept; }
    QString other() const { return m_other; }
    QString current() const { return m_current; }
    bool changedSince() const { return m_current != m_kept; }
    QString otherSource() const;
    bool otherFromThisTablet() const { return m_otherFromThisTablet; }
    bool recordExists() const { return m_recordExists; }
    bool isResolved() const { return m_resolved; }
    QString error() const { return m_error; }

    // Keeps what the record holds now: only the conflict changes (and, for a deleted record, the
    // record stays).
    Q_INVOKABLE bool keepCurrent();
    // Puts the set-aside version on the record.
    Q_INVOKABLE bool keepOther();
    // Puts the person's own merge on the record.
    Q_INVOKABLE bool saveMerge(const QString &text);
    // A delete conflict: deletes the record after all.
    Q_INVOKABLE bool deleteRecord();
    // The starting point for a merge: the version on the record, then the other one.
    Q_INVOKABLE QString mergeDraft() const;
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void conflictIdChanged();
    void changed();
    void errorChanged();
    // A choice was saved; the conflict is resolved.
    void resolvedNow();

private:
    enum class Choice { KeepCurrent, WriteText, Delete };
    bool resolve(Choice choice, const QString &text = {});
    void clear();
    void setError(const QString &error);

    QPointer<Session> m_session;
    QString m_conflictId;
    bool m_loaded = false;
    QString m_recordEntity;
    QString m_recordId;
    QString m_field;
    QString m_kind;
    QString m_kindText;
    QString m_title;
    QString m_personName;
    QString m_fieldLabel;
    QString m_detectedText;
    QString m_base;
    QString m_kept;
    QString m_other;
    QString m_current;
    bool m_otherFromThisTablet = false;
    bool m_recordExists = false;
    bool m_resolved = false;
    QString m_error;
};

} // namespace doorstep
