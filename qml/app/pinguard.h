#pragma once

#include <QDateTime>
#include <QString>

namespace doorstep {

// How many wrong PINs a tablet allows: a few free tries, then a wait that doubles with each wrong
// PIN, and after kSignInAfter wrong PINs in a row no more PIN tries until the user signs in to the
// server with their password. Kept in the data directory's settings so a restart does not reset it.
// The wrapped key's Argon2id cost is what protects a copied data directory; this guards the screen.
class PinGuard
{
public:
    static constexpr int kFreeTries = 3;
    static constexpr int kSignInAfter = 10;
    static constexpr int kFirstWaitSeconds = 30;
    static constexpr int kLongestWaitSeconds = 15 * 60;

    explicit PinGuard(QString dataDirectory);

    int failures() const;
    bool requiresSignIn() const { return failures() >= kSignInAfter; }
    // Seconds until the next PIN may be tried; 0 when it may be tried now.
    int secondsToWait(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Wrong PINs left before sign-in is required.
    int triesBeforeSignIn() const { return qMax(0, kSignInAfter - failures()); }

    void recordFailure(const QDateTime &now = QDateTime::currentDateTimeUtc());
    void recordSuccess();
    // After a sign-in with the password: the PIN may be tried again, with the back-off still in force.
    void allowAfterSignIn();

    // The wait after the n-th wrong PIN in a row.
    static int waitAfter(int failures);

private:
    QString m_directory;
};

} // namespace doorstep
