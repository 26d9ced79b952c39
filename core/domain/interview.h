#pragma once

#include "entityschema.h"

#include <QDate>
#include <QJsonArray>
#include <QMetaType>
#include <QString>

namespace doorstep {

// A peer evaluation interview: one answer per outcomes-framework statement, on an agree scale, with a comment.
struct Interview
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString roundId MEMBER roundId)
    Q_PROPERTY(QString intervieweeId MEMBER intervieweeId)
    Q_PROPERTY(QString evaluatorId MEMBER evaluatorId)
    Q_PROPERTY(QDate interviewedOn MEMBER interviewedOn)
    Q_PROPERTY(QJsonArray answers MEMBER answers)

public:
    QString id;
    QString roundId;
    QString intervieweeId;
    QString evaluatorId;
    QDate interviewedOn;
    QJsonArray answers;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Interview)
