import QtQuick
import QtQuick.Controls
import QtTest
import Doorstep.App

// TodayPanel and the caseload page around it, over the demo store: today's visits in time order,
// a tap opens the visit, beside the caseload in landscape and above it (folding away) in portrait.
Item {
    id: root

    width: 1280
    height: 800

    Item {
        id: stage
        anchors.fill: parent
    }

    TestCase {
        id: testCase

        name: "TodayPanel"
        when: windowShown

        Component {
            id: panelComponent
            TodayPanel {
                width: stage.width * 0.4
                height: stage.height
            }
        }
        Component {
            id: caseloadComponent
            StackView {
                width: stage.width
                height: stage.height
                initialItem: CaseloadPage {
                    caseload: Session.caseload
                }
            }
        }
        Component {
            id: signalSpy
            SignalSpy { }
        }

        function init() {
            verify(Session.unlock(Session.demoPin), Session.lastError)
        }

        function test_todaysVisitsInTimeOrder() {
            const panel = createTemporaryObject(panelComponent, stage)
            verify(panel.count > 0, "the demo plans visits for today")
            const list = findChild(panel, "todayList")
            tryVerify(() => list.count === panel.count)
            let previous = ""
            for (let row = 0; row < list.count; ++row) {
                list.positionViewAtIndex(row, ListView.Contain)
                tryVerify(() => list.itemAtIndex(row) !== null) // made once the list is laid out
                const item = list.itemAtIndex(row)
                verify(item.plannedTimeText >= previous, item.plannedTimeText + " after " + previous)
                previous = item.plannedTimeText
                verify(item.height >= 48)
                verify(item.Accessible.name.indexOf(item.personName) >= 0)
            }
            verify(!findChild(panel, "todayEmptyLabel").visible)
            verify(findChild(panel, "todayCount").text.length > 0)
        }

        function test_tapOpensTheVisit() {
            const panel = createTemporaryObject(panelComponent, stage)
            const spy = createTemporaryObject(signalSpy, testCase, { target: panel, signalName: "visitChosen" })
            const list = findChild(panel, "todayList")
            tryVerify(() => list.itemAtIndex(0) !== null)
            mouseClick(list.itemAtIndex(0))
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], list.itemAtIndex(0).visitId)
        }

        function test_besideTheCaseloadInLandscape() {
            const stack = createTemporaryObject(caseloadComponent, stage)
            const page = stack.currentItem
            const panel = findChild(page, "todayPanel")
            verify(panel.beside)
            const list = findChild(page, "caseloadList")
            verify(list.mapToItem(page, 0, 0).x >= panel.width - 1)
            verify(panel.width >= page.width * 0.35 && panel.width <= page.width * 0.45)
            // A tap on a visit opens its page on the stack.
            const today = findChild(panel, "todayList")
            tryVerify(() => today.itemAtIndex(0) !== null)
            const visitId = today.itemAtIndex(0).visitId
            mouseClick(today.itemAtIndex(0))
            tryCompare(stack, "depth", 2)
            compare(stack.currentItem.objectName, "visitPage")
            compare(stack.currentItem.visitId, visitId)
            tryCompare(stack, "busy", false) // the page has slid into place
            mouseClick(findChild(stack.currentItem, "backButton"))
            tryCompare(stack, "depth", 1)
        }

        function test_aboveTheCaseloadInPortraitAndFolds() {
            const stack = createTemporaryObject(caseloadComponent, stage)
            stack.width = 800
            stack.height = 1280
            const page = stack.currentItem
            const panel = findChild(page, "todayPanel")
            verify(!panel.beside)
            const list = findChild(page, "caseloadList")
            const listTop = list.mapToItem(page, 0, 0).y
            verify(listTop >= panel.height - 1)
            verify(panel.height <= page.height * 0.4, "the caseload keeps most of the screen")
            verify(list.height > page.height * 0.4)
            const toggle = findChild(panel, "todayToggle")
            verify(toggle.visible && toggle.height >= 48)
            mouseClick(toggle)
            verify(panel.collapsed)
            tryVerify(() => list.mapToItem(page, 0, 0).y < listTop)
            mouseClick(toggle)
            verify(!panel.collapsed)
        }
    }
}
