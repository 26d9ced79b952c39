#include "sessionwatch.h"

#include "session.h"

namespace doorstep {

void SessionWatch::follow(QObject *receiver, Session *previous, Session *session, std::function<void()> reload,
                          std::function<void()> forget)
{
    if (previous)
        QObject::disconnect(previous, nullptr, receiver, nullptr);
    if (!session)
        return;
    QObject::connect(session, &Session::locking, receiver, forget);
    QObject::connect(session, &Session::caseloadReloaded, receiver, reload);
    QObject::connect(session, &Session::stateChanged, receiver, [session, reload] {
        if (session->state() == Session::Unlocked)
            reload();
    });
}

} // namespace doorstep
