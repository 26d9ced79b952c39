// The server's clock (ServerClock), shared by its worker threads: stamps taken on several threads at
// once are all different and each thread's only go up, and a stamp observed on one thread orders
// the stamps every thread takes after it.
#include "serverclock.h"

#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace doorstep;

class TestServerClock : public QObject
{
    Q_OBJECT

private slots:
    void stampsFromManyThreadsAreDistinctAndRising()
    {
        // A wall clock that stands still, so that only the clock's own order separates the stamps.
        ServerClock clock([] { return qint64(1'800'000'000'000); });
        constexpr int kThreads = 4;
        constexpr int kStamps = 20000;
        std::vector<std::vector<quint64>> taken(kThreads);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&clock, &stamps = taken[size_t(t)]] {
                stamps.reserve(kStamps);
                for (int i = 0; i < kStamps; ++i)
                    stamps.push_back(clock.now());
            });
        }
        for (std::thread &t : threads)
            t.join();
        std::vector<quint64> all;
        for (const std::vector<quint64> &stamps : taken) {
            QVERIFY(std::is_sorted(stamps.begin(), stamps.end()));
            QVERIFY(std::adjacent_find(stamps.begin(), stamps.end()) == stamps.end());
            all.insert(all.end(), stamps.begin(), stamps.end());
        }
        std::sort(all.begin(), all.end());
        QVERIFY(std::adjacent_find(all.begin(), all.end()) == all.end());
        QCOMPARE(clock.last(), all.back());
    }

    void aStampObservedOnOneThreadOrdersTheOthers()
    {
        ServerClock clock([] { return qint64(1'800'000'000'000); });
        const quint64 ahead = HybridLogicalClock::pack(1'800'000'240'000, 7); // four minutes on
        std::thread observer([&] { clock.observe(ahead); });
        observer.join();
        quint64 after = 0;
        std::thread stamper([&] { after = clock.now(); });
        stamper.join();
        QVERIFY(after > ahead);
        QVERIFY(clock.now() > after);
    }
};

QTEST_GUILESS_MAIN(TestServerClock)
#include "tst_serverclock.moc"
