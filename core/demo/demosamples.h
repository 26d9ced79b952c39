#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace doorstep {

// The plaintext the demo generator wrote into encrypted fields, kept so that a test can prove that
// none of it reached the disk in clear.
class DemoSamples
{
public:
    // A value stored whole: a name, an NHS number, a telephone number.
    void addValue(const QString &value);
    // A phrase-bank entry (with %1 standing for a first name): records its longest fixed stretch,
    // which is what appears in every text built from it.
    void addPhrase(const QString &entry);

    // Sorted, so that the same seed gives the same list.
    QStringList toList() const;

    // The longest stretch of entry between %1 placeholders, trimmed.
    static QString distinctivePart(const QString &entry);

private:
    QSet<QString> m_samples;
};

} // namespace doorstep
