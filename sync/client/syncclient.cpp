#include "syncclient.h"

#include "deferredindexes.h"
#include "migrations.h"
#include "outbox.h"
#include "protocolcodec.h"
#include "recordstore.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace doorstep {

namespace {
const QString kToken = QStringLiteral("sync.token");
const QString kEnrolment = QStringLiteral("sync.enrolment");

// The server names a refused change by its counter, the device by its mutation id: the id of the
// entry sent with that counter, or none when the server names a counter this push did not carry.
QString mutationIdOf(const QString &counter, qint64 from, const QStringList &sent)
{
    bool isNumber = false;
    const qint64 c = counter.toLongLong(&isNumber);
    return isNumber && c >= from && c - from < sent.size() ? sent.at(c - from) : QString();
}
} // namespace

SyncClient::SyncClient(Store &store, SyncTransport &transport) : m_store(store), m_transport(transport) { }

bool SyncClient::isEnrolled()
{
    auto token = m_store.secret(kToken);
    return token && !token->isEmpty();
}

void SyncClient::enrol(const QString &userName, const QString &password, const QString &deviceName, EnrolDone done)
{
    EnrolRequest request{Migrations::latestVersion(), userName, password, m_store.deviceId(), deviceName};
    m_transport.post(
        QStringLiteral("/v1/enrol"), ProtocolCodec::encodeEnrol(request), {},
        [this, done = std::move(done)](const TransportReply &reply) {
            if (reply.status != 200) {
                Error e = reply.status == 0
                    ? Error(QStringLiteral("server"), QStringLiteral("cannot be reached: ") + reply.networkError,
                            QStringLiteral("network"))
                    : ProtocolCodec::decodeError(reply.body, reply.status);
                e.retryAfterSeconds = reply.retryAfterSeconds;
                done(e);
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
            const QByteArray token = o.value(QStringLiteral("deviceToken")).toString().toLatin1();
            Enrolment e{o.value(QStringLiteral("userId")).toString(), o.value(QStringLiteral("teamId")).toString(),
                        o.value(QStringLiteral("role")).toString()};
            if (token.size() < 40 || e.userId.isEmpty() || e.teamId.isEmpty() || e.role.isEmpty()) {
                done(Error(QStringLiteral("server"), QStringLiteral("sent an enrolment this app cannot read")));
                return;
            }
            if (!m_store.isUnlocked()) {
                e.unsavedToken = token;
                done(e);
                return;
            }
            if (Status s = saveEnrolment(e, token); !s) {
                done(s.error());
                return;
            }
            done(e);
        });
}

Status SyncClient::saveEnrolment(const Enrolment &enrolment, const QByteArray &token)
{
    const QByteArray saved = QJsonDocument(QJsonObject{{QStringLiteral("userId"), enrolment.userId},
                                                       {QStringLiteral("teamId"), enrolment.teamId},
                                                       {QStringLiteral("role"), enrolment.role}})
                                 .toJson(QJsonDocument::Compact);
    if (Status s = m_store.saveSecret(kEnrolment, saved); !s)
        return s;
    if (Status s = m_store.saveSecret(kToken, token); !s)
        return s;
    m_token = token;
    return ok();
}

void SyncClient::sync(Done done, Progress progress, Progress received)
{
    auto outcome = std::make_shared<SyncOutcome>();
    auto token = m_store.secret(kToken);
    if (!token || token->isEmpty()) {
        outcome->status = token ? Error(QStringLiteral("device"), QStringLiteral("is not signed in to a server"),
                                        QStringLiteral("unauthorized"))
                                : token.error();
        outcome->needsSignIn = token.ok();
        done(*outcome);
        return;
    }
    m_token = *token;
    if (!m_indexesDeferred) {
        // Indexes that a first sync could not build at its end (a full disk) are built at the next
        // sync, not only when the store next opens. Until they can be, a sync goes on without them
        // (queries scan and answer the same) and ends saying why.
        if (Status s = DeferredIndexes::restore(m_store.database()); !s) {
            done = [done = std::move(done), s](const SyncOutcome &ended) {
                SyncOutcome result = ended;
                if (result.status)
                    result.status = s;
                done(result);
            };
        }
    }
    m_progress = std::move(progress);
    m_received = std::move(received);
    m_toReceive = -1;
    m_total = int(m_store.outbox().count());
    startPushing(outcome, std::move(done));
}

void SyncClient::recordFailure(SyncOutcome &outcome, const TransportReply &reply, qint64 from, const QStringList &sent)
{
    if (reply.status == 0) {
        outcome.status = Error(QStringLiteral("server"), QStringLiteral("cannot be reached: ") + reply.networkError,
                               QStringLiteral("network"));
        outcome.transient = true;
    } else {
        Error e = ProtocolCodec::decodeError(reply.body, reply.status);
        e.subject = mutationIdOf(e.subject, from, sent);
        outcome.status = e;
        outcome.transient = reply.status >= 500 || reply.status == 429;
        outcome.needsSignIn = reply.status == 401;
    }
}

void SyncClient::fail(std::shared_ptr<SyncOutcome> outcome, const TransportReply &reply, Done done)
{
    recordFailure(*outcome, reply);
    done(*outcome);
}

Result<std::optional<SyncClient::PreparedPush>> SyncClient::preparePush(qint64 after, int most)
{
    auto entries = m_store.outbox().pendingForPush(most, after);
    if (!entries)
        return entries.error();
    if (entries->empty())
        return std::optional<PreparedPush>();
    std::vector<OutboxEntry> batch = std::move(entries).value();
    // A push names only its first counter, the others following it: a gap (which the outbox never
    // leaves) ends the batch, and the server refuses the next one as out of order.
    for (size_t i = 1; i < batch.size(); ++i) {
        if (batch[i].counter != batch[i - 1].counter + 1) {
            batch.resize(i);
            break;
        }
    }
    PreparedPush push;
    auto body = ProtocolCodec::encodeStoredPush(Migrations::latestVersion(), m_store.deviceId(), batch);
    // Long notes can make a full batch bigger than the server takes; the rest waits for the next push.
    while (body && body->size() > Protocol::kBodyTargetBytes && batch.size() > 1) {
        batch.resize(batch.size() / 2);
        body = ProtocolCodec::encodeStoredPush(Migrations::latestVersion(), m_store.deviceId(), batch);
    }
    if (!body)
        return body.error();
    push.body = std::move(body).value();
    push.from = batch.front().counter;
    push.last = batch.back().counter;
    for (const OutboxEntry &e : batch)
        push.sent << e.mutationId;
    return std::optional<PreparedPush>(std::move(push));
}

Status SyncClient::acknowledge(const std::shared_ptr<SyncOutcome> &outcome, qint64 through)
{
    if (Status s = m_store.outbox().acknowledgeThrough(through); !s)
        return s;
    if (m_progress)
        m_progress(outcome->pushed, m_total);
    return ok();
}

void SyncClient::startPushing(std::shared_ptr<SyncOutcome> outcome, Done done)
{
    ++m_pushSession;
    m_pushOutcome = std::move(outcome);
    m_pushDone = std::move(done);
    m_inFlight.clear();
    m_sentThrough = 0;
    m_answeredThrough = 0;
    // With a window, the first push is small, so that the server is applying it while the larger
    // ones behind it travel and are read: the first of two pushes of 500 reached the server 16-21 ms
    // after the sync began, and the server had nothing to do until then (bench_sync_push).
    (void)pushTransport(); // made first, so that pushWindow() knows it
    m_nextBatchSize = pushWindow() > 1 ? std::min(kFirstPushEntries, m_batchSize) : m_batchSize;
    const quint64 session = m_pushSession;
    sendWhileRoom();
    if (session == m_pushSession && m_inFlight.empty())
        finishPushing(); // nothing to push
}

int SyncClient::pushWindow() const
{
    // Two over a transport of its own thread: the next batch travels, and the server reads it, while
    // the one before is applied. One where an answer comes inside post(): nothing could overlap.
    return m_pushTransport ? 2 : 1;
}

void SyncClient::sendWhileRoom()
{
    const quint64 session = m_pushSession;
    (void)pushTransport(); // made first, so that pushWindow() knows it
    const qint64 sentBefore = m_sentThrough;
    while (session == m_pushSession && m_inFlight.size() < size_t(pushWindow())) {
        auto prepared = preparePush(m_sentThrough, m_nextBatchSize);
        if (!prepared) {
            m_pushOutcome->status = prepared.error();
            stopPushing();
            return;
        }
        if (!*prepared)
            break;
        auto flight = std::make_shared<PushInFlight>();
        flight->push = std::move(**prepared);
        flight->sentBehindAnother = !m_inFlight.empty();
        send(std::move(flight));
        m_nextBatchSize = std::min(m_batchSize, m_nextBatchSize * 4); // 100, 400, then full batches
    }
    if (!m_pushTransport || session != m_pushSession || m_sentThrough == sentBefore)
        return;
    // While the pushes are on their way (from a thread of their own: ThreadedTransport), their
    // entries are marked sent; after they have all left, since this commit can take longer than
    // reading a batch. An answer comes through this thread's event loop, so not before this is done.
    if (Status s = m_store.outbox().markSentThrough(m_sentThrough); !s) {
        m_pushOutcome->status = s;
        stopPushing();
    }
}

void SyncClient::send(std::shared_ptr<PushInFlight> flight)
{
    const qint64 last = flight->push.last;
    m_sentThrough = std::max(m_sentThrough, last);
    m_inFlight.push_back(flight);
    if (!m_pushTransport) {
        // This transport answers inside post(): the entries are marked sent before they are answered.
        if (Status s = m_store.outbox().markSentThrough(last); !s) {
            m_pushOutcome->status = s;
            stopPushing();
            return;
        }
    }
    transmit(std::move(flight));
}

void SyncClient::transmit(std::shared_ptr<PushInFlight> flight)
{
    const quint64 session = m_pushSession;
    pushTransport().post(QStringLiteral("/v1/push"), flight->push.body, m_token,
                         [this, session, flight](const TransportReply &reply) {
                             if (session != m_pushSession)
                                 return; // a push of a sync that has ended
                             flight->reply = reply;
                             takeAnswers();
                         });
}

void SyncClient::takeAnswers()
{
    const quint64 session = m_pushSession;
    SyncOutcome &outcome = *m_pushOutcome;
    while (!m_inFlight.empty() && m_inFlight.front()->reply) {
        const std::shared_ptr<PushInFlight> flight = m_inFlight.front();
        const TransportReply reply = *std::exchange(flight->reply, std::nullopt);
        const PreparedPush &push = flight->push;
        if (reply.status == 409 && flight->sentBehindAnother) {
            // It reached the server before the push ahead of it, now answered: it goes again.
            const Error refused = ProtocolCodec::decodeError(reply.body, reply.status);
            if (refused.code == QLatin1String("out_of_order") && refused.field == QLatin1String("from")) {
                flight->sentBehindAnother = false;
                transmit(flight);
                break;
            }
        }
        if (reply.status != 200) {
            recordFailure(outcome, reply, push.from, push.sent);
            stopPushing();
            return;
        }
        auto result = ProtocolCodec::decodePushResult(reply.body);
        if (!result) {
            outcome.status = result.error();
            stopPushing();
            return;
        }
        outcome.pushed += result->applied + result->duplicates + result->conflicts;
        outcome.conflicts += result->conflicts;
        if (result->acknowledgedThrough < push.last) {
            // Only what the server says it holds leaves the outbox.
            if (Status s = acknowledge(m_pushOutcome, result->acknowledgedThrough); !s) {
                outcome.status = s;
            } else {
                outcome.status = Error(QStringLiteral("server"), QStringLiteral("acknowledged less than was sent"));
                outcome.transient = true;
            }
            stopPushing();
            return;
        }
        m_answeredThrough = push.last;
        m_inFlight.pop_front();
    }
    if (!m_pushTransport && m_answeredThrough > 0) {
        // A transport that answers inside post(): nothing will be on its way to overlap with.
        if (Status s = acknowledge(m_pushOutcome, std::exchange(m_answeredThrough, 0)); !s) {
            outcome.status = s;
            stopPushing();
            return;
        }
    }
    // The window refills before the answered entries leave the outbox, so that the next batch is
    // on its way while that commit is made.
    sendWhileRoom();
    if (session != m_pushSession)
        return;
    if (m_inFlight.empty()) {
        finishPushing();
        return;
    }
    if (m_answeredThrough > 0) {
        if (Status s = acknowledge(m_pushOutcome, std::exchange(m_answeredThrough, 0)); !s) {
            outcome.status = s;
            stopPushing();
        }
    }
}

void SyncClient::stopPushing()
{
    ++m_pushSession; // answers still on their way are not waited for
    m_inFlight.clear();
    // What was answered before the failure leaves the outbox; should that fail too, the server
    // answers it again next time, as duplicates.
    if (m_answeredThrough > 0)
        (void)m_store.outbox().acknowledgeThrough(std::exchange(m_answeredThrough, 0));
    const std::shared_ptr<SyncOutcome> outcome = std::move(m_pushOutcome);
    const Done done = std::exchange(m_pushDone, {});
    done(*outcome);
}

void SyncClient::finishPushing()
{
    if (m_answeredThrough > 0) {
        if (Status s = acknowledge(m_pushOutcome, std::exchange(m_answeredThrough, 0)); !s) {
            m_pushOutcome->status = s;
            stopPushing();
            return;
        }
    }
    ++m_pushSession;
    const std::shared_ptr<SyncOutcome> outcome = std::move(m_pushOutcome);
    pullNext(outcome, std::exchange(m_pushDone, {}));
}

SyncTransport &SyncClient::pushTransport()
{
    if (!m_pushTransport) {
        if (auto factory = m_transport.threadFactory())
            m_pushTransport = std::make_unique<ThreadedTransport>(std::move(factory));
    }
    return m_pushTransport ? *m_pushTransport : m_transport;
}

void SyncClient::pullNext(std::shared_ptr<SyncOutcome> outcome, Done done)
{
    if (!m_resyncing && m_store.records().isResyncing()) {
        // A resync that a crash cut short starts again from 0: the records seen are not kept on disk.
        m_resyncing = true;
        m_resyncAfter = 0;
        m_seen.clear();
    }
    const qint64 after = m_resyncing ? m_resyncAfter : m_store.records().pullCursor();
    if (after == 0 && !m_indexesDeferred) {
        // A first sync into an empty store builds the record tables' indexes once, when the pull
        // ends however it ends (DeferredIndexes).
        auto deferred = DeferredIndexes::deferIfEmpty(m_store.database());
        if (!deferred) {
            outcome->status = deferred.error();
            done(*outcome);
            return;
        }
        if (*deferred) {
            m_indexesDeferred = true;
            done = [this, done = std::move(done)](const SyncOutcome &ended) {
                m_indexesDeferred = false;
                SyncOutcome result = ended;
                if (Status s = DeferredIndexes::restore(m_store.database()); !s && result.status)
                    result.status = s;
                done(result);
            };
        }
    }
    PullRequest request{Migrations::latestVersion(),  m_store.deviceId(), after, m_pageSize, m_resyncing,
                        m_received && m_toReceive < 0};
    auto shared = std::make_shared<Done>(std::move(done));
    if (!m_prefetcher) {
        if (SyncTransport::Factory factory = m_transport.threadFactory())
            m_prefetcher = std::make_unique<PullPrefetcher>(std::move(factory));
    }
    if (m_prefetcher) {
        m_prefetcher->start(request, m_token, [this, outcome, shared](PullPrefetcher::Fetched fetched) {
            handlePage(outcome, shared, std::move(fetched));
        });
        return;
    }
    m_transport.post(QStringLiteral("/v1/pull"), ProtocolCodec::encodePull(request), m_token,
                     [this, outcome, shared](const TransportReply &reply) {
                         PullPrefetcher::Fetched fetched{reply};
                         if (reply.status == 200)
                             fetched.page = ProtocolCodec::decodePullPage(reply.body);
                         handlePage(outcome, shared, std::move(fetched));
                     });
}

void SyncClient::handlePage(std::shared_ptr<SyncOutcome> outcome, std::shared_ptr<Done> done,
                            PullPrefetcher::Fetched fetched)
{
    const TransportReply &reply = fetched.reply;
    auto finish = [&] {
        if (m_prefetcher)
            m_prefetcher->stop();
        (*done)(*outcome);
    };
    if (reply.status == 410 && !m_resyncing
        && ProtocolCodec::decodeError(reply.body, reply.status).code == QLatin1String("resync_required")) {
        // Everything this device owed was pushed above; now it starts again from 0.
        if (Status s = m_store.records().beginResync(); !s) {
            outcome->status = s;
            finish();
            return;
        }
        pullNext(outcome, std::move(*done));
        return;
    }
    if (reply.status != 200) {
        m_resyncing = false;
        if (m_prefetcher)
            m_prefetcher->stop();
        fail(outcome, reply, std::move(*done));
        return;
    }
    if (!fetched.page) {
        outcome->status = fetched.page.error();
        finish();
        return;
    }
    const PullPage &page = *fetched.page;
    if (Status s = m_store.records().applyPulled(page.records, page.next); !s) {
        outcome->status = s;
        finish();
        return;
    }
    outcome->pulled += int(page.records.size());
    if (m_received) {
        if (page.remaining >= 0)
            m_toReceive = outcome->pulled + page.remaining;
        // A peer evaluator's page may hold projections the count did not; a
        // total of 0 says it is not known.
        if (m_toReceive >= 0)
            m_toReceive = std::max<qint64>(m_toReceive, outcome->pulled);
        m_received(outcome->pulled, int(std::max<qint64>(m_toReceive, 0)));
    }
    if (m_resyncing) {
        for (const PulledRecord &r : page.records)
            m_seen.insert(r.schema->entity + u'/' + r.id);
        m_resyncAfter = page.next;
    }
    if (page.more) {
        if (m_prefetcher)
            m_prefetcher->consumed(std::move(fetched)); // the next page is on its way already
        else
            pullNext(outcome, std::move(*done));
        return;
    }
    if (m_resyncing) {
        m_resyncing = false;
        if (Status s = m_store.records().finishResync(m_seen, page.next); !s)
            outcome->status = s;
        m_seen.clear();
    }
    finish();
}

} // namespace doorstep
