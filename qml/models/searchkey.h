#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace doorstep {

// The normalised forms that caseload search compares: computed once per load for every person and
// once per keystroke for the query, never per comparison.
class SearchKey
{
public:
    // Case-folded, accents dropped ("Zoë" -> "zoe"), so a tablet keyboard without accents still finds.
    static QString fold(QStringView text);
    // The folded words of a name or a query, split at anything that is not a letter or a digit
    // ("O'Neill-Smith" -> "o", "neill", "smith").
    static QStringList words(QStringView text);
    // The digits of text when it holds nothing but digits and spaces (how NHS numbers are typed);
    // otherwise empty.
    static QString digitsOnly(QStringView text);
};

} // namespace doorstep
