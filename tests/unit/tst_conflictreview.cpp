// Conflict review on real stores and a real server: the app's tablet (a Session over HTTP) and a
// second tablet edit the same visit notes before either has seen the other's change, and delete
// what the other changed. ConflictListModel lists what sync flagged (under QAbstractItemModelTester);
// ConflictResolver's every choice edits the record and marks the conflict resolved in one
// transaction, as ordinary edits in the outbox that then reach the other tablet, and leaves the
// conflict's three texts as they were. RefusedChangeListModel shows a change the server refused,
// and setting it aside keeps it on the tablet and lets the changes behind it go through.
#include "conflict.h"
#include "conflictlistmodel.h"
#include "conflictresolver.h"
#include "outbox.h"
#include "person.h"
#include "refusedchangelistmodel.h"
#include "repository.h"
#include "reviewfixture.h"
#include "uuid.h"
#include "visit.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>

using namespace doorstep;
using namespace doorstep::review;

namespace {
QByteArray why(const Status &s)
{
    return s.ok() ? QByteArray() : s.error().message().toUtf8();
}
} // namespace

class TestConflictReview : public QObject
{
    Q_OBJECT

    Server m_server;
    Tablet m_other;
    QTemporaryDir m_appDir;
    std::unique_ptr<Session> m_session;
    Person m_person;
    QList<Visit> m_visits; // 0-2: both tablets edit the notes; 3-4: this tablet deletes what the other edits

    Store &store() { return *m_session->store(); }
    Conflict conflictFor(const QString &recordId)
    {
        auto found = Repository<Conflict>(store()).listWhere(QStringLiteral("recordId"), recordId);
        return found && !found->isEmpty() ? found->first() : Conflict();
    }

private slots:
    void initTestCase();
    void listShowsEveryUnresolvedConflictNewestFirst();
    void keepCurrentOnlyMarksTheConflictResolved();
    void keepOtherPutsTheOtherVersionOnTheRecord();
    void aMergeGoesOnTheRecord();
    void deleteAfterAllDeletesTheRecord();
    void keepTheRecordKeepsIt();
    void resolutionsReachTheOtherTablet();
    void anEmptyMergeOfARequiredTextIsRefusedInWords();
    void aRefusedChangeCanBeSetAsideAndTheRestGoesThrough();
    void aRecordGoneEverywhereLeavesItsTextToRead();
};

void TestConflictReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    QVERIFY(m_other.enrol(m_server, QStringLiteral("sam.social")));
    m_session = std::make_unique<Session>(sessionOptions(m_appDir.path(), m_server.url()));
    QVERIFY2(signIn(*m_session, m_server, QStringLiteral("alex.nurse")), qPrintable(m_session->lastError()));

    m_person.name = QStringLiteral("Ann Testperson");
    m_person.dateOfBirth = QDate(1938, 3, 9);
    m_person.teamId = m_server.teamId;
    QVERIFY(Repository<Person>(store()).create(m_person));
    for (int i = 0; i < 5; ++i) {
        Visit v;
        v.personId = m_person.id;
        v.practitionerId = m_session->currentUserId();
        v.plannedAt = QDateTime(QDate(2026, 3, 3), QTime(10 + i, 0), Qt::UTC);
        v.visitType = QStringLiteral("review");
        v.notes = QStringLiteral("Base notes %1").arg(i);
        QVERIFY(Repository<Visit>(store()).create(v));
        m_visits.append(v);
    }
    QVERIFY(syncNow(*m_session));
    QVERIFY2(m_other.sync(), why(m_other.sync()));

    // The other tablet edits every visit's notes and syncs first...
    Repository<Visit> theirs(*m_other.store);
    for (const Visit &v : std::as_const(m_visits)) {
        Visit edited = *theirs.get(v.id);
        edited.notes = QStringLiteral("Their notes %1").arg(v.notes.right(1));
        QVERIFY(theirs.update(edited));
    }
    QVERIFY(m_other.sync());
    // ...then this tablet, not having seen it, edits three and deletes two.
    Repository<Visit> mine(store());
    for (int i = 0; i < 3; ++i) {
        Visit edited = m_visits[i];
        edited.notes = QStringLiteral("My notes %1").arg(i);
        QVERIFY(mine.update(edited));
    }
    QVERIFY(mine.remove(m_visits[3].id));
    QVERIFY(mine.remove(m_visits[4].id));
    QVERIFY(syncNow(*m_session));
    QCOMPARE(m_session->syncEngine()->conflictCount(), 5);
}

