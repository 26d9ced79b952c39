#pragma once

#include <QObject>
#include <QString>

namespace doorstep {

// One National Voices "I statement"; goals link to it by id.
struct IStatement
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString domainId MEMBER domainId CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    QString id;
    QString domainId;
    QString text;
};

} // namespace doorstep
