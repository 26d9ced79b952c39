#include "devicepushes.h"

namespace doorstep {

DevicePushes &DevicePushes::shared()
{
    static DevicePushes pushes;
    return pushes;
}

DevicePushes::Handling DevicePushes::handle(const QString &deviceId)
{
    return Handling(*this, deviceId);
}

int DevicePushes::waiting(const QString &deviceId)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_devices.constFind(deviceId);
    return it == m_devices.cend() ? 0 : it->waiting;
}

DevicePushes::Handling::Handling(DevicePushes &pushes, QString deviceId)
    : m_pushes(pushes), m_deviceId(std::move(deviceId))
{
    const std::lock_guard lock(m_pushes.m_mutex);
    ++m_pushes.m_devices[m_deviceId].handling;
}

DevicePushes::Handling::~Handling()
{
    {
        const std::lock_guard lock(m_pushes.m_mutex);
        auto it = m_pushes.m_devices.find(m_deviceId);
        --it->handling;
        ++it->ended;
        // Nobody is left to compare counts with: the entry goes, and the table stays as small as
        // the number of devices pushing now.
        if (it->handling == 0 && it->waiting == 0)
            m_pushes.m_devices.erase(it);
    }
    m_pushes.m_ended.notify_all();
}

quint64 DevicePushes::Handling::endedSoFar() const
{
    const std::lock_guard lock(m_pushes.m_mutex);
    return m_pushes.m_devices.value(m_deviceId).ended;
}

bool DevicePushes::Handling::waitForAnother(quint64 endedBefore, std::chrono::milliseconds atMost) const
{
    std::unique_lock lock(m_pushes.m_mutex);
    Device &device = m_pushes.m_devices[m_deviceId];
    if (device.ended != endedBefore)
        return true;
    if (device.handling <= 1)
        return false;
    ++device.waiting;
    const bool ended
        = m_pushes.m_ended.wait_for(lock, atMost, [&] { return m_pushes.m_devices[m_deviceId].ended != endedBefore; });
    --m_pushes.m_devices[m_deviceId].waiting;
    return ended;
}

} // namespace doorstep
