#include "pullprefetcher.h"

#include "protocolcodec.h"

namespace doorstep {

// Touched only on the prefetcher's thread, except where said.
struct PullPrefetcher::Worker
{
    TransportThread::ToOwner toOwner; // deliveries go back to the owning thread through it
    quint64 run = 0;
    PullRequest next;
    QByteArray token;
    Deliver deliver;
    int ahead = 0; // delivered, not yet consumed
    bool fetching = false;
    bool ended = true;

    void fetchMore(SyncTransport &transport)
    {
        if (fetching || ended || ahead >= kAhead)
            return;
        fetching = true;
        const quint64 thisRun = run;
        transport.post(
            QStringLiteral("/v1/pull"), ProtocolCodec::encodePull(next), token,
            [this, &transport, thisRun](const TransportReply &reply) {
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
                toOwner([deliver = deliver, fetched = std::move(fetched)]() mutable { deliver(std::move(fetched)); });
                fetchMore(transport);
            });
    }
};

PullPrefetcher::PullPrefetcher(SyncTransport::Factory makeTransport)
    : m_worker(std::make_shared<Worker>()),
      m_thread(QStringLiteral("doorstep pull prefetcher"), std::move(makeTransport))
{
    m_worker->toOwner = m_thread.toOwner();
}

PullPrefetcher::~PullPrefetcher()
{
    *m_run = 0;
    // An answer that comes as the transport goes (after this, on the thread) belongs to no run.
    m_thread.queue([worker = m_worker](SyncTransport &) { ++worker->run; });
}

void PullPrefetcher::start(PullRequest first, QByteArray token, Deliver deliver)
{
    const quint64 run = ++*m_run;
    // Deliveries carry the run they belong to; a stopped run's are dropped here.
    Deliver guarded = [current = m_run, run, deliver = std::move(deliver)](Fetched fetched) {
        if (run == *current)
            deliver(std::move(fetched));
    };
    m_thread.queue([worker = m_worker, first = std::move(first), token = std::move(token),
                    guarded = std::move(guarded)](SyncTransport &transport) {
        ++worker->run;
        worker->next = first;
        worker->token = token;
        worker->deliver = guarded;
        worker->ahead = 0;
        worker->fetching = false;
        worker->ended = false;
        worker->fetchMore(transport);
    });
}

void PullPrefetcher::consumed(Fetched spent)
{
    auto page = std::make_shared<Result<PullPage>>(std::move(spent.page));
    m_thread.queue([worker = m_worker, page](SyncTransport &transport) {
        *page = Error(QString(), QStringLiteral("consumed"));
        worker->ahead = std::max(0, worker->ahead - 1);
        worker->fetchMore(transport);
    });
}

void PullPrefetcher::stop()
{
    ++*m_run;
    m_thread.queue([worker = m_worker](SyncTransport &) {
        // A request still in flight is left to finish, and its answer ignored; the transport and its
        // connection stay for the next sync.
        ++worker->run;
        worker->ended = true;
        worker->fetching = false;
    });
}

} // namespace doorstep
