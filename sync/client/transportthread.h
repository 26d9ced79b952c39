#pragma once

#include "synctransport.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace doorstep {

// A thread of its own for a transport, and the way back to the thread that made it. Work queued here
// runs on the thread in order, with the transport (made there first, by the factory, and destroyed
// there). The work sends results back with toOwner(); they run on the owning thread unless
// this is gone by then, so the owner may destroy it from inside one of them.
class TransportThread
{
public:
    using Work = std::function<void(SyncTransport &)>;
    using ToOwner = std::function<void(std::function<void()>)>;

    TransportThread(const QString &name, SyncTransport::Factory makeTransport);
    // Waits for the work already queued; a request in flight goes with its transport, unanswered.
    ~TransportThread();
    TransportThread(const TransportThread &) = delete;
    TransportThread &operator=(const TransportThread &) = delete;

    // From the owning thread.
    void queue(Work work);
    // Safe to copy to, and call from, the transport's thread.
    ToOwner toOwner() const;

private:
    struct Worker;
    QThread m_thread;
    // Lives on the owning thread and goes with deleteLater(): this may be destroyed from inside a
    // result, that is inside this object's own event.
    QObject *m_owner;
    std::shared_ptr<Worker> m_worker;
    // False once this is gone: results still queued are dropped. Shared with them.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace doorstep
