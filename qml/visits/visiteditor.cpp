#include "visiteditor.h"

#include "person.h"
#include "personformat.h"
#include "repository.h"
#include "session.h"
#include "store.h"
#include "user.h"
#include "visitchanges.h"
#include "visitdraft.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcVisitEditor, "doorstep.visits.editor")

namespace doorstep {

namespace {

const FieldSpec &visitField(QStringView name)
{
    const EntitySchema &schema = Visit::schema();
    return schema.fields[size_t(schema.indexOf(name))];
}

// The kind of visit an unplanned one starts as, from who makes it; it can be changed on the page.
QString visitTypeFor(const QString &profession)
{
    if (profession == QLatin1String("district-nurse") || profession == QLatin1String("community-matron"))
        return QStringLiteral("nursing");
    if (profession == QLatin1String("occupational-therapist") || profession == QLatin1String("physiotherapist"))
        return QStringLiteral("therapy");
    if (profession == QLatin1String("social-worker"))
        return QStringLiteral("social-care");
    if (profession == QLatin1String("reablement-worker"))
        return QStringLiteral("reablement");
    if (profession == QLatin1String("carers-support-worker"))
        return QStringLiteral("carers-support");
    return QStringLiteral("other");
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm")) : QString();
}

} // namespace

VisitEditor::VisitEditor(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    m_hardCap.setSingleShot(true);
    m_hardCap.setInterval(kHardCapMs);
    connect(&m_debounce, &QTimer::timeout, this, &VisitEditor::flushDraft);
    connect(&m_hardCap, &QTimer::timeout, this, &VisitEditor::flushDraft);
    // Minutes are shown; ticking each second keeps the change of minute prompt.
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &VisitEditor::updateDuration);
}

VisitEditor::~VisitEditor()
{
    // The page is going (back, or the app closing): what was typed is written before it goes.
    flushDraft();
}

void VisitEditor::setSession(Session *session)
{
    if (m_session == session)
        return;
    flushDraft();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::locking, this, &VisitEditor::onLocking);
        connect(m_session, &Session::stateChanged, this, [this] {
            if (!m_loaded && m_session->state() == Session::Unlocked)
                load();
        });
        // A sync may have changed the visit (planned time, type); what is being typed stays.
        connect(m_session, &Session::caseloadReloaded, this, [this] {
            if (m_loaded)
                load();
        });
    }
    emit sessionChanged();
    load();
}

void VisitEditor::setVisitId(const QString &visitId)
{
    if (m_visitId == visitId)
        return;
    flushDraft();
    clear();
    m_visitId = visitId;
    emit visitIdChanged();
    load();
}

Store *VisitEditor::unlockedStore() const
{
    if (!m_session || m_session->state() != Session::Unlocked || !m_session->store()
        || !m_session->store()->isUnlocked())
        return nullptr;
    return m_session->store();
}

QDateTime VisitEditor::now() const
{
    // Whole seconds: nobody reads a check-in to the millisecond, and the stored times stay tidy.
    const QDateTime at = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
}

void VisitEditor::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    updateDuration();
}

void VisitEditor::setLocationOptions(const LocationFix::Options &options)
{
    m_locationOptions = options;
    delete m_fix;
    m_fix = nullptr;
}

bool VisitEditor::reload()
{
    return load();
}

