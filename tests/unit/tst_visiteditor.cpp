// VisitEditor on a real store through a Session: check in and out with the duration, the refusals,
// autosave (a draft durable within a second of typing, restored exactly in a fresh session, moved
// into the record by check-out, written on lock and on destruction) and the location fix from
// replayed NMEA logs: a good fix, a poor one, none in time, no source, no permission, silence.
#include "locationfix.h"
#include "visitchanges.h"
#include "visitdraft.h"
#include "visiteditor.h"
#include "visitfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace doorstep;
using doorstep::test::VisitFixture;

namespace {

const QDateTime kStart = QDateTime(QDate(2025, 6, 17), QTime(10, 2, 0), Qt::LocalTime).toUTC();

// What a practitioner might type: accents, an apostrophe, a dash, a tab, emoji with a joiner and a
// skin tone, Urdu, CRLF and LF line ends, and angle brackets that must stay text.
const QString kTyped = QStringLiteral(
    "Mrs O\u2019Brien said the stairs are \u201cno bother\u201d \u2014 not so.\n\tCarer: Zo\u00eb (daughter).\r\n"
    "\U0001F44D\U0001F3FD \U0001F469\u200D\U0001F9B3 \u0634\u06a9\u0631\u06cc\u06c1\n<b>not bold</b> & done\n");

QString nmeaSentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (char c : body)
        sum ^= quint8(c);
    return QStringLiteral("$%1*%2\r\n").arg(QString::fromLatin1(body)).arg(sum, 2, 16, QLatin1Char('0')).toUpper();
}

// Three epochs at a Leeds doorstep with the given HDOP; valid = false gives a receiver with no fix.
QString nmeaLog(double hdop, bool valid = true)
{
    QString log;
    for (int i = 0; i < 3; ++i) {
        const QByteArray time = QByteArray("1030") + QByteArray::number(10 + i) + ".00";
        log += nmeaSentence("GPRMC," + time + (valid ? ",A," : ",V,") + "5349.0210,N,00127.4160,W,0.0,0.0,120526,,,A");
        log += nmeaSentence("GPGGA," + time + ",5349.0210,N,00127.4160,W," + (valid ? "1" : "0") + ",06,"
                            + QByteArray::number(hdop, 'f', 1) + ",62.0,M,48.6,M,,");
    }
    return log;
}

// A position source that answers only as told: to stand for a platform that refuses, or never answers.
class ScriptedSource : public QGeoPositionInfoSource
{
public:
    ScriptedSource(std::optional<Error> answer, QObject *parent) : QGeoPositionInfoSource(parent), m_answer(answer) { }
    void setUpdateInterval(int) override { }
    QGeoPositionInfo lastKnownPosition(bool) const override { return {}; }
    PositioningMethods supportedPositioningMethods() const override { return SatellitePositioningMethods; }
    int minimumUpdateInterval() const override { return 1000; }
    Error error() const override { return m_answer.value_or(NoError); }
    void startUpdates() override { }
    void stopUpdates() override { }
    void requestUpdate(int) override
    {
        if (m_answer)
            QTimer::singleShot(10, this, [this] { emit errorOccurred(*m_answer); });
    }

private:
    std::optional<Error> m_answer;
};

} // namespace

class TestVisitEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void loadsTheVisit();
    void checkInAndOutRecordTimesAndDuration();
    void durationWords();
    void checkOutBeforeCheckInIsRefused();
    void secondCheckInOrOutIsRefused();
    void tooLongNotesAreRefusedAndKeptAsADraft();
    void draftIsDurableWithinASecondOfTheLastEdit();
    void draftKeepsUpWithContinuousTyping();
    void draftIsRestoredExactlyInAFreshSession();
    void checkOutMovesTheDraftIntoTheRecord();
    void saveNotesWithoutCheckingOut();
    void draftLeftEqualToTheRecordIsDropped();
    void typingBackToTheRecordDropsTheDraft();
    void draftIsWrittenWhenTheSessionLocks();
    void draftIsWrittenWhenTheEditorGoes();
    void startVisitNowMakesACheckedInVisit();
    void visitTypeCanBeChanged();
    void locationFromTheDemoLog();
    void poorAccuracyIsOfferedToKeepOrRetry();
    void noFixInTimeSaysSo();
    void noSourceSaysSo();
    void deniedSaysSo();
    void silentSourceStillEnds();

