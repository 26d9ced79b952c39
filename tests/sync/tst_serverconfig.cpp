// The server's settings from a config file and from flags: every field checked, each error naming
// the field and the reason, and nothing taken from a file that has an error.
#include "serverconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {

Result<ServerConfig> fromText(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("server.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return Error(QStringLiteral("test"), QStringLiteral("cannot write the config file"));
    file.close();
    return ServerConfig::fromFile(path);
}

} // namespace

class TestServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void workersDefaultByDatabase()
    {
        ServerConfig config;
        QCOMPARE(config.workerCount(), 2);
        config.database = QStringLiteral("postgres:host=127.0.0.1 dbname=doorstep");
        QCOMPARE(config.workerCount(), 4);
        config.workers = 3;
        QCOMPARE(config.workerCount(), 3);
    }

    void aFileSetsEverySetting()
    {
        QTemporaryDir dir;
        auto config = fromText(dir, R"({"listen": "127.0.0.1", "port": 8471, "database": "sqlite:/tmp/s.sqlite",
                                        "passwordCost": "minimum", "workers": 3})");
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message()));
        QCOMPARE(config->port, quint16(8471));
        QCOMPARE(config->database, QStringLiteral("sqlite:/tmp/s.sqlite"));
        QCOMPARE(config->passwordCost, QStringLiteral("minimum"));
        QCOMPARE(config->workerCount(), 3);
    }

    void aBadFileNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("workers zero") << QByteArray(R"({"workers": 0})") << QStringLiteral("config.workers");
        QTest::newRow("workers too many") << QByteArray(R"({"workers": 65})") << QStringLiteral("config.workers");
        QTest::newRow("workers fraction") << QByteArray(R"({"workers": 2.5})") << QStringLiteral("config.workers");
        QTest::newRow("workers text") << QByteArray(R"({"workers": "4"})") << QStringLiteral("config.workers");
        QTest::newRow("port") << QByteArray(R"({"port": 70000})") << QStringLiteral("config.port");
        QTest::newRow("listen") << QByteArray(R"({"listen": "10.0.0.1"})") << QStringLiteral("config.listen");
        QTest::newRow("database") << QByteArray(R"({"database": "mysql:x"})") << QStringLiteral("config.database");
        QTest::newRow("unknown") << QByteArray(R"({"threads": 4})") << QStringLiteral("config.threads");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("config");
    }

    void aBadFileNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const auto config = fromText(dir, json);
        QVERIFY(!config);
        QCOMPARE(config.error().field, field);
    }

    void flagsOverrideAndAreChecked()
    {
        ServerConfig config;
        QStringList rest;
        QVERIFY(
            config.applyFlags({QStringLiteral("--workers"), QStringLiteral("6"), QStringLiteral("--other")}, &rest));
        QCOMPARE(config.workerCount(), 6);
        QCOMPARE(rest, QStringList{QStringLiteral("--other")});

        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("65"), QStringLiteral("many")}) {
            ServerConfig c;
            QStringList r;
            const Status s = c.applyFlags({QStringLiteral("--workers"), bad}, &r);
            QVERIFY2(!s, qPrintable(bad));
            QCOMPARE(s.error().field, QStringLiteral("--workers"));
            QCOMPARE(c.workers, 0); // unchanged
        }
        ServerConfig c;
        QStringList r;
        const Status missing = c.applyFlags({QStringLiteral("--workers")}, &r);
        QVERIFY(!missing);
        QCOMPARE(missing.error().field, QStringLiteral("--workers"));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
