#pragma once

#include <QObject>
#include <QString>

namespace doorstep {

class Session;

// Tells every view of visits that one was saved on this tablet (check-in, notes, a new visit), so
// the Today list and the person's visit button follow at once without waiting for a sync. One per
// process; the session says which store the visit belongs to.
class VisitChanges : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("session.h")

public:
    static VisitChanges &instance();
    void announce(Session *session, const QString &visitId) { emit visitSaved(session, visitId); }
    void announceDraft(Session *session, const QString &visitId, bool kept)
    {
        emit draftKeptChanged(session, visitId, kept);
    }

signals:
    void visitSaved(doorstep::Session *session, const QString &visitId);
    // A visit's draft was written for the first time (kept) or went into the record (not kept).
    void draftKeptChanged(doorstep::Session *session, const QString &visitId, bool kept);

private:
    VisitChanges() = default;
};

} // namespace doorstep
