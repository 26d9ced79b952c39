#include "demoenrolment.h"

#include "demosetup.h"
#include "devicesettings.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace doorstep {

namespace {

// Runs the event loop until done() holds, checked each time sender emits signal, or the deadline.
template<typename Sender, typename Signal>
bool waitUntil(Sender *sender, Signal signal, const std::function<bool()> &done, const QDeadlineTimer &deadline)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(std::max<qint64>(0, deadline.remainingTime()), &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace

Result<DemoEnrolment::Outcome> DemoEnrolment::prepare(Session::Options options, const QString &userName,
                                                      const QString &password, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    options.userName = userName;
    DeviceSettings settings(options.directory);
    Session session(options);
    switch (session.state()) {
    case Session::Unavailable:
        return Error(QString(), session.lastError());
    case Session::NeedsSignIn:
        // First start. Marked first: from here on the PIN is the demo PIN, even if enrolment fails.
        settings.setDemo(true);
        break;
    case Session::Locked:
        if (!settings.isDemo() || settings.isOfflineOnly())
            return Outcome::NotDemo;
        if (!settings.serverUrl().isEmpty()) {
            // The demo's server may listen on another free port this time; its database is the same.
            if (settings.serverUrl() != options.server)
                settings.setServerUrl(options.server);
            return Outcome::AlreadyEnrolled;
        }
        // An earlier run set the demo PIN but could not enrol (the server was not there): again.
        if (!session.unlock(DemoSetup::pin()))
            return Error(QStringLiteral("demo PIN"), session.lastError());
        break;
    default:
        return Error(QStringLiteral("demo"), QStringLiteral("the store is in an unexpected state"));
    }

    if (!session.signIn(options.server, userName, password))
        return Error(QStringLiteral("sign-in"), session.lastError());
    if (session.state() == Session::NeedsPin && !session.setUpPin(DemoSetup::pin(), DemoSetup::pin()))
        return Error(QStringLiteral("demo PIN"), session.lastError());
    if (!waitUntil(
            &session, &Session::stateChanged, [&] { return session.state() != Session::SigningIn; }, deadline))
        return Error(QStringLiteral("sign-in"), QStringLiteral("the server did not answer in time"));
    if (session.state() != Session::Unlocked) {
        const QString why = session.lastError();
        session.lock();
        return Error(QStringLiteral("sign-in"), why);
    }

    // The first sync: the caseload is on the tablet before anyone unlocks it. A failure that may pass
    // (the server busy) is retried by the engine; one that needs a person ends the wait.
    SyncEngine *engine = session.syncEngine();
    const auto finished = [engine] {
        return engine->lastSuccess().isValid() || engine->state() == SyncEngine::State::Refused
            || engine->state() == SyncEngine::State::NeedsSignIn;
    };
    const bool synced
        = engine && waitUntil(engine, &SyncEngine::syncFinished, finished, deadline) && engine->lastSuccess().isValid();
    const QString why = engine ? engine->lastError() : QString();
    session.lock();
    if (!synced)
        return Error(QStringLiteral("first sync"), why.isEmpty() ? QStringLiteral("did not finish in time") : why);
    return Outcome::Enrolled;
}

} // namespace doorstep
