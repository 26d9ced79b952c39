#pragma once

#include "entityschema.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace doorstep {

// Two versions of one text that sync could not both keep in place: the one kept, the other, and their common base, for
// a person to review.
struct Conflict
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString recordEntity MEMBER recordEntity)
    Q_PROPERTY(QString recordId MEMBER recordId)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString field MEMBER field)
    Q_PROPERTY(QString base MEMBER base)
    Q_PROPERTY(QString kept MEMBER kept)
    Q_PROPERTY(QString other MEMBER other)
    Q_PROPERTY(QString otherDeviceId MEMBER otherDeviceId)
    Q_PROPERTY(QDateTime detectedAt MEMBER detectedAt)
    Q_PROPERTY(bool resolved MEMBER resolved)

public:
    QString id;
    QString recordEntity;
    QString recordId;
    QString kind;
    QString field;
    QString base;
    QString kept;
    QString other;
    QString otherDeviceId;
    QDateTime detectedAt;
    bool resolved = false;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Conflict)
