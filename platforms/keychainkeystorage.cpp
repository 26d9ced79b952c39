#include "keychainkeystorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <functional>

#include <qt6keychain/keychain.h>

namespace doorstep {

namespace {

// Runs one job to completion or until the timeout, whichever comes first. The job deletes itself
// when it finishes; one that never finishes is left to the keyring library, which owns its queue.
// Returns false on timeout.
bool runJob(QKeychain::Job *job, std::chrono::milliseconds timeout,
            const std::function<void(QKeychain::Job *)> &onFinished)
{
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to a plain-text settings file: the file fallback is ours.
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    // The loop is the context: once this function returns, a late answer reaches nothing.
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        onFinished(done);
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

} // namespace

KeychainKeyStorage::KeychainKeyStorage(QString service, QString entry, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_entry(std::move(entry)), m_timeout(timeout)
{
}

bool KeychainKeyStorage::sessionBusConfigured()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    // libdbus also finds the bus at $XDG_RUNTIME_DIR/bus when the variable is unset.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
#else
    return true;
#endif
}

KeychainKeyStorage::Outcome KeychainKeyStorage::runRead()
{
    Outcome outcome;
    if (!QCoreApplication::instance()) {
        outcome.kind = Outcome::Kind::Failed;
        outcome.reason = QStringLiteral("no application event loop to ask the keyring from");
        return outcome;
    }
    if (!sessionBusConfigured()) {
        outcome.kind = Outcome::Kind::Failed;
        outcome.reason = QStringLiteral("no session bus to reach a keyring");
        return outcome;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(m_entry);
    const bool finished = runJob(job, m_timeout, [&outcome](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        switch (read->error()) {
        case QKeychain::NoError:
            outcome.kind = Outcome::Kind::Found;
            outcome.data = read->binaryData();
            break;
        case QKeychain::EntryNotFound:
            outcome.kind = Outcome::Kind::NotFound;
            break;
        default:
            outcome.kind = Outcome::Kind::Failed;
            outcome.reason = read->errorString();
            break;
        }
    });
    if (!finished) {
        outcome.kind = Outcome::Kind::TimedOut;
        outcome.reason = QStringLiteral("the keyring did not answer in time");
    }
    return outcome;
}

KeychainKeyStorage::Presence KeychainKeyStorage::presence()
{
    switch (runRead().kind) {
    case Outcome::Kind::Found:
        return Presence::Holds;
    case Outcome::Kind::NotFound:
        return Presence::Empty;
    case Outcome::Kind::Failed:
    case Outcome::Kind::TimedOut:
        break;
    }
    return Presence::Unavailable;
}

bool KeychainKeyStorage::exists()
{
    return runRead().kind == Outcome::Kind::Found;
}

Result<QByteArray> KeychainKeyStorage::read()
{
    Outcome outcome = runRead();
    switch (outcome.kind) {
    case Outcome::Kind::Found:
        return outcome.data;
    case Outcome::Kind::NotFound:
        return Error{QStringLiteral("keyring"), QStringLiteral("holds no key for this store")};
    case Outcome::Kind::Failed:
    case Outcome::Kind::TimedOut:
        break;
    }
    return Error{QStringLiteral("keyring"), QStringLiteral("cannot be read: ") + outcome.reason};
}

Status KeychainKeyStorage::write(const QByteArray &wrappedKey)
{
    if (!QCoreApplication::instance() || !sessionBusConfigured())
        return Error{QStringLiteral("keyring"), QStringLiteral("cannot be written: no keyring to reach")};
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(m_entry);
    job->setBinaryData(wrappedKey);
    QString failure;
    const bool finished = runJob(job, m_timeout, [&failure](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            failure = done->errorString().isEmpty() ? QStringLiteral("unknown keyring error") : done->errorString();
    });
    if (!finished)
        return Error{QStringLiteral("keyring"),
                     QStringLiteral("cannot be written: the keyring did not answer in time")};
    if (!failure.isEmpty())
        return Error{QStringLiteral("keyring"), QStringLiteral("cannot be written: ") + failure};
    return ok();
}

} // namespace doorstep