bool VisitEditor::load()
{
    Store *store = unlockedStore();
    if (!store || m_visitId.isEmpty())
        return false;
    auto visit = Repository<Visit>(*store).get(m_visitId);
    if (!visit)
        return fail(tr("This visit cannot be shown."), visit.error());
    auto person = Repository<Person>(*store).get(visit->personId);
    if (!person)
        return fail(tr("This visit cannot be shown."), person.error());

    const bool first = !m_loaded;
    // Nothing typed here that the record lacks: then what the record now says is shown.
    // Not while a word is being composed: the field's text would then hold it twice.
    const bool showingRecord
        = !first && !m_dirty && isSavedToRecord() && m_notesPreedit.text.isEmpty() && m_nextStepsPreedit.text.isEmpty();
    m_visit = *visit;
    m_personName = person->name;
    m_loaded = true;
    if (first) {
        auto draft = VisitDraft::load(*store, m_visitId);
        if (!draft)
            return fail(tr("The draft kept for this visit cannot be read."), draft.error());
        const VisitDraft inRecord{m_visit.notes, m_visit.nextSteps};
        if (draft->has_value() && **draft == inRecord) {
            // Left over from a save cut off after the record was written: the record has it all.
            if (Status s = VisitDraft::remove(*store, m_visitId); !s)
                qCWarning(lcVisitEditor) << "a spent draft could not be removed:" << s.error().message();
        }
        const bool restored = draft->has_value() && **draft != inRecord;
        const VisitDraft shown = restored ? **draft : inRecord;
        m_notes = shown.notes;
        m_nextSteps = shown.nextSteps;
        m_notesPreedit = {};
        m_nextStepsPreedit = {};
        m_dirty = false;
        emit notesChanged();
        emit nextStepsChanged();
        m_draftKept = restored;
        setDraftState(restored ? DraftRestored : NoDraft);
        if (m_visit.locationAt.isValid())
            setLocation(LocationAdded, QString());
    } else if (showingRecord) {
        if (m_notes != m_visit.notes) {
            m_notes = m_visit.notes;
            emit notesChanged();
        }
        if (m_nextSteps != m_visit.nextSteps) {
            m_nextSteps = m_visit.nextSteps;
            emit nextStepsChanged();
        }
    }
    clearError();
    if (isCheckedIn() && !isCheckedOut())
        m_ticker.start();
    else
        m_ticker.stop();
    updateDuration();
    emit changed();
    emit draftStateChanged(); // savedToRecord compares with the record just read
    return true;
}

void VisitEditor::clear()
{
    m_debounce.stop();
    m_hardCap.stop();
    m_ticker.stop();
    if (m_fix)
        m_fix->cancel();
    m_poorFix.reset();
    const bool hadText = !m_notes.isEmpty() || !m_nextSteps.isEmpty();
    m_loaded = false;
    m_visit = Visit();
    m_personName.clear();
    m_notes.clear();
    m_nextSteps.clear();
    m_notesPreedit = {};
    m_nextStepsPreedit = {};
    m_dirty = false;
    m_draftKept = false;
    m_savedWhileOpen = false;
    if (hadText) {
        emit notesChanged();
        emit nextStepsChanged();
    }
    setDraftState(NoDraft);
    setLocation(NoLocation, QString());
    updateDuration();
    emit changed();
}

void VisitEditor::onLocking()
{
    // The key is still there: the draft is written with it, then everything decrypted is dropped.
    flushDraft();
    clear();
}

QString VisitEditor::plannedText() const
{
    return PersonFormat::dateTime(m_visit.plannedAt);
}

QString VisitEditor::plannedTimeText() const
{
    return timeText(m_visit.plannedAt);
}

bool VisitEditor::isPlannedToday() const
{
    return m_visit.plannedAt.isValid() && m_visit.plannedAt.toLocalTime().date() == now().toLocalTime().date();
}

QString VisitEditor::visitTypeText() const
{
    return PersonFormat::choiceLabel(m_visit.visitType);
}

QVariantList VisitEditor::visitTypeChoices()
{
    QVariantList choices;
    for (const QString &choice : visitField(u"visitType").choices)
        choices.append(QVariantMap{{QStringLiteral("value"), choice},
                                   {QStringLiteral("label"), PersonFormat::choiceLabel(choice)}});
    return choices;
}

int VisitEditor::maxNotesLength()
{
    return visitField(u"notes").maxLength;
}

int VisitEditor::maxNextStepsLength()
{
    return visitField(u"nextSteps").maxLength;
}

QString VisitEditor::checkedInText() const
{
    return timeText(m_visit.checkedInAt);
}

QString VisitEditor::checkedOutText() const
{
    return timeText(m_visit.checkedOutAt);
}

