#pragma once

// What every bench_sync* executable prints: one JSON object per line on stdout, as bench_store does,
// {"name": ..., "value": ..., "unit": ...}. Progress and failures go to stderr, so stdout stays
// machine-readable.

#include "result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <pthread.h>
#include <signal.h>

namespace doorstep::benchsync {

// What must be undone even when a benchmark gives up half way or is interrupted (a server process,
// a temporary directory, a PostgreSQL database): die() and an interrupting signal run these, newest
// first, since exit() skips the destructors on the stack. Each must be safe to run from any thread.
struct Cleanups
{
    std::mutex mutex;
    std::map<int, std::function<void()>> undo;
    int next = 0;
};

inline Cleanups &cleanups()
{
    static Cleanups all;
    return all;
}

inline int atDeath(std::function<void()> undo)
{
    Cleanups &c = cleanups();
    const std::lock_guard lock(c.mutex);
    c.undo.emplace(++c.next, std::move(undo));
    return c.next;
}

inline void forget(int id)
{
    Cleanups &c = cleanups();
    const std::lock_guard lock(c.mutex);
    c.undo.erase(id);
}

inline void runCleanups()
{
    Cleanups &c = cleanups();
    while (true) {
        std::function<void()> undo;
        {
            const std::lock_guard lock(c.mutex);
            if (c.undo.empty())
                return;
            auto last = std::prev(c.undo.end());
            undo = std::move(last->second);
            c.undo.erase(last);
        }
        undo();
    }
}

inline void report(const QString &name, double value, const char *unit)
{
    const QJsonObject line{{QStringLiteral("name"), name},
                           {QStringLiteral("value"), std::round(value * 1000) / 1000},
                           {QStringLiteral("unit"), QLatin1String(unit)}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// One line in place of a backend's figures, saying why there are none.
inline void reportSkipped(const QString &name, const QString &reason)
{
    const QJsonObject line{{QStringLiteral("name"), name}, {QStringLiteral("skipped"), reason}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// First thing in main(), before any thread exists. A reader that stops early (| head) must not kill
// the run before it has cleaned up; Ctrl-C or a kill cleans up, in a thread of its own, since a
// signal handler may do almost nothing.
inline void startBenchmark()
{
    std::signal(SIGPIPE, SIG_IGN);
    static sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGINT);
    sigaddset(&stops, SIGTERM);
    sigaddset(&stops, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stops, nullptr); // every later thread inherits the mask
    std::thread([] {
        int signal = 0;
        if (sigwait(&stops, &signal) != 0)
            return;
        std::fprintf(stderr, "bench_sync: interrupted; cleaning up\n");
        runCleanups();
        std::_Exit(128 + signal);
    }).detach();
}

inline void progress(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

[[noreturn]] inline void die(const QString &what, const QString &why)
{
    std::fprintf(stderr, "bench_sync: %s: %s\n", qPrintable(what), qPrintable(why));
    std::fflush(stderr);
    runCleanups();
    std::exit(1);
}

[[noreturn]] inline void die(const QString &what, const Error &error)
{
    die(what, error.message());
}

inline void check(const Status &status, const QString &what)
{
    if (!status)
        die(what, status.error());
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size()))) - (p > 0 ? 1 : 0));
    return values[index];
}

// Runs the event loop until finished is true (a callback set it) or the time is up. Callbacks of an
// in-process transport may already have set it before this is called.
inline bool runUntil(const bool &finished, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop now and then to look at the deadline
    tick.start(100);
    while (!finished && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return finished;
}

inline double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace doorstep::benchsync
