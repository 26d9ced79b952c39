#pragma once

#include "benchsyncoutput.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QUrl>

#include <memory>

#include <signal.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace doorstep::benchsync {

// The real doorstep-server executable serving on a free loopback port, as a deployment runs it
// (tests/integration/serverprocess.h does the same for the tests). Stopped when this goes away.
class BenchServer
{
public:
    explicit BenchServer(QString database) : m_database(std::move(database)) { }
    ~BenchServer() { stop(); }
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    void start()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            die(QStringLiteral("server"), QStringLiteral("no free loopback port"));
        m_port = probe.serverPort();
        probe.close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList command{QStringLiteral(DOORSTEP_SERVER_PATH),
                            QStringLiteral("serve"),
                            QStringLiteral("--database"),
                            m_database,
                            QStringLiteral("--port"),
                            QString::number(m_port),
                            QStringLiteral("--password-cost"),
                            QStringLiteral("minimum")};
        // For profiling the server where it runs, e.g. "valgrind --tool=callgrind".
        const QString wrapper = qEnvironmentVariable("DOORSTEP_BENCH_SERVER_WRAPPER");
        if (!wrapper.isEmpty())
            command = wrapper.split(u' ', Qt::SkipEmptyParts) + command;
        m_process->setChildProcessModifier([] {
            // Its own process group, so that stopping it also stops the server under a wrapper; and
            // on Linux it is told to stop if this benchmark dies (killed, interrupted) before it could.
            ::setpgid(0, 0);
            // startBenchmark() blocked the stopping signals in this process; the server must not
            // inherit that, or it would ignore SIGTERM.
            sigset_t none;
            sigemptyset(&none);
            ::sigprocmask(SIG_SETMASK, &none, nullptr);
#ifdef Q_OS_LINUX
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
        });
        m_process->start(command.takeFirst(), command);
        if (!m_process->waitForStarted(10000) || m_process->processId() <= 0)
            die(QStringLiteral("server"), QStringLiteral("doorstep-server did not start"));
        const pid_t group = pid_t(m_process->processId());
        m_cleanup = atDeath([group] { ::kill(-group, SIGKILL); }); // no QProcess: maybe another thread
        // It says where it listens once it does: wait for that line, not for a guessed time.
        QByteArray out;
        while (!out.contains("listening on")) {
            if (!m_process->waitForReadyRead(120000))
                die(QStringLiteral("server"), QStringLiteral("doorstep-server did not start listening"));
            out += m_process->readAllStandardOutput();
        }
    }

    void stop()
    {
        if (m_cleanup) {
            forget(m_cleanup);
            m_cleanup = 0;
        }
        if (m_process && m_process->state() != QProcess::NotRunning) {
            const pid_t group = pid_t(m_process->processId());
            if (group <= 0) // never kill(0): that would be this benchmark's own group
                return;
            ::kill(-group, SIGTERM);
            if (!m_process->waitForFinished(60000)) {
                ::kill(-group, SIGKILL);
                m_process->waitForFinished(10000);
            }
        }
        m_process.reset();
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

    // CPU seconds (user + system, all threads) the server process has used so far; 0 without /proc.
    // Under a wrapper this is the wrapper's.
    double cpuSeconds() const
    {
        return processCpuSeconds(pid());
    }

    // CPU seconds of the server's threads alive now, to the nanosecond (the scheduler's own count;
    // /proc's stat counts in ticks of 10 ms, a tenth of a push). Threads that ended are not in it:
    // the server's threads live as long as it does. 0 without /proc.
    double threadCpuSeconds() const
    {
        const QString tasks = QStringLiteral("/proc/%1/task").arg(pid());
        qint64 ns = 0;
        for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile f(tasks + u'/' + task + QStringLiteral("/schedstat"));
            if (f.open(QIODevice::ReadOnly))
                ns += f.readAll().split(' ').value(0).toLongLong();
        }
        return double(ns) / 1e9;
    }

    static double processCpuSeconds(qint64 pid)
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (pid <= 0 || !f.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray line = f.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return 0;
        return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }

    qint64 pid() const
    {
        return m_process ? m_process->processId() : 0;
    }

private:
    QString m_database;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    int m_cleanup = 0;
};

} // namespace doorstep::benchsync
