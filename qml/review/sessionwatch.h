#pragma once

#include <functional>

class QObject;

namespace doorstep {

class Session;

// What every review view model does with the session it reads from: reads again when the session
// unlocks and when a sync brought changes, and forgets what it read when the session locks (before the
// key is wiped). Replaces whatever receiver followed before.
namespace SessionWatch {
void follow(QObject *receiver, Session *previous, Session *session, std::function<void()> reload,
            std::function<void()> forget);
} // namespace SessionWatch

} // namespace doorstep
