import QtQuick
import QtQuick.Controls
import QtTest
import Doorstep.App

// OverflowScrollBar: hidden when the content fits (or the view has no height yet), shown for good
// while the content runs past the view, on a Flickable, a ListView and a ScrollView.
Item {
    id: root

    width: 800
    height: 600

    Item {
        id: stage
        anchors.fill: parent
    }

    TestCase {
        id: testCase

        name: "OverflowScrollBar"
        when: windowShown

        Component {
            id: flickableComponent
            Flickable {
                width: 400
                height: 300
                contentWidth: width
                contentHeight: 200
                ScrollBar.vertical: OverflowScrollBar { }
            }
        }
        Component {
            id: listComponent
            ListView {
                width: 400
                height: 300
                model: 3
                delegate: Rectangle { width: ListView.view.width; height: 50 }
                ScrollBar.vertical: OverflowScrollBar { }
            }
        }
        Component {
            id: scrollViewComponent
            ScrollView {
                width: 400
                height: 300
                ScrollBar.vertical: OverflowScrollBar { }
                Rectangle { implicitWidth: 300; implicitHeight: 200 }
            }
        }

        function test_flickable() {
            const view = createTemporaryObject(flickableComponent, stage)
            const bar = view.ScrollBar.vertical
            compare(bar.visible, false)
            view.contentHeight = 300 // exactly fits
            compare(bar.visible, false)
            view.contentHeight = 301
            compare(bar.visible, true)
            compare(bar.policy, ScrollBar.AlwaysOn)
            view.contentHeight = 1200
            compare(bar.visible, true)
            view.height = 0 // not laid out yet: nothing to scroll in
            compare(bar.visible, false)
            view.height = 1200
            compare(bar.visible, false)
        }

        function test_listView() {
            const view = createTemporaryObject(listComponent, stage)
            const bar = view.ScrollBar.vertical
            tryCompare(view, "contentHeight", 150)
            compare(bar.visible, false)
            view.model = 30
            tryVerify(() => view.contentHeight > view.height)
            compare(bar.visible, true)
            view.model = 2
            tryCompare(view, "contentHeight", 100)
            compare(bar.visible, false)
        }

        function test_scrollView() {
            const view = createTemporaryObject(scrollViewComponent, stage)
            const bar = view.ScrollBar.vertical
            compare(bar.visible, false)
            view.contentChildren[0].implicitHeight = 900
            tryVerify(() => bar.size < 1)
            compare(bar.visible, true)
        }
    }
}
