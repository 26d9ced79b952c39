#pragma once

#include <QObject>
#include <QString>

namespace doorstep {

// Where an instrument's words come from, so that screens and reports can cite it.
struct SourceReference
{
    Q_GADGET
    Q_PROPERTY(QString document MEMBER document CONSTANT)
    Q_PROPERTY(QString authors MEMBER authors CONSTANT)
    Q_PROPERTY(QString publisher MEMBER publisher CONSTANT)
    Q_PROPERTY(QString year MEMBER year CONSTANT)
    Q_PROPERTY(QString section MEMBER section CONSTANT)
    Q_PROPERTY(QString reference MEMBER reference CONSTANT)
    Q_PROPERTY(QString note MEMBER note CONSTANT)

public:
    QString document;
    QString authors; // empty when the document names none
    QString publisher; // empty when the document names none
    QString year; // as printed; a string because some sources give a range or a month
    QString section;
    QString reference; // page or line reference within the document
    QString note; // anything that had to be interpreted; empty when nothing was
};

} // namespace doorstep
