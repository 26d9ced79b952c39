#pragma once

#include "result.h"
#include "session.h"

#include <QString>

namespace doorstep {

// --demo with --server: the demo against a real server (one that ran `doorstep-server load-demo`).
// On a store without a key it goes the way a person would — sign in, choose the demo PIN, enrol,
// first sync — through a Session of its own, then locks, so the app opens on the PIN page with the
// team's caseload already on the tablet.
class DemoEnrolment
{
public:
    enum class Outcome {
        Enrolled, // signed in and synced now
        AlreadyEnrolled, // an earlier run did it: left as it is, but for the server's address
        NotDemo, // a store with its own PIN, or the offline demo: left alone
    };

    // options.directory, keyStorage and cost as the app will use them; options.server is the server.
    // Waits up to timeoutMs for enrolment and the first sync.
    static Result<Outcome> prepare(Session::Options options, const QString &userName, const QString &password,
                                   int timeoutMs = 120000);
};

} // namespace doorstep