private:
    std::unique_ptr<VisitEditor> openEditor(const QString &visitId);
    QString writeLog(const QString &name, const QString &content);
    LocationFix::Options nmea(const QString &file, int timeoutMs = 5000);
    std::optional<VisitDraft> storedDraft(const QString &visitId);

    std::unique_ptr<VisitFixture> m_tablet;
    Person m_edith;
    Visit m_visit;
    QDateTime m_now;
};

void TestVisitEditor::init()
{
    m_tablet = std::make_unique<VisitFixture>();
    QVERIFY(m_tablet->setUp());
    m_edith = m_tablet->addPerson(QStringLiteral("Edith Testperson"));
    m_visit = m_tablet->addVisit(m_edith, kStart.addSecs(-2 * 60), {}, QStringLiteral("nursing"));
    m_now = kStart;
}

void TestVisitEditor::cleanup()
{
    m_tablet.reset();
}

std::unique_ptr<VisitEditor> TestVisitEditor::openEditor(const QString &visitId)
{
    auto editor = std::make_unique<VisitEditor>();
    editor->setClock([this] { return m_now; });
    editor->setSession(&m_tablet->session());
    editor->setVisitId(visitId);
    return editor;
}

QString TestVisitEditor::writeLog(const QString &name, const QString &content)
{
    const QString path = m_tablet->directory() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content.toLatin1());
    return path;
}

LocationFix::Options TestVisitEditor::nmea(const QString &file, int timeoutMs)
{
    LocationFix::Options options;
    options.nmeaFile = file;
    options.timeoutMs = timeoutMs;
    return options;
}

std::optional<VisitDraft> TestVisitEditor::storedDraft(const QString &visitId)
{
    auto draft = VisitDraft::load(m_tablet->store(), visitId);
    return draft ? *draft : std::nullopt;
}

void TestVisitEditor::loadsTheVisit()
{
    auto editor = openEditor(m_visit.id);
    QVERIFY(editor->isLoaded());
    QCOMPARE(editor->personId(), m_edith.id);
    QCOMPARE(editor->personName(), QStringLiteral("Edith Testperson"));
    QCOMPARE(editor->plannedTimeText(), QStringLiteral("10:00"));
    QVERIFY(editor->plannedText().contains(QStringLiteral("10:00")));
    QCOMPARE(editor->visitType(), QStringLiteral("nursing"));
    QCOMPARE(editor->visitTypeText(), QStringLiteral("Nursing"));
    QVERIFY(!editor->isCheckedIn());
    QVERIFY(!editor->isCheckedOut());
    QVERIFY(editor->durationText().isEmpty());
    QVERIFY(editor->notes().isEmpty());
    QCOMPARE(editor->draftState(), VisitEditor::NoDraft);
    QVERIFY(editor->isSavedToRecord());
    QCOMPARE(editor->locationState(), VisitEditor::NoLocation);
    QCOMPARE(editor->visitTypeChoices().size(), 8);

    // An id that is not there: not loaded, and a reason.
    auto missing = openEditor(QStringLiteral("0190a1b2-0000-7000-8000-000000000000"));
    QVERIFY(!missing->isLoaded());
    QVERIFY(missing->lastError().contains(QStringLiteral("cannot be shown")));
}

