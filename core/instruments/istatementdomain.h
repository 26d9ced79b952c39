#pragma once

#include "istatement.h"

#include <QList>
#include <QObject>
#include <QString>

namespace doorstep {

// One of the six domains of the National Voices narrative, with its statements in printed order.
struct IStatementDomain
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QList<IStatement> statements MEMBER statements CONSTANT)

public:
    QString id;
    QString title;
    QList<IStatement> statements;
};

} // namespace doorstep
