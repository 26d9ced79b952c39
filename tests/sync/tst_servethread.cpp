// The server's worker threads (ServeThread): each has its own database connection and serves
// connections from the socket the process's first frontend listens on. A real SQLite file, a real
// listening socket on loopback and real HTTP requests throughout.
#include "httpfrontend.h"
#include "serverconfig.h"
#include "serverdatabase.h"
#include "servethread.h"
#include "syncservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {

// A health request on a connection of its own, waited for with blocking calls: the calling thread
// runs no event loop meanwhile, so a frontend on this thread cannot be the one that answers.
QJsonObject blockingHealth(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return {};
    socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    if (!socket.waitForBytesWritten(10000))
        return {};
    // Read up to the end of the body its Content-Length announces.
    QByteArray response;
    qsizetype end = -1;
    while (end < 0 || response.size() < end) {
        if (!socket.waitForReadyRead(10000))
            return {};
        response += socket.readAll();
        const qsizetype headersEnd = response.indexOf("\r\n\r\n");
        const qsizetype length = response.toLower().indexOf("content-length:");
        if (headersEnd >= 0 && length >= 0 && length < headersEnd)
            end = headersEnd + 4
                + response.mid(length + 15, response.indexOf("\r\n", length) - length - 15).trimmed().toLongLong();
    }
    if (!response.startsWith("HTTP/1.1 200"))
        return {};
    return QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

class TestServeThread : public QObject
{
    Q_OBJECT

private slots:
    void aWorkerServesTheSharedSocketWhileTheFirstIsBusy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServerConfig config;
        config.database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
        auto db = ServerDatabase::open(config.database);
        QVERIFY(db);
        SyncService service(**db, {});
        HttpFrontend first(service);
        const quint16 port = first.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        ServeThread worker(config, {}, first.duplicateListeningSocket());
        QVERIFY(worker.startListening());
        // This thread stays inside blocking calls throughout, so every answer comes from the worker.
        for (int i = 0; i < 3; ++i) {
            const QJsonObject health = blockingHealth(port);
            QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(health.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite"));
        }

        // Without the worker, the same socket is served by the first frontend alone: a request made
        // with blocking calls now goes unanswered, since this thread's event loop does not run.
        worker.quit();
        QVERIFY(worker.wait(10000));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(10000));
        QVERIFY(!socket.waitForReadyRead(300));
        // Once it runs, the first frontend answers.
        QVERIFY(QTest::qWaitFor([&] { return socket.bytesAvailable() > 0; }, 10000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
    }

    void aWorkerThatCannotServeSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServerConfig config;
        config.database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
        ServeThread noSocket(config, {}, -1);
        const Status s = noSocket.startListening();
        QVERIFY(!s);
        QCOMPARE(s.error().field, QStringLiteral("workers"));
        QVERIFY2(s.error().message().contains(QLatin1String("socket")), qPrintable(s.error().message()));

        ServerConfig nowhere;
        nowhere.database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("no/such/directory/server.sqlite"));
        ServeThread noDatabase(nowhere, {}, -1);
        const Status d = noDatabase.startListening();
        QVERIFY(!d);
        QCOMPARE(d.error().field, QStringLiteral("workers"));
    }
};

QTEST_GUILESS_MAIN(TestServeThread)
#include "tst_servethread.moc"
