#pragma once

#include "goal.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace doorstep {

class Session;

// One goal of one person, new (goalId empty) or saved: its words in the person's own words, the I
// statements it links to, the baseline rating, target date and status, and its reviews over time.
// save() creates or updates the goal; addReview() appends a review (reviews are never rewritten).
// Refusals name the field in words (error, errorField) and change nothing.
//
// What is typed and not yet saved is kept as an encrypted draft on this tablet within a second, and
// flushed when the session locks, so a lock or a crash loses none of it; opening the same goal again
// brings it back (draftRestored). Saving or discarding the changes removes the draft.
class GoalEditor : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE("session.h")
    Q_PROPERTY(doorstep::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    // Empty for a goal not saved yet; the new id once it is.
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY goalIdChanged)
    // The goal (or a new one) was read; false while locked or when the goal cannot be found.
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

    Q_PROPERTY(QString words READ words WRITE setWords NOTIFY wordsChanged)
    Q_PROPERTY(QStringList statementIds READ statementIds WRITE setStatementIds NOTIFY statementIdsChanged)
    // Each linked statement: {statementId, text}; text is empty for a statement this version does not know.
    Q_PROPERTY(QVariantList linkedStatements READ linkedStatements NOTIFY statementIdsChanged)
    // 1 to 10; 0 while not chosen.
    Q_PROPERTY(int baselineRating READ baselineRating WRITE setBaselineRating NOTIFY baselineRatingChanged)
    // "yyyy-MM-dd", or empty for none.
    Q_PROPERTY(QString targetDate READ targetDate WRITE setTargetDate NOTIFY targetDateChanged)
    Q_PROPERTY(QString targetDateText READ targetDateText NOTIFY targetDateChanged)
    // "active", "achieved" or "stopped".
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    // Each: {value, label}, in the order to offer them.
    Q_PROPERTY(QVariantList statusOptions READ statusOptions CONSTANT)
    // The goal's fields differ from what is saved.
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
    // What was typed before was brought back from a draft when the goal was opened.
    Q_PROPERTY(bool draftRestored READ isDraftRestored NOTIFY draftRestoredChanged)

    // The review being written: kept in the draft too.
    Q_PROPERTY(int reviewRating READ reviewRating WRITE setReviewRating NOTIFY reviewDraftChanged)
    Q_PROPERTY(QString reviewComment READ reviewComment WRITE setReviewComment NOTIFY reviewDraftChanged)
    // The baseline, then each review, oldest first: {date, dateText, dayNumber, rating, comment,
    // reviewerName, baseline}.
    Q_PROPERTY(QVariantList reviews READ reviews NOTIFY reviewsChanged)
    Q_PROPERTY(int reviewCount READ reviewCount NOTIFY reviewsChanged)

    // Why the last save or review was refused, in words that name the field; empty after a success.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // "words", "statementIds", "baselineRating", "targetDate", "status", "reviewRating",
    // "reviewComment", or empty when the refusal concerns no one field.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    static constexpr int kMaxWords = 1000;
    static constexpr int kMaxStatements = 40;
    static constexpr int kMaxComment = 4000;

    explicit GoalEditor(QObject *parent = nullptr);
    ~GoalEditor() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &goalId);
    bool isNew() const { return m_goalId.isEmpty(); }
    bool isLoaded() const { return m_loaded; }

    QString words() const { return m_goal.words; }
    void setWords(const QString &words);
    QStringList statementIds() const { return m_goal.statementIds; }
    void setStatementIds(const QStringList &ids);
    QVariantList linkedStatements() const;
    int baselineRating() const { return m_goal.baselineRating; }
    void setBaselineRating(int rating);
    QString targetDate() const { return m_targetDateText; }
    void setTargetDate(const QString &isoDate);
    QString targetDateText() const;
    QString status() const { return m_goal.status; }
    void setStatus(const QString &status);
    QString statusText() const;
    QVariantList statusOptions() const;
    bool isModified() const;
    bool isDraftRestored() const { return m_draftRestored; }

    int reviewRating() const { return m_reviewRating; }
    void setReviewRating(int rating);
    QString reviewComment() const { return m_reviewComment; }
    void setReviewComment(const QString &comment);
    QVariantList reviews() const { return m_reviews; }
    int reviewCount() const;

    QString error() const { return m_error; }
    QString errorField() const { return m_errorField; }

    // Checks every field, then creates or updates the goal. False, with error, when refused.
    Q_INVOKABLE bool save();
    // Appends a review made today by the signed-in user. False, with error, when refused.
    Q_INVOKABLE bool addReview(int rating, const QString &comment);
    // Back to what is saved; the draft goes.
    Q_INVOKABLE void discardChanges();
    // Reads the goal and its reviews again; changes not yet saved stay as they are.
    Q_INVOKABLE void reload();
    // Writes the draft now (the page being left, the session locking).
    Q_INVOKABLE void keepDraft();

    void classBegin() override;
    void componentComplete() override;

signals:
    void sessionChanged();
    void personIdChanged();
    void goalIdChanged();
    void loadedChanged();
    void wordsChanged();
    void statementIdsChanged();
    void baselineRatingChanged();
    void targetDateChanged();
    void statusChanged();
    void modifiedChanged();
    void draftRestoredChanged();
    void reviewDraftChanged();
    void reviewsChanged();
    void errorChanged();
    void saved();
    void reviewAdded();

private:
    void load();
    void clear();
    void onLocking();
    void fieldEdited();
    void assignFields(const Goal &goal, const QString &targetDateText);
    void emitFieldsChanged();
    void updateModified();
    // Sets field to value; true when that changed it.
    template<typename T>
    static bool change(T &field, const T &value)
    {
        if (field == value)
            return false;
        field = value;
        return true;
    }
    void applyDraft(const QJsonObject &draft);
    QJsonObject draftContent() const;
    bool hasDraftContent() const;
    bool readReviews();
    bool refuse(const QString &field, const QString &message);
    void setError(const QString &field, const QString &message);
    void setLoaded(bool loaded);
    void setDraftRestored(bool restored);
    bool canWrite();

    QPointer<Session> m_session;
    QString m_personId;
    QString m_goalId;
    bool m_deferLoad = false; // created from QML: load once every property is set
    bool m_loaded = false;

    Goal m_goal; // what is on screen; targetDate kept as typed in m_targetDateText
    QString m_targetDateText;
    Goal m_saved; // what the store held when it was last read
    bool m_draftRestored = false;
    bool m_wasModified = false;
    int m_reviewRating = 0;
    QString m_reviewComment;
    QVariantList m_reviews;
    QString m_error;
    QString m_errorField;
    QTimer m_draftTimer;
};

} // namespace doorstep