void TestVisitEditor::checkInAndOutRecordTimesAndDuration()
{
    auto editor = openEditor(m_visit.id);
    QSignalSpy visitSaved(&VisitChanges::instance(), &VisitChanges::visitSaved);
    QVERIFY(editor->checkIn());
    QCOMPARE(visitSaved.size(), 1);
    QVERIFY(editor->isCheckedIn());
    QCOMPARE(editor->checkedInText(), QStringLiteral("10:02"));
    QCOMPARE(m_tablet->visit(m_visit.id).checkedInAt, kStart);
    QCOMPARE(editor->durationText(), QStringLiteral("Less than a minute"));

    // Live while checked in: the editor reads its clock every second.
    m_now = kStart.addSecs(47 * 60 + 20);
    QTRY_COMPARE_WITH_TIMEOUT(editor->durationText(), QStringLiteral("47 min"), 3000);

    m_now = kStart.addSecs(65 * 60);
    QVERIFY(editor->checkOut());
    QVERIFY(editor->isCheckedOut());
    QCOMPARE(editor->checkedOutText(), QStringLiteral("11:07"));
    QCOMPARE(editor->durationText(), QStringLiteral("1 h 5 min"));
    QCOMPARE(m_tablet->visit(m_visit.id).checkedOutAt, kStart.addSecs(65 * 60));
    // Final after check-out, whatever the clock does.
    m_now = kStart.addSecs(5 * 3600);
    QTest::qWait(1200); // more than one tick of the live duration: it must not move
    QCOMPARE(editor->durationText(), QStringLiteral("1 h 5 min"));
}

void TestVisitEditor::durationWords()
{
    QCOMPARE(VisitEditor::durationWords(0), QStringLiteral("Less than a minute"));
    QCOMPARE(VisitEditor::durationWords(59), QStringLiteral("Less than a minute"));
    QCOMPARE(VisitEditor::durationWords(60), QStringLiteral("1 min"));
    QCOMPARE(VisitEditor::durationWords(59 * 60 + 59), QStringLiteral("59 min"));
    QCOMPARE(VisitEditor::durationWords(3600), QStringLiteral("1 h 0 min"));
    QCOMPARE(VisitEditor::durationWords(2 * 3600 + 14 * 60), QStringLiteral("2 h 14 min"));
}

void TestVisitEditor::checkOutBeforeCheckInIsRefused()
{
    auto editor = openEditor(m_visit.id);
    editor->setNotes(QStringLiteral("Not in when I called."));
    QVERIFY(!editor->checkOut());
    QVERIFY2(editor->lastError().contains(QStringLiteral("Check in first")), qPrintable(editor->lastError()));
    const Visit stored = m_tablet->visit(m_visit.id);
    QVERIFY(!stored.checkedOutAt.isValid());
    QVERIFY(stored.notes.isEmpty()); // nothing changed
    QVERIFY(!editor->isCheckedOut());
    // And the text is not lost: it is still there, and durable.
    QCOMPARE(editor->notes(), QStringLiteral("Not in when I called."));
    QVERIFY(editor->flushDraft());
    QCOMPARE(storedDraft(m_visit.id)->notes, QStringLiteral("Not in when I called."));
}

void TestVisitEditor::secondCheckInOrOutIsRefused()
{
    auto editor = openEditor(m_visit.id);
    QVERIFY(editor->checkIn());
    m_now = kStart.addSecs(600);
    QVERIFY(!editor->checkIn());
    QVERIFY(editor->lastError().contains(QStringLiteral("already checked in at 10:02")));
    QCOMPARE(m_tablet->visit(m_visit.id).checkedInAt, kStart);
    QVERIFY(editor->checkOut());
    editor->clearError();
    QVERIFY(!editor->checkOut());
    QVERIFY(editor->lastError().contains(QStringLiteral("already checked out at 10:12")));
    QCOMPARE(m_tablet->visit(m_visit.id).checkedOutAt, kStart.addSecs(600));
}

void TestVisitEditor::tooLongNotesAreRefusedAndKeptAsADraft()
{
    auto editor = openEditor(m_visit.id);
    QVERIFY(editor->checkIn());
    const QString tooLong(VisitEditor::maxNotesLength() + 1, u'a');
    editor->setNotes(tooLong);
    QVERIFY(!editor->checkOut());
    QVERIFY2(editor->lastError().contains(QStringLiteral("Notes:")), qPrintable(editor->lastError()));
    QVERIFY(editor->lastError().contains(QStringLiteral("longer than")));
    const Visit stored = m_tablet->visit(m_visit.id);
    QVERIFY(!stored.checkedOutAt.isValid());
    QVERIFY(stored.notes.isEmpty());
    QCOMPARE(storedDraft(m_visit.id)->notes, tooLong);
    QVERIFY(!editor->isSavedToRecord());
}

