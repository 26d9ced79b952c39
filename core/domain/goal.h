#pragma once

#include "entityschema.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace doorstep {

// A goal in the person's own words, linked to I statements, with a baseline rating.
struct Goal
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString words MEMBER words)
    Q_PROPERTY(QStringList statementIds MEMBER statementIds)
    Q_PROPERTY(int baselineRating MEMBER baselineRating)
    Q_PROPERTY(QDate targetDate MEMBER targetDate)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString createdBy MEMBER createdBy)

public:
    QString id;
    QString personId;
    QString words;
    QStringList statementIds;
    int baselineRating = 0;
    QDate targetDate;
    QString status;
    QString createdBy;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Goal)
