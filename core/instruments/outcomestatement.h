#pragma once

#include <QObject>
#include <QString>

namespace doorstep {

// One statement in a cell of the Leeds outcomes framework; interview answers and goals refer to it by id.
struct OutcomeStatement
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString rowId MEMBER rowId CONSTANT)
    Q_PROPERTY(QString columnId MEMBER columnId CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    QString id;
    QString rowId;
    QString columnId;
    QString text;
};

} // namespace doorstep