void TestVisitEditor::draftIsDurableWithinASecondOfTheLastEdit()
{
    auto editor = openEditor(m_visit.id);
    QSignalSpy saved(editor.get(), &VisitEditor::draftSaved);
    editor->setNotes(QStringLiteral("Walked to"));
    editor->setNotes(QStringLiteral("Walked to the gate"));
    editor->setNextSteps(QStringLiteral("OT to call"));
    QElapsedTimer sinceLastEdit;
    sinceLastEdit.start();
    QCOMPARE(editor->draftState(), VisitEditor::Typing);
    QCOMPARE(editor->draftStatusText(), QString()); // nothing is claimed before it is true
    QTRY_VERIFY_WITH_TIMEOUT(storedDraft(m_visit.id).has_value(), 1000);
    QVERIFY(sinceLastEdit.elapsed() <= 1000);
    QCOMPARE(*storedDraft(m_visit.id),
             (VisitDraft{QStringLiteral("Walked to the gate"), QStringLiteral("OT to call")}));
    QCOMPARE(saved.size(), 1); // one write for the burst
    QCOMPARE(editor->draftState(), VisitEditor::DraftSaved);
    QCOMPARE(editor->draftStatusText(), QStringLiteral("Draft saved just now"));
    // The draft never reached the record, nor the outbox: it is this tablet's alone until saved.
    QVERIFY(m_tablet->visit(m_visit.id).notes.isEmpty());
}

void TestVisitEditor::draftKeepsUpWithContinuousTyping()
{
    // Faster than the debounce, for longer than the hard cap: the draft must still follow within a
    // second of each keystroke.
    auto editor = openEditor(m_visit.id);
    const QString text = QStringLiteral("She manages the stairs with one rail and would like a second one fitted.");
    QElapsedTimer clock;
    clock.start();
    QList<qint64> typedAt; // when each prefix length was typed
    QList<std::pair<qint64, int>> durable; // when a draft of that many characters was durable
    connect(editor.get(), &VisitEditor::draftSaved, this, [&] {
        durable.append({clock.elapsed(), int(storedDraft(m_visit.id)->notes.size())});
    });
    QTimer keys;
    keys.setInterval(40);
    int typed = 0;
    connect(&keys, &QTimer::timeout, this, [&] {
        ++typed;
        typedAt.append(clock.elapsed());
        editor->setNotes(text.left(typed));
        if (typed == text.size())
            keys.stop();
    });
    keys.start();
    QTRY_VERIFY_WITH_TIMEOUT(typed == text.size() && !durable.isEmpty() && durable.last().second == text.size(),
                             text.size() * 40 + 5000);
    QVERIFY(durable.size() >= 3); // it saved along the way, not only at the end
    for (int i = 0; i < typedAt.size(); ++i) {
        const auto covered = std::find_if(durable.cbegin(), durable.cend(),
                                          [&](const auto &d) { return d.second >= i + 1 && d.first >= typedAt[i]; });
        QVERIFY(covered != durable.cend());
        QVERIFY2(covered->first - typedAt[i] <= 1000,
                 qPrintable(QStringLiteral("character %1 took %2 ms").arg(i + 1).arg(covered->first - typedAt[i])));
    }
}

void TestVisitEditor::draftIsRestoredExactlyInAFreshSession()
{
    {
        auto editor = openEditor(m_visit.id);
        QVERIFY(editor->checkIn());
        QSignalSpy saved(editor.get(), &VisitEditor::draftSaved);
        editor->setNotes(kTyped);
        editor->setNextSteps(QStringLiteral("Rail quote \u00a3120\nReview in 2 weeks"));
        QVERIFY(saved.wait(1000));
    }
    QVERIFY(m_tablet->reopen());
    auto editor = openEditor(m_visit.id);
    QVERIFY(editor->isLoaded());
    QCOMPARE(editor->notes(), kTyped);
    QCOMPARE(editor->notes().toUtf8(), kTyped.toUtf8()); // every unit, not just equal on screen
    QCOMPARE(editor->nextSteps(), QStringLiteral("Rail quote \u00a3120\nReview in 2 weeks"));
    QCOMPARE(editor->draftState(), VisitEditor::DraftRestored);
    QCOMPARE(editor->draftStatusText(), QStringLiteral("Draft restored"));
    QVERIFY(!editor->isSavedToRecord());
    QVERIFY(editor->isCheckedIn()); // the check-in went to the record at once
    QVERIFY(m_tablet->visit(m_visit.id).notes.isEmpty());
}

