#include "goalhistory.h"

#include "goalformat.h"
#include "personformat.h"
#include "repository.h"
#include "user.h"

#include <QVariantMap>

#include <algorithm>

namespace doorstep {

Result<QList<GoalReview>> GoalHistory::reviews(const QString &goalId)
{
    auto reviews = Repository<GoalReview>(m_store).listWhere(QStringLiteral("goalId"), goalId);
    if (!reviews)
        return reviews.error();
    QList<GoalReview> sorted = std::move(reviews).value();
    // Ids are time-ordered, so they keep two reviews of one day in the order they were made.
    std::sort(sorted.begin(), sorted.end(), [](const GoalReview &a, const GoalReview &b) {
        return a.reviewedOn != b.reviewedOn ? a.reviewedOn < b.reviewedOn : a.id < b.id;
    });
    return sorted;
}

QVariantList GoalHistory::points(const Goal &goal, const QList<GoalReview> &reviews)
{
    const auto point
        = [](const QDate &date, int rating, const QString &comment, const QString &reviewer, bool baseline) {
              return QVariantMap{
                  {QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("dateText"), PersonFormat::date(date)},
                  {QStringLiteral("dayNumber"), date.toJulianDay()},
                  {QStringLiteral("rating"), rating},
                  {QStringLiteral("comment"), comment},
                  {QStringLiteral("reviewerName"), reviewer},
                  {QStringLiteral("baseline"), baseline},
              };
          };

    QVariantList result;
    if (goal.baselineRating >= 1) {
        QDate recorded = GoalFormat::recordedOn(goal.id);
        if (!recorded.isValid())
            recorded = reviews.isEmpty() ? QDate::currentDate() : reviews.first().reviewedOn;
        if (!reviews.isEmpty())
            recorded = std::min(recorded, reviews.first().reviewedOn);
        result.append(point(recorded, goal.baselineRating, QString(), userName(goal.createdBy), true));
    }
    for (const GoalReview &review : reviews)
        result.append(point(review.reviewedOn, review.rating, review.comment, userName(review.reviewedBy), false));
    return result;
}

QString GoalHistory::userName(const QString &userId)
{
    if (userId.isEmpty())
        return {};
    auto it = m_names.constFind(userId);
    if (it != m_names.constEnd())
        return *it;
    auto user = Repository<User>(m_store).get(userId);
    const QString name = user ? user->displayName : QString();
    m_names.insert(userId, name);
    return name;
}

} // namespace doorstep
