#pragma once

#include "entityschema.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <limits>

namespace doorstep {

// A home visit: planned, checked in and out, with notes and next steps.
struct Visit
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString practitionerId MEMBER practitionerId)
    Q_PROPERTY(QDateTime plannedAt MEMBER plannedAt)
    Q_PROPERTY(QDateTime checkedInAt MEMBER checkedInAt)
    Q_PROPERTY(QDateTime checkedOutAt MEMBER checkedOutAt)
    Q_PROPERTY(double latitude MEMBER latitude)
    Q_PROPERTY(double longitude MEMBER longitude)
    Q_PROPERTY(double locationAccuracy MEMBER locationAccuracy)
    Q_PROPERTY(QDateTime locationAt MEMBER locationAt)
    Q_PROPERTY(QString visitType MEMBER visitType)
    Q_PROPERTY(QString notes MEMBER notes)
    Q_PROPERTY(QString nextSteps MEMBER nextSteps)
    Q_PROPERTY(QString coordinatorId MEMBER coordinatorId)

public:
    QString id;
    QString personId;
    QString practitionerId;
    QDateTime plannedAt;
    QDateTime checkedInAt;
    QDateTime checkedOutAt;
    double latitude = std::numeric_limits<double>::quiet_NaN();
    double longitude = std::numeric_limits<double>::quiet_NaN();
    double locationAccuracy = std::numeric_limits<double>::quiet_NaN();
    QDateTime locationAt;
    QString visitType;
    QString notes;
    QString nextSteps;
    QString coordinatorId;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Visit)
