#pragma once

#include "entityschema.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace doorstep {

// A peer evaluation round: one neighbourhood team, its dates and its evaluators.
struct EvaluationRound
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString teamId MEMBER teamId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QDate startsOn MEMBER startsOn)
    Q_PROPERTY(QDate endsOn MEMBER endsOn)
    Q_PROPERTY(QStringList evaluatorIds MEMBER evaluatorIds)

public:
    QString id;
    QString teamId;
    QString title;
    QDate startsOn;
    QDate endsOn;
    QStringList evaluatorIds;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::EvaluationRound)
