#pragma once

#include "protocol.h"

#include "enrolment.h"
#include "pullprefetcher.h"
#include "result.h"
#include "syncoutcome.h"
#include "synctransport.h"
#include "threadedtransport.h"

#include <QSet>

#include <deque>
#include <functional>
#include <optional>

namespace doorstep {

class Store;

// One device's half of protocol v1: enrol, then cycles of push-everything-then-pull-everything.
// The outbox is emptied only up to what the server acknowledged; each pulled page is applied with
// its cursor in one transaction, so a cycle that dies half way loses nothing and repeats nothing.
class SyncClient
{
public:
    SyncClient(Store &store, SyncTransport &transport);

    using EnrolDone = std::function<void(Result<Enrolment>)>;
    // When the store is locked as the answer comes, nothing is saved and the token comes back in
    // Enrolment::unsavedToken, for saveEnrolment() after the PIN.
    void enrol(const QString &userName, const QString &password, const QString &deviceName, EnrolDone done);
    Status saveEnrolment(const Enrolment &enrolment, const QByteArray &token);
    bool isEnrolled();

    using Done = std::function<void(const SyncOutcome &)>;
    using Progress = std::function<void(int done, int total)>;
    // progress: changes sent of those to send; received: records received of those the server said
    // were to come when the pull began (its total grows if more arrive meanwhile).
    void sync(Done done, Progress progress = {}, Progress received = {});

    void setPushBatchSize(int size) { m_batchSize = size; }
    void setPullPageSize(int size) { m_pageSize = size; }

private:
    // A push body ready to go, and what it carries.
    struct PreparedPush
    {
        QByteArray body;
        qint64 from = 0;
        qint64 last = 0;
        QStringList sent; // mutation ids, in counter order
    };
    // A push on its way, and its answer once it has come.
    struct PushInFlight
    {
        PreparedPush push;
        std::optional<TransportReply> reply;
        // Sent while the push before it was still on its way: if it reached the server first, the
        // server refused it as a gap, and it goes again once that push is answered (once).
        bool sentBehindAnother = false;
    };
    // The next batch of the outbox after counter `after`, at most `most` entries; none when nothing
    // is waiting.
    Result<std::optional<PreparedPush>> preparePush(qint64 after, int most);
    // Pushes the outbox in counter order, at most pushWindow() requests on their way at once, then
    // pulls. Answers are taken in the order the pushes were sent, whatever order they come in.
    void startPushing(std::shared_ptr<SyncOutcome> outcome, Done done);
    int pushWindow() const;
    // Sends batches while the window has room and the outbox has more after the last one sent.
    void sendWhileRoom();
    void send(std::shared_ptr<PushInFlight> flight);
    // Posts it, the first time or again; its answer goes to takeAnswers().
    void transmit(std::shared_ptr<PushInFlight> flight);
    void takeAnswers();
    // Ends the pushing with outcome as it stands (a failure), or goes on to pull.
    void stopPushing();
    void finishPushing();
    Status acknowledge(const std::shared_ptr<SyncOutcome> &outcome, qint64 through);
    // Pushes go out from a thread of their own where the transport can make one (HTTP), so the body
    // leaves while this thread reads the next batch; otherwise through m_transport itself.
    SyncTransport &pushTransport();
    void pullNext(std::shared_ptr<SyncOutcome> outcome, Done done);
    void handlePage(std::shared_ptr<SyncOutcome> outcome, std::shared_ptr<Done> done, PullPrefetcher::Fetched fetched);
    // A push's refusal names a change by its counter: from and sent (the batch's mutation ids, in counter
    // order) turn it back into the mutation id of the entry in Error::subject.
    static void recordFailure(SyncOutcome &outcome, const TransportReply &reply, qint64 from = 0,
                              const QStringList &sent = {});
    void fail(std::shared_ptr<SyncOutcome> outcome, const TransportReply &reply, Done done);

    Store &m_store;
    SyncTransport &m_transport;
    // Over HTTP, pages are fetched and decoded on a thread of their own, ahead of applying.
    std::unique_ptr<PullPrefetcher> m_prefetcher;
    bool m_indexesDeferred = false; // by this pull, until it ends
    std::unique_ptr<ThreadedTransport> m_pushTransport;
    // The push under way: answers to the pushes of an earlier one (which ended on a failure while a
    // push was still on its way) are told by their session and ignored.
    quint64 m_pushSession = 0;
    std::shared_ptr<SyncOutcome> m_pushOutcome;
    Done m_pushDone;
    std::deque<std::shared_ptr<PushInFlight>> m_inFlight; // in counter order
    qint64 m_sentThrough = 0; // the last counter sent
    // The last counter answered whose entries are still in the outbox: they are removed while the
    // next push is on its way, so that the removal (a commit) is not between two requests. A crash
    // before it only makes the server answer them again, as duplicates.
    qint64 m_answeredThrough = 0;
    QByteArray m_token;
    // As many as the server takes: each push is a round trip and a commit, and 1,000 edits pushed 200
    // at a time took half as long again as 500 at a time (bench_sync_push).
    int m_batchSize = Protocol::kMaxMutationsPerPush;
    // Records asked for per pull page. A page also ends past the server's 4 MiB target, which visits
    // with notes reach near 2,000; each page is one commit, and fewer, larger commits rewrite the
    // indexes' pages less often (a 100,000-visit first sync wrote 18% fewer bytes than with 1,000).
    int m_pageSize = 2000;
    // Over a transport with a window, a sync's first push carries at most this many entries and
    // each push after it four times as many as the one before, up to m_batchSize.
    static constexpr int kFirstPushEntries = 100;
    int m_nextBatchSize = Protocol::kMaxMutationsPerPush; // of the push to be sent next
    int m_total = 0;
    Progress m_progress;
    Progress m_received;
    qint64 m_toReceive = -1; // records the pull will bring, once the first page said
    // While resynchronising: the cursor in memory and every record the server sent.
    bool m_resyncing = false;
    qint64 m_resyncAfter = 0;
    QSet<QString> m_seen;
};

} // namespace doorstep
