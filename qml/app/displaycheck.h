#pragma once

#include <QString>

namespace doorstep {

// Run before QGuiApplication exists: without a display Qt aborts with a message about platform
// plugins that tells a practitioner nothing. This says what to do instead.
class DisplayCheck
{
public:
    // Empty when a display (or an explicit platform) is there; otherwise one line of advice.
    static QString problem(int argc, char **argv);
};

} // namespace doorstep
