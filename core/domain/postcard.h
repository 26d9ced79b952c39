#pragma once

#include "entityschema.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace doorstep {

// A postcard: two 1-10 ratings, either left blank if the person wishes, and one suggestion.
struct Postcard
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString teamId MEMBER teamId)
    Q_PROPERTY(QDate collectedOn MEMBER collectedOn)
    Q_PROPERTY(int q1 MEMBER q1)
    Q_PROPERTY(int q2 MEMBER q2)
    Q_PROPERTY(QString suggestion MEMBER suggestion)
    Q_PROPERTY(QString collectionMethod MEMBER collectionMethod)
    Q_PROPERTY(QString personId MEMBER personId)
    Q_PROPERTY(QString collectedBy MEMBER collectedBy)
    Q_PROPERTY(QStringList themeIds MEMBER themeIds)

public:
    QString id;
    QString teamId;
    QDate collectedOn;
    int q1 = 0;
    int q2 = 0;
    QString suggestion;
    QString collectionMethod;
    QString personId;
    QString collectedBy;
    QStringList themeIds;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::Postcard)
