// Renders the first screens offscreen at the tablet's two orientations, saves them as PNGs, and
// checks what a practitioner depends on: the screen is drawn, the controls are there, and every
// control is big enough for a finger. Three journeys: the offline demo (PIN, caseload, person), a
// first start against a server in this process (sign-in, a refused password, the PIN, the synced
// caseload with its sync bar, a consent decision, then the server gone), and a peer evaluator's first
// start (the round and the people to interview, by name, then one interview: consent first, then the
// statements).
#include "demoloader.h"
#include "demosetup.h"
#include "devicesettings.h"
#include "httpfrontend.h"
#include "repository.h"
#include "serverdatabase.h"
#include "session.h"
#include "store.h"
#include "syncengine.h"
#include "syncservice.h"
#include "user.h"
#include "windowitems.h"

#include <QAccessible>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>

#include <sodium.h>

Q_IMPORT_QML_PLUGIN(Doorstep_AppPlugin)

using namespace doorstep;

class TestAppScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screens_data();
    void screens();
    void signInAndSync_data() { screens_data(); }
    void signInAndSync();
    void peerEvaluator_data() { screens_data(); }
    void peerEvaluator();

private:
    QQuickItem *findItem(const QString &objectName) const;
    QList<QQuickItem *> findAll(const QString &objectName) const;
    void clickOn(QQuickItem *item);
    void shoot(const QString &name, const QStringList &expectedObjects);
    void typeInto(QQuickItem *field, const QString &text);
    // A first start's two forms, filled in once they are on screen (not sent).
    void fillSignIn(const QString &userName, const QString &password);
    void fillNewPin(const QString &pin);
    bool scrollIntoView(QQuickItem *flickable, QQuickItem *item);
    void openApp(QQmlApplicationEngine &engine, const QSize &size);
    // A tablet's first start against the server in this process; null (the test failed) if it did not open.
    Session *openFirstStart(QQmlApplicationEngine &engine, const QString &tabletDir, const QSize &size);
    QString serverUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    bool startServer();

    QTemporaryDir m_dataDir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerDatabase> m_serverDb;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<HttpFrontend> m_http;
    quint16 m_port = 0;
    QDir m_outDir;
    QQuickWindow *m_window = nullptr;
};

void TestAppScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    m_outDir = QDir(QStringLiteral(DOORSTEP_SCREENSHOT_DIR));
    QVERIFY(m_outDir.mkpath(QStringLiteral(".")));
    // The full-size demo neighbourhood, so the caseload looks as it will on a real round.
    auto prepared
        = DemoSetup::prepareDirectory(m_dataDir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost());
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message()));
    QCOMPARE(*prepared, DemoSetup::Outcome::Created);

    // The same neighbourhood on a server, for the journey that signs in.
    auto opened = ServerDatabase::open(QStringLiteral("sqlite:") + m_serverDir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(opened);
    m_serverDb = std::move(opened).value();
    SyncService::Options options;
    options.passwordOpsLimit = crypto_pwhash_OPSLIMIT_MIN;
    options.passwordMemLimit = crypto_pwhash_MEMLIMIT_MIN;
    m_service = std::make_unique<SyncService>(*m_serverDb, options);
    auto loaded = DemoLoader::load(*m_serverDb, *m_service, QStringLiteral("screenshot password"));
    QVERIFY2(loaded && loaded->loaded, qPrintable(loaded ? QString() : loaded.error().message()));
}

