// Renders the first screens offscreen at the tablet's two orientations, saves them as PNGs, and
// checks what a practitioner depends on: the screen is drawn, the controls are there, and every
// control is big enough for a finger.
#include "demosetup.h"
#include "session.h"

#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(Doorstep_AppPlugin)

using namespace doorstep;

class TestAppScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screens_data();
    void screens();

private:
    QQuickItem *findItem(const QString &objectName) const;
    QList<QQuickItem *> findAll(const QString &objectName) const;
    void clickOn(QQuickItem *item);
    void shoot(const QString &name, const QStringList &expectedObjects);

    QTemporaryDir m_dataDir;
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
    Session::setDefaultOptions({m_dataDir.path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()});
}

void TestAppScreenshots::screens_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("landscape") << QSize(1280, 800);
    QTest::newRow("portrait") << QSize(800, 1280);
}

QList<QQuickItem *> TestAppScreenshots::findAll(const QString &objectName) const
{
    QList<QQuickItem *> found;
    std::function<void(QQuickItem *)> search = [&](QQuickItem *item) {
        if (!item->isVisible())
            return;
        if (item->objectName() == objectName)
            found.append(item);
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            search(child);
    };
    search(m_window->contentItem());
    return found;
}

QQuickItem *TestAppScreenshots::findItem(const QString &objectName) const
{
    const QList<QQuickItem *> all = findAll(objectName);
    return all.isEmpty() ? nullptr : all.first();
}

void TestAppScreenshots::clickOn(QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

void TestAppScreenshots::shoot(const QString &name, const QStringList &expectedObjects)
{
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
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.convertToFormat(QImage::Format_RGB32).constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x]);
    }
    // A blank or half-drawn window has a handful of colours; text and the mark give hundreds.
    QVERIFY2(colours.size() >= 64,
             qPrintable(QStringLiteral("%1 looks blank: %2 colours").arg(name).arg(colours.size())));
    const QString path = m_outDir.filePath(QStringLiteral("%1-%2.png").arg(name, tag));
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestAppScreenshots::screens()
{
    QFETCH(QSize, size);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Doorstep/App/Main.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    QVERIFY(m_window);
    m_window->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_COMPARE(m_window->size(), size);

    // The PIN page, then the PIN typed as a person would.
    QTRY_VERIFY(findItem(QStringLiteral("pinPage")));
    QTest::qWait(100);
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
    QTest::qWait(100);
    shoot(QStringLiteral("pin-refused"), {QStringLiteral("pinField"), QStringLiteral("pinSubmitButton")});
    typePin(DemoSetup::pin());
    if (QTest::currentTestFailed())
        return;

    // The caseload of the demo neighbourhood.
    QTRY_VERIFY(findItem(QStringLiteral("caseloadPage")));
    QTRY_VERIFY(findAll(QStringLiteral("personDelegate")).size() >= 5);
    QTest::qWait(100);
    shoot(QStringLiteral("caseload"),
          {QStringLiteral("searchField"), QStringLiteral("caseloadList"), QStringLiteral("personDelegate"),
           QStringLiteral("lockButton")});

    // A tap on the first person opens their summary.
    clickOn(findItem(QStringLiteral("personDelegate")));
    QTRY_VERIFY(findItem(QStringLiteral("personPage")));
    QTRY_VERIFY(!findItem(QStringLiteral("caseloadPage"))); // the push transition has finished
    QTest::qWait(100);
    shoot(QStringLiteral("person"),
          {QStringLiteral("backButton"), QStringLiteral("lockButton"), QStringLiteral("identityCard"),
           QStringLiteral("whatMattersSection"), QStringLiteral("consentSection")});

    // Lock goes back to the PIN page and leaves nothing of the person on screen.
    clickOn(findItem(QStringLiteral("lockButton")));
    QTRY_VERIFY(findItem(QStringLiteral("pinPage")));
    QVERIFY(!findItem(QStringLiteral("personPage")));
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
