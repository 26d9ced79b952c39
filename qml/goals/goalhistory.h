#pragma once

#include "goal.h"
#include "goalreview.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QVariantList>

namespace doorstep {

class Store;

// A goal's ratings over time as the trend chart and the review list read them: the baseline first,
// then every review, oldest first. Reviewer names are looked up once per history.
class GoalHistory
{
public:
    explicit GoalHistory(Store &store) : m_store(store) { }

    // The goal's reviews, oldest first; reviews of one day in the order they were recorded.
    Result<QList<GoalReview>> reviews(const QString &goalId);

    // Each point: {date ("yyyy-MM-dd"), dateText, dayNumber (Julian day, for spacing by date), rating,
    // comment, reviewerName, baseline (true for the first)}. The baseline is dated when the goal was
    // recorded, and never after its first review (a goal entered after the fact).
    QVariantList points(const Goal &goal, const QList<GoalReview> &reviews);

private:
    QString userName(const QString &userId);

    Store &m_store;
    QHash<QString, QString> m_names;
};

} // namespace doorstep
