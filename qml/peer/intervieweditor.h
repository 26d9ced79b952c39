#pragma once

#include "result.h"
#include "session.h"

#include <QAbstractListModel>
#include <QDate>
#include <QJsonArray>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

class Store;

// One person's peer evaluation interview (seed 001 §4.1.3): their consent first, then one row per
// service-user statement of the Leeds outcomes framework (seed 001 §2.10), each with an answer on the
// five-point agree scale and a comment, saved as an Interview. The answers are kept as an encrypted
// draft while they are given, so a crash or a flat battery loses nothing; saving removes the draft.
//
// Consent is an ordinary edit of the Interviewee (consent, consentChangedOn) that syncs. No answer is
// taken and nothing is saved without it. Withdrawing it deletes the interview recorded with the person
// (and any draft), in the same transaction: they no longer agree to their answers being used, so the
// answers must not reach the team's feedback report. The deletion syncs like any other, and the screen
// says so before it happens. An interview another tablet recorded before it heard of the withdrawal is
// deleted when the person is next opened.
class InterviewEditor : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(doorstep::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString intervieweeId READ intervieweeId WRITE setIntervieweeId NOTIFY intervieweeIdChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(bool nameKnown READ nameKnown NOTIFY changed)
    // Where to find the person and how to speak with them; empty where the tablet does not hold them.
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString communicationNeeds READ communicationNeeds NOTIFY changed)
    Q_PROPERTY(QString personId READ personId NOTIFY changed)
    Q_PROPERTY(QString eligibility READ eligibility NOTIFY changed)
    Q_PROPERTY(QString roundTitle READ roundTitle NOTIFY changed)
    // "not-asked", "given" or "withdrawn".
    Q_PROPERTY(QString consent READ consent NOTIFY changed)
    Q_PROPERTY(QString consentText READ consentText NOTIFY changed)
    Q_PROPERTY(bool consentGiven READ consentGiven NOTIFY changed)
    // A saved interview exists for this person (its answers are the rows unless a draft is newer).
    Q_PROPERTY(bool hasInterview READ hasInterview NOTIFY changed)
    Q_PROPERTY(QString interviewedOnText READ interviewedOnText NOTIFY changed)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    // Answers given here that are not saved as the interview yet (they are in the draft).
    Q_PROPERTY(bool unsaved READ isUnsaved NOTIFY answersChanged)
    Q_PROPERTY(bool restoredDraft READ restoredDraft NOTIFY answersChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The agree scale's stored values, most agreement first, and their words on screen.
    Q_PROPERTY(QStringList agreeScale READ agreeScale CONSTANT)
    Q_PROPERTY(QStringList agreeLabels READ agreeLabels CONSTANT)

public:
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        NumberRole, // from 1, in the framework's printed order
        TextRole, // the statement, word for word
        ColumnTitleRole, // "Better", "Simpler" or "Better value"
        AgreementRole, // one of agreeScale, or empty
        AgreementIndexRole, // its place in agreeScale, or -1
        CommentRole,
    };
    Q_ENUM(Role)

    explicit InterviewEditor(QObject *parent = nullptr);
    ~InterviewEditor() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString intervieweeId() const { return m_intervieweeId; }
    void setIntervieweeId(const QString &intervieweeId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isLoaded() const { return m_loaded; }
    QString name() const { return m_name; }
    bool nameKnown() const { return m_nameKnown; }
    QString address() const { return m_address; }
    QString communicationNeeds() const { return m_communicationNeeds; }
    QString personId() const { return m_personId; }
    QString eligibility() const { return m_eligibility; }
    QString roundTitle() const { return m_roundTitle; }
    QString consent() const { return m_consent; }
    QString consentText() const;
    bool consentGiven() const { return m_consent == QLatin1String("given"); }
    bool hasInterview() const { return !m_interviewId.isEmpty(); }
    QString interviewedOnText() const;
    int answeredCount() const;
    bool isUnsaved() const { return m_unsaved; }
    bool restoredDraft() const { return m_restoredDraft; }
    QString lastError() const { return m_lastError; }
    static QStringList agreeScale();
    static QStringList agreeLabels();

    // Reads the interviewee, their saved interview and any draft; false (and empty) on failure.
    Q_INVOKABLE bool reload();
    // Refused, with lastError, until consent is given. An empty agreement clears the answer.
    Q_INVOKABLE bool setAgreement(int row, const QString &agreement);
    Q_INVOKABLE bool setComment(int row, const QString &comment);
    // The person agrees to be interviewed, today.
    Q_INVOKABLE bool giveConsent();
    // The person does not agree, or no longer agrees: recorded today, and the interview recorded with
    // them is deleted (see the class comment).
    Q_INVOKABLE bool withdrawConsent();
    // Saves the answers as the person's interview (creates it, or updates the one saved before).
    Q_INVOKABLE bool save();
    Q_INVOKABLE void flushDraft();

    static QString draftName(const QString &intervieweeId);

signals:
    void sessionChanged();
    void intervieweeIdChanged();
    void changed();
    void answersChanged();
    void lastErrorChanged();

private:
    struct Row
    {
        QString statementId;
        QString text;
        QString columnTitle;
        QString agreement;
        QString comment;
    };

    void clear();
    // The saved interview and the answers on screen, forgotten (the person's details stay).
    void forgetInterview();
    bool storeReady() const;
    bool requireConsent();
    Status recordConsent(Store &store, const QString &consent);
    void consentRecorded(const QString &consent);
    Status deleteInterviews(Store &store);
    void applyAnswers(const QJsonArray &answers);
    QJsonArray answers(bool forDraft) const;
    void answerEdited(int row);
    void setError(const QString &text);

    QPointer<Session> m_session;
    QString m_intervieweeId;
    bool m_loaded = false;
    QString m_name;
    bool m_nameKnown = false;
    QString m_address;
    QString m_communicationNeeds;
    QString m_personId;
    QString m_eligibility;
    QString m_roundId;
    QString m_roundTitle;
    QString m_consent;
    QDate m_consentChangedOn;
    QString m_interviewId;
    QDate m_interviewedOn;
    bool m_unsaved = false;
    bool m_restoredDraft = false;
    bool m_draftPending = false;
    QString m_lastError;
    std::vector<Row> m_rows;
    QTimer m_draftTimer;
};

} // namespace doorstep
