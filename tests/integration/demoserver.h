#pragma once

// The real doorstep-server with the demo neighbourhood loaded into its SQLite file by its own
// `load-demo`, as `./doorstep.sh run` does, for the tests that take the app's Session through it.
#include "demoneighbourhood.h"
#include "serverprocess.h"
#include "session.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace doorstep::test {

class DemoServer
{
public:
    // Every demo account's password; also written to the file load-demo reads it from.
    explicit DemoServer(QString password)
        : m_password(std::move(password)),
          m_process(QStringLiteral(DOORSTEP_SERVER_PATH),
                    QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")))
    {
    }

    // Runs load-demo (at the least password cost, for speed); its first line of output, or "" when it failed.
    QString loadDemo()
    {
        const QString passwordFile = m_dir.filePath(QStringLiteral("demo-password"));
        QFile file(passwordFile);
        if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly))
            return {};
        file.write(m_password.toUtf8() + "\n");
        file.close();
        return m_process.admin({QStringLiteral("load-demo"), QStringLiteral("--password-file"), passwordFile,
                                QStringLiteral("--password-cost"), QStringLiteral("minimum")});
    }

    // A tablet's Session that signs in to this server; requests give up after requestTimeoutMs.
    Session::Options appOptions(const QString &directory, int requestTimeoutMs) const
    {
        Session::Options options{directory, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
        options.server = m_process.url().toString();
        options.sync.useNetworkInformation = false;
        options.requestTimeoutMs = requestTimeoutMs;
        return options;
    }

    ServerProcess &process() { return m_process; }
    QUrl url() const { return m_process.url(); }
    QString password() const { return m_password; }
    // The team and its staff as load-demo makes them (the demo's default options).
    const DemoNeighbourhood::Roster &roster() const { return m_roster; }

private:
    QTemporaryDir m_dir;
    QString m_password;
    ServerProcess m_process;
    DemoNeighbourhood::Roster m_roster = DemoNeighbourhood::roster({});
};

} // namespace doorstep::test
