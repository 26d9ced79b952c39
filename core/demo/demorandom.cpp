#include "demorandom.h"

namespace doorstep {

int DemoRandom::below(int n)
{
    if (n <= 0)
        return 0;
    // Multiply-shift: maps 32 random bits onto [0, n) with a bias far below anything a demo could show.
    return int((quint64(m_engine()) * quint64(n)) >> 32);
}

bool DemoRandom::chance(double p)
{
    return double(m_engine()) < p * 4294967296.0;
}

} // namespace doorstep