void TestConflictReview::listShowsEveryUnresolvedConflictNewestFirst()
{
    ConflictListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_session.get());
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.error().isEmpty());
    int texts = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString title = index.data(ConflictListModel::TitleRole).toString();
        QVERIFY2(title.contains(QStringLiteral("Ann Testperson")), qPrintable(title));
        QVERIFY2(title.contains(QStringLiteral("3 March")), qPrintable(title));
        QCOMPARE(index.data(ConflictListModel::PersonNameRole).toString(), m_person.name);
        QVERIFY(index.data(ConflictListModel::DetectedTextRole).toString().startsWith(QStringLiteral("Found today")));
        if (index.data(ConflictListModel::KindRole).toString() == QLatin1String("text")) {
            ++texts;
            QVERIFY2(title.startsWith(QStringLiteral("Visit notes for Ann Testperson, 3 March")), qPrintable(title));
            QCOMPARE(index.data(ConflictListModel::FieldLabelRole).toString(), QStringLiteral("Visit notes"));
        } else {
            QVERIFY2(title.startsWith(QStringLiteral("Visit for Ann Testperson")), qPrintable(title));
            QVERIFY(index.data(ConflictListModel::KindTextRole).toString().contains(QStringLiteral("Deleted")));
        }
        if (row > 0) {
            const Conflict previous = *Repository<Conflict>(store()).get(model.conflictIdAt(row - 1));
            const Conflict current = *Repository<Conflict>(store()).get(model.conflictIdAt(row));
            QVERIFY(previous.detectedAt >= current.detectedAt);
        }
    }
    QCOMPARE(texts, 3);

    // Locking forgets them; unlocking reads them again.
    m_session->lock();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_session->unlock(kPin));
    QCOMPARE(model.rowCount(), 5);
}

void TestConflictReview::keepCurrentOnlyMarksTheConflictResolved()
{
    const Conflict before = conflictFor(m_visits[0].id);
    QCOMPARE(before.kind, QStringLiteral("text"));
    // This tablet's stamp was later: its text is on the record, the other tablet's kept aside.
    QCOMPARE(before.kept, QStringLiteral("My notes 0"));
    QCOMPARE(before.other, QStringLiteral("Their notes 0"));
    QCOMPARE(before.base, QStringLiteral("Base notes 0"));

    ConflictResolver resolver;
    resolver.setSession(m_session.get());
    resolver.setConflictId(before.id);
    QVERIFY(resolver.isLoaded());
    QCOMPARE(resolver.kept(), before.kept);
    QCOMPARE(resolver.current(), before.kept);
    QCOMPARE(resolver.other(), before.other);
    QCOMPARE(resolver.base(), before.base);
    QVERIFY(!resolver.otherFromThisTablet());
    QCOMPARE(resolver.otherSource(), QStringLiteral("Another tablet"));
    QVERIFY(resolver.mergeDraft().contains(before.kept) && resolver.mergeDraft().contains(before.other));

    const qint64 pending = store().outbox().count();
    QSignalSpy resolved(&resolver, &ConflictResolver::resolvedNow);
    QVERIFY2(resolver.keepCurrent(), qPrintable(resolver.error()));
    QCOMPARE(resolved.size(), 1);
    QVERIFY(resolver.isResolved());
    QCOMPARE(Repository<Visit>(store()).get(m_visits[0].id)->notes, before.kept);
    const Conflict after = *Repository<Conflict>(store()).get(before.id);
    QVERIFY(after.resolved);
    QCOMPARE(after.base, before.base);
    QCOMPARE(after.kept, before.kept);
    QCOMPARE(after.other, before.other);
    QCOMPARE(store().outbox().count(), pending + 1); // the conflict's update alone
    QCOMPARE(m_session->syncEngine()->conflictCount(), 4);
    QVERIFY(!resolver.keepOther()); // once resolved, it stays resolved
}

