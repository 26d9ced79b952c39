#pragma once

#include "benchsyncoutput.h"
#include "benchsynctransport.h"
#include "keyvault.h"
#include "migrations.h"
#include "outbox.h"
#include "protocolcodec.h"
#include "store.h"
#include "syncclient.h"

#include <memory>

namespace doorstep::benchsync {

// One tablet: a real store in its own directory and the real SyncClient, talking to the server
// through a MeteredTransport over whichever transport it is connected to. The device token lives
// in the store, so a device enrolled in process can later sync over HTTP with the same identity.
class BenchDevice
{
public:
    static constexpr int kTimeoutMs = 600000;

    // durable=false (synchronous=OFF) only for devices that prepare data; a measured device is
    // durable, as on a tablet.
    BenchDevice(const QString &directory, bool durable)
    {
        Store::Options o;
        o.directory = directory;
        o.cost = KeyVault::testCost(); // the PIN's cost is paid once at unlock, never during sync
        o.durable = durable;
        auto store = Store::open(o);
        if (!store)
            die(QStringLiteral("store"), store.error());
        m_store = std::move(store).value();
        check(m_store->createKey(QStringLiteral("246810")), QStringLiteral("store key"));
    }

    Store &store() { return *m_store; }
    MeteredTransport &meter() { return *m_meter; }
    SyncClient &client() { return *m_client; }
    QByteArray token() const { return m_token; }
    const Enrolment &enrolment() const { return m_enrolment; }

    void connect(SyncTransport &transport, int pushBatchSize = 0)
    {
        m_client.reset();
        m_meter = std::make_unique<MeteredTransport>(transport);
        m_client = std::make_unique<SyncClient>(*m_store, *m_meter);
        if (pushBatchSize > 0)
            m_client->setPushBatchSize(pushBatchSize);
    }

    void enrol(const QString &userName, const QString &password)
    {
        bool finished = false;
        Status status = ok();
        m_client->enrol(userName, password, QStringLiteral("bench tablet"), [&](Result<Enrolment> r) {
            if (r)
                m_enrolment = *r;
            else
                status = r.error();
            finished = true;
        });
        if (!runUntil(finished, kTimeoutMs))
            die(QStringLiteral("enrol"), QStringLiteral("no answer"));
        check(status, QStringLiteral("enrol ") + userName);
        m_token = m_meter->token();
    }

    // One whole sync cycle (push everything, then pull everything); gives up on any error.
    SyncOutcome sync(SyncClient::Progress progress = {})
    {
        bool finished = false;
        SyncOutcome outcome;
        m_client->sync(
            [&](const SyncOutcome &o) {
                outcome = o;
                finished = true;
            },
            std::move(progress));
        if (!runUntil(finished, kTimeoutMs))
            die(QStringLiteral("sync"), QStringLiteral("did not finish in time"));
        check(outcome.status, QStringLiteral("sync"));
        return outcome;
    }

    // Pushes the whole outbox the way SyncClient does (same bodies, same acknowledgement), without
    // pulling back what was pushed: for the devices that fill a server before a measurement.
    void pushOnly(int batchSize = 500)
    {
        while (true) {
            auto entries = m_store->outbox().pending(batchSize);
            if (!entries)
                die(QStringLiteral("outbox"), entries.error());
            if (entries->empty())
                return;
            const QByteArray body
                = ProtocolCodec::encodePush(Migrations::latestVersion(), m_store->deviceId(), *entries);
            bool finished = false;
            TransportReply answer;
            m_meter->post(QStringLiteral("/v1/push"), body, m_token, [&](const TransportReply &reply) {
                answer = reply;
                finished = true;
            });
            if (!runUntil(finished, kTimeoutMs) || answer.status != 200)
                die(QStringLiteral("push"),
                    QStringLiteral("HTTP %1: %2").arg(answer.status).arg(QString::fromUtf8(answer.body.left(300))));
            auto result = ProtocolCodec::decodePushResult(answer.body);
            if (!result || result->acknowledgedThrough != entries->back().counter)
                die(QStringLiteral("push"), QStringLiteral("the server did not acknowledge the whole batch"));
            check(m_store->outbox().acknowledgeThrough(result->acknowledgedThrough), QStringLiteral("acknowledge"));
        }
    }

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MeteredTransport> m_meter;
    std::unique_ptr<SyncClient> m_client;
    QByteArray m_token;
    Enrolment m_enrolment;
};

} // namespace doorstep::benchsync
