#pragma once

#include "benchsyncoutput.h"
#include "benchsyncwanpipe.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

#include <memory>
#include <vector>

namespace doorstep::benchsync {

// A slower network between a device and the server than loopback: a relay on a loopback port of
// its own that delays every piece each way by delayMs and carries at most mbit megabits a second,
// as a tablet's connection at base would, its connections sharing that rate. Relays on a thread of its own, so that the
// benchmark's work does not hold pieces back.
class WanLink
{
public:
    WanLink(quint16 serverPort, int delayMs, double mbit)
    {
        m_clock.start();
        m_thread.start();
        m_context = std::make_unique<QObject>();
        m_context->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_context.get(),
            [=, this] {
                auto *server = new QTcpServer(m_context.get());
                if (!server->listen(QHostAddress::LocalHost, 0))
                    return;
                m_port = server->serverPort();
                QObject::connect(server, &QTcpServer::newConnection, server, [=, this] {
                    while (QTcpSocket *device = server->nextPendingConnection()) {
                        auto *upstream = new QTcpSocket(m_context.get());
                        device->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                        upstream->connectToHost(QHostAddress::LocalHost, serverPort);
                        upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                        const double bytesPerSecond = mbit * 1e6 / 8;
                        m_pipes.push_back(std::make_unique<WanPipe>(device, upstream, delayMs, bytesPerSecond, m_clock,
                                                                    m_upFreeAtNs));
                        m_pipes.push_back(std::make_unique<WanPipe>(upstream, device, delayMs, bytesPerSecond, m_clock,
                                                                    m_downFreeAtNs));
                    }
                });
            },
            Qt::BlockingQueuedConnection);
        if (m_port == 0)
            die(QStringLiteral("network"), QStringLiteral("the slower link cannot listen on loopback"));
    }
    ~WanLink()
    {
        // Everything the link made belongs to its thread, and goes there.
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                m_pipes.clear();
                // Not deleted from inside its own call; the thread deletes it as it finishes.
                m_context.release()->deleteLater();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    WanLink(const WanLink &) = delete;
    WanLink &operator=(const WanLink &) = delete;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context;
    std::vector<std::unique_ptr<WanPipe>> m_pipes;
    quint16 m_port = 0;
    // The link's capacity each way is shared by its connections, as a real link's is.
    QElapsedTimer m_clock;
    qint64 m_upFreeAtNs = 0;
    qint64 m_downFreeAtNs = 0;
};

} // namespace doorstep::benchsync