void TestVisitEditor::checkOutMovesTheDraftIntoTheRecord()
{
    auto editor = openEditor(m_visit.id);
    QVERIFY(editor->checkIn());
    editor->setNotes(kTyped);
    editor->setNextSteps(QStringLiteral("District nurse again on Friday."));
    m_now = kStart.addSecs(1800);
    QVERIFY(editor->checkOut());
    const Visit stored = m_tablet->visit(m_visit.id);
    QCOMPARE(stored.notes, kTyped);
    QCOMPARE(stored.nextSteps, QStringLiteral("District nurse again on Friday."));
    QCOMPARE(stored.checkedOutAt, kStart.addSecs(1800));
    QVERIFY(!storedDraft(m_visit.id).has_value());
    QCOMPARE(editor->draftState(), VisitEditor::SavedToRecord);
    QVERIFY(editor->isSavedToRecord());

    QVERIFY(m_tablet->reopen());
    auto again = openEditor(m_visit.id);
    QCOMPARE(again->notes(), kTyped);
    QCOMPARE(again->draftState(), VisitEditor::NoDraft);
    QCOMPARE(again->durationText(), QStringLiteral("30 min"));
}

void TestVisitEditor::saveNotesWithoutCheckingOut()
{
    auto editor = openEditor(m_visit.id);
    editor->setNotes(QStringLiteral("Phoned ahead; visit moved to the afternoon."));
    QVERIFY(editor->saveNotes());
    QCOMPARE(m_tablet->visit(m_visit.id).notes, QStringLiteral("Phoned ahead; visit moved to the afternoon."));
    QVERIFY(!m_tablet->visit(m_visit.id).checkedOutAt.isValid());
    QVERIFY(!storedDraft(m_visit.id).has_value());
    QCOMPARE(editor->draftStatusText(), QStringLiteral("Notes saved to the visit"));
    // More typing after the save is a new draft.
    editor->setNotes(editor->notes() + QStringLiteral(" Key safe 1234."));
    QVERIFY(editor->flushDraft());
    QVERIFY(storedDraft(m_visit.id).has_value());
    QVERIFY(!editor->isSavedToRecord());
}

void TestVisitEditor::draftLeftEqualToTheRecordIsDropped()
{
    // A save cut off between writing the record and removing the draft: the record has the text.
    Visit v = m_tablet->visit(m_visit.id);
    v.notes = QStringLiteral("All said and done.");
    QVERIFY(Repository<Visit>(m_tablet->store()).update(v));
    QVERIFY(VisitDraft::save(m_tablet->store(), m_visit.id, VisitDraft{v.notes, v.nextSteps}));
    auto editor = openEditor(m_visit.id);
    QCOMPARE(editor->notes(), QStringLiteral("All said and done."));
    QCOMPARE(editor->draftState(), VisitEditor::NoDraft);
    QVERIFY(!storedDraft(m_visit.id).has_value());
}

void TestVisitEditor::typingBackToTheRecordDropsTheDraft()
{
    auto editor = openEditor(m_visit.id);
    editor->setNotes(QStringLiteral("x"));
    QVERIFY(editor->flushDraft());
    QVERIFY(storedDraft(m_visit.id).has_value());
    editor->setNotes(QString());
    QVERIFY(editor->flushDraft());
    QVERIFY(!storedDraft(m_visit.id).has_value());
    QCOMPARE(editor->draftState(), VisitEditor::NoDraft);
}

