#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

namespace doorstep {

// The demo generator's only source of chance: a std::mt19937 seeded by the caller, with bounded draws
// computed here rather than by std::uniform_int_distribution (whose algorithm differs between standard
// libraries), so that one seed gives one neighbourhood on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) { }

    // A whole number from 0 to n - 1 (0 when n <= 0).
    int below(int n);
    // A whole number from low to high, both included.
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with probability p (0..1).
    bool chance(double p);

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    template<typename T>
    void shuffle(QList<T> &items)
    {
        // Fisher-Yates with our own draws, for the same reason as below().
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, below(int(i + 1)));
    }

private:
    std::mt19937 m_engine;
};

} // namespace doorstep