void TestConflictReview::keepOtherPutsTheOtherVersionOnTheRecord()
{
    const Conflict before = conflictFor(m_visits[1].id);
    ConflictResolver resolver;
    resolver.setSession(m_session.get());
    resolver.setConflictId(before.id);
    const qint64 pending = store().outbox().count();
    QVERIFY2(resolver.keepOther(), qPrintable(resolver.error()));
    QCOMPARE(Repository<Visit>(store()).get(m_visits[1].id)->notes, QStringLiteral("Their notes 1"));
    const Conflict after = *Repository<Conflict>(store()).get(before.id);
    QVERIFY(after.resolved);
    QCOMPARE(after.base, before.base);
    QCOMPARE(after.kept, before.kept);
    QCOMPARE(after.other, before.other);
    // Two ordinary edits: the visit's notes, and the conflict resolved.
    auto entries = store().outbox().pending();
    QVERIFY(entries);
    QCOMPARE(qint64(entries->size()), pending + 2);
    const OutboxEntry &visitEdit = entries->at(entries->size() - 2);
    QCOMPARE(visitEdit.entity, QStringLiteral("visit"));
    QCOMPARE(visitEdit.entityId, m_visits[1].id);
    QCOMPARE(visitEdit.changes.value(QStringLiteral("notes")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("Their notes 1"));
    QCOMPARE(entries->back().entity, QStringLiteral("conflict"));
    QCOMPARE(entries->back().changes.keys(), QStringList{QStringLiteral("resolved")});
}

void TestConflictReview::aMergeGoesOnTheRecord()
{
    const Conflict before = conflictFor(m_visits[2].id);
    ConflictResolver resolver;
    resolver.setSession(m_session.get());
    resolver.setConflictId(before.id);
    const QString merge = QStringLiteral("My notes 2, and from the other visit: their notes 2");
    const qint64 pending = store().outbox().count();
    QVERIFY2(resolver.saveMerge(merge), qPrintable(resolver.error()));
    QCOMPARE(Repository<Visit>(store()).get(m_visits[2].id)->notes, merge);
    const Conflict after = *Repository<Conflict>(store()).get(before.id);
    QVERIFY(after.resolved);
    QCOMPARE(after.base, before.base);
    QCOMPARE(after.kept, before.kept);
    QCOMPARE(after.other, before.other);
    QCOMPARE(store().outbox().count(), pending + 2);
}

void TestConflictReview::deleteAfterAllDeletesTheRecord()
{
    // The delete lost to the other tablet's unseen edit: the visit is back on this tablet too.
    QVERIFY(Repository<Visit>(store()).get(m_visits[3].id));
    const Conflict before = conflictFor(m_visits[3].id);
    QCOMPARE(before.kind, QStringLiteral("delete"));
    ConflictResolver resolver;
    resolver.setSession(m_session.get());
    resolver.setConflictId(before.id);
    QVERIFY(resolver.recordExists());
    QCOMPARE(resolver.kind(), QStringLiteral("delete"));
    QVERIFY(!resolver.saveMerge(QStringLiteral("not a text conflict")));
    QVERIFY(!resolver.error().isEmpty());
    const qint64 pending = store().outbox().count();
    QVERIFY2(resolver.deleteRecord(), qPrintable(resolver.error()));
    QVERIFY(!Repository<Visit>(store()).get(m_visits[3].id));
    QVERIFY(Repository<Conflict>(store()).get(before.id)->resolved);
    QCOMPARE(store().outbox().count(), pending + 2);
}

void TestConflictReview::keepTheRecordKeepsIt()
{
    const Conflict before = conflictFor(m_visits[4].id);
    ConflictResolver resolver;
    resolver.setSession(m_session.get());
    resolver.setConflictId(before.id);
    const qint64 pending = store().outbox().count();
    QVERIFY2(resolver.keepCurrent(), qPrintable(resolver.error()));
    QCOMPARE(Repository<Visit>(store()).get(m_visits[4].id)->notes, QStringLiteral("Their notes 4"));
    QVERIFY(Repository<Conflict>(store()).get(before.id)->resolved);
    QCOMPARE(store().outbox().count(), pending + 1);
    QCOMPARE(m_session->syncEngine()->conflictCount(), 0);

    ConflictListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_session.get());
    QCOMPARE(model.rowCount(), 0);
}

