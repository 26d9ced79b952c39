#include "visitchanges.h"

namespace doorstep {

VisitChanges &VisitChanges::instance()
{
    static VisitChanges changes;
    return changes;
}

} // namespace doorstep
