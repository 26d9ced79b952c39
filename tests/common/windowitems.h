#pragma once

// The steps a test takes in a window of the app, as a person would: find a shown item by its
// objectName (the test hook), tap it. Shared by the tests that drive real windows offscreen.
#include <QList>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>
#include <QTest>

#include <functional>

namespace doorstep::test {

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

// A tap at the middle of the item.
inline void clickOn(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

} // namespace doorstep::test
