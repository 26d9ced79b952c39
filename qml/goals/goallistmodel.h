#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace doorstep {

class Session;

// One person's goals: active first, then achieved, then stopped, the newest first within each, each
// with its linked statements, baseline, latest rating and the ratings over time for a small trend
// line. Read again when a sync brings changes and after an edit (reload()); emptied on lock.
class GoalListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("session.h")
    Q_PROPERTY(doorstep::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // A new goal was being written for this person and not saved: "New goal" carries on with it.
    Q_PROPERTY(bool hasNewGoalDraft READ hasNewGoalDraft NOTIFY hasNewGoalDraftChanged)
    // Why the goals cannot be shown, in words; empty when they can.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        GoalIdRole = Qt::UserRole + 1,
        WordsRole,
        StatusRole,
        StatusTextRole,
        StatementTextsRole, // QStringList, in the order linked; statements this version does not know are left out
        StatementCountRole,
        BaselineRatingRole,
        LatestRatingRole, // the latest review's rating, or the baseline when there is no review yet
        LatestDateTextRole, // the day of the latest review; empty when there is none
        ReviewCountRole,
        TargetDateTextRole,
        RecordedOnTextRole,
        PointsRole, // the trend: [{dayNumber, rating, dateText, ...}], baseline first (GoalHistory::points)
        HasDraftRole, // changes to this goal were typed on this tablet and not saved
    };
    Q_ENUM(Role)

    explicit GoalListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    bool hasNewGoalDraft() const { return m_hasNewGoalDraft; }
    QString error() const { return m_error; }

    // Reads the person's goals again.
    Q_INVOKABLE void reload();
    // The goal id at a row, or an empty string.
    Q_INVOKABLE QString goalIdAt(int row) const;

signals:
    void sessionChanged();
    void personIdChanged();
    void countChanged();
    void hasNewGoalDraftChanged();
    void errorChanged();

private:
    struct Row
    {
        QString goalId;
        QString words;
        QString status;
        QStringList statementTexts;
        int baselineRating = 0;
        int latestRating = 0;
        QString latestDateText;
        int reviewCount = 0;
        QString targetDateText;
        QString recordedOnText;
        QVariantList points;
        bool hasDraft = false;
    };

    void clear();
    void setRows(std::vector<Row> rows);
    void setError(const QString &error);
    void setHasNewGoalDraft(bool has);

    QPointer<Session> m_session;
    QString m_personId;
    std::vector<Row> m_rows;
    bool m_hasNewGoalDraft = false;
    QString m_error;
};

} // namespace doorstep