void TestConflictReview::resolutionsReachTheOtherTablet()
{
    QVERIFY(syncNow(*m_session));
    QCOMPARE(store().outbox().count(), 0);
    QVERIFY(m_other.sync());
    Repository<Visit> theirs(*m_other.store);
    QCOMPARE(theirs.get(m_visits[0].id)->notes, QStringLiteral("My notes 0"));
    QCOMPARE(theirs.get(m_visits[1].id)->notes, QStringLiteral("Their notes 1"));
    QCOMPARE(theirs.get(m_visits[2].id)->notes, QStringLiteral("My notes 2, and from the other visit: their notes 2"));
    QVERIFY(!theirs.get(m_visits[3].id));
    QCOMPARE(theirs.get(m_visits[4].id)->notes, QStringLiteral("Their notes 4"));
    QCOMPARE(m_other.store->outbox().unresolvedConflicts(), 0);
    auto conflicts = Repository<Conflict>(*m_other.store).list();
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 5);
}

void TestConflictReview::anEmptyMergeOfARequiredTextIsRefusedInWords()
{
    // Both tablets correct the person's name (required): an empty merge is refused, names the field
    // in words, and changes nothing.
    Person theirs = *Repository<Person>(*m_other.store).get(m_person.id);
    theirs.name = QStringLiteral("Anne Testperson");
    QVERIFY(Repository<Person>(*m_other.store).update(theirs));
    QVERIFY(m_other.sync());
    Person mine = *Repository<Person>(store()).get(m_person.id);
    mine.name = QStringLiteral("Ann Test-Person");
    QVERIFY(Repository<Person>(store()).update(mine));
    QVERIFY(syncNow(*m_session));
    const Conflict c = conflictFor(m_person.id);
    QCOMPARE(c.field, QStringLiteral("name"));

    ConflictResolver resolver;
    resolver.setSession(m_session.get());
    resolver.setConflictId(c.id);
    QCOMPARE(resolver.title(), QStringLiteral("Name for Ann Test-Person"));
    const qint64 pending = store().outbox().count();
    QVERIFY(!resolver.saveMerge(QString()));
    QVERIFY2(resolver.error().contains(QStringLiteral("Name: is required")), qPrintable(resolver.error()));
    QVERIFY(!Repository<Conflict>(store()).get(c.id)->resolved);
    QCOMPARE(Repository<Person>(store()).get(m_person.id)->name, mine.name);
    QCOMPARE(store().outbox().count(), pending);

    QVERIFY(resolver.keepCurrent());
    QVERIFY(syncNow(*m_session));
}

