#include "pullprefetcher.h"

#include "protocolcodec.h"

namespace doorstep {

// Touched only on the prefetcher's thread (through m_context), except where said.
struct PullPrefetcher::Worker
{
    SyncTransport::Factory makeTransport;
    std::unique_ptr<SyncTransport> transport;
    std::unique_ptr<QObject> context; // on the prefetcher's thread; work is queued to it
    QObject *owner = nullptr; // on the owning thread; deliveries are queued to it
    quint64 run = 0;
    PullRequest next;
    QByteArray token;
    Deliver deliver;
    int ahead = 0; // delivered, not yet consumed
    bool fetching = false;
    bool ended = true;

    void fetchMore()
    {
        if (fetching || ended || ahead >= kAhead)
            return;
        if (!transport)
            transport = makeTransport();
        fetching = true;
        const quint64 thisRun = run;
        transport->post(
            QStringLiteral("/v1/pull"), ProtocolCodec::encodePull(next), token,
            [this, thisRun](const TransportReply &reply) {
                if (thisRun != run)
                    return; // answer to a run that was stopped
                fetching = false;
                Fetched fetched{reply};
                const bool answered = reply.status == 200;
                if (answered) {
                    fetched.page = ProtocolCodec::decodePullPage(reply.body);
                    fetched.reply.body.clear();
                }
                if (answered && fetched.page && fetched.page->more) {
                    next.after = fetched.page->next;
                    next.count = false;
                } else {
                    ended = true;
                }
                ++ahead;
                QMetaObject::invokeMethod(
                    owner, [deliver = deliver, fetched = std::move(fetched)]() mutable { deliver(std::move(fetched)); },
                    Qt::QueuedConnection);
                fetchMore();
            });
    }
};

PullPrefetcher::PullPrefetcher(SyncTransport::Factory makeTransport)
    : m_owner(new QObject), m_worker(std::make_shared<Worker>())
{
    m_thread.setObjectName(QStringLiteral("doorstep pull prefetcher"));
    m_worker->makeTransport = std::move(makeTransport);
    m_worker->owner = m_owner;
    m_worker->context = std::make_unique<QObject>();
    m_worker->context->moveToThread(&m_thread);
    m_thread.start();
}

PullPrefetcher::~PullPrefetcher()
{
    // The transport and its context were made or moved to the thread: they go there too.
    QMetaObject::invokeMethod(
        m_worker->context.get(),
        [worker = m_worker] {
            ++worker->run;
            worker->transport.reset();
            worker->context.release()->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    *m_run = 0;
    m_owner->deleteLater();
}

void PullPrefetcher::start(PullRequest first, QByteArray token, Deliver deliver)
{
    const quint64 run = ++*m_run;
    // Deliveries carry the run they belong to; a stopped run's are dropped here.
    Deliver guarded = [current = m_run, run, deliver = std::move(deliver)](Fetched fetched) {
        if (run == *current)
            deliver(std::move(fetched));
    };
    QMetaObject::invokeMethod(
        m_worker->context.get(),
        [worker = m_worker, first = std::move(first), token = std::move(token), guarded = std::move(guarded)] {
            ++worker->run;
            worker->next = first;
            worker->token = token;
            worker->deliver = guarded;
            worker->ahead = 0;
            worker->fetching = false;
            worker->ended = false;
            worker->fetchMore();
        },
        Qt::QueuedConnection);
}

void PullPrefetcher::consumed()
{
    QMetaObject::invokeMethod(
        m_worker->context.get(),
        [worker = m_worker] {
            worker->ahead = std::max(0, worker->ahead - 1);
            worker->fetchMore();
        },
        Qt::QueuedConnection);
}

void PullPrefetcher::stop()
{
    ++*m_run;
    QMetaObject::invokeMethod(
        m_worker->context.get(),
        [worker = m_worker] {
            // A request still in flight is left to finish, and its answer ignored; the transport and
            // its connection stay for the next sync.
            ++worker->run;
            worker->ended = true;
            worker->fetching = false;
        },
        Qt::QueuedConnection);
}

} // namespace doorstep
