#include "transportthread.h"

namespace doorstep {

// Touched only on the transport's thread, except context, made before the thread starts.
struct TransportThread::Worker
{
    SyncTransport::Factory makeTransport;
    std::unique_ptr<SyncTransport> transport;
    std::unique_ptr<QObject> context; // on the transport's thread; work is queued to it
};

TransportThread::TransportThread(const QString &name, SyncTransport::Factory makeTransport)
    : m_owner(new QObject), m_worker(std::make_shared<Worker>())
{
    m_thread.setObjectName(name);
    m_worker->makeTransport = std::move(makeTransport);
    m_worker->context = std::make_unique<QObject>();
    m_worker->context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker->context.get(), [worker = m_worker] { worker->transport = worker->makeTransport(); },
        Qt::QueuedConnection);
}

TransportThread::~TransportThread()
{
    *m_alive = false;
    // The transport was made on the thread, and the context moved there: they go there too.
    QMetaObject::invokeMethod(
        m_worker->context.get(),
        [worker = m_worker] {
            worker->transport.reset();
            worker->context.release()->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_owner->deleteLater();
}

void TransportThread::queue(Work work)
{
    QMetaObject::invokeMethod(
        m_worker->context.get(), [worker = m_worker, work = std::move(work)] { work(*worker->transport); },
        Qt::QueuedConnection);
}

TransportThread::ToOwner TransportThread::toOwner() const
{
    // m_owner outlives the thread's work: the destructor waits for the thread before letting it go.
    return [owner = m_owner, alive = m_alive](std::function<void()> result) {
        QMetaObject::invokeMethod(
            owner,
            [alive, result = std::move(result)] {
                if (*alive)
                    result();
            },
            Qt::QueuedConnection);
    };
}

} // namespace doorstep
