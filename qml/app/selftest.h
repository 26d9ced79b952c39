#pragma once

#include "commandline.h"

namespace doorstep {

// --self-test: builds a small demo store in a temporary directory, loads the app window on it,
// unlocks, creates every QML file of the module with the data it needs, locks, and fails on any
// QML warning or error. Needs a QGuiApplication; returns the process exit code.
class SelfTest
{
public:
    static int run(const CommandLine::Options &options);
};

} // namespace doorstep
