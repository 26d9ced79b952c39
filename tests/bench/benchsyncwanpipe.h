#pragma once

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace doorstep::benchsync {

// One direction of one connection over a WanLink: what `from` receives reaches `to` a fixed delay
// later, no faster than the link's rate, which every connection's pipe in that direction shares
// (freeAtNs: when the link is next free, on `clock`). Lives on the link's thread.
class WanPipe
{
public:
    WanPipe(QTcpSocket *from, QTcpSocket *to, int delayMs, double bytesPerSecond, const QElapsedTimer &clock,
            qint64 &freeAtNs)
        : m_from(from),
          m_to(to),
          m_delayNs(qint64(delayMs) * 1000000),
          m_bytesPerSecond(bytesPerSecond),
          m_clock(clock),
          m_freeAtNs(freeAtNs)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { deliver(); });
        QObject::connect(from, &QTcpSocket::readyRead, &m_timer, [this] { take(); });
        QObject::connect(from, &QTcpSocket::disconnected, &m_timer, [this] {
            take();
            m_closing = true;
            deliver();
        });
    }
    WanPipe(const WanPipe &) = delete;
    WanPipe &operator=(const WanPipe &) = delete;

private:
    void take()
    {
        const QByteArray data = m_from->readAll();
        if (data.isEmpty())
            return;
        const qint64 now = m_clock.nsecsElapsed();
        m_freeAtNs = std::max(m_freeAtNs, now) + qint64(double(data.size()) / m_bytesPerSecond * 1e9);
        m_queue.push_back({m_freeAtNs + m_delayNs, data});
        arm();
    }
    void deliver()
    {
        const qint64 now = m_clock.nsecsElapsed();
        while (!m_queue.empty() && m_queue.front().atNs <= now) {
            m_to->write(m_queue.front().data);
            m_queue.pop_front();
        }
        if (m_queue.empty() && m_closing)
            m_to->disconnectFromHost();
        arm();
    }
    void arm()
    {
        if (m_queue.empty() || m_timer.isActive())
            return;
        const qint64 waitNs = m_queue.front().atNs - m_clock.nsecsElapsed();
        m_timer.start(int(std::max<qint64>(0, (waitNs + 999999) / 1000000)));
    }

    struct Piece
    {
        qint64 atNs = 0;
        QByteArray data;
    };
    QTcpSocket *m_from;
    QTcpSocket *m_to;
    qint64 m_delayNs;
    double m_bytesPerSecond;
    const QElapsedTimer &m_clock;
    qint64 &m_freeAtNs;
    QTimer m_timer;
    std::deque<Piece> m_queue;
    bool m_closing = false;
};

} // namespace doorstep::benchsync
