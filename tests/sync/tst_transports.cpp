// How requests leave the device and how the server's sockets answer: ThreadedTransport (a push goes
// out from a thread of its own, its answer comes back to the device's thread) and LowDelayTcpServer
// (the server's connections neither hold back nor delay, and send what is written at once). Real
// sockets on loopback throughout; where a transport stands in for HTTP, it is to count threads,
// which HTTP would not show.
#include "httptransport.h"
#include "lowdelaytcpserver.h"
#include "threadedtransport.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <thread>

#ifdef Q_OS_UNIX
#include <poll.h>
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace doorstep;

namespace {

// Answers every request at once, from the thread it was made on, and says which thread that was.
class RecordingTransport : public SyncTransport
{
public:
    explicit RecordingTransport(std::atomic<QThread *> &madeOn, std::atomic<int> &answered) : m_answered(answered)
    {
        madeOn = QThread::currentThread();
    }
    void post(const QString &path, const QByteArray &body, const QByteArray &, Done done) override
    {
        done(TransportReply{200, path.toUtf8() + ' ' + body, {}, 0});
        ++m_answered;
    }

private:
    std::atomic<int> &m_answered;
};

// A bare HTTP/1.1 server on its own thread, with blocking sockets: it reads one request whole,
// notes that it has, and answers 200 with "{}".
class OneRequestServer
{
public:
    OneRequestServer()
    {
        std::promise<quint16> port;
        auto listening = port.get_future();
        m_thread = std::thread([this, port = std::move(port)]() mutable {
            QTcpServer server;
            port.set_value(server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0);
            if (!server.waitForNewConnection(20000))
                return;
            QTcpSocket *socket = server.nextPendingConnection();
            QByteArray received;
            qsizetype headerEnd = -1;
            qsizetype length = -1;
            while (socket->waitForReadyRead(20000)) {
                received += socket->readAll();
                if (headerEnd < 0 && (headerEnd = received.indexOf("\r\n\r\n")) >= 0) {
                    for (const QByteArray &line : received.left(headerEnd).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                }
                if (headerEnd >= 0 && length >= 0 && received.size() >= headerEnd + 4 + length) {
                    bodyBytes = length;
                    requestReceived = true;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                    socket->waitForBytesWritten(20000);
                    socket->waitForDisconnected(2000);
                    return;
                }
            }
        });
        m_port = listening.get();
    }
    ~OneRequestServer() { m_thread.join(); }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    std::atomic<bool> requestReceived = false;
    std::atomic<qint64> bodyBytes = 0;

private:
    std::thread m_thread;
    quint16 m_port = 0;
};

// Connects client to server on loopback; the server's side of the connection, or null.
QTcpSocket *connectTo(LowDelayTcpServer &server, QTcpSocket &client)
{
    if (!server.listen(QHostAddress::LocalHost, 0))
        return nullptr;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    if (!client.waitForConnected(20000) || !server.waitForNewConnection(20000))
        return nullptr;
    return server.nextPendingConnection();
}

} // namespace

class TestTransports : public QObject
{
    Q_OBJECT

private slots:
    void answersComeBackToTheDevicesThreadInOrder()
    {
        std::atomic<QThread *> madeOn = nullptr;
        std::atomic<int> answered = 0;
        ThreadedTransport transport(
            [&] { return std::unique_ptr<SyncTransport>(std::make_unique<RecordingTransport>(madeOn, answered)); });
        QList<QByteArray> answers;
        QList<QThread *> answeredOn;
        for (const char *body : {"first", "second", "third"}) {
            transport.post(QStringLiteral("/v1/push"), body, "token", [&](const TransportReply &reply) {
                answers << reply.body;
                answeredOn << QThread::currentThread();
            });
        }
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(answers, (QList<QByteArray>{"/v1/push first", "/v1/push second", "/v1/push third"}));
        QVERIFY(madeOn.load() != nullptr);
        QVERIFY(madeOn.load() != QThread::currentThread());
        for (QThread *thread : answeredOn)
            QCOMPARE(thread, QThread::currentThread());
    }

    void aRequestLeavesWhileTheDevicesThreadIsBusy()
    {
        // The device reads its next batch right after posting a push, without returning to its event
        // loop. QNetworkAccessManager feeds a body through the event loop of the thread that posted
        // it, so from the device's own thread nothing would leave until the read was done; from the
        // transport's thread, the whole body reaches the server meanwhile.
        OneRequestServer server;
        ThreadedTransport transport([url = server.url()] {
            return std::unique_ptr<SyncTransport>(std::make_unique<HttpTransport>(url, 20000));
        });
        const QByteArray body(4 * 1024 * 1024, 'x');
        std::optional<TransportReply> answer;
        transport.post(QStringLiteral("/v1/push"), body, "token", [&](const TransportReply &reply) { answer = reply; });
        QDeadlineTimer busy(20000);
        while (!server.requestReceived && !busy.hasExpired())
            QThread::yieldCurrentThread(); // busy, as a thread reading its store is: no events
        QVERIFY2(server.requestReceived, "the body did not leave while this thread was busy");
        QCOMPARE(server.bodyBytes.load(), body.size());
        QVERIFY(!answer); // the answer waits for this thread's event loop
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->body, QByteArray("{}"));
    }

