// The app's window (Main.qml) on a peer evaluator's tablet: once unlocked it shows the interview
// rounds and never the caseload or a person's page; after a lock and an unlock, the same. On the
// practitioner's tablet the caseload stays where it was.
#include "peerfixture.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(Doorstep_AppPlugin)

using namespace doorstep;

namespace {
// A visible item of the window by its objectName (the test hook), or null.
QQuickItem *shown(QQuickWindow *window, const QString &objectName)
{
    std::function<QQuickItem *(QQuickItem *)> search = [&](QQuickItem *item) -> QQuickItem * {
        if (!item->isVisible())
            return nullptr;
        if (item->objectName() == objectName)
            return item;
        const auto children = item->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = search(child))
                return found;
        }
        return nullptr;
    };
    return search(window->contentItem());
}
} // namespace

class TestPeerMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void peerEvaluatorStartsAtTheRounds();
    void practitionerStartsAtTheCaseload();

private:
    void openWindow(PeerFixture::As as);
    std::unique_ptr<PeerFixture> m_fixture;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    Session *m_session = nullptr;
};

void TestPeerMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

void TestPeerMode::openWindow(PeerFixture::As as)
{
    m_engine.reset();
    m_fixture = std::make_unique<PeerFixture>();
    QVERIFY2(m_fixture->open(as), qPrintable(m_fixture->error()));
    m_fixture->session.reset(); // the window's own Session opens the store
    Session::Options options{m_fixture->directory(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()};
    options.offline = true;
    Session::setDefaultOptions(options);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Doorstep/App/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    QVERIFY(m_window);
    m_session = m_engine->singletonInstance<Session *>(qmlTypeId("Doorstep.App", 1, 0, "Session"));
    QVERIFY(m_session);
    QTRY_VERIFY(shown(m_window, QStringLiteral("pinPage")));
    QVERIFY(m_session->unlock(DemoSetup::pin()));
}

void TestPeerMode::peerEvaluatorStartsAtTheRounds()
{
    openWindow(PeerFixture::As::PeerEvaluator);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_session->isPeerEvaluator());
    QTRY_VERIFY(shown(m_window, QStringLiteral("peerHomePage")));
    QVERIFY(!shown(m_window, QStringLiteral("caseloadPage")));
    QVERIFY(!shown(m_window, QStringLiteral("mainStack")));
    QVERIFY(shown(m_window, QStringLiteral("syncBar")));
    QVERIFY(shown(m_window, QStringLiteral("roundDelegate")));
    QTRY_VERIFY(shown(m_window, QStringLiteral("intervieweeDelegate")));

    m_session->lock();
    QTRY_VERIFY(shown(m_window, QStringLiteral("pinPage")));
    QVERIFY(!shown(m_window, QStringLiteral("peerHomePage")));
    QVERIFY(m_session->unlock(DemoSetup::pin()));
    QTRY_VERIFY(shown(m_window, QStringLiteral("peerHomePage")));
    QVERIFY(!shown(m_window, QStringLiteral("caseloadPage")));
    m_engine.reset();
}

void TestPeerMode::practitionerStartsAtTheCaseload()
{
    openWindow(PeerFixture::As::Practitioner);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!m_session->isPeerEvaluator());
    QTRY_VERIFY(shown(m_window, QStringLiteral("caseloadPage")));
    QVERIFY(!shown(m_window, QStringLiteral("peerHomePage")));
    m_engine.reset();
}

QTEST_MAIN(TestPeerMode)
#include "tst_peermode.moc"
