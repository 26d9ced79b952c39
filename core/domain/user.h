#pragma once

#include "entityschema.h"

#include <QMetaType>
#include <QString>

namespace doorstep {

// Someone who signs in to Doorstep, with the role that decides what they see.
struct User
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString userName MEMBER userName)
    Q_PROPERTY(QString displayName MEMBER displayName)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(QString profession MEMBER profession)
    Q_PROPERTY(QString teamId MEMBER teamId)

public:
    QString id;
    QString userName;
    QString displayName;
    QString role;
    QString profession;
    QString teamId;

    static const EntitySchema &schema();
};

} // namespace doorstep

Q_DECLARE_METATYPE(doorstep::User)
