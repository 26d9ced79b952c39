#pragma once

#include "locationfix.h"
#include "result.h"
#include "visit.h"

#include <QDateTime>
#include <QGeoPositionInfo>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

namespace doorstep {

class Session;
class Store;

// One visit as the practitioner works through it on the doorstep: check in, notes and next steps,
// an optional location fix, check out.
//
// Autosave: every change to the notes or next steps is written as a draft (encrypted, local only,
// no outbox; VisitDraft) 300 ms after typing pauses, and at the latest 800 ms after the first
// unsaved keystroke, so text is durable within a second even while typing goes on. Check-out and
// "Save notes" put the text into the visit record (an ordinary edit that syncs) and only then drop
// the draft, so a crash between the two leaves a draft equal to the record, never a loss. The
// draft is also written when the session locks (before the key goes) and when the editor goes.
//
// What an input method is still composing (a predictive keyboard's word, not yet in the text) is
// part of what the person sees, so the draft and the record take it too, where it stands.
class VisitEditor : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("session.h")
    QML_ELEMENT
    Q_PROPERTY(doorstep::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString personId READ personId NOTIFY changed)
    Q_PROPERTY(QString personName READ personName NOTIFY changed)
    // "Tue 12 May 2026, 10:30" and "10:30", local time.
    Q_PROPERTY(QString plannedText READ plannedText NOTIFY changed)
    Q_PROPERTY(QString plannedTimeText READ plannedTimeText NOTIFY changed)
    Q_PROPERTY(bool plannedToday READ isPlannedToday NOTIFY changed)
    Q_PROPERTY(QString visitType READ visitType WRITE setVisitType NOTIFY changed)
    Q_PROPERTY(QString visitTypeText READ visitTypeText NOTIFY changed)
    // Each: {value, label}, in the order the schema lists them.
    Q_PROPERTY(QVariantList visitTypeChoices READ visitTypeChoices CONSTANT)
    Q_PROPERTY(bool checkedIn READ isCheckedIn NOTIFY changed)
    Q_PROPERTY(bool checkedOut READ isCheckedOut NOTIFY changed)
    Q_PROPERTY(QString checkedInText READ checkedInText NOTIFY changed)
    Q_PROPERTY(QString checkedOutText READ checkedOutText NOTIFY changed)
    // Live while checked in, final after check-out, empty before check-in.
    Q_PROPERTY(QString durationText READ durationText NOTIFY durationChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY notesChanged)
    Q_PROPERTY(QString nextSteps READ nextSteps WRITE setNextSteps NOTIFY nextStepsChanged)
    Q_PROPERTY(DraftState draftState READ draftState NOTIFY draftStateChanged)
    Q_PROPERTY(QString draftStatusText READ draftStatusText NOTIFY draftStateChanged)
    // True when the visit record holds exactly the notes and next steps shown.
    Q_PROPERTY(bool savedToRecord READ isSavedToRecord NOTIFY draftStateChanged)
    Q_PROPERTY(LocationState locationState READ locationState NOTIFY locationChanged)
    // "Within 12 m, added at 10:33" once the visit has a fix; empty otherwise.
    Q_PROPERTY(QString locationText READ locationText NOTIFY locationChanged)
    // What is happening or went wrong, in plain words (finding, poor accuracy, no fix).
    Q_PROPERTY(QString locationMessage READ locationMessage NOTIFY locationChanged)
    Q_PROPERTY(int maxNotesLength READ maxNotesLength CONSTANT)
    Q_PROPERTY(int maxNextStepsLength READ maxNextStepsLength CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum DraftState {
        NoDraft, // what is shown is what the record holds
        Typing, // changed, not yet durable (for at most a second)
        DraftSaved, // durable as a draft on this tablet
        DraftRestored, // opened with a draft from an earlier session, exactly as it was typed
        DraftFailed, // the draft could not be written; lastError says why and it is tried again
        SavedToRecord, // just written into the visit record
    };
    Q_ENUM(DraftState)

    enum LocationState {
        NoLocation,
        FindingLocation,
        LocationAdded,
        PoorAccuracy, // a fix came, worse than LocationFix::kPoorAccuracyMetres: keep it or try again
        LocationFailed,
    };
    Q_ENUM(LocationState)

    static constexpr int kDebounceMs = 300;
    // From the first unsaved change: leaves room for the write itself inside the one-second promise.
    static constexpr int kHardCapMs = 800;

    explicit VisitEditor(QObject *parent = nullptr);
    ~VisitEditor() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString visitId() const { return m_visitId; }
    void setVisitId(const QString &visitId);

    bool isLoaded() const { return m_loaded; }
    QString personId() const { return m_visit.personId; }
    QString personName() const { return m_personName; }
    QString plannedText() const;
    QString plannedTimeText() const;
    bool isPlannedToday() const;
    QString visitType() const { return m_visit.visitType; }
    void setVisitType(const QString &visitType);
    QString visitTypeText() const;
    static QVariantList visitTypeChoices();
    bool isCheckedIn() const { return m_visit.checkedInAt.isValid(); }
    bool isCheckedOut() const { return m_visit.checkedOutAt.isValid(); }
    QString checkedInText() const;
    QString checkedOutText() const;
    QString durationText() const { return m_durationText; }
    QString notes() const { return m_notes; }
    void setNotes(const QString &notes);
    QString nextSteps() const { return m_nextSteps; }
    void setNextSteps(const QString &nextSteps);
    DraftState draftState() const { return m_draftState; }
    QString draftStatusText() const;
    bool isSavedToRecord() const;
    LocationState locationState() const { return m_locationState; }
    QString locationText() const;
    QString locationMessage() const { return m_locationMessage; }
    static int maxNotesLength();
    static int maxNextStepsLength();
    QString lastError() const { return m_lastError; }

    // "Less than a minute", "47 min", "1 h 5 min".
    static QString durationWords(qint64 seconds);

    Q_INVOKABLE bool checkIn();
    // Refused before check-in. Writes the notes and next steps into the record with the check-out.
    Q_INVOKABLE bool checkOut();
    // The notes and next steps into the record now (an ordinary edit that syncs); the draft goes after.
    Q_INVOKABLE bool saveNotes();
    // A visit that was not planned, made now for this person by the signed-in practitioner and
    // checked in at once; the editor then shows it. False, with lastError, when it cannot be made.
    Q_INVOKABLE bool startVisitNow(const QString &personId);
    // Only ever on the practitioner's request. The outcome arrives through locationState.
    Q_INVOKABLE void requestLocation();
    // Keeps a fix of poor accuracy after all.
    Q_INVOKABLE bool keepLocation();
    Q_INVOKABLE void cancelLocation();
    // Writes the draft now if anything is waiting; true when what is shown is durable.
    Q_INVOKABLE bool flushDraft();
    // The pre-edit text of the notes or next steps field and the position in the committed text
    // where it stands ("" when nothing is being composed).
    Q_INVOKABLE void setNotesPreedit(const QString &preedit, int position);
    Q_INVOKABLE void setNextStepsPreedit(const QString &preedit, int position);
    Q_INVOKABLE bool reload();
    Q_INVOKABLE void clearError();

    // For tests: the clock the editor reads, and where fixes come from.
    void setClock(std::function<QDateTime()> clock);
    void setLocationOptions(const LocationFix::Options &options);

signals:
    void sessionChanged();
    void visitIdChanged();
    void changed();
    void durationChanged();
    void notesChanged();
    void nextStepsChanged();
    void draftStateChanged();
    void locationChanged();
    void lastErrorChanged();
    // Everything shown is durable on this tablet (as a draft or in the record).
    void draftSaved();

private:
    Store *unlockedStore() const;
    bool load();
    void clear();
    void onLocking();
    struct Preedit
    {
        QString text;
        int position = 0;
        bool operator==(const Preedit &) const = default;
    };

    void editText(QString &field, const QString &text, void (VisitEditor::*changed)());
    void editPreedit(Preedit &field, const QString &text, int position);
    void typed();
    // The committed text with the pre-edit text in its place: what the person sees.
    static QString shown(const QString &committed, const Preedit &preedit);
    QString shownNotes() const { return shown(m_notes, m_notesPreedit); }
    QString shownNextSteps() const { return shown(m_nextSteps, m_nextStepsPreedit); }
    void setDraftState(DraftState state);
    void setDraftKept(bool kept);
    void setError(const QString &text);
    bool fail(const QString &what, const Error &error);
    QString fieldWords(const Error &error) const;
    // Reads the record afresh, lets change() alter it, and saves it: fields changed elsewhere (a sync)
    // since the editor loaded are kept.
    bool updateRecord(const std::function<void(Visit &)> &change, const QString &what);
    void afterRecordSaved();
    bool checkOutOrSave(bool checkingOut);
    void updateDuration();
    void locationFinished(LocationFix::Outcome outcome, const QGeoPositionInfo &position);
    bool saveFix(const QGeoPositionInfo &position);
    void setLocation(LocationState state, const QString &message);
    QDateTime now() const;

    QPointer<Session> m_session;
    QString m_visitId;
    bool m_loaded = false;
    Visit m_visit; // as last read from or written to the record
    QString m_personName;
    QString m_notes;
    QString m_nextSteps;
    Preedit m_notesPreedit;
    Preedit m_nextStepsPreedit;
    bool m_dirty = false; // changed since the last durable write
    bool m_draftKept = false; // a draft of this visit is in the store
    bool m_savedWhileOpen = false; // a draft was written since this visit was opened
    DraftState m_draftState = NoDraft;
    QString m_durationText;
    QTimer m_debounce;
    QTimer m_hardCap;
    QTimer m_ticker;
    LocationState m_locationState = NoLocation;
    QString m_locationMessage;
    std::optional<QGeoPositionInfo> m_poorFix;
    std::optional<LocationFix::Options> m_locationOptions;
    LocationFix *m_fix = nullptr;
    QString m_lastError;
    std::function<QDateTime()> m_clock;
};

} // namespace doorstep