QString VisitEditor::durationWords(qint64 seconds)
{
    if (seconds < 60)
        return tr("Less than a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", "", int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void VisitEditor::updateDuration()
{
    QString text;
    if (m_loaded && isCheckedIn()) {
        const QDateTime end = isCheckedOut() ? m_visit.checkedOutAt : now();
        text = durationWords(std::max<qint64>(0, m_visit.checkedInAt.secsTo(end)));
    }
    if (text != m_durationText) {
        m_durationText = text;
        emit durationChanged();
    }
}

void VisitEditor::setNotes(const QString &notes)
{
    editText(m_notes, notes, &VisitEditor::notesChanged);
}

void VisitEditor::setNextSteps(const QString &nextSteps)
{
    editText(m_nextSteps, nextSteps, &VisitEditor::nextStepsChanged);
}

void VisitEditor::editText(QString &field, const QString &text, void (VisitEditor::*changed)())
{
    if (!m_loaded || text == field)
        return;
    field = text;
    emit(this->*changed)();
    typed();
}

void VisitEditor::setNotesPreedit(const QString &preedit, int position)
{
    editPreedit(m_notesPreedit, preedit, position);
}

void VisitEditor::setNextStepsPreedit(const QString &preedit, int position)
{
    editPreedit(m_nextStepsPreedit, preedit, position);
}

void VisitEditor::editPreedit(Preedit &field, const QString &text, int position)
{
    const Preedit preedit{text, text.isEmpty() ? 0 : position};
    if (!m_loaded || preedit == field)
        return;
    field = preedit;
    typed();
}

QString VisitEditor::shown(const QString &committed, const Preedit &preedit)
{
    if (preedit.text.isEmpty())
        return committed;
    const qsizetype at = std::clamp<qsizetype>(preedit.position, 0, committed.size());
    return committed.left(at) + preedit.text + committed.mid(at);
}

void VisitEditor::typed()
{
    m_dirty = true;
    m_debounce.start(); // restarted by every keystroke
    if (!m_hardCap.isActive())
        m_hardCap.start(); // not restarted: bounds the wait however fast the typing
    setDraftState(Typing);
}

bool VisitEditor::flushDraft()
{
    if (!m_dirty)
        return true;
    Store *store = unlockedStore();
    if (!store) {
        setDraftState(DraftFailed);
        setError(tr("The draft could not be saved: Doorstep is locked."));
        return false;
    }
    m_debounce.stop();
    m_hardCap.stop();
    const VisitDraft draft{shownNotes(), shownNextSteps()};
    // Typed back to what the record holds: nothing needs keeping apart from it.
    const bool sameAsRecord = draft == VisitDraft{m_visit.notes, m_visit.nextSteps};
    const Status saved
        = sameAsRecord ? VisitDraft::remove(*store, m_visitId) : VisitDraft::save(*store, m_visitId, draft);
    if (!saved) {
        setDraftState(DraftFailed);
        setError(tr("The draft could not be saved on this tablet (%1). Keep this screen open: it is tried again "
                    "every second.")
                     .arg(saved.error().message()));
        m_hardCap.start(1000);
        return false;
    }
    m_dirty = false;
    m_savedWhileOpen = true;
    setDraftKept(!sameAsRecord);
    if (m_draftState == DraftFailed)
        clearError();
    setDraftState(sameAsRecord ? NoDraft : DraftSaved);
    emit draftSaved();
    return true;
}

void VisitEditor::setDraftKept(bool kept)
{
    if (m_draftKept == kept)
        return;
    m_draftKept = kept;
    if (m_session)
        VisitChanges::instance().announceDraft(m_session, m_visitId, kept);
}

void VisitEditor::setDraftState(DraftState state)
{
    if (m_draftState == state)
        return;
    m_draftState = state;
    emit draftStateChanged();
}

QString VisitEditor::draftStatusText() const
{
    switch (m_draftState) {
    case NoDraft:
        return {};
    case Typing:
        // The last save is at most a second old while typing goes on; before the first there is none.
        return m_savedWhileOpen ? tr("Draft saved just now") : QString();
    case DraftSaved:
        return tr("Draft saved just now");
    case DraftRestored:
        return tr("Draft restored");
    case DraftFailed:
        return tr("Draft not saved");
    case SavedToRecord:
        return tr("Notes saved to the visit");
    }
    return {};
}

bool VisitEditor::isSavedToRecord() const
{
    return m_loaded && shownNotes() == m_visit.notes && shownNextSteps() == m_visit.nextSteps;
}

void VisitEditor::clearError()
{
    setError(QString());
}

void VisitEditor::setError(const QString &text)
{
    if (m_lastError == text)
        return;
    m_lastError = text;
    emit lastErrorChanged();
}

QString VisitEditor::fieldWords(const Error &error) const
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("visit.notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("visit.nextSteps"), QT_TR_NOOP("Next steps")},
        {QStringLiteral("visit.checkedInAt"), QT_TR_NOOP("Check-in")},
        {QStringLiteral("visit.checkedOutAt"), QT_TR_NOOP("Check-out")},
        {QStringLiteral("visit.visitType"), QT_TR_NOOP("Visit type")},
        {QStringLiteral("visit.latitude"), QT_TR_NOOP("Location")},
        {QStringLiteral("visit.longitude"), QT_TR_NOOP("Location")},
        {QStringLiteral("visit.locationAccuracy"), QT_TR_NOOP("Location")},
    };
    const auto label = labels.constFind(error.field);
    if (label == labels.constEnd())
        return error.message();
    return tr("%1: %2").arg(tr(*label), error.reason);
}

bool VisitEditor::fail(const QString &what, const Error &error)
{
    setError(what + u' ' + fieldWords(error));
    return false;
}

bool VisitEditor::updateRecord(const std::function<void(Visit &)> &change, const QString &what)
{
    Store *store = unlockedStore();
    if (!store || !m_loaded) {
        setError(tr("Unlock Doorstep and open the visit first."));
        return false;
    }
    Repository<Visit> visits(*store);
    auto current = visits.get(m_visitId);
    if (!current)
        return fail(what, current.error());
    Visit visit = *current;
    change(visit);
    if (Status s = visits.update(visit); !s)
        return fail(what, s.error());
    m_visit = visit;
    afterRecordSaved();
    return true;
}

void VisitEditor::afterRecordSaved()
{
    clearError();
    if (m_session) {
        m_session->noteLocalEdit();
        VisitChanges::instance().announce(m_session, m_visitId);
    }
    if (isCheckedIn() && !isCheckedOut())
        m_ticker.start();
    else
        m_ticker.stop();
    updateDuration();
    emit changed();
}

bool VisitEditor::checkIn()
{
    if (m_loaded && isCheckedIn()) {
        setError(tr("This visit was already checked in at %1.").arg(checkedInText()));
        return false;
    }
    const QDateTime at = now();
    return updateRecord([&](Visit &v) { v.checkedInAt = at; }, tr("The check-in was not saved."));
}

bool VisitEditor::saveNotes()
{
    return checkOutOrSave(false);
}

bool VisitEditor::checkOut()
{
    if (m_loaded && !isCheckedIn()) {
        setError(tr("Check in first: a visit cannot be checked out before it has started."));
        return false;
    }
    if (m_loaded && isCheckedOut()) {
        setError(tr("This visit was already checked out at %1.").arg(checkedOutText()));
        return false;
    }
    return checkOutOrSave(true);
}

bool VisitEditor::checkOutOrSave(bool checkingOut)
{
    if (!unlockedStore() || !m_loaded) {
        setError(tr("Unlock Doorstep and open the visit first."));
        return false;
    }
    // Durable as a draft first, so that a refusal or a crash below loses nothing.
    flushDraft();
    const QString notes = shownNotes();
    const QString nextSteps = shownNextSteps();
    const QDateTime at = now();
    const bool saved = updateRecord(
        [&](Visit &v) {
            v.notes = notes;
            v.nextSteps = nextSteps;
            if (checkingOut)
                v.checkedOutAt = std::max(at, v.checkedInAt); // a check-in stamped by a clock ahead of this one
        },
        checkingOut ? tr("The visit was not checked out, and the notes are kept as a draft.")
                    : tr("The notes were not saved to the visit; they are kept as a draft."));
    if (!saved)
        return false;
    // The record holds the text now; only then does the draft go. A crash before this line leaves a
    // draft equal to the record, which the next load removes.
    if (Status s = VisitDraft::remove(*unlockedStore(), m_visitId); !s)
        qCWarning(lcVisitEditor) << "a spent draft could not be removed:" << s.error().message();
    else
        setDraftKept(false);
    m_dirty = false;
    m_debounce.stop();
    m_hardCap.stop();
    setDraftState(SavedToRecord);
    emit draftStateChanged();
    return true;
}

bool VisitEditor::startVisitNow(const QString &personId)
{
    Store *store = unlockedStore();
    if (!store) {
        setError(tr("Unlock Doorstep to start a visit."));
        return false;
    }
    const QString practitionerId = m_session->currentUserId();
    if (practitionerId.isEmpty()) {
        setError(tr("This tablet does not know who is signed in, so it cannot say whose visit this is."));
        return false;
    }
    auto person = Repository<Person>(*store).get(personId);
    if (!person)
        return fail(tr("The visit was not started."), person.error());
    auto practitioner = Repository<User>(*store).get(practitionerId);
    const QDateTime at = now();
    Visit visit;
    visit.personId = personId;
    visit.practitionerId = practitionerId;
    visit.plannedAt = at;
    visit.checkedInAt = at;
    visit.visitType = visitTypeFor(practitioner ? practitioner->profession : QString());
    if (auto id = Repository<Visit>(*store).create(visit); !id)
        return fail(tr("The visit was not started."), id.error());
    setVisitId(visit.id);
    afterRecordSaved();
    return m_loaded;
}

void VisitEditor::setVisitType(const QString &visitType)
{
    if (!m_loaded || visitType == m_visit.visitType)
        return;
    if (!updateRecord([&](Visit &v) { v.visitType = visitType; }, tr("The visit type was not changed.")))
        emit changed(); // the choice shown goes back to what the record holds
}

void VisitEditor::setLocation(LocationState state, const QString &message)
{
    if (m_locationState == state && m_locationMessage == message)
        return;
    m_locationState = state;
    m_locationMessage = message;
    emit locationChanged();
}

QString VisitEditor::locationText() const
{
    if (!m_loaded || !m_visit.locationAt.isValid() || std::isnan(m_visit.locationAccuracy))
        return {};
    return tr("Within %n m, added at %1", "", int(std::lround(m_visit.locationAccuracy)))
        .arg(timeText(m_visit.locationAt));
}

void VisitEditor::requestLocation()
{
    if (!unlockedStore() || !m_loaded) {
        setError(tr("Unlock Doorstep and open the visit first."));
        return;
    }
    if (!m_fix) {
        const LocationFix::Options options
            = m_locationOptions ? *m_locationOptions : LocationFix::optionsFor(m_session->isDemo());
        m_fix = new LocationFix(options, this);
        connect(m_fix, &LocationFix::finished, this, &VisitEditor::locationFinished);
    }
    m_poorFix.reset();
    setLocation(
        FindingLocation,
        tr("Finding your location\u2026 This can take up to %n seconds.", "", (m_fix->timeoutMs() + 999) / 1000));
    m_fix->start();
}

void VisitEditor::cancelLocation()
{
    if (m_fix)
        m_fix->cancel();
    m_poorFix.reset();
    setLocation(m_visit.locationAt.isValid() ? LocationAdded : NoLocation, QString());
}

void VisitEditor::locationFinished(LocationFix::Outcome outcome, const QGeoPositionInfo &position)
{
    switch (outcome) {
    case LocationFix::Outcome::Fixed:
        break;
    case LocationFix::Outcome::NoSource:
        setLocation(LocationFailed,
                    tr("This tablet has no location service that Doorstep can use. The visit is "
                       "recorded without a location."));
        return;
    case LocationFix::Outcome::Denied:
        setLocation(LocationFailed,
                    tr("Doorstep is not allowed to use this tablet's location. Allow it in the "
                       "tablet's settings and try again, or carry on without a location."));
        return;
    case LocationFix::Outcome::TimedOut:
        setLocation(LocationFailed,
                    tr("No location was found within %n seconds. Try again outside or by a window, or carry on "
                       "without a location.",
                       "", (m_fix->timeoutMs() + 999) / 1000));
        return;
    case LocationFix::Outcome::Failed:
        setLocation(LocationFailed,
                    tr("The location service stopped before it found where you are. Try again, or "
                       "carry on without a location."));
        return;
    }
    if (!position.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        // A fix is only kept with its accuracy: the record needs both, and so does anyone reading it.
        setLocation(LocationFailed,
                    tr("The location came without a measure of its accuracy, so it was not kept. "
                       "Try again, or carry on without a location."));
        return;
    }
    const double accuracy = position.attribute(QGeoPositionInfo::HorizontalAccuracy);
    if (accuracy > LocationFix::kPoorAccuracyMetres) {
        m_poorFix = position;
        setLocation(PoorAccuracy,
                    tr("Your location is only known to within %n m, which may be a street or more "
                       "away. Keep it, or try again?",
                       "", int(std::lround(accuracy))));
        return;
    }
    saveFix(position);
}

bool VisitEditor::keepLocation()
{
    if (m_locationState != PoorAccuracy || !m_poorFix) {
        setError(tr("There is no location waiting to be kept. Add your location first."));
        return false;
    }
    const QGeoPositionInfo position = *m_poorFix;
    m_poorFix.reset();
    return saveFix(position);
}

bool VisitEditor::saveFix(const QGeoPositionInfo &position)
{
    // Stamped when it arrived: it was asked for just now, and a replayed log carries its recording time.
    const QDateTime at = now();
    const bool saved = updateRecord(
        [&](Visit &v) {
            v.latitude = position.coordinate().latitude();
            v.longitude = position.coordinate().longitude();
            v.locationAccuracy = position.attribute(QGeoPositionInfo::HorizontalAccuracy);
            v.locationAt = at;
        },
        tr("The location was not saved."));
    if (!saved) {
        setLocation(LocationFailed, m_lastError);
        return false;
    }
    setLocation(LocationAdded, QString());
    emit locationChanged(); // the text changes even when the state was already "added"
    return true;
}

} // namespace doorstep
