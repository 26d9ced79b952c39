// The deployment the README describes: nginx (the real one, from Debian) with TLS in front of two
// doorstep-server processes on one database, configured from sync/server/deploy/nginx-doorstep.conf
// with only addresses, ports, paths and a test certificate substituted. Tablets sync through it; it
// refuses an oversized body and throttles sign-ins before they reach the server.
#include "canonicaldump.h"
#include "httptransport.h"
#include "keyvault.h"
#include "person.h"
#include "repository.h"
#include "serverprocess.h"
#include "store.h"
#include "syncclient.h"
#include "uuid.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace doorstep;

class TestNginx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    std::unique_ptr<QProcess> m_nginx;
    quint16 m_port = 0;
    QString m_teamId;
    QList<QSslCertificate> m_ca;

    QByteArray post(const QString &path, const QByteArray &body, int *status)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1%2").arg(m_port).arg(path)));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, body);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
            return {};
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        delete reply;
        return answer;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
        m_first = std::make_unique<ServerProcess>(QStringLiteral(DOORSTEP_SERVER_PATH), database);
        m_second = std::make_unique<ServerProcess>(QStringLiteral(DOORSTEP_SERVER_PATH), database);
        m_teamId
            = m_first->admin({QStringLiteral("create-team"), QStringLiteral("--name"), QStringLiteral("Demo Team")});
        QVERIFY(Uuid::isValid(m_teamId));
        QVERIFY(!m_first
                     ->admin({QStringLiteral("create-user"), QStringLiteral("--user"), QStringLiteral("kim.nurse"),
                              QStringLiteral("--display-name"), QStringLiteral("Demo Nurse"), QStringLiteral("--role"),
                              QStringLiteral("practitioner"), QStringLiteral("--team"), m_teamId},
                             "a long test password\n")
                     .isEmpty());
        QVERIFY(m_first->start());
        QVERIFY(m_second->start());

        // A certificate for localhost, trusted by the test's tablets only.
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
                                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert}),
                 0);
        m_ca = QSslCertificate::fromPath(cert);
        QCOMPARE(m_ca.size(), 1);

        // The committed configuration, with this machine's ports and paths.
        QFile deploy(QStringLiteral(DOORSTEP_NGINX_CONF));
        QVERIFY(deploy.open(QIODevice::ReadOnly));
        QString site = QString::fromUtf8(deploy.readAll());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        const auto replace = [&site](const QString &from, const QString &to) {
            QVERIFY2(site.contains(from), qPrintable(from));
            site.replace(from, to);
        };
        replace(QStringLiteral("listen 443 ssl http2;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port));
        replace(QStringLiteral("server 127.0.0.1:8471"), QStringLiteral("server ") + m_first->url().authority());
        replace(QStringLiteral("server 127.0.0.1:8472"), QStringLiteral("server ") + m_second->url().authority());
        replace(QStringLiteral("/etc/ssl/doorstep/fullchain.pem"), cert);
        replace(QStringLiteral("/etc/ssl/doorstep/privkey.pem"), key);
        replace(QStringLiteral("/var/log/nginx/doorstep.access.log"), m_dir.filePath(QStringLiteral("access.log")));
        QFile siteFile(m_dir.filePath(QStringLiteral("doorstep.conf")));
        QVERIFY(siteFile.open(QIODevice::WriteOnly));
        siteFile.write(site.toUtf8());
        siteFile.close();
        const QString temp = m_dir.path();
        QFile main(m_dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(main.open(QIODevice::WriteOnly));
        // One process (no workers), so that stopping it leaves nothing behind holding the test's output.
        main.write(
            QStringLiteral(
                "daemon off;\nmaster_process off;\npid %1/nginx.pid;\nerror_log %1/error.log;\nevents {}\nhttp {\n"
                "client_body_temp_path %1/body; proxy_temp_path %1/proxy;\n"
                "fastcgi_temp_path %1/fastcgi; uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
                "include %1/doorstep.conf;\n}\n")
                .arg(temp)
                .toUtf8());
        main.close();
        m_nginx = std::make_unique<QProcess>();
        m_nginx->setStandardOutputFile(m_dir.filePath(QStringLiteral("nginx.out")));
        m_nginx->setStandardErrorFile(m_dir.filePath(QStringLiteral("nginx.err")));
        m_nginx->start(QStringLiteral(DOORSTEP_NGINX),
                       {QStringLiteral("-p"), temp, QStringLiteral("-c"), main.fileName(), QStringLiteral("-e"),
                        m_dir.filePath(QStringLiteral("error.log"))});
        QVERIFY(m_nginx->waitForStarted());
        // Ready when it answers: the health route goes through to a server.
        int status = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                post(QStringLiteral("/v1/health"), {}, &status);
                return status != 0;
            },
            20000));
    }

    void cleanupTestCase()
    {
        if (m_nginx) {
            m_nginx->terminate();
            if (!m_nginx->waitForFinished(10000)) {
                m_nginx->kill();
                m_nginx->waitForFinished();
            }
        }
    }

    void tabletsSyncThroughTlsAndTwoInstances()
    {
        std::vector<std::unique_ptr<QTemporaryDir>> dirs;
        std::vector<std::unique_ptr<Store>> stores;
        std::vector<std::unique_ptr<HttpTransport>> transports;
        std::vector<std::unique_ptr<SyncClient>> clients;
        for (int i = 0; i < 2; ++i) {
            dirs.push_back(std::make_unique<QTemporaryDir>());
            Store::Options o;
            o.directory = dirs.back()->path();
            o.cost = KeyVault::testCost();
            auto store = Store::open(o);
            QVERIFY(store && (*store)->createKey(QStringLiteral("112233")));
            stores.push_back(std::move(store).value());
            transports.push_back(
                std::make_unique<HttpTransport>(QUrl(QStringLiteral("https://localhost:%1").arg(m_port)), 15000));
            transports.back()->addCaCertificates(m_ca);
            clients.push_back(std::make_unique<SyncClient>(*stores.back(), *transports.back()));
            bool finished = false, enrolled = false;
            clients.back()->enrol(QStringLiteral("kim.nurse"), QStringLiteral("a long test password"),
                                  QStringLiteral("tablet"), [&](Result<Enrolment> r) {
                                      enrolled = r.ok();
                                      finished = true;
                                  });
            QVERIFY(QTest::qWaitFor([&] { return finished; }, 30000));
            QVERIFY(enrolled);
        }
        for (int round = 0; round < 6; ++round) {
            Person p;
            p.name = QStringLiteral("Through Nginx %1").arg(round);
            p.dateOfBirth = QDate(1945, 6, 1);
            p.teamId = m_teamId;
            QVERIFY(Repository<Person>(*stores[size_t(round % 2)]).create(p).ok());
            for (auto &client : clients) {
                bool finished = false;
                SyncOutcome outcome;
                client->sync([&](const SyncOutcome &o) {
                    outcome = o;
                    finished = true;
                });
                QVERIFY(QTest::qWaitFor([&] { return finished; }, 30000));
                QVERIFY2(outcome.status.ok(),
                         qPrintable(outcome.status.ok() ? QString() : outcome.status.error().message()));
            }
        }
        bool finished = false;
        clients[0]->sync([&](const SyncOutcome &) { finished = true; });
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 30000));
        QCOMPARE(*CanonicalDump::of(*stores[0]), *CanonicalDump::of(*stores[1]));
        QCOMPARE(Repository<Person>(*stores[1]).list()->size(), 6);
    }

    void oversizedBodyStopsAtTheProxy()
    {
        int status = 0;
        post(QStringLiteral("/v1/push"), QByteArray(9 * 1024 * 1024, ' '), &status);
        QCOMPARE(status, 413);
    }

    void signInsAreThrottled()
    {
        const QByteArray body
            = R"({"protocol":1,"schemaVersion":2,"userName":"nobody.here","password":"wrong password",)"
              R"("deviceId":"01a20807-8883-77f7-86b5-a66c12693175","deviceName":"x"})";
        QList<int> statuses;
        for (int i = 0; i < 10; ++i) {
            int status = 0;
            post(QStringLiteral("/v1/enrol"), body, &status);
            statuses << status;
        }
        QVERIFY2(statuses.contains(401), "sign-ins never reached the server");
        QVERIFY2(statuses.contains(429), "the proxy did not throttle repeated sign-ins");
    }
};

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
