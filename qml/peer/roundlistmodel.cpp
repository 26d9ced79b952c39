#include "roundlistmodel.h"

#include "evaluationround.h"
#include "interview.h"
#include "interviewee.h"
#include "personformat.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "user.h"

#include <QSet>

#include <algorithm>

namespace doorstep {

RoundListModel::RoundListModel(QObject *parent) : SessionListModel(parent) { }

QVariant RoundListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const QDate today = QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case RoundIdRole:
        return row.id;
    case DatesTextRole:
        return tr("%1 to %2").arg(PersonFormat::date(row.startsOn), PersonFormat::date(row.endsOn));
    case EvaluatorsTextRole:
        return row.evaluators;
    case IntervieweeCountRole:
        return row.interviewees;
    case ConsentedCountRole:
        return row.consented;
    case InterviewedCountRole:
        return row.interviewed;
    case ProgressTextRole:
        return tr("%n people", "", row.interviewees) + QStringLiteral(" \u00b7 ") + tr("%n agreed", "", row.consented)
            + QStringLiteral(" \u00b7 ") + tr("%n interviewed", "", row.interviewed);
    case CurrentRole:
        return row.startsOn <= today && today <= row.endsOn;
    case MineRole:
        return row.mine;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoundListModel::roleNames() const
{
    return {
        {RoundIdRole, "roundId"},
        {TitleRole, "title"},
        {DatesTextRole, "datesText"},
        {EvaluatorsTextRole, "evaluatorsText"},
        {IntervieweeCountRole, "intervieweeCount"},
        {ConsentedCountRole, "consentedCount"},
        {InterviewedCountRole, "interviewedCount"},
        {ProgressTextRole, "progressText"},
        {CurrentRole, "current"},
        {MineRole, "mine"},
    };
}

int RoundListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void RoundListModel::reload()
{
    Store *store = unlockedStore();
    if (!store) {
        clear();
        return;
    }
    auto rows = read(*store);
    if (!rows) {
        setError(tr("The interview rounds cannot be read: %1").arg(rows.error().message()));
        clear();
        return;
    }
    setError(QString());
    replaceRows(m_rows, std::move(rows).value());
}

void RoundListModel::clear()
{
    replaceRows(m_rows, {});
}

Result<std::vector<RoundListModel::Row>> RoundListModel::read(Store &store) const
{
    auto rounds = Repository<EvaluationRound>(store).listWhere(QStringLiteral("teamId"), session()->teamId());
    if (!rounds)
        return rounds.error();
    Repository<User> users(store);
    std::vector<Row> rows;
    for (const EvaluationRound &round : *rounds) {
        Row row;
        row.id = round.id;
        row.title = round.title;
        row.startsOn = round.startsOn;
        row.endsOn = round.endsOn;
        row.mine = round.evaluatorIds.contains(session()->currentUserId());
        QStringList names;
        for (const QString &id : round.evaluatorIds) {
            if (auto user = users.get(id))
                names.append(user->displayName);
        }
        row.evaluators = names.join(QStringLiteral(", "));
        auto interviewees = Repository<Interviewee>(store).listWhere(QStringLiteral("roundId"), round.id);
        if (!interviewees)
            return interviewees.error();
        auto interviews = Repository<Interview>(store).listWhere(QStringLiteral("roundId"), round.id);
        if (!interviews)
            return interviews.error();
        QSet<QString> interviewed;
        for (const Interview &interview : *interviews)
            interviewed.insert(interview.intervieweeId);
        for (const Interviewee &interviewee : *interviewees) {
            ++row.interviewees;
            const bool given = interviewee.consent == QLatin1String("given");
            row.consented += given ? 1 : 0;
            // Answers count only while the person's consent stands (a withdrawal deletes them).
            row.interviewed += given && interviewed.contains(interviewee.id) ? 1 : 0;
        }
        rows.push_back(std::move(row));
    }
    // The round under way or most recently started first.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.startsOn != b.startsOn ? a.startsOn > b.startsOn : a.id > b.id;
    });
    return rows;
}

QString RoundListModel::roundIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : QString();
}

QString RoundListModel::titleAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].title : QString();
}

} // namespace doorstep
