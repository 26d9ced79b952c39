#pragma once

#include "entityschema.h"

#include <QMetaType>
#include <QString>

namespace doorstep {

// A carer or family member of a person.
struct Carer
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString relationship MEMBER relationship)
    Q_PROPERTY(QString contact MEMBER contact)
    Q_PROPERTY(bool livesWithPerson MEMBER livesWithPerson)

public:
    QString id;
    QString personId;
    QString name;
    QString relationship;
    QString contact;
    bool livesWithPerson = false;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Carer)
