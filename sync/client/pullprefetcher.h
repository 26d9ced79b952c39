#pragma once

#include "pullpage.h"
#include "pullrequest.h"
#include "result.h"
#include "synctransport.h"
#include "transportthread.h"

#include <functional>
#include <memory>

namespace doorstep {

// Fetches and decodes the pages of a pull on a thread of its own, a few pages ahead of the ones the
// device has applied. The server's work, the download and the decoding of the next pages then run
// beside the store writing this one, where one thread did each in turn (bench_sync_initial). The
// store itself is only ever touched by the thread that owns it: pages come back to it in order.
class PullPrefetcher
{
public:
    // What one request brought: its answer, and when that is 200, the page decoded from it (the body
    // is then dropped).
    struct Fetched
    {
        TransportReply reply;
        Result<PullPage> page = Error(QString(), QStringLiteral("no page"));
    };
    using Deliver = std::function<void(Fetched)>;

    // Pages fetched and delivered but not yet applied, at most: two bound the memory (a page is up
    // to 4 MiB) and keep one page always ready behind the one being applied.
    static constexpr int kAhead = 2;

    // makeTransport runs on the prefetcher's thread and gives the transport used there alone.
    explicit PullPrefetcher(SyncTransport::Factory makeTransport);
    ~PullPrefetcher();
    PullPrefetcher(const PullPrefetcher &) = delete;
    PullPrefetcher &operator=(const PullPrefetcher &) = delete;

    // From the owning thread. Fetches from first onwards (first.count on its first request only),
    // until a page says there is no more or a request fails, and calls deliver on the owning thread
    // for each, in order. A start while running drops everything of the previous one.
    void start(PullRequest first, QByteArray token, Deliver deliver);
    // One delivered page was applied: room for one more. The page is freed on the prefetcher's
    // thread, which allocated it: freed here, its thousands of blocks each waited for the allocator's
    // lock while that thread was decoding the next page with it (bench_sync_initial).
    void consumed(Fetched spent);
    // Drops whatever is in flight or fetched; nothing more is delivered.
    void stop();

private:
    struct Worker;
    // Before m_thread, which goes first: answers that come as its transport goes still find it.
    std::shared_ptr<Worker> m_worker;
    TransportThread m_thread;
    // The current run; deliveries of an earlier run, or after destruction (0), are ignored. Shared
    // with the deliveries, which may outlive the prefetcher.
    std::shared_ptr<quint64> m_run = std::make_shared<quint64>(0);
};

} // namespace doorstep