void TestConflictReview::aRefusedChangeCanBeSetAsideAndTheRestGoesThrough()
{
    RefusedChangeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_session.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasRefused());

    // A visit for a person the server does not have, then a change that is fine, behind it.
    Visit orphan;
    orphan.personId = Uuid::createV7();
    orphan.practitionerId = m_session->currentUserId();
    orphan.plannedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    orphan.visitType = QStringLiteral("nursing");
    orphan.notes = QStringLiteral("Dressing changed; the words I typed must not be lost.");
    QVERIFY(Repository<Visit>(store()).create(orphan));
    Person edited = *Repository<Person>(store()).get(m_person.id);
    edited.whatMattersToMe = QStringLiteral("Going to chapel on Sundays.");
    QVERIFY(Repository<Person>(store()).update(edited));

    QVERIFY(!syncNow(*m_session));
    SyncEngine &engine = *m_session->syncEngine();
    QCOMPARE(engine.state(), SyncEngine::State::Refused);
    QCOMPARE(engine.refusedChange().code, QStringLiteral("unknown_parent"));
    QCOMPARE(store().outbox().count(), 2); // both wait
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.hasRefused());
    QVERIFY(model.canSetAside());
    const QModelIndex refused = model.index(0);
    QVERIFY(!refused.data(RefusedChangeListModel::SetAsideRole).toBool());
    QVERIFY2(refused.data(RefusedChangeListModel::TitleRole).toString().startsWith(QStringLiteral("New: Visit")),
             qPrintable(refused.data(RefusedChangeListModel::TitleRole).toString()));
    QVERIFY(refused.data(RefusedChangeListModel::ReasonRole).toString().contains(QStringLiteral("does not have")));
    QVERIFY(refused.data(RefusedChangeListModel::DetailsRole).toString().contains(orphan.notes));
    const QString mutationId = refused.data(RefusedChangeListModel::MutationIdRole).toString();

    // Not while a sync is on its way: that batch carries the very change.
    engine.syncNow();
    QCOMPARE(engine.state(), SyncEngine::State::Syncing);
    QVERIFY(!model.canSetAside());
    QVERIFY(!model.setAside(mutationId));
    QVERIFY(model.error().contains(QStringLiteral("sync is under way")));
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Refused, kWaitMs);

    // Set aside: the sync starts again by itself, and the change behind it goes through.
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    QVERIFY2(model.setAside(mutationId), qPrintable(model.error()));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(engine.state(), SyncEngine::State::Idle);
    QCOMPARE(store().outbox().count(), 0);
    QVERIFY(m_other.sync());
    QCOMPARE(Repository<Person>(*m_other.store).get(m_person.id)->whatMattersToMe, edited.whatMattersToMe);
    QVERIFY(!Repository<Visit>(*m_other.store).get(orphan.id));

    // Nothing lost: the visit is no longer shown as recorded, and its words are kept to read and copy.
    QVERIFY(!Repository<Visit>(store()).get(orphan.id));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.hasRefused());
    const QModelIndex kept = model.index(0);
    QVERIFY(kept.data(RefusedChangeListModel::SetAsideRole).toBool());
    QVERIFY2(kept.data(RefusedChangeListModel::TitleRole).toString().startsWith(QStringLiteral("New: Visit, 4 March")),
             qPrintable(kept.data(RefusedChangeListModel::TitleRole).toString()));
    QVERIFY(kept.data(RefusedChangeListModel::DetailsRole).toString().contains(orphan.notes));
    QVERIFY(kept.data(RefusedChangeListModel::WhenTextRole).toString().startsWith(QStringLiteral("Set aside today")));
    auto setAside = store().outbox().setAsideEntries();
    QVERIFY(setAside);
    QCOMPARE(setAside->size(), size_t(1));
    QCOMPARE(setAside->front().entry.changes.value(QStringLiteral("notes")).toObject().value(QStringLiteral("new")),
             QJsonValue(orphan.notes));
}

void TestConflictReview::aRecordGoneEverywhereLeavesItsTextToRead()
{
    // What a tablet back from months away receives when it had edited a record purged meanwhile: a
    // delete conflict with the text it typed and no record. Made here on a store that never syncs.
    QTemporaryDir dir;
    Session::Options options{dir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.offline = true;
    Session offline(options);
    QVERIFY(offline.setUpPin(kPin, kPin));
    Conflict c;
    c.recordEntity = QStringLiteral("visit");
    c.recordId = Uuid::createV7();
    c.kind = QStringLiteral("delete");
    c.field = QStringLiteral("notes");
    c.base = QStringLiteral("Before");
    c.other = QStringLiteral("Typed while away: the key safe code has changed.");
    c.otherDeviceId = offline.store()->deviceId();
    c.detectedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(Repository<Conflict>(*offline.store()).create(c));

    ConflictResolver resolver;
    resolver.setSession(&offline);
    resolver.setConflictId(c.id);
    QVERIFY(resolver.isLoaded());
    QVERIFY(!resolver.recordExists());
    QVERIFY(resolver.otherFromThisTablet());
    QCOMPARE(resolver.otherSource(), QStringLiteral("This tablet"));
    QCOMPARE(resolver.other(), c.other);
    QVERIFY(resolver.kindText().contains(QStringLiteral("deleted everywhere else")));
    QVERIFY(!resolver.deleteRecord());
    QVERIFY(resolver.error().contains(QStringLiteral("no longer on this tablet")));
    QVERIFY2(resolver.keepCurrent(), qPrintable(resolver.error())); // read: marked as reviewed
    const Conflict after = *Repository<Conflict>(*offline.store()).get(c.id);
    QVERIFY(after.resolved);
    QCOMPARE(after.other, c.other);
}

QTEST_MAIN(TestConflictReview)
#include "tst_conflictreview.moc"
