#pragma once

#include "synctransport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>

namespace doorstep::benchsync {

// Wraps the transport a SyncClient uses and measures what passes: the time from sending a request
// to its answer (the server's work, plus HTTP when the inner transport is HTTP), and the bytes of
// each body. It keeps the device token of an enrolment, so a benchmark can speak for that device
// without the client.
class MeteredTransport : public SyncTransport
{
public:
    explicit MeteredTransport(SyncTransport &inner) : m_inner(inner), m_counts(this) { }
    // Made on a pull prefetcher's thread: counts into the transport it was made from.
    MeteredTransport(std::unique_ptr<SyncTransport> inner, MeteredTransport *counts)
        : m_inner(*inner), m_owned(std::move(inner)), m_counts(counts)
    {
    }

    Factory threadFactory() const override
    {
        Factory inner = m_inner.threadFactory();
        if (!inner)
            return {};
        return [inner, counts = m_counts] { return std::make_unique<MeteredTransport>(inner(), counts); };
    }

    using Observer = std::function<void(const QString &path, const QByteArray &request, const TransportReply &reply)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // Prints each request to stderr: its path, body sizes, the wait for the answer, and the device's
    // own time between the previous answer and this request.
    void setTrace(bool trace) { m_trace = trace; }

    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override
    {
        QElapsedTimer timer;
        timer.start();
        MeteredTransport &c = *m_counts;
        double deviceMs = 0;
        {
            const std::lock_guard lock(c.m_mutex);
            deviceMs = c.m_sinceReply.isValid() ? double(c.m_sinceReply.nsecsElapsed()) / 1e6 : 0;
            ++c.m_requests;
            c.m_requestBytes += body.size();
        }
        m_inner.post(
            path, body, token, [&c, timer, path, body, deviceMs, done = std::move(done)](const TransportReply &reply) {
                {
                    // Taken before the client sees the answer: what follows is the device's work.
                    const std::lock_guard lock(c.m_mutex);
                    c.m_waitNs += timer.nsecsElapsed();
                    if (c.m_trace)
                        std::fprintf(stderr,
                                     "%s: sent %lld B, answer %d with %lld B after %.1f ms; device %.1f ms before\n",
                                     qPrintable(path), qint64(body.size()), reply.status, qint64(reply.body.size()),
                                     double(timer.nsecsElapsed()) / 1e6, deviceMs);
                    c.m_sinceReply.start();
                    c.m_replyBytes += reply.body.size();
                    if (path == QLatin1String("/v1/enrol") && reply.status == 200)
                        c.m_token = QJsonDocument::fromJson(reply.body)
                                        .object()
                                        .value(QStringLiteral("deviceToken"))
                                        .toString()
                                        .toLatin1();
                }
                if (c.m_observer)
                    c.m_observer(path, body, reply);
                done(reply);
            });
    }

    void resetCounts()
    {
        const std::lock_guard lock(m_mutex);
        m_waitNs = 0;
        m_requests = 0;
        m_requestBytes = 0;
        m_replyBytes = 0;
        m_sinceReply.start(); // the device's time before the next request counts from here
    }

    qint64 waitNs() const
    {
        const std::lock_guard lock(m_mutex);
        return m_waitNs;
    }
    qint64 requests() const
    {
        const std::lock_guard lock(m_mutex);
        return m_requests;
    }
    qint64 requestBytes() const
    {
        const std::lock_guard lock(m_mutex);
        return m_requestBytes;
    }
    qint64 replyBytes() const
    {
        const std::lock_guard lock(m_mutex);
        return m_replyBytes;
    }
    QByteArray token() const { return m_token; }

private:
    SyncTransport &m_inner;
    std::unique_ptr<SyncTransport> m_owned;
    MeteredTransport *m_counts; // this, or the transport this one was made from
    mutable std::mutex m_mutex;
    Observer m_observer;
    qint64 m_waitNs = 0;
    qint64 m_requests = 0;
    qint64 m_requestBytes = 0;
    qint64 m_replyBytes = 0;
    QByteArray m_token;
    bool m_trace = false;
    QElapsedTimer m_sinceReply;
};

} // namespace doorstep::benchsync
