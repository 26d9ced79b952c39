#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace doorstep {

// One postcard as the person fills it in on the tablet handed to them (seed 000 §5): two ratings of
// 1 to 10, either left blank (0), and one suggestion; anonymous unless the person chooses to link it
// to themselves. The answers are kept as an encrypted draft while they are given, so a crash or a
// flat battery loses nothing; submit() saves the postcard through the repository and removes the draft.
class PostcardHandover : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(doorstep::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The person the postcard may be linked to; empty when there is no one to link it to.
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    // "practitioner", "peer-evaluator" or "self" (Postcard::collectionMethod).
    Q_PROPERTY(QString collectionMethod READ collectionMethod WRITE setCollectionMethod NOTIFY collectionMethodChanged)
    // 0: left blank; else 1 to 10.
    Q_PROPERTY(int q1 READ q1 WRITE setQ1 NOTIFY answersChanged)
    Q_PROPERTY(int q2 READ q2 WRITE setQ2 NOTIFY answersChanged)
    Q_PROPERTY(QString suggestion READ suggestion WRITE setSuggestion NOTIFY answersChanged)
    // The person's choice: false (the default) keeps the postcard anonymous.
    Q_PROPERTY(bool linkToPerson READ linkToPerson WRITE setLinkToPerson NOTIFY answersChanged)
    Q_PROPERTY(bool canLinkToPerson READ canLinkToPerson NOTIFY personIdChanged)
    Q_PROPERTY(bool hasAnswers READ hasAnswers NOTIFY answersChanged)
    // True once submit() saved the postcard.
    Q_PROPERTY(bool submitted READ isSubmitted NOTIFY submittedChanged)
    // True when the answers came back from a draft kept before (after a crash or a lock).
    Q_PROPERTY(bool restoredDraft READ restoredDraft NOTIFY answersChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The postcard's words, from the instrument catalogue.
    Q_PROPERTY(QString question1Text READ question1Text CONSTANT)
    Q_PROPERTY(QString question2Text READ question2Text CONSTANT)
    Q_PROPERTY(QString suggestionText READ suggestionText CONSTANT)
    Q_PROPERTY(QString minimumLabel READ minimumLabel CONSTANT)
    Q_PROPERTY(QString maximumLabel READ maximumLabel CONSTANT)
    Q_PROPERTY(int scaleMinimum READ scaleMinimum CONSTANT)
    Q_PROPERTY(int scaleMaximum READ scaleMaximum CONSTANT)
    Q_PROPERTY(int suggestionMaxLength READ suggestionMaxLength CONSTANT)

public:
    explicit PostcardHandover(QObject *parent = nullptr);
    ~PostcardHandover() override;

    void classBegin() override;
    void componentComplete() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    QString collectionMethod() const { return m_collectionMethod; }
    void setCollectionMethod(const QString &method);

    int q1() const { return m_q1; }
    void setQ1(int value) { setRating(1, value); }
    int q2() const { return m_q2; }
    void setQ2(int value) { setRating(2, value); }
    QString suggestion() const { return m_suggestion; }
    void setSuggestion(const QString &text);
    bool linkToPerson() const { return m_linkToPerson; }
    void setLinkToPerson(bool link);
    bool canLinkToPerson() const { return !m_personId.isEmpty(); }
    bool hasAnswers() const;
    bool isSubmitted() const { return m_submitted; }
    bool restoredDraft() const { return m_restoredDraft; }
    QString lastError() const { return m_lastError; }

    QString question1Text() const;
    QString question2Text() const;
    QString suggestionText() const;
    QString minimumLabel() const;
    QString maximumLabel() const;
    int scaleMinimum() const;
    int scaleMaximum() const;
    static int suggestionMaxLength();

    // A rating for question 1 or 2: 0 leaves it blank. Anything else outside the scale is refused,
    // with lastError naming the question, and changes nothing.
    Q_INVOKABLE bool setRating(int question, int value);
    // Saves the postcard (team, today, the signed-in user as collector) and removes the draft. An
    // entirely empty postcard is refused with a plain message, as is anything the record refuses.
    Q_INVOKABLE bool submit();
    // The person chose not to send it: forgets the answers and the draft.
    Q_INVOKABLE void discard();
    // Writes the draft now rather than after the short pause that gathers typing.
    Q_INVOKABLE void flushDraft();

    // The secret under which the draft for this person (or for no one) is kept.
    static QString draftName(const QString &personId);

signals:
    void sessionChanged();
    void personIdChanged();
    void collectionMethodChanged();
    void answersChanged();
    void submittedChanged();
    void lastErrorChanged();

private:
    void answersEdited();
    void restoreDraft();
    void forgetAnswers();
    void setError(const QString &text);
    bool storeReady() const;

    QPointer<Session> m_session;
    QString m_personId;
    QString m_collectionMethod = QStringLiteral("practitioner");
    int m_q1 = 0;
    int m_q2 = 0;
    QString m_suggestion;
    bool m_linkToPerson = false;
    bool m_submitted = false;
    bool m_restoredDraft = false;
    bool m_touched = false; // something was answered here: a draft found later must not overwrite it
    bool m_draftPending = false;
    bool m_completed = true; // false only while QML is still setting the properties
    QString m_lastError;
    QTimer m_draftTimer;
};

} // namespace doorstep
