#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

// The real doorstep-server executable, started and killed like a deployment would see it.
class ServerProcess
{
public:
    ServerProcess(QString executable, QString database)
        : m_executable(std::move(executable)), m_database(std::move(database))
    {
    }
    ~ServerProcess() { kill(); }

    // Runs an admin command to completion; returns its first line of output, or an empty string.
    QString admin(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(m_executable, args + QStringList{QStringLiteral("--database"), m_database});
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << "admin command failed:" << args << p.readAllStandardError();
            return {};
        }
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n').first();
    }

    // Starts serving on a free loopback port (the same one again after a restart).
    bool start()
    {
        if (m_port == 0) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(m_executable,
                         {QStringLiteral("serve"), QStringLiteral("--database"), m_database, QStringLiteral("--port"),
                          QString::number(m_port), QStringLiteral("--password-cost"), QStringLiteral("minimum")});
        if (!m_process->waitForStarted(10000))
            return false;
        // The server says where it listens once it does; wait for that line, not for a guessed time.
        QByteArray out;
        while (!out.contains("listening on")) {
            if (!m_process->waitForReadyRead(20000))
                return false;
            out += m_process->readAllStandardOutput();
        }
        return true;
    }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill(); // SIGKILL: no chance to finish anything
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

private:
    QString m_executable;
    QString m_database;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};
