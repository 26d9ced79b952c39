#include "pinguard.h"

#include "devicesettings.h"

#include <algorithm>
#include <utility>

namespace doorstep {

PinGuard::PinGuard(QString dataDirectory) : m_directory(std::move(dataDirectory)) { }

int PinGuard::failures() const
{
    return DeviceSettings(m_directory).pinFailures();
}

int PinGuard::secondsToWait(const QDateTime &now) const
{
    const QDateTime retryAt = DeviceSettings(m_directory).pinRetryAt();
    if (!retryAt.isValid())
        return 0;
    const qint64 seconds = now.secsTo(retryAt);
    // A clock moved back must not stretch the wait beyond the longest one.
    return int(std::clamp<qint64>(seconds, 0, kLongestWaitSeconds));
}

int PinGuard::waitAfter(int failures)
{
    if (failures < kFreeTries)
        return 0;
    const int doublings = qMin(failures - kFreeTries, 10);
    return qMin(kFirstWaitSeconds << doublings, kLongestWaitSeconds);
}

void PinGuard::recordFailure(const QDateTime &now)
{
    const int failures = this->failures() + 1;
    const int wait = waitAfter(failures);
    DeviceSettings(m_directory).setPinFailures(failures, wait > 0 ? now.addSecs(wait) : QDateTime());
}

void PinGuard::recordSuccess()
{
    DeviceSettings(m_directory).setPinFailures(0, QDateTime());
}

void PinGuard::allowAfterSignIn()
{
    // One short of the sign-in limit, so the next wrong PIN asks for the password again.
    DeviceSettings(m_directory).setPinFailures(kSignInAfter - 1, QDateTime());
}

} // namespace doorstep
