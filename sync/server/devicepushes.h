#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace doorstep {

// A device may send its next push before the one ahead of it is answered (sync/PROTOCOL.md). With
// several workers the later one can reach the database first, where it does not continue from the
// device's last applied counter and would be refused as a gap. Each push registers here while it is
// handled, so that one which finds itself ahead can wait for another push of the same device in this
// process to end, and then try again. Pushes of other processes cannot be seen: those still get the
// refusal, and the device sends the push again once the one ahead is answered.
class DevicePushes
{
public:
    // The pushes this process is handling.
    static DevicePushes &shared();

    // Held while one push of a device is handled.
    class Handling
    {
    public:
        Handling(const Handling &) = delete;
        Handling &operator=(const Handling &) = delete;
        ~Handling();

        // Pushes of the device that ended while this one was handled.
        quint64 endedSoFar() const;
        // True once a push of the device other than this one ends after `endedBefore` pushes had
        // (at once if one has already); false at once when no other is being handled, or at atMost.
        bool waitForAnother(quint64 endedBefore, std::chrono::milliseconds atMost) const;

    private:
        friend class DevicePushes;
        Handling(DevicePushes &pushes, QString deviceId);
        DevicePushes &m_pushes;
        QString m_deviceId;
    };

    Handling handle(const QString &deviceId);
    // How many pushes of the device wait for another now (for tests).
    int waiting(const QString &deviceId);

private:
    struct Device
    {
        int handling = 0;
        int waiting = 0;
        quint64 ended = 0;
    };

    std::mutex m_mutex;
    std::condition_variable m_ended;
    QHash<QString, Device> m_devices;
};

} // namespace doorstep
