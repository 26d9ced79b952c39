#include "timelinemodel.h"

#include "consent.h"
#include "goal.h"
#include "goalreview.h"
#include "personformat.h"
#include "postcard.h"
#include "recorddescriber.h"
#include "repository.h"
#include "store.h"
#include "visit.h"

#include <algorithm>

namespace doorstep {

TimelineModel::TimelineModel(QObject *parent) : SessionListModel(parent) { }

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case KindRole:
        return row.kind;
    case RecordIdRole:
        return row.recordId;
    case OpenKindRole:
        return row.openKind;
    case OpenIdRole:
        return row.openId;
    case DateTextRole:
        return row.dateText;
    case SummaryRole:
        return row.summary;
    case WhoRole:
        return row.who;
    case UpcomingRole:
        return row.upcoming;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        {KindRole, "kind"},       {RecordIdRole, "recordId"}, {OpenKindRole, "openKind"},
        {OpenIdRole, "openId"},   {DateTextRole, "dateText"}, {TitleRole, "title"},
        {SummaryRole, "summary"}, {WhoRole, "who"},           {UpcomingRole, "upcoming"},
    };
}

void TimelineModel::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    emit personIdChanged();
    reload();
}

QString TimelineModel::ratingText(int rating)
{
    return rating > 0 ? tr("%1 out of 10").arg(rating) : tr("not answered");
}

QString TimelineModel::oneLine(const QString &text, int length)
{
    QString line = text.section(u'\n', 0, 0).simplified();
    if (line.isEmpty())
        line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1).trimmed() + QChar(0x2026);
    return line;
}

void TimelineModel::reload()
{
    Store *store = unlockedStore();
    if (!store || m_personId.isEmpty()) {
        clear();
        return;
    }
    std::vector<Row> rows;
    if (Status s = read(*store, rows); !s) {
        clear();
        setError(tr("This person's timeline cannot be read: %1").arg(s.error().message()));
        return;
    }
    // Newest first; on the same moment, the later-made record first (ids are time-ordered).
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.at != b.at ? a.at > b.at : a.recordId > b.recordId; });
    replaceRows(m_rows, std::move(rows));
    setError(QString());
}

Status TimelineModel::read(Store &store, std::vector<Row> &rows)
{
    RecordDescriber describer(store);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const QString personField = QStringLiteral("personId");

    auto visits = Repository<Visit>(store).listWhere(personField, m_personId);
    if (!visits)
        return visits.error();
    for (const Visit &v : *visits) {
        Row row;
        row.kind = row.openKind = QStringLiteral("visit");
        row.recordId = row.openId = v.id;
        row.at = v.checkedInAt.isValid() ? v.checkedInAt : v.plannedAt;
        row.dateText = PersonFormat::dateTime(row.at);
        const QString type = PersonFormat::choiceLabel(v.visitType);
        row.title = type.isEmpty() ? tr("Visit") : tr("%1 visit").arg(type);
        row.upcoming = !v.checkedInAt.isValid() && v.plannedAt >= now;
        const QString words = oneLine(!v.notes.isEmpty() ? v.notes : v.nextSteps);
        if (row.upcoming)
            row.summary = tr("Planned");
        else if (!v.checkedInAt.isValid())
            row.summary = tr("Planned; not recorded as done");
        else if (!v.checkedOutAt.isValid())
            row.summary = words.isEmpty() ? tr("Not checked out") : tr("Not checked out. %1").arg(words);
        else
            row.summary = words.isEmpty() ? tr("No notes") : words;
        row.who = describer.userName(v.practitionerId);
        rows.push_back(std::move(row));
    }

    auto goals = Repository<Goal>(store).listWhere(personField, m_personId);
    if (!goals)
        return goals.error();
    Repository<GoalReview> reviews(store);
    for (const Goal &g : *goals) {
        Row row;
        row.kind = row.openKind = QStringLiteral("goal");
        row.recordId = row.openId = g.id;
        row.at = RecordDescriber::createdAt(g.id);
        row.dateText = PersonFormat::date(row.at.toLocalTime().date());
        row.title = g.status == QLatin1String("achieved") ? tr("Goal set, now achieved")
            : g.status == QLatin1String("stopped")        ? tr("Goal set, now stopped")
                                                          : tr("Goal set");
        row.summary = oneLine(g.words);
        row.who = describer.userName(g.createdBy);
        rows.push_back(std::move(row));

        auto goalReviews = reviews.listWhere(QStringLiteral("goalId"), g.id);
        if (!goalReviews)
            return goalReviews.error();
        for (const GoalReview &r : *goalReviews) {
            Row review;
            review.kind = QStringLiteral("goalReview");
            review.openKind = QStringLiteral("goal");
            review.recordId = r.id;
            review.openId = g.id;
            review.at = r.reviewedOn.startOfDay();
            review.dateText = PersonFormat::date(r.reviewedOn);
            review.title = tr("Goal reviewed: %1").arg(ratingText(r.rating));
            review.summary = oneLine(r.comment.isEmpty() ? g.words : r.comment);
            review.who = describer.userName(r.reviewedBy);
            rows.push_back(std::move(review));
        }
    }

    auto postcards = Repository<Postcard>(store).listWhere(personField, m_personId);
    if (!postcards)
        return postcards.error();
    for (const Postcard &p : *postcards) {
        Row row;
        row.kind = QStringLiteral("postcard");
        row.recordId = p.id;
        row.at = p.collectedOn.startOfDay();
        row.dateText = PersonFormat::date(p.collectedOn);
        row.title = tr("Postcard");
        row.summary
            = tr("Services working together: %1 · Living independently: %2").arg(ratingText(p.q1), ratingText(p.q2));
        row.who = describer.userName(p.collectedBy);
        rows.push_back(std::move(row));
    }

    auto consents = Repository<Consent>(store).listWhere(personField, m_personId);
    if (!consents)
        return consents.error();
    for (const Consent &c : *consents) {
        Row row;
        row.kind = QStringLiteral("consent");
        row.recordId = c.id;
        row.at = c.decidedOn.startOfDay();
        row.dateText = PersonFormat::date(c.decidedOn);
        row.title = c.decision == QLatin1String("given") ? tr("Consent to share information given")
                                                         : tr("Consent to share information refused");
        row.summary = oneLine(c.scope);
        row.who = describer.userName(c.recordedBy);
        rows.push_back(std::move(row));
    }
    return ok();
}

void TimelineModel::clear()
{
    replaceRows(m_rows, {});
}

} // namespace doorstep