void TestVisitEditor::draftIsWrittenWhenTheSessionLocks()
{
    auto editor = openEditor(m_visit.id);
    editor->setNotes(QStringLiteral("Typed just before the lock"));
    m_tablet->session().lock(); // sooner than any timer
    QVERIFY(!editor->isLoaded());
    QVERIFY(editor->notes().isEmpty()); // nothing decrypted is kept while locked
    QVERIFY(m_tablet->session().unlock(VisitFixture::pin()));
    // Unlocked again, the editor reads the visit and its draft back by itself.
    QVERIFY(editor->isLoaded());
    QCOMPARE(editor->notes(), QStringLiteral("Typed just before the lock"));
    QCOMPARE(editor->draftState(), VisitEditor::DraftRestored);
}

void TestVisitEditor::draftIsWrittenWhenTheEditorGoes()
{
    auto editor = openEditor(m_visit.id);
    editor->setNextSteps(QStringLiteral("Typed as the page closed"));
    editor.reset();
    QCOMPARE(storedDraft(m_visit.id)->nextSteps, QStringLiteral("Typed as the page closed"));
}

void TestVisitEditor::startVisitNowMakesACheckedInVisit()
{
    VisitEditor editor;
    editor.setClock([this] { return m_now; });
    editor.setSession(&m_tablet->session());
    QVERIFY(editor.startVisitNow(m_edith.id));
    QVERIFY(editor.isLoaded());
    QVERIFY(!editor.visitId().isEmpty());
    QVERIFY(editor.visitId() != m_visit.id);
    const Visit stored = m_tablet->visit(editor.visitId());
    QCOMPARE(stored.personId, m_edith.id);
    QCOMPARE(stored.practitionerId, m_tablet->practitionerId);
    QCOMPARE(stored.plannedAt, kStart);
    QCOMPARE(stored.checkedInAt, kStart);
    QCOMPARE(stored.visitType, QStringLiteral("nursing")); // the signed-in nurse's kind of visit
    QVERIFY(editor.isCheckedIn());

    QVERIFY(!editor.startVisitNow(QStringLiteral("0190a1b2-0000-7000-8000-000000000000")));
    QVERIFY(!editor.lastError().isEmpty());
    QCOMPARE(editor.visitId(), stored.id); // the visit shown is still the one started
}

void TestVisitEditor::visitTypeCanBeChanged()
{
    auto editor = openEditor(m_visit.id);
    editor->setVisitType(QStringLiteral("assessment"));
    QCOMPARE(m_tablet->visit(m_visit.id).visitType, QStringLiteral("assessment"));
    QCOMPARE(editor->visitTypeText(), QStringLiteral("Assessment"));
    editor->setVisitType(QStringLiteral("tea-and-biscuits"));
    QVERIFY(editor->lastError().contains(QStringLiteral("Visit type:")));
    QCOMPARE(m_tablet->visit(m_visit.id).visitType, QStringLiteral("assessment"));
}

void TestVisitEditor::locationFromTheDemoLog()
{
    auto editor = openEditor(m_visit.id);
    editor->setLocationOptions(nmea(LocationFix::demoLog()));
    editor->requestLocation();
    QCOMPARE(editor->locationState(), VisitEditor::FindingLocation);
    QVERIFY(editor->locationMessage().contains(QStringLiteral("Finding your location")));
    QTRY_COMPARE_WITH_TIMEOUT(editor->locationState(), VisitEditor::LocationAdded, 5000);
    const Visit stored = m_tablet->visit(m_visit.id);
    QVERIFY(std::abs(stored.latitude - 53.817) < 0.001);
    QVERIFY(std::abs(stored.longitude + 1.457) < 0.001);
    QCOMPARE(std::lround(stored.locationAccuracy), 12L); // 2 x HDOP 1.2 x 5 m
    QCOMPARE(stored.locationAt, kStart);
    QCOMPARE(editor->locationText(), QStringLiteral("Within 12 m, added at 10:02"));
    QVERIFY(editor->locationMessage().isEmpty());

    // A fresh editor shows the fix the visit has.
    auto again = openEditor(m_visit.id);
    QCOMPARE(again->locationState(), VisitEditor::LocationAdded);
    QCOMPARE(again->locationText(), QStringLiteral("Within 12 m, added at 10:02"));
}

