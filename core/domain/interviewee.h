#pragma once

#include "entityschema.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace doorstep {

// A person the team identified for a round, why they are eligible, and their consent.
struct Interviewee
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString roundId MEMBER roundId)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString eligibility MEMBER eligibility)
    Q_PROPERTY(QString consent MEMBER consent)
    Q_PROPERTY(QDate consentChangedOn MEMBER consentChangedOn)

public:
    QString id;
    QString roundId;
    QString personId;
    QString eligibility;
    QString consent;
    QDate consentChangedOn;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Interviewee)
