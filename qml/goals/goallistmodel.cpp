#include "goallistmodel.h"

#include "goal.h"
#include "goaldraft.h"
#include "goalformat.h"
#include "goalhistory.h"
#include "instrumentcatalogue.h"
#include "personformat.h"
#include "repository.h"
#include "session.h"
#include "store.h"

#include <algorithm>

namespace doorstep {

GoalListModel::GoalListModel(QObject *parent) : QAbstractListModel(parent) { }

int GoalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case WordsRole:
        return row.words;
    case GoalIdRole:
        return row.goalId;
    case StatusRole:
        return row.status;
    case StatusTextRole:
        return GoalFormat::statusLabel(row.status);
    case StatementTextsRole:
        return row.statementTexts;
    case StatementCountRole:
        return int(row.statementTexts.size());
    case BaselineRatingRole:
        return row.baselineRating;
    case LatestRatingRole:
        return row.latestRating;
    case LatestDateTextRole:
        return row.latestDateText;
    case ReviewCountRole:
        return row.reviewCount;
    case TargetDateTextRole:
        return row.targetDateText;
    case RecordedOnTextRole:
        return row.recordedOnText;
    case PointsRole:
        return row.points;
    case HasDraftRole:
        return row.hasDraft;
    default:
        return {};
    }
}

QHash<int, QByteArray> GoalListModel::roleNames() const
{
    return {
        {GoalIdRole, "goalId"},
        {WordsRole, "words"},
        {StatusRole, "status"},
        {StatusTextRole, "statusText"},
        {StatementTextsRole, "statementTexts"},
        {StatementCountRole, "statementCount"},
        {BaselineRatingRole, "baselineRating"},
        {LatestRatingRole, "latestRating"},
        {LatestDateTextRole, "latestDateText"},
        {ReviewCountRole, "reviewCount"},
        {TargetDateTextRole, "targetDateText"},
        {RecordedOnTextRole, "recordedOnText"},
        {PointsRole, "points"},
        {HasDraftRole, "hasDraft"},
    };
}

void GoalListModel::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::locking, this, &GoalListModel::clear);
        connect(m_session, &Session::caseloadReloaded, this, &GoalListModel::reload);
        connect(m_session, &Session::stateChanged, this, [this] {
            if (m_session && m_session->state() == Session::Unlocked)
                reload();
        });
    }
    emit sessionChanged();
    reload();
}

void GoalListModel::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    emit personIdChanged();
    reload();
}

QString GoalListModel::goalIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].goalId : QString();
}

void GoalListModel::reload()
{
    if (!m_session || m_session->state() != Session::Unlocked || !m_session->store() || m_personId.isEmpty()) {
        clear();
        return;
    }
    Store &store = *m_session->store();
    auto goals = Repository<Goal>(store).listWhere(QStringLiteral("personId"), m_personId);
    if (!goals) {
        clear();
        setError(tr("This person's goals cannot be read: %1").arg(goals.error().message()));
        return;
    }
    const InstrumentCatalogue *catalogue = Session::instruments();
    GoalHistory history(store);
    std::vector<Row> rows;
    rows.reserve(size_t(goals->size()));
    for (const Goal &goal : *goals) {
        auto reviews = history.reviews(goal.id);
        if (!reviews) {
            clear();
            setError(tr("This person's goals cannot be read: %1").arg(reviews.error().message()));
            return;
        }
        Row row;
        row.goalId = goal.id;
        row.words = goal.words;
        row.status = goal.status;
        for (const QString &id : goal.statementIds) {
            const QString text = catalogue ? GoalFormat::statementText(*catalogue, id) : QString();
            if (!text.isEmpty())
                row.statementTexts.append(text);
        }
        row.baselineRating = goal.baselineRating;
        row.reviewCount = int(reviews->size());
        row.latestRating = reviews->isEmpty() ? goal.baselineRating : reviews->last().rating;
        row.latestDateText = reviews->isEmpty() ? QString() : PersonFormat::date(reviews->last().reviewedOn);
        row.targetDateText = PersonFormat::date(goal.targetDate);
        row.points = history.points(goal, *reviews);
        row.recordedOnText = row.points.isEmpty()
            ? QString()
            : row.points.first().toMap().value(QStringLiteral("dateText")).toString();
        row.hasDraft = GoalDraft::exists(store, m_personId, goal.id);
        rows.push_back(std::move(row));
    }
    // Active first, then achieved, then stopped; within each the newest first (ids are time-ordered).
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int ra = GoalFormat::statusRank(a.status);
        const int rb = GoalFormat::statusRank(b.status);
        return ra != rb ? ra < rb : a.goalId > b.goalId;
    });
    setRows(std::move(rows));
    setHasNewGoalDraft(GoalDraft::exists(store, m_personId, QString()));
    setError(QString());
}

void GoalListModel::clear()
{
    setRows({});
    setHasNewGoalDraft(false);
}

void GoalListModel::setRows(std::vector<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    if (rows.empty() && m_rows.empty())
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void GoalListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

void GoalListModel::setHasNewGoalDraft(bool has)
{
    if (m_hasNewGoalDraft == has)
        return;
    m_hasNewGoalDraft = has;
    emit hasNewGoalDraftChanged();
}

} // namespace doorstep
