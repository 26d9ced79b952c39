// The review pages in the real app window, offscreen, landscape and portrait, against a real server:
// the sync bar's review button opens the review page; conflicts are listed and open side by side in
// landscape and stacked in portrait; "Keep this one" and "Write a merge" settle them and the list
// shrinks; a refused change is set aside from the page and the sync then goes through; the person's
// timeline. Every step is saved as a PNG under the build directory for people to look at.
#include "outbox.h"
#include "person.h"
#include "repository.h"
#include "reviewfixture.h"
#include "syncstatus.h"
#include "uuid.h"
#include "visit.h"
#include "windowitems.h"

#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Doorstep_AppPlugin)

using namespace doorstep;
using namespace doorstep::review;

class TestReviewPages : public QObject
{
    Q_OBJECT

    Server m_server;
    Tablet m_other;
    QTemporaryDir m_appDir;
    QDir m_outDir;
    QQuickWindow *m_window = nullptr;

    QList<QQuickItem *> findAll(const QString &objectName) const;
    QQuickItem *find(const QString &objectName) const
    {
        const auto all = findAll(objectName);
        return all.isEmpty() ? nullptr : all.first();
    }
    void clickOn(QQuickItem *item);
    void shoot(const QString &name);
    void settle() { QTest::qWait(400); } // a StackView transition, so the picture is of the page at rest

private slots:
    void initTestCase();
    void pages_data();
    void pages();
};

void TestReviewPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_outDir = QDir(QStringLiteral(DOORSTEP_SCREENSHOT_DIR));
    QVERIFY(m_outDir.mkpath(QStringLiteral(".")));
    QVERIFY(m_server.start());
    QVERIFY(m_other.enrol(m_server, QStringLiteral("sam.social")));

    // Two conflicting notes, a deleted visit the other tablet changed, and a refused change: what the
    // page will show. Made with a Session of its own, closed before the app's window opens.
    Session session(sessionOptions(m_appDir.path(), m_server.url()));
    QVERIFY(signIn(session, m_server, QStringLiteral("alex.nurse")));
    Store &store = *session.store();
    Person person;
    person.name = QStringLiteral("Ann Pagetest");
    person.dateOfBirth = QDate(1936, 7, 1);
    person.teamId = m_server.teamId;
    person.whatMattersToMe = QStringLiteral("Staying in my own home with my cat.");
    QVERIFY(Repository<Person>(store).create(person));
    QList<Visit> visits;
    const QStringList notes{
        QStringLiteral("Pressure area on left heel checked. Skin intact. Daughter helping with cream twice a day."),
        QStringLiteral("Talked about the stairs; she would like a second rail. OT referral discussed."),
        QStringLiteral("Brief visit.")};
    for (int i = 0; i < 3; ++i) {
        Visit v;
        v.personId = person.id;
        v.practitionerId = session.currentUserId();
        v.plannedAt = QDateTime(QDate(2026, 3, 3 + i), QTime(10, 30), Qt::UTC);
        v.checkedInAt = v.plannedAt;
        v.checkedOutAt = v.plannedAt.addSecs(2400);
        v.visitType = QStringLiteral("nursing");
        v.notes = notes[i];
        QVERIFY(Repository<Visit>(store).create(v));
        visits.append(v);
    }
    QVERIFY(syncNow(session));
    QVERIFY(m_other.sync());
    Repository<Visit> theirs(*m_other.store);
    for (const Visit &v : std::as_const(visits)) {
        Visit edited = *theirs.get(v.id);
        edited.notes += QStringLiteral(" Later that day: her daughter rang to say the district nurse visit went well, "
                                       "and asked whether the next one could be in the afternoon.");
        QVERIFY(theirs.update(edited));
    }
    QVERIFY(m_other.sync());
    Repository<Visit> mine(store);
    for (int i = 0; i < 2; ++i) {
        Visit edited = visits[i];
        edited.notes += QStringLiteral(" Next visit in a week.");
        QVERIFY(mine.update(edited));
    }
    QVERIFY(mine.remove(visits[2].id));
    QVERIFY(syncNow(session));
    QCOMPARE(session.syncEngine()->conflictCount(), 3);
    Visit orphan;
    orphan.personId = Uuid::createV7();
    orphan.practitionerId = session.currentUserId();
    orphan.plannedAt = QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC);
    orphan.visitType = QStringLiteral("review");
    orphan.notes = QStringLiteral("Typed for someone the server does not know.");
    QVERIFY(mine.create(orphan));
    Person edited = person;
    edited.whatMattersToMe += QStringLiteral(" And seeing my grandson at weekends.");
    QVERIFY(Repository<Person>(store).update(edited));
    QVERIFY(!syncNow(session));
    QCOMPARE(session.syncEngine()->state(), SyncEngine::State::Refused);
}

