#pragma once

#include <QList>

namespace doorstep::Protocol {

// Version 1 of the sync protocol (sync/PROTOCOL.md). Limits are part of the contract: a request over
// them is refused whole, before anything is applied.
inline constexpr int kVersion = 1;
inline constexpr int kMaxMutationsPerPush = 500;
inline constexpr int kMaxChangesPerMutation = 64;
inline constexpr int kDefaultPullLimit = 1000;
inline constexpr int kMaxPullLimit = 5000;
inline constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;
// Pushes and pull pages are kept under this, half the limit: records with long notes go in more
// requests rather than in one body that is refused for its size on every try.
inline constexpr qsizetype kBodyTargetBytes = kMaxBodyBytes / 2;
// A stamp more than this far ahead of the server's clock is clamped to it.
inline constexpr qint64 kMaxClockAheadMs = 5 * 60 * 1000;

// The store schema versions whose records this protocol version carries.
inline QList<int> acceptedSchemaVersions()
{
    return {2};
}

} // namespace doorstep::Protocol
