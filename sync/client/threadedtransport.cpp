#include "threadedtransport.h"

namespace doorstep {

ThreadedTransport::ThreadedTransport(Factory makeTransport)
    : m_makeTransport(makeTransport), m_thread(QStringLiteral("doorstep transport"), std::move(makeTransport))
{
}

void ThreadedTransport::post(const QString &path, const QByteArray &body, const QByteArray &token, Done done)
{
    m_thread.queue([toOwner = m_thread.toOwner(), path, body, token, done = std::move(done)](SyncTransport &transport) {
        transport.post(path, body, token,
                       [toOwner, done](const TransportReply &reply) { toOwner([done, reply] { done(reply); }); });
    });
}

} // namespace doorstep
