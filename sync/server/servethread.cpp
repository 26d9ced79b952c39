#include "servethread.h"

#include "httpfrontend.h"
#include "serverdatabase.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace doorstep {

ServeThread::ServeThread(ServerConfig config, SyncService::Options options, qintptr listeningSocket)
    : m_config(std::move(config)), m_options(std::move(options)), m_listeningSocket(listeningSocket)
{
}

ServeThread::~ServeThread()
{
    quit();
    wait();
}

Status ServeThread::startListening()
{
    std::future<QString> listening = m_listening.get_future();
    start();
    const QString why = listening.get();
    if (!why.isEmpty())
        return Error(QStringLiteral("workers"), why);
    return ok();
}

void ServeThread::run()
{
    // Everything is made, used and destroyed on this thread: a database connection belongs to the
    // thread that opened it, and a socket to the thread of its server.
    const auto notServing = [this](const QString &why) {
#ifdef Q_OS_UNIX
        if (m_listeningSocket >= 0)
            ::close(int(m_listeningSocket));
#endif
        m_listening.set_value(why);
    };
    auto db = ServerDatabase::open(m_config.database);
    if (!db)
        return notServing(db.error().message());
    SyncService service(**db, m_options);
    HttpFrontend frontend(service);
    if (m_listeningSocket < 0 || !frontend.serve(m_listeningSocket))
        return notServing(QStringLiteral("a worker thread cannot accept connections on the server's socket"));
    m_listening.set_value(QString());
    exec();
}

} // namespace doorstep
