#pragma once

// A small demo neighbourhood in a temporary directory, opened through a real Session (offline,
// unlocked with the demo PIN) as the first practitioner or as the peer evaluator: what the peer and
// postcard view models are tested on.
#include "demosetup.h"
#include "devicesettings.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "user.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace doorstep {

class PeerFixture
{
public:
    enum class As { Practitioner, PeerEvaluator };

    // Makes the demo store (once per fixture) and opens a session on it as the given user.
    bool open(As as)
    {
        if (!m_dir.isValid())
            return fail("no temporary directory");
        if (!m_prepared) {
            DemoNeighbourhood::Options small;
            small.seed = 4242;
            small.people = 40;
            small.visits = 240;
            small.postcards = 6;
            auto prepared = DemoSetup::prepareDirectory(m_dir.path(), KeyStorageFactory::Preference::FileOnly,
                                                        KeyVault::testCost(), small);
            if (!prepared)
                return fail(prepared.error().message());
            m_prepared = true;
        }
        session.reset();
        if (as == As::PeerEvaluator) {
            // Who the tablet is signed in as lives in the directory's settings, as after a sign-in.
            auto practitioner = makeSession();
            if (!practitioner)
                return false;
            auto users = Repository<User>(*practitioner->store()).list();
            if (!users)
                return fail(users.error().message());
            QString evaluatorId;
            for (const User &user : *users) {
                if (user.role == QLatin1String("peer-evaluator"))
                    evaluatorId = user.id;
            }
            if (evaluatorId.isEmpty())
                return fail(QStringLiteral("the demo has no peer evaluator"));
            practitioner.reset();
            DeviceSettings(m_dir.path()).setCurrentUserId(evaluatorId);
        }
        session = makeSession();
        return session != nullptr;
    }

    Store &store() { return *session->store(); }
    QString directory() const { return m_dir.path(); }
    QString error() const { return m_error; }

    std::unique_ptr<Session> session;

private:
    std::unique_ptr<Session> makeSession()
    {
        Session::Options options{m_dir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
        options.offline = true;
        auto made = std::make_unique<Session>(options);
        if (!made->unlock(DemoSetup::pin())) {
            fail(made->lastError());
            return nullptr;
        }
        return made;
    }
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    QTemporaryDir m_dir;
    bool m_prepared = false;
    QString m_error;
};

} // namespace doorstep
