#pragma once

#include "entityschema.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace doorstep {

// One review of a goal. Reviews are append-only: a goal's history is never rewritten.
struct GoalReview
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString goalId MEMBER goalId)
    Q_PROPERTY(QDate reviewedOn MEMBER reviewedOn)
    Q_PROPERTY(int rating MEMBER rating)
    Q_PROPERTY(QString comment MEMBER comment)
    Q_PROPERTY(QString reviewedBy MEMBER reviewedBy)

public:
    QString id;
    QString goalId;
    QDate reviewedOn;
    int rating = 0;
    QString comment;
    QString reviewedBy;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::GoalReview)
