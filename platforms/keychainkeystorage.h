#pragma once

#include "keystorage.h"

#include <QString>

#include <chrono>

namespace doorstep {

// The wrapped data key in the platform keyring (Secret Service or KWallet on Linux, Keychain on
// macOS and iOS, the Credential Manager on Windows), through QtKeychain. The key is already wrapped
// under the PIN; the keyring only adds protection on top.
//
// QtKeychain's jobs are asynchronous: each call here runs a local event loop around one job, bounded
// by a timeout, so a keyring that never answers (no D-Bus, a locked wallet, no daemon) shows up as
// an error after the timeout instead of hanging the app.
class KeychainKeyStorage : public KeyStorage
{
public:
    // service names the application in the keyring; entry names this store's key within it.
    KeychainKeyStorage(QString service, QString entry,
                       std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));

    QString name() const override { return QStringLiteral("keychain"); }
    bool exists() override;
    Result<QByteArray> read() override;
    Status write(const QByteArray &wrappedKey) override;

    enum class Presence {
        Holds, // the keyring answered and has this store's entry
        Empty, // the keyring answered: no entry
        Unavailable, // no backend, no bus, an error, or no answer within the timeout
    };
    // One read, bounded by the timeout.
    Presence presence();
    bool isAvailable() { return presence() != Presence::Unavailable; }

    // On Linux the keyring is reached over the D-Bus session bus. Without its address there is
    // nothing to ask, and asking anyway can block for the bus's own long timeout.
    static bool sessionBusConfigured();

private:
    struct Outcome
    {
        enum class Kind { Found, NotFound, Failed, TimedOut };
        Kind kind = Kind::TimedOut;
        QByteArray data;
        QString reason;
    };
    Outcome runRead();

    QString m_service;
    QString m_entry;
    std::chrono::milliseconds m_timeout;
};

} // namespace doorstep
