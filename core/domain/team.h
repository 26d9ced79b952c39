#pragma once

#include "entityschema.h"

#include <QMetaType>
#include <QString>

namespace doorstep {

// A neighbourhood team: the unit that people, staff and postcards belong to.
struct Team
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString area MEMBER area)

public:
    QString id;
    QString name;
    QString area;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Team)
