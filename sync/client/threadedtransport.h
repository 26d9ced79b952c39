#pragma once

#include "synctransport.h"
#include "transportthread.h"

namespace doorstep {

// A transport whose requests go out from a thread of its own, made there by a factory; answers come
// back to the thread that made this one, in the order the requests finish.
//
// QNetworkAccessManager feeds a request's body to its connection through the event loop of the
// thread that made the request, a piece at a time: on the device's own thread, a push of 1.5 MB
// went out only once that thread came back to its loop, and it was busy reading the next batch
// (bench_sync_push --trace). From a thread that does nothing else, the body leaves at once.
class ThreadedTransport final : public SyncTransport
{
public:
    // makeTransport runs on the new thread and gives the transport used there alone.
    explicit ThreadedTransport(Factory makeTransport);

    // From the owning thread. done runs there, unless this transport is gone by then.
    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override;
    Factory threadFactory() const override { return m_makeTransport; }

private:
    Factory m_makeTransport;
    TransportThread m_thread;
};

} // namespace doorstep