void TestReviewPages::pages_data()
{
    test::addOrientations();
}

QList<QQuickItem *> TestReviewPages::findAll(const QString &objectName) const
{
    return test::visibleItems(m_window, objectName);
}

void TestReviewPages::clickOn(QQuickItem *item)
{
    test::clickOn(m_window, item);
}

void TestReviewPages::shoot(const QString &name)
{
    const QImage image = m_window->grabWindow();
    QVERIFY2(test::colourCount(image) >= 64, qPrintable(name + QStringLiteral(" looks blank")));
    const QString path
        = m_outDir.filePath(QStringLiteral("%1-%2.png").arg(name, QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY2(image.save(path), qPrintable(path));
}

void TestReviewPages::pages()
{
    QFETCH(QSize, size);
    const bool landscape = size.width() > size.height();
    Session::setDefaultOptions(sessionOptions(m_appDir.path(), m_server.url()));
    QQmlApplicationEngine engine;
    m_window = test::openAppWindow(engine, size);
    QVERIFY(m_window);
    auto *session = engine.singletonInstance<Session *>(qmlTypeId("Doorstep.App", 1, 0, "Session"));
    QVERIFY(session);
    QVERIFY2(session->unlock(kPin), qPrintable(session->lastError()));
    QTRY_VERIFY(find(QStringLiteral("caseloadPage")));

    // The first sync is refused again (the change is still there) or, once it is set aside, goes through.
    const SyncEngine::State expected = landscape ? SyncEngine::State::Refused : SyncEngine::State::Idle;
    QTRY_VERIFY_WITH_TIMEOUT(session->syncEngine() && session->syncEngine()->state() == expected, kWaitMs);
    QTRY_VERIFY(find(QStringLiteral("reviewButton")));
    QTest::qWait(100);
    shoot(QStringLiteral("review-syncbar"));
    clickOn(find(QStringLiteral("reviewButton")));
    QTRY_VERIFY(find(QStringLiteral("conflictReviewPage")));
    settle();
    const int conflicts = findAll(QStringLiteral("conflictDelegate")).size();
    QCOMPARE(conflicts, landscape ? 3 : 2);
    if (landscape) {
        QVERIFY(find(QStringLiteral("refusedChange")));
        QVERIFY(find(QStringLiteral("setAsideButton"))->isEnabled());
    } else {
        QVERIFY(find(QStringLiteral("setAsideChange"))); // set aside in the landscape run, kept to read
    }
    shoot(QStringLiteral("review"));

    // A text conflict: three versions, side by side in landscape, one under another in portrait.
    QQuickItem *textConflict = nullptr;
    for (QQuickItem *row : findAll(QStringLiteral("conflictDelegate"))) {
        if (row->property("title").toString().startsWith(QStringLiteral("Visit notes")))
            textConflict = row;
    }
    QVERIFY(textConflict);
    clickOn(textConflict);
    QTRY_VERIFY(find(QStringLiteral("conflictDetailPage")));
    settle();
    QQuickItem *current = find(QStringLiteral("currentVersion"));
    QQuickItem *other = find(QStringLiteral("otherVersion"));
    QQuickItem *base = find(QStringLiteral("baseVersion"));
    QVERIFY(current && other && base);
    const QPointF a = current->mapToScene(QPointF(0, 0));
    const QPointF b = other->mapToScene(QPointF(0, 0));
    const QPointF c = base->mapToScene(QPointF(0, 0));
    if (landscape) {
        QCOMPARE(a.y(), b.y());
        QVERIFY(a.x() < b.x() && b.x() < c.x());
    } else {
        QCOMPARE(a.x(), b.x());
        QVERIFY(a.y() < b.y() && b.y() < c.y());
    }
    for (QQuickItem *button : findAll(QStringLiteral("keepButton")))
        QVERIFY(button->width() >= 48 && button->height() >= 48);
    shoot(QStringLiteral("conflict-detail"));

    if (landscape) {
        // "Keep this one" under the other tablet's version.
        QQuickItem *keepOther = nullptr;
        for (QQuickItem *button : findAll(QStringLiteral("keepButton"))) {
            if (other->isAncestorOf(button))
                keepOther = button;
        }
        clickOn(keepOther);
    } else {
        // A merge, starting from both texts.
        clickOn(find(QStringLiteral("writeMergeButton")));
        QTRY_VERIFY(find(QStringLiteral("mergePane")));
        QQuickItem *merge = find(QStringLiteral("mergeText"));
        QVERIFY(merge->property("text").toString().contains(QStringLiteral("Next visit in a week.")));
        QVERIFY(merge->property("text").toString().contains(QStringLiteral("her daughter rang")));
        settle();
        shoot(QStringLiteral("conflict-merge"));
        clickOn(find(QStringLiteral("saveMergeButton")));
    }
    QTRY_VERIFY(find(QStringLiteral("conflictReviewPage")));
    settle();
    QTRY_COMPARE(findAll(QStringLiteral("conflictDelegate")).size(), conflicts - 1);

    // The deleted visit the other tablet had changed.
    QQuickItem *deleteConflict = nullptr;
    for (QQuickItem *row : findAll(QStringLiteral("conflictDelegate"))) {
        if (row->property("title").toString().startsWith(QStringLiteral("Visit for")))
            deleteConflict = row;
    }
    QVERIFY(deleteConflict);
    clickOn(deleteConflict);
    QTRY_VERIFY(find(QStringLiteral("conflictDetailPage")));
    settle();
    QVERIFY(find(QStringLiteral("keepRecordButton")));
    QVERIFY(find(QStringLiteral("deleteRecordButton")));
    shoot(QStringLiteral("conflict-delete"));
    clickOn(find(QStringLiteral("backButton")));
    QTRY_VERIFY(find(QStringLiteral("conflictReviewPage")));
    settle();

    if (landscape) {
        // Set the refused change aside: the changes behind it then go.
        clickOn(find(QStringLiteral("setAsideButton")));
        auto *dialog = engine.rootObjects().first()->findChild<QObject *>(QStringLiteral("confirmSetAsideDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        shoot(QStringLiteral("review-setaside-confirm"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("setAsideChange")), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(session->syncEngine()->state(), SyncEngine::State::Idle, kWaitMs);
        QCOMPARE(session->store()->outbox().count(), 0);
        QVERIFY(!find(QStringLiteral("refusedChange")));
        settle();
        shoot(QStringLiteral("review-setaside"));
    }

    // The person's timeline, from the caseload.
    clickOn(find(QStringLiteral("backButton")));
    QTRY_VERIFY(find(QStringLiteral("caseloadPage")));
    settle();
    QTRY_VERIFY(find(QStringLiteral("personDelegate")));
    clickOn(find(QStringLiteral("personDelegate")));
    QTRY_VERIFY(find(QStringLiteral("personPage")));
    settle();
    QVERIFY(find(QStringLiteral("timelineSection")));
    QVERIFY(findAll(QStringLiteral("timelineEntry")).size() >= 2);
    if (QQuickItem *flick = find(QStringLiteral("personFlickable"))) {
        flick->setProperty("contentY", qMax(0.0, flick->property("contentHeight").toReal() - flick->height()));
        QTest::qWait(100);
    }
    shoot(QStringLiteral("person-timeline"));
    session->lock();
    m_window = nullptr;
}

QTEST_MAIN(TestReviewPages)
#include "tst_reviewpages.moc"