void TestVisitEditor::poorAccuracyIsOfferedToKeepOrRetry()
{
    auto editor = openEditor(m_visit.id);
    editor->setLocationOptions(nmea(writeLog(QStringLiteral("poor.nmea"), nmeaLog(15.0))));
    QVERIFY(!editor->keepLocation()); // nothing to keep yet
    editor->requestLocation();
    QTRY_COMPARE_WITH_TIMEOUT(editor->locationState(), VisitEditor::PoorAccuracy, 5000);
    QVERIFY2(editor->locationMessage().contains(QStringLiteral("within 150 m")), qPrintable(editor->locationMessage()));
    QVERIFY(!m_tablet->visit(m_visit.id).locationAt.isValid()); // not kept unless asked

    // Try again: the same poor answer; then keep it.
    editor->requestLocation();
    QCOMPARE(editor->locationState(), VisitEditor::FindingLocation);
    QTRY_COMPARE_WITH_TIMEOUT(editor->locationState(), VisitEditor::PoorAccuracy, 5000);
    QVERIFY(editor->keepLocation());
    QCOMPARE(editor->locationState(), VisitEditor::LocationAdded);
    QCOMPARE(std::lround(m_tablet->visit(m_visit.id).locationAccuracy), 150L);
    QCOMPARE(editor->locationText(), QStringLiteral("Within 150 m, added at 10:02"));

    // Or leave it out: the visit keeps what it had.
    editor->requestLocation();
    QTRY_COMPARE_WITH_TIMEOUT(editor->locationState(), VisitEditor::PoorAccuracy, 5000);
    editor->cancelLocation();
    QCOMPARE(editor->locationState(), VisitEditor::LocationAdded);
}

void TestVisitEditor::noFixInTimeSaysSo()
{
    auto editor = openEditor(m_visit.id);
    editor->setLocationOptions(nmea(writeLog(QStringLiteral("nofix.nmea"), nmeaLog(99.9, false)), 1500));
    QElapsedTimer waited;
    waited.start();
    editor->requestLocation();
    QTRY_COMPARE_WITH_TIMEOUT(editor->locationState(), VisitEditor::LocationFailed, 5000);
    QVERIFY(waited.elapsed() >= 1400);
    QVERIFY2(editor->locationMessage().contains(QStringLiteral("No location was found within 2 seconds")),
             qPrintable(editor->locationMessage()));
    QVERIFY(!m_tablet->visit(m_visit.id).locationAt.isValid());
}

void TestVisitEditor::noSourceSaysSo()
{
    auto editor = openEditor(m_visit.id);
    editor->setLocationOptions(nmea(m_tablet->directory() + QStringLiteral("/no-such-log.nmea")));
    editor->requestLocation();
    QTRY_COMPARE_WITH_TIMEOUT(editor->locationState(), VisitEditor::LocationFailed, 2000);
    QVERIFY(editor->locationMessage().contains(QStringLiteral("no location service")));
}

void TestVisitEditor::deniedSaysSo()
{
    auto editor = openEditor(m_visit.id);
    LocationFix::Options options;
    options.sourceFactory
        = [](QObject *parent) { return new ScriptedSource(QGeoPositionInfoSource::AccessError, parent); };
    editor->setLocationOptions(options);
    editor->requestLocation();
    QTRY_COMPARE_WITH_TIMEOUT(editor->locationState(), VisitEditor::LocationFailed, 2000);
    QVERIFY(editor->locationMessage().contains(QStringLiteral("not allowed to use this tablet's location")));
}

void TestVisitEditor::silentSourceStillEnds()
{
    auto editor = openEditor(m_visit.id);
    LocationFix::Options options;
    options.timeoutMs = 800;
    options.sourceFactory = [](QObject *parent) { return new ScriptedSource(std::nullopt, parent); };
    editor->setLocationOptions(options);
    editor->requestLocation();
    QTRY_COMPARE_WITH_TIMEOUT(editor->locationState(), VisitEditor::LocationFailed, 3000);
    QVERIFY(editor->locationMessage().contains(QStringLiteral("No location was found")));
}

QTEST_GUILESS_MAIN(TestVisitEditor)
#include "tst_visiteditor.moc"
