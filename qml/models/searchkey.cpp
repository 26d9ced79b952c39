#include "searchkey.h"

#include <algorithm>

namespace doorstep {

QString SearchKey::fold(QStringView text)
{
    // ASCII has nothing to decompose: most names skip the normalisation, the dearest step of a load.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toString().toCaseFolded();
    // Decompose, then drop the combining marks: what is left is the base letter.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c);
    }
    return folded.toCaseFolded();
}

QStringList SearchKey::words(QStringView text)
{
    const QString folded = fold(text);
    QStringList result;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString SearchKey::digitsOnly(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (c < u'0' || c > u'9')
            return {};
        digits.append(c);
    }
    return digits;
}

} // namespace doorstep
