#pragma once

#include "entityschema.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace doorstep {

// A person the team supports: the shared summary, so that people tell their story once.
struct Person
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QDate dateOfBirth MEMBER dateOfBirth)
    Q_PROPERTY(QString nhsNumber MEMBER nhsNumber)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString gpPractice MEMBER gpPractice)
    Q_PROPERTY(QString teamId MEMBER teamId)
    Q_PROPERTY(QString communicationNeeds MEMBER communicationNeeds)
    Q_PROPERTY(QString whatMattersToMe MEMBER whatMattersToMe)
    Q_PROPERTY(QString coordinatorId MEMBER coordinatorId)

public:
    QString id;
    QString name;
    QDate dateOfBirth;
    QString nhsNumber;
    QString address;
    QString gpPractice;
    QString teamId;
    QString communicationNeeds;
    QString whatMattersToMe;
    QString coordinatorId;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Person)