    void noAnswerReachesATransportThatIsGone()
    {
        std::atomic<QThread *> madeOn = nullptr;
        std::atomic<int> answered = 0;
        bool called = false;
        auto transport = std::make_unique<ThreadedTransport>(
            [&] { return std::unique_ptr<SyncTransport>(std::make_unique<RecordingTransport>(madeOn, answered)); });
        transport->post(QStringLiteral("/v1/push"), "body", "token", [&](const TransportReply &) { called = true; });
        QDeadlineTimer deadline(20000);
        while (answered == 0 && !deadline.hasExpired())
            QThread::yieldCurrentThread();
        QCOMPARE(answered.load(), 1); // answered on its thread, the answer queued to this one
        transport.reset();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!called);
    }

    void aTransportMayBeDestroyedFromInsideAnAnswer()
    {
        // The app may lock, and drop its sync client, from inside the answer that ends a sync.
        std::atomic<QThread *> madeOn = nullptr;
        std::atomic<int> answered = 0;
        auto transport = std::make_unique<ThreadedTransport>(
            [&] { return std::unique_ptr<SyncTransport>(std::make_unique<RecordingTransport>(madeOn, answered)); });
        int calls = 0;
        for (int i = 0; i < 2; ++i) {
            transport->post(QStringLiteral("/v1/push"), "body", "token", [&](const TransportReply &) {
                ++calls;
                transport.reset();
            });
        }
        QTRY_VERIFY(!transport);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(calls, 1); // the second answer went with the transport
    }

    void theServersConnectionsSendWithoutDelay()
    {
        LowDelayTcpServer server;
        QTcpSocket client;
        QTcpSocket *accepted = connectTo(server, client);
        QVERIFY(accepted);
        QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
#ifdef Q_OS_LINUX
        int noDelay = 0;
        socklen_t size = sizeof noDelay;
        QCOMPARE(::getsockopt(int(accepted->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &noDelay, &size), 0);
        QCOMPARE(noDelay, 1);
#endif
        // And it still carries data both ways.
        client.write("ping");
        QVERIFY(client.waitForBytesWritten(20000));
        QByteArray ping;
        while (ping.size() < 4 && accepted->waitForReadyRead(20000))
            ping += accepted->readAll();
        QCOMPARE(ping, QByteArray("ping"));
        accepted->write("pong");
        QVERIFY(accepted->waitForBytesWritten(20000));
        QByteArray pong;
        while (pong.size() < 4 && client.waitForReadyRead(20000))
            pong += client.readAll();
        QCOMPARE(pong, QByteArray("pong"));
    }

    // A worker that answers one request and goes straight on to read and apply the next (a device's
    // second push, waiting on another connection) does not return to its event loop in between: the
    // answer must have left by then, not wait in the socket's buffer for the worker to be free.
    void anAnswerLeavesBeforeTheServersThreadIsFreeAgain()
    {
#ifdef Q_OS_UNIX
        LowDelayTcpServer server;
        QTcpSocket client;
        QTcpSocket *accepted = connectTo(server, client);
        QVERIFY(accepted);

        const QByteArray answer(64 * 1024, 'a');
        QCOMPARE(accepted->write(answer), qint64(answer.size()));
        // As the worker's next request starts (HttpFrontend).
        server.sendWritten();
        // No event loop runs from here on, on either side: the bytes are read straight from the
        // client's descriptor, as far as the kernel has them. (The poll's limit only bounds a failure.)
        QByteArray received;
        const int fd = int(client.socketDescriptor());
        const QDeadlineTimer limit(5000);
        while (received.size() < answer.size() && !limit.hasExpired()) {
            pollfd readable{fd, POLLIN, 0};
            if (::poll(&readable, 1, int(limit.remainingTime())) <= 0)
                break;
            char buffer[16 * 1024];
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (got <= 0)
                break;
            received.append(buffer, got);
        }
        QVERIFY2(
            received.size() == answer.size(),
            qPrintable(
                QStringLiteral("%1 of the answer's %2 bytes left the server").arg(received.size()).arg(answer.size())));
        QCOMPARE(received, answer);
#else
        QSKIP("reads the client's socket descriptor directly (POSIX)");
#endif
    }
};

QTEST_GUILESS_MAIN(TestTransports)
#include "tst_transports.moc"
