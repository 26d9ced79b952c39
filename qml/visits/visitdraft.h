#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace doorstep {

class Store;

// The notes and next steps being typed for one visit, kept on this tablet only (encrypted, in the
// store's meta table, never synced) until they go into the visit record. Writing a draft is one
// small transaction with no outbox entry, so it can happen every few hundred milliseconds.
struct VisitDraft
{
    QString notes;
    QString nextSteps;

    bool operator==(const VisitDraft &) const = default;

    // The stored form keeps every UTF-16 unit as typed (line breaks, combining marks, emoji).
    QByteArray serialise() const;
    static std::optional<VisitDraft> parse(const QByteArray &bytes);

    static QString secretName(const QString &visitId);
    // No value when this visit has no draft.
    static Result<std::optional<VisitDraft>> load(Store &store, const QString &visitId);
    static Status save(Store &store, const QString &visitId, const VisitDraft &draft);
    static Status remove(Store &store, const QString &visitId);
};

} // namespace doorstep