bool TestAppScreenshots::startServer()
{
    m_http = std::make_unique<HttpFrontend>(*m_service);
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

void TestAppScreenshots::screens_data()
{
    test::addOrientations();
}

QList<QQuickItem *> TestAppScreenshots::findAll(const QString &objectName) const
{
    return test::visibleItems(m_window, objectName);
}

QQuickItem *TestAppScreenshots::findItem(const QString &objectName) const
{
    const QList<QQuickItem *> all = findAll(objectName);
    return all.isEmpty() ? nullptr : all.first();
}

void TestAppScreenshots::clickOn(QQuickItem *item)
{
    test::clickOn(m_window, item);
}

void TestAppScreenshots::shoot(const QString &name, const QStringList &expectedObjects)
{
    QTest::qWait(100); // for the scene graph to draw what last changed: the picture is for people to look at
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    for (const QString &objectName : expectedObjects) {
        QQuickItem *item = findItem(objectName);
        QVERIFY2(item, qPrintable(name + QStringLiteral(": no visible ") + objectName));
        // Everything tappable or typed into is at least 48 px in both directions, and on screen.
        QVERIFY2(
            item->width() >= 48 && item->height() >= 48,
            qPrintable(QStringLiteral("%1: %2 is %3x%4").arg(name, objectName).arg(item->width()).arg(item->height())));
        const QRectF onScreen = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        QVERIFY2(QRectF(QPointF(0, 0), QSizeF(m_window->size())).contains(onScreen),
                 qPrintable(name + QStringLiteral(": ") + objectName + QStringLiteral(" is outside the window")));
    }

    const QImage image = m_window->grabWindow();
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    const qsizetype colours = test::colourCount(image);
    QVERIFY2(colours >= 64, qPrintable(QStringLiteral("%1 looks blank: %2 colours").arg(name).arg(colours)));
    const QString path = m_outDir.filePath(QStringLiteral("%1-%2.png").arg(name, tag));
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestAppScreenshots::typeInto(QQuickItem *field, const QString &text)
{
    test::typeInto(m_window, field, text);
}

void TestAppScreenshots::fillSignIn(const QString &userName, const QString &password)
{
    QTRY_VERIFY(findItem(QStringLiteral("signInPage")));
    typeInto(findItem(QStringLiteral("userNameField")), userName);
    typeInto(findItem(QStringLiteral("passwordField")), password);
}

void TestAppScreenshots::fillNewPin(const QString &pin)
{
    QTRY_VERIFY(findItem(QStringLiteral("pinPage")));
    typeInto(findItem(QStringLiteral("pinField")), pin);
    typeInto(findItem(QStringLiteral("pinConfirmField")), pin);
}

// Scrolls a Flickable just enough that the item is wholly on screen (its top, if it is taller), as a
// finger would. True when it already was and the content is still; call it until it is, since a layout
// may still be growing, and a Flickable moves its content back within bounds by an animation.
bool TestAppScreenshots::scrollIntoView(QQuickItem *flickable, QQuickItem *item)
{
    if (flickable->property("moving").toBool())
        return false;
    const QRectF shown = item->mapRectToItem(flickable, QRectF(0, 0, item->width(), item->height()));
    // Wider than the view: the layout has not caught up with the page yet.
    if (shown.left() < 0 || shown.right() > flickable->width())
        return false;
    qreal by = 0;
    if (shown.bottom() > flickable->height())
        by = shown.bottom() - flickable->height() + 16;
    if (shown.top() - by < 0)
        by = shown.top() - 16;
    if (by == 0)
        return true;
    flickable->setProperty("contentY", flickable->property("contentY").toReal() + by);
    return false;
}

void TestAppScreenshots::openApp(QQmlApplicationEngine &engine, const QSize &size)
{
    m_window = test::openAppWindow(engine, size);
    QVERIFY(m_window);
    QTRY_COMPARE(m_window->size(), size);
}

Session *TestAppScreenshots::openFirstStart(QQmlApplicationEngine &engine, const QString &tabletDir, const QSize &size)
{
    if (!startServer()) {
        QTest::qFail("the server does not listen", __FILE__, __LINE__);
        return nullptr;
    }
    Session::Options options{tabletDir, KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.server = serverUrl();
    options.sync.useNetworkInformation = false;
    options.requestTimeoutMs = 10000;
    Session::setDefaultOptions(options);
    openApp(engine, size);
    if (QTest::currentTestFailed())
        return nullptr;
    auto *session = engine.singletonInstance<Session *>(qmlTypeId("Doorstep.App", 1, 0, "Session"));
    if (!session)
        QTest::qFail("no Session singleton", __FILE__, __LINE__);
    return session;
}

void TestAppScreenshots::screens()
{
    QFETCH(QSize, size);
    Session::setDefaultOptions({m_dataDir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()});
    QQmlApplicationEngine engine;
    openApp(engine, size);
    if (QTest::currentTestFailed())
        return;

    // The PIN page, then the PIN typed as a person would.
    QTRY_VERIFY(findItem(QStringLiteral("pinPage")));
    shoot(QStringLiteral("pin"), {QStringLiteral("pinField"), QStringLiteral("pinSubmitButton")});
    QQuickItem *pinField = findItem(QStringLiteral("pinField"));
    const auto typePin = [&](const QString &pin) {
        clickOn(pinField);
        QTRY_VERIFY(pinField->hasActiveFocus());
        for (QChar digit : pin)
            QTest::keyClick(m_window, digit.toLatin1());
        QCOMPARE(pinField->property("text").toString(), pin);
        clickOn(findItem(QStringLiteral("pinSubmitButton")));
    };
    // A wrong PIN first: the refusal must be on screen, readable, and leave the page usable.
    typePin(QStringLiteral("135790"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(findItem(QStringLiteral("pinErrorLabel")));
    QVERIFY(!findItem(QStringLiteral("pinErrorLabel"))->property("text").toString().isEmpty());
    shoot(QStringLiteral("pin-refused"), {QStringLiteral("pinField"), QStringLiteral("pinSubmitButton")});
    typePin(DemoSetup::pin());
    if (QTest::currentTestFailed())
        return;

    // The caseload of the demo neighbourhood.
    QTRY_VERIFY(findItem(QStringLiteral("caseloadPage")));
    QTRY_VERIFY(findAll(QStringLiteral("personDelegate")).size() >= 5);
    shoot(QStringLiteral("caseload"),
          {QStringLiteral("searchField"), QStringLiteral("caseloadList"), QStringLiteral("personDelegate"),
           QStringLiteral("lockButton")});

    // A tap on the first person opens their summary.
    clickOn(findItem(QStringLiteral("personDelegate")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("personPage"),
                              QStringLiteral("caseloadPage"))); // the push transition has finished
    shoot(QStringLiteral("person"),
          {QStringLiteral("backButton"), QStringLiteral("lockButton"), QStringLiteral("identityCard"),
           QStringLiteral("visitActionButton"), QStringLiteral("goalsButton"), QStringLiteral("whatMattersSection")});
    // Consent begins on the first screen, so nobody misses that there is a decision below.
    QQuickItem *consent = findItem(QStringLiteral("consentSection"));
    QVERIFY(consent);
    QVERIFY(consent->mapToScene(QPointF(0, 0)).y() < m_window->height() - 48);

    // The visit: opened from the person page, checked in, notes typed.
    clickOn(findItem(QStringLiteral("visitActionButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("visitPage"), QStringLiteral("personPage")));
    if (QQuickItem *checkIn = findItem(QStringLiteral("checkInButton")))
        clickOn(checkIn);
    QTRY_VERIFY(findItem(QStringLiteral("checkOutButton")));
    // Typed once: the second orientation opens the same visit with the draft already there.
    if (findItem(QStringLiteral("notesArea"))->property("text").toString().isEmpty())
        typeInto(findItem(QStringLiteral("notesArea")), QStringLiteral("Kitchen rug gone"));
    QTRY_VERIFY(findItem(QStringLiteral("draftStatus")));
    shoot(QStringLiteral("visit"),
          {QStringLiteral("backButton"), QStringLiteral("checkOutButton"), QStringLiteral("addLocationButton"),
           QStringLiteral("notesArea"), QStringLiteral("nextStepsArea")});
    clickOn(findItem(QStringLiteral("backButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("personPage"), QStringLiteral("visitPage")));

    // The person's goals, a new goal's form, and a goal's reviews with its trend.
    clickOn(findItem(QStringLiteral("goalsButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("goalsPage"), QStringLiteral("personPage")));
    shoot(QStringLiteral("goals"), {QStringLiteral("backButton"), QStringLiteral("newGoalButton")});
    clickOn(findItem(QStringLiteral("newGoalButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("goalEditPage"), QStringLiteral("goalsPage")));
    shoot(QStringLiteral("goal-edit"),
          {QStringLiteral("goalWordsField"), QStringLiteral("baselineRating1"), QStringLiteral("baselineRating10"),
           QStringLiteral("chooseStatementsButton"), QStringLiteral("goalSaveButton"),
           QStringLiteral("goalCancelButton")});
    typeInto(findItem(QStringLiteral("goalWordsField")), QStringLiteral("I want to walk to the shop"));
    clickOn(findItem(QStringLiteral("baselineRating3")));
    clickOn(findItem(QStringLiteral("goalSaveButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("goalsPage"),
                              QStringLiteral("goalEditPage"))); // the pop transition has finished
    QTRY_VERIFY(findItem(QStringLiteral("goalSparkline")));
    // The goal's row (its words, left of the sparkline) opens its reviews.
    const QPointF goalRow = findItem(QStringLiteral("goalSparkline"))->mapToScene(QPointF(0, 0));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, QPoint(48, int(goalRow.y()) + 8));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("goalReviewPage"), QStringLiteral("goalsPage")));
    shoot(QStringLiteral("goal-review"),
          {QStringLiteral("goalTrendChart"), QStringLiteral("reviewRating1"), QStringLiteral("reviewRating10"),
           QStringLiteral("reviewCommentField"), QStringLiteral("saveReviewButton"), QStringLiteral("editGoalButton")});
    clickOn(findItem(QStringLiteral("backButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("goalsPage"), QStringLiteral("goalReviewPage")));
    clickOn(findItem(QStringLiteral("backButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("personPage"), QStringLiteral("goalsPage")));

    // The postcard in hand-over mode: only the questions, ten targets each, and the way out by PIN.
    clickOn(findItem(QStringLiteral("postcardButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("postcardHandoverPage"), QStringLiteral("personPage")));
    shoot(QStringLiteral("postcard"),
          {QStringLiteral("q1Target1"), QStringLiteral("q1Target10"), QStringLiteral("q2Target1"),
           QStringLiteral("q2Target10")});
    QVERIFY(!findItem(QStringLiteral("lockButton"))); // nothing else is reachable
    QVERIFY(!findItem(QStringLiteral("backButton")));
    // The way back to the practitioner is at the foot of the card.
    QQuickItem *card = findItem(QStringLiteral("postcardFlickable"));
    card->setProperty("contentY", qMax(0.0, card->property("contentHeight").toReal() - card->height()));
    QTRY_VERIFY(findItem(QStringLiteral("handBackButton")));
    QTest::qWait(100);
    clickOn(findItem(QStringLiteral("handBackButton")));
    QTRY_VERIFY(findItem(QStringLiteral("pinKeypad")));
    shoot(QStringLiteral("postcard-pin"), {QStringLiteral("pinKeypad"), QStringLiteral("pinBackToPostcard")});
    for (QChar digit : DemoSetup::pin())
        clickOn(findItem(QStringLiteral("pinKey") + digit));
    clickOn(findItem(QStringLiteral("pinLeaveButton")));
    // Nothing was answered: the page may ask whether to throw the empty card away.
    QTRY_VERIFY(findItem(QStringLiteral("unsentDiscardButton")) || !findItem(QStringLiteral("postcardHandoverPage")));
    if (QQuickItem *discard = findItem(QStringLiteral("unsentDiscardButton")))
        clickOn(discard);
    QTRY_VERIFY(!findItem(QStringLiteral("postcardHandoverPage")));
    QTRY_VERIFY(findItem(QStringLiteral("personPage")));

    // Lock goes back to the PIN page and leaves nothing of the person on screen.
    clickOn(findItem(QStringLiteral("lockButton")));
    QTRY_VERIFY(findItem(QStringLiteral("pinPage")));
    QVERIFY(!findItem(QStringLiteral("personPage")));
    m_window = nullptr;
}

void TestAppScreenshots::signInAndSync()
{
    QFETCH(QSize, size);
    QTemporaryDir tabletDir;
    QQmlApplicationEngine engine;
    Session *session = openFirstStart(engine, tabletDir.path(), size);
    if (!session)
        return;

    // First start: the sign-in page, the server's address already there; a wrong password first.
    fillSignIn(QStringLiteral("demo.practitioner1"), QStringLiteral("not the password"));
    QCOMPARE(findItem(QStringLiteral("serverField"))->property("text").toString(), serverUrl());
    shoot(QStringLiteral("signin"),
          {QStringLiteral("serverField"), QStringLiteral("userNameField"), QStringLiteral("passwordField"),
           QStringLiteral("signInButton")});
    clickOn(findItem(QStringLiteral("signInButton")));
    if (QTest::currentTestFailed())
        return;

    // Then the PIN, chosen twice, which the sign-in waits for.
    fillNewPin(QStringLiteral("864200"));
    QVERIFY(findItem(QStringLiteral("pinSignInNote")));
    shoot(QStringLiteral("pin-choose"),
          {QStringLiteral("pinField"), QStringLiteral("pinConfirmField"), QStringLiteral("pinSubmitButton"),
           QStringLiteral("backToSignInButton")});
    clickOn(findItem(QStringLiteral("pinSubmitButton")));
    if (QTest::currentTestFailed())
        return;

    // The server refuses the password: back on the sign-in page, saying why; the PIN is kept.
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == Session::NeedsSignIn, 20000);
    QTRY_VERIFY(findItem(QStringLiteral("signInErrorLabel")));
    QVERIFY(
        findItem(QStringLiteral("signInErrorLabel"))->property("text").toString().contains(QStringLiteral("password")));
    QVERIFY(session->hasPin());
    shoot(QStringLiteral("signin-refused"),
          {QStringLiteral("userNameField"), QStringLiteral("passwordField"), QStringLiteral("signInButton")});

    // The right password: enrolled, then the first sync fills the caseload.
    typeInto(findItem(QStringLiteral("passwordField")), QStringLiteral("screenshot password"));
    clickOn(findItem(QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("caseloadPage")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(session->syncEngine() && session->syncEngine()->lastSuccess().isValid(), 30000);
    QTRY_VERIFY(findAll(QStringLiteral("personDelegate")).size() >= 5);
    QTRY_COMPARE(findItem(QStringLiteral("syncStateLabel"))->property("text").toString(), QStringLiteral("Up to date"));
    QVERIFY(findItem(QStringLiteral("syncDetailsLabel"))
                ->property("text")
                .toString()
                .contains(QStringLiteral("Last synced today")));
    QVERIFY(!findItem(QStringLiteral("syncErrorLabel")));
    shoot(QStringLiteral("caseload-synced"),
          {QStringLiteral("searchField"), QStringLiteral("caseloadList"), QStringLiteral("personDelegate"),
           QStringLiteral("lockButton"), QStringLiteral("syncBar"), QStringLiteral("syncNowButton")});
    // What a screen reader says for the button.
    QAccessibleInterface *syncNow = QAccessible::queryAccessibleInterface(findItem(QStringLiteral("syncNowButton")));
    QVERIFY(syncNow);
    QCOMPARE(syncNow->text(QAccessible::Name), QStringLiteral("Sync now"));

    // A consent decision, recorded in the app: the bar then counts one change not sent yet.
    clickOn(findItem(QStringLiteral("personDelegate")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("personPage"), QStringLiteral("caseloadPage")));
    QQuickItem *record = findItem(QStringLiteral("recordConsentButton"));
    QVERIFY(record);
    // Scrolled into view on the taller summary of a portrait screen.
    if (QQuickItem *flick = findItem(QStringLiteral("personFlickable")))
        scrollIntoView(flick, record);
    QTest::qWait(50);
    clickOn(record);
    // The dialog is a popup, not an item: its buttons show it is open.
    QTRY_VERIFY(findItem(QStringLiteral("consentSaveButton")));
    clickOn(findItem(QStringLiteral("consentRefusedButton")));
    QTest::qWait(300); // the dialog's opening transition
    shoot(QStringLiteral("consent-dialog"),
          {QStringLiteral("consentGivenButton"), QStringLiteral("consentRefusedButton"),
           QStringLiteral("consentScopeField"), QStringLiteral("consentSaveButton")});
    clickOn(findItem(QStringLiteral("consentSaveButton")));
    QTRY_VERIFY2(!findItem(QStringLiteral("consentSaveButton")), qPrintable(session->lastError()));
    QTRY_VERIFY(findItem(QStringLiteral("consentDecision"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Consent refused")));
    clickOn(findItem(QStringLiteral("backButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("caseloadPage"), QStringLiteral("personPage")));
    QTRY_VERIFY(findItem(QStringLiteral("syncDetailsLabel"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("1 change not sent yet")));

    // The server goes away; "Sync now" then says so in words, and keeps the change.
    m_http.reset();
    clickOn(findItem(QStringLiteral("syncNowButton")));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("syncErrorLabel")), 20000);
    QVERIFY(findItem(QStringLiteral("syncErrorLabel"))
                ->property("text")
                .toString()
                .contains(QStringLiteral("No connection")));
    QVERIFY(findItem(QStringLiteral("syncDetailsLabel"))
                ->property("text")
                .toString()
                .contains(QStringLiteral("1 change not sent yet")));
    shoot(QStringLiteral("caseload-offline"),
          {QStringLiteral("searchField"), QStringLiteral("syncBar"), QStringLiteral("syncNowButton")});

    clickOn(findItem(QStringLiteral("lockButton")));
    QTRY_VERIFY(findItem(QStringLiteral("pinPage")));
    QVERIFY(!session->syncEngine());
    m_window = nullptr;
}

void TestAppScreenshots::peerEvaluator()
{
    QFETCH(QSize, size);
    QTemporaryDir tabletDir;
    QQmlApplicationEngine engine;
    Session *session = openFirstStart(engine, tabletDir.path(), size);
    if (!session)
        return;

    // First start of a peer evaluator's tablet: sign in, choose the PIN.
    fillSignIn(QStringLiteral("demo.evaluator1"), QStringLiteral("screenshot password"));
    clickOn(findItem(QStringLiteral("signInButton")));
    fillNewPin(QStringLiteral("864200"));
    clickOn(findItem(QStringLiteral("pinSubmitButton")));
    if (QTest::currentTestFailed())
        return;

    // The peer evaluator's home: the round, and the people listed for it by name, as the server sent
    // them (a tablet without their names would say "Person 1 on the team's list").
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("peerHomePage")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(session->syncEngine() && session->syncEngine()->lastSuccess().isValid(), 30000);
    QTRY_VERIFY(findAll(QStringLiteral("intervieweeDelegate")).size() >= 5);
    const QList<QQuickItem *> people = findAll(QStringLiteral("intervieweeDelegate"));
    for (QQuickItem *person : people)
        QVERIFY2(!person->property("name").toString().contains(QStringLiteral("on the team's list")),
                 "an interviewee is shown without a name");
    shoot(QStringLiteral("peer-home"),
          {QStringLiteral("roundDelegate"), QStringLiteral("collectPostcardButton"), QStringLiteral("intervieweeList"),
           QStringLiteral("intervieweeDelegate"), QStringLiteral("lockButton"), QStringLiteral("syncNowButton")});
    // The round's card is tall enough for its title, dates and progress, none of them cut off.
    QQuickItem *round = findItem(QStringLiteral("roundDelegate"));
    // And the list shows it: not squeezed to nothing by the long list of people below it.
    QQuickItem *roundList = findItem(QStringLiteral("roundList"));
    QVERIFY2(roundList->height() >= round->height(),
             qPrintable(QStringLiteral("the rounds' list is %1 px high").arg(roundList->height())));
    QVERIFY2(round->height() >= round->property("implicitHeight").toReal() - 1,
             qPrintable(QStringLiteral("the round's card is %1 px high for %2 px of content")
                            .arg(round->height())
                            .arg(round->property("implicitHeight").toReal())));

    // Someone not asked yet: their interview opens on the consent question, the statements held back.
    QQuickItem *notAsked = nullptr;
    for (QQuickItem *person : people) {
        if (person->property("consent").toString() == QLatin1String("not-asked")) {
            notAsked = person;
            break;
        }
    }
    QVERIFY2(notAsked, "the demo round has nobody left to ask");
    if (QQuickItem *list = findItem(QStringLiteral("intervieweeList")))
        list->setProperty("contentY", notAsked->y()); // into view, as a finger scrolls the list
    QTest::qWait(100);
    clickOn(notAsked);
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("interviewPage"),
                              QStringLiteral("peerHomePage"))); // the push transition has finished
    QVERIFY(!findItem(QStringLiteral("interviewSection")));
    QVERIFY(findItem(QStringLiteral("interviewLockedLabel")));
    shoot(QStringLiteral("interview-consent"),
          {QStringLiteral("backButton"), QStringLiteral("lockButton"), QStringLiteral("giveConsentButton"),
           QStringLiteral("declineConsentButton")});

    // They agree: the statements appear, each with the agree scale and a comment.
    clickOn(findItem(QStringLiteral("giveConsentButton")));
    QTRY_VERIFY(findItem(QStringLiteral("interviewSection")));
    QTRY_VERIFY(findItem(QStringLiteral("withdrawConsentButton")));
    QQuickItem *flick = findItem(QStringLiteral("interviewFlickable"));
    QVERIFY(flick);
    QTRY_VERIFY(scrollIntoView(flick, findItem(QStringLiteral("statement1"))));
    clickOn(findItem(QStringLiteral("agree1_agree")));
    QTRY_VERIFY(findItem(QStringLiteral("agree1_agree"))->property("highlighted").toBool());
    shoot(QStringLiteral("interview-statements"),
          {QStringLiteral("agree1_strongly-agree"), QStringLiteral("agree1_agree"), QStringLiteral("agree1_neither"),
           QStringLiteral("agree1_disagree"), QStringLiteral("agree1_strongly-disagree"), QStringLiteral("comment1")});

    clickOn(findItem(QStringLiteral("backButton")));
    QVERIFY(test::waitForSwap(m_window, QStringLiteral("peerHomePage"), QStringLiteral("interviewPage")));
    clickOn(findItem(QStringLiteral("lockButton")));
    QTRY_VERIFY(findItem(QStringLiteral("pinPage")));
    m_http.reset();
    m_window = nullptr;
}

int main(int argc, char **argv)
{
    // Drawn by the software scene graph: the same pixels with or without a GPU.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    TestAppScreenshots test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appscreenshots.moc"
