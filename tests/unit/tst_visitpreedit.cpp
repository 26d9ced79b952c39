// The visit page on a tablet with a predictive keyboard: the word being composed lives in the
// TextArea's pre-edit text, not in its text, until the keyboard commits it. The autosaved draft and
// the record written on check-out hold it where it stands, as the person sees it; committed, it is
// there once. The real VisitPage in an offscreen window, sent input method events as a keyboard sends them.
#include "visitdraft.h"
#include "visiteditor.h"
#include "visitfixture.h"
#include "windowitems.h"

#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Doorstep_AppPlugin)

using namespace doorstep;
using doorstep::test::VisitFixture;

class TestVisitPreedit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void draftHoldsTheWordBeingComposed();
    void checkOutWritesWhatIsShown();

private:
    // Focus on the field, as a tap gives it; the input method then sends its events there.
    QQuickItem *focusOn(const QString &objectName);
    // What an input method sends to the focused field: the word it is composing, or the words it commits.
    static void compose(const QString &preedit, const QString &commit = {});
    std::optional<VisitDraft> draft();

    std::unique_ptr<VisitFixture> m_tablet;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    Session *m_session = nullptr;
    VisitEditor *m_editor = nullptr;
    QString m_visitId;
};

void TestVisitPreedit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

void TestVisitPreedit::init()
{
    m_tablet = std::make_unique<VisitFixture>();
    QVERIFY(m_tablet->setUp());
    const Person person = m_tablet->addPerson(QStringLiteral("Edith Testperson"));
    m_visitId = m_tablet->addVisit(person, QDateTime::currentDateTimeUtc()).id;
    m_tablet->close(); // the page's own Session opens the store
    Session::Options options = VisitFixture::optionsFor(m_tablet->directory());
    options.lockWhenHidden = false;
    Session::setDefaultOptions(options);

    m_engine = std::make_unique<QQmlEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Compiled first: the import registers the module's types, the Session singleton among them.
    QQmlComponent component(m_engine.get());
    component.setData("import Doorstep.App\nVisitPage { anchors.fill: parent }", QUrl());
    m_session = m_engine->singletonInstance<Session *>(qmlTypeId("Doorstep.App", 1, 0, "Session"));
    QVERIFY(m_session);
    QVERIFY(m_session->unlock(VisitFixture::pin()));

    m_window = std::make_unique<QQuickWindow>();
    m_window->resize(1280, 800);
    auto *page = qobject_cast<QQuickItem *>(component.createWithInitialProperties(
        {{QStringLiteral("visitId"), m_visitId},
         {QStringLiteral("parent"), QVariant::fromValue(m_window->contentItem())}}));
    QVERIFY2(page, qPrintable(component.errorString()));
    page->setParent(m_window.get());
    m_editor = qvariant_cast<VisitEditor *>(page->property("editor"));
    QVERIFY(m_editor);
    QVERIFY2(m_editor->isLoaded(), qPrintable(m_editor->lastError()));
    QVERIFY(m_editor->checkIn());
    m_window->show();
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestVisitPreedit::cleanup()
{
    m_editor = nullptr;
    m_window.reset(); // the page, whose editor writes its draft with the session's key
    m_session = nullptr;
    m_engine.reset();
    m_tablet.reset();
}

QQuickItem *TestVisitPreedit::focusOn(const QString &objectName)
{
    QQuickItem *field = test::visibleItem(m_window.get(), objectName);
    if (!field)
        return nullptr;
    field->forceActiveFocus();
    return QGuiApplication::focusObject() == field ? field : nullptr;
}

void TestVisitPreedit::compose(const QString &preedit, const QString &commit)
{
    QInputMethodEvent event(preedit, {});
    event.setCommitString(commit);
    QCoreApplication::sendEvent(QGuiApplication::focusObject(), &event);
}

std::optional<VisitDraft> TestVisitPreedit::draft()
{
    return VisitDraft::load(*m_session->store(), m_visitId).value();
}

void TestVisitPreedit::draftHoldsTheWordBeingComposed()
{
    QQuickItem *notes = focusOn(QStringLiteral("notesArea"));
    QVERIFY(notes);
    compose({}, QStringLiteral("Seen . Ring Friday."));
    notes->setProperty("cursorPosition", 5);
    compose(QStringLiteral("toda"));
    // The field shows the word, its text does not have it.
    QCOMPARE(notes->property("preeditText").toString(), QStringLiteral("toda"));
    QCOMPARE(notes->property("text").toString(), QStringLiteral("Seen . Ring Friday."));
    QTRY_COMPARE(m_editor->draftState(), VisitEditor::DraftSaved);
    QCOMPARE(draft()->notes, QStringLiteral("Seen toda. Ring Friday."));

    // The next keystroke changes the word, and the draft follows.
    compose(QStringLiteral("today"));
    QTRY_COMPARE(draft()->notes, QStringLiteral("Seen today. Ring Friday."));

    // Committed, the word is in the text, and once only.
    compose({}, QStringLiteral("today"));
    QCOMPARE(notes->property("text").toString(), QStringLiteral("Seen today. Ring Friday."));
    QCOMPARE(m_editor->notes(), QStringLiteral("Seen today. Ring Friday."));
    QVERIFY(m_editor->flushDraft());
    QCOMPARE(draft()->notes, QStringLiteral("Seen today. Ring Friday."));

    // The next steps field the same way.
    QVERIFY(focusOn(QStringLiteral("nextStepsArea")));
    compose(QStringLiteral("Ring"));
    QTRY_COMPARE(draft()->nextSteps, QStringLiteral("Ring"));
    QCOMPARE(m_editor->nextSteps(), QString());
}

void TestVisitPreedit::checkOutWritesWhatIsShown()
{
    QQuickItem *notes = focusOn(QStringLiteral("notesArea"));
    QVERIFY(notes);
    compose({}, QStringLiteral("Left her "));
    compose(QStringLiteral("cheerful"));
    QVERIFY(m_editor->checkOut());
    QCOMPARE(Repository<Visit>(*m_session->store()).get(m_visitId)->notes, QStringLiteral("Left her cheerful"));
    QVERIFY(m_editor->isSavedToRecord());
    QVERIFY(!draft());

    // The keyboard commits the word: the record already has it, so no draft is kept apart from it.
    compose({}, QStringLiteral("cheerful"));
    QCOMPARE(notes->property("text").toString(), QStringLiteral("Left her cheerful"));
    QVERIFY(m_editor->flushDraft());
    QVERIFY(m_editor->isSavedToRecord());
    QVERIFY(!draft());
}

QTEST_MAIN(TestVisitPreedit)
#include "tst_visitpreedit.moc"
