#pragma once

#include "serverconfig.h"
#include "syncservice.h"

#include <QThread>

#include <future>

namespace doorstep {

// One more thread serving requests, with its own database connection, SyncService and HTTP
// frontend, accepting connections from the socket the process's first frontend listens on.
// To the database it is one more server instance, as a second process would be (on SQLite pushes
// apply one at a time; on PostgreSQL pushes touching other records apply side by side, see
// SyncService::beginBatch), except that it shares the process's clock (SyncService::Options::clock).
class ServeThread : public QThread
{
public:
    // Takes \a listeningSocket (HttpFrontend::duplicateListeningSocket()) as its own.
    ServeThread(ServerConfig config, SyncService::Options options, qintptr listeningSocket);
    // Stops the thread's event loop and waits for it.
    ~ServeThread() override;

    // Starts the thread and returns once it listens, or with the reason it cannot.
    Status startListening();

protected:
    void run() override;

private:
    const ServerConfig m_config;
    const SyncService::Options m_options;
    const qintptr m_listeningSocket;
    std::promise<QString> m_listening; // empty when listening, else why not
};

} // namespace doorstep
