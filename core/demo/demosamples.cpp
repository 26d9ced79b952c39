#include "demosamples.h"

#include <algorithm>

namespace doorstep {

void DemoSamples::addValue(const QString &value)
{
    if (!value.isEmpty())
        m_samples.insert(value);
}

void DemoSamples::addPhrase(const QString &entry)
{
    // Short fragments could occur by chance in ciphertext or in the schema; the banks are written so
    // that every entry has a long fixed stretch.
    const QString part = distinctivePart(entry);
    if (part.size() >= 12)
        m_samples.insert(part);
}

QStringList DemoSamples::toList() const
{
    QStringList list(m_samples.begin(), m_samples.end());
    std::sort(list.begin(), list.end());
    return list;
}

QString DemoSamples::distinctivePart(const QString &entry)
{
    QString best;
    for (const QString &part : entry.split(QStringLiteral("%1"))) {
        const QString trimmed = part.trimmed();
        if (trimmed.size() > best.size())
            best = trimmed;
    }
    return best;
}

} // namespace doorstep
