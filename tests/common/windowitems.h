#pragma once

// The steps a test takes in a window of the app, as a person would: find a shown item by its
// objectName (the test hook), wait for a page to take over from another, tap, type; and the check
// that a grabbed window is drawn. Shared by the tests that drive real windows offscreen.
#include <QImage>
#include <QList>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QString>
#include <QTest>

#include <functional>

namespace doorstep::test {

// A data column "size" with a tablet's two orientations, for the tests that look at both.
inline void addOrientations()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("landscape") << QSize(1280, 800);
    QTest::newRow("portrait") << QSize(800, 1280);
}

// The app's window (Main.qml) loaded in the engine, resized and on screen; null when it did not open.
inline QQuickWindow *openAppWindow(QQmlApplicationEngine &engine, const QSize &size)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Doorstep/App/Main.qml")));
    if (engine.rootObjects().size() != 1)
        return nullptr;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return nullptr;
    window->resize(size);
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

// Every visible item of the window with this objectName, in the order the item tree has them.
inline QList<QQuickItem *> visibleItems(QQuickWindow *window, const QString &objectName)
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
    search(window->contentItem());
    return found;
}

// The first visible item with this objectName, or null.
inline QQuickItem *visibleItem(QQuickWindow *window, const QString &objectName)
{
    const QList<QQuickItem *> all = visibleItems(window, objectName);
    return all.isEmpty() ? nullptr : all.first();
}

// Waits until the page `shown` is on screen and `gone` is not: a StackView's push or pop has finished.
inline bool waitForSwap(QQuickWindow *window, const QString &shown, const QString &gone, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return visibleItem(window, shown) && !visibleItem(window, gone); }, timeoutMs);
}

// A tap at the middle of the item, which must be on screen (a tap elsewhere would not reach it).
inline void clickOn(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QVERIFY2(QRectF(QPointF(0, 0), QSizeF(window->size())).contains(centre),
             qPrintable(item->objectName() + QStringLiteral(" is off screen")));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

// A tap into the field, then the text key by key (Latin-1), as the on-screen keyboard would type it.
inline void typeInto(QQuickWindow *window, QQuickItem *field, const QString &text)
{
    clickOn(window, field);
    QTRY_VERIFY(field->hasActiveFocus());
    for (QChar c : text)
        QTest::keyClick(window, c.toLatin1());
    QCOMPARE(field->property("text").toString(), text);
}

// How many colours every other pixel of every other line holds: a blank or half-drawn window has a
// handful, text and the mark give hundreds.
inline qsizetype colourCount(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height(); y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(line[x]);
    }
    return colours.size();
}

} // namespace doorstep::test
