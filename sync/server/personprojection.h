#pragma once

#include "serverrecord.h"

#include <QStringList>

namespace doorstep {

// What a peer evaluator's device receives of a person on the team's interview list: enough to find
// the home and greet the person in the way they need, nothing of their care (sync/PROTOCOL.md, "Who
// gets what"). The server cuts the record down; the device never holds the rest to hide.
class PersonProjection
{
public:
    // name, address, communicationNeeds and teamId; never the date of birth, NHS number, GP
    // practice, "what matters to me", or who coordinates the person's care.
    static const QStringList &fields();
    // The person's record with only those fields and their own stamps (and the stamp of a deletion).
    static ServerRecord of(const ServerRecord &person);
};

} // namespace doorstep
