#pragma once

#include "entityschema.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace doorstep {

// An information-sharing decision: given or refused, when, for what, and who recorded it.
struct Consent
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString decision MEMBER decision)
    Q_PROPERTY(QDate decidedOn MEMBER decidedOn)
    Q_PROPERTY(QString scope MEMBER scope)
    Q_PROPERTY(QString recordedBy MEMBER recordedBy)

public:
    QString id;
    QString personId;
    QString decision;
    QDate decidedOn;
    QString scope;
    QString recordedBy;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Consent)
