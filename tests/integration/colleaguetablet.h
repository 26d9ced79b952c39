#pragma once

// A second tablet (a colleague's), with no Session and no screens: its own store, enrolled on the
// server through the sync client and synced once, so a test can read what reached it.
#include "httptransport.h"
#include "keyvault.h"
#include "store.h"
#include "syncclient.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace doorstep::test {

class ColleagueTablet
{
public:
    // Enrols as userName and pulls everything it may see; false, with error(), when either fails.
    bool enrolAndSync(const QUrl &server, const QString &userName, const QString &password, const QString &deviceName)
    {
        constexpr int kWaitMs = 60000;
        Store::Options options;
        options.directory = m_dir.path();
        options.cost = KeyVault::testCost();
        auto opened = Store::open(options);
        if (!opened)
            return fail(opened.error().message());
        m_store = std::move(opened).value();
        if (Status created = m_store->createKey(QStringLiteral("246802")); !created)
            return fail(created.error().message());
        HttpTransport transport(server, 20000);
        SyncClient client(*m_store, transport);
        std::optional<Result<Enrolment>> enrolled;
        client.enrol(userName, password, deviceName, [&](Result<Enrolment> r) { enrolled = std::move(r); });
        if (!QTest::qWaitFor([&] { return enrolled.has_value(); }, kWaitMs))
            return fail(QStringLiteral("enrolment had no answer"));
        if (!*enrolled)
            return fail(enrolled->error().message());
        std::optional<SyncOutcome> outcome;
        client.sync([&](const SyncOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, kWaitMs))
            return fail(QStringLiteral("the sync had no answer"));
        if (!outcome->status)
            return fail(outcome->status.error().message());
        return true;
    }

    Store &store() { return *m_store; }
    QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_error;
};

} // namespace doorstep::test
