#pragma once

#include <QObject>
#include <QString>

namespace doorstep {

// The postcard's free-text question: one thing that would make services and support better.
struct PostcardFreeTextQuestion
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(bool verbatim MEMBER verbatim CONSTANT)
    Q_PROPERTY(bool optional MEMBER optional CONSTANT)

public:
    QString id;
    QString text;
    bool verbatim = true; // false when the source only paraphrases the wording
    bool optional = true;
};

} // namespace doorstep
