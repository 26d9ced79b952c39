import QtQuick
import QtTest
import Doorstep.App

// CaseloadPage's search field driving the real CaseloadFilterModel over the demo store.
// TestCase itself is never visible, so the pages under test live in a visible stage beside it.
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

        name: "CaseloadSearch"
        when: windowShown

        Component {
            id: pageComponent
            CaseloadPage {
                caseload: Session.caseload
                width: stage.width
                height: stage.height
            }
        }
        SignalSpy {
            id: chosen
            signalName: "personChosen"
        }

        function typeInto(field: Item, text: string) {
            mouseClick(field)
            tryVerify(() => field.activeFocus)
            for (const c of text)
                keyClick(c)
        }

        function initTestCase() {
            verify(Session.unlock(Session.demoPin), Session.lastError)
        }

        function cleanup() {
            Session.caseload.searchText = ""
            chosen.clear()
        }

        function test_aReloadKeepsThePlaceInTheList() {
            const page = createTemporaryObject(pageComponent, stage)
            const list = findChild(page, "caseloadList")
            tryCompare(list, "count", Session.caseload.count)
            list.positionViewAtIndex(Math.floor(list.count / 2), ListView.Beginning)
            tryVerify(() => list.indexAt(list.width / 2, list.contentY + 1) > 0)
            const top = list.indexAt(list.width / 2, list.contentY + 1)
            const id = Session.caseload.personIdAt(top)
            verify(Session.reload(), Session.lastError)
            compare(Session.caseload.rowOfPerson(id), top)
            tryVerify(() => list.contentY > 0 && list.indexAt(list.width / 2, list.contentY + 1) === top, 5000,
                      "the list jumped away from the person the practitioner was at")
        }

        function test_typingANameFilters() {
            const page = createTemporaryObject(pageComponent, stage)
            const field = findChild(page, "searchField")
            const list = findChild(page, "caseloadList")
            const everyone = Session.caseload.count
            verify(everyone > 1)
            tryCompare(list, "count", everyone)
            tryVerify(() => list.itemAtIndex(0) !== null)
            const surname = list.itemAtIndex(0).name.split(" ").pop()
            const prefix = surname.slice(0, 4).toLowerCase()
            typeInto(field, prefix)
            compare(Session.caseload.searchText, prefix)
            tryVerify(() => list.count >= 1 && list.count < everyone)
            // Every row the view shows matches, once the view has caught up with the model.
            const shownRowsMatch = () => {
                for (let i = 0; i < list.count; ++i) {
                    const row = list.itemAtIndex(i)
                    if (!row)
                        continue // outside the view: not created
                    const words = row.name.toLowerCase().split(/[^a-zà-ÿ0-9]+/)
                    if (!words.some(w => w.startsWith(prefix)))
                        return false
                }
                return list.itemAtIndex(0) !== null
            }
            tryVerify(shownRowsMatch, 5000, "every row shown has a word starting with " + prefix)
            verify(findChild(page, "caseloadCount").text.indexOf("matching") >= 0)
        }

        function test_nhsNumberWithSpaces() {
            const page = createTemporaryObject(pageComponent, stage)
            const list = findChild(page, "caseloadList")
            tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null)
            let target = null
            for (let i = 0; i < list.count && !target; ++i) {
                const row = list.itemAtIndex(i)
                if (row && row.nhsNumber.length > 0)
                    target = row
            }
            verify(target !== null, "a demo person with an NHS number is in view")
            const name = target.name
            const nhs = target.nhsNumber
            verify(nhs.indexOf(" ") > 0) // shown as "943 476 5919"
            typeInto(findChild(page, "searchField"), nhs)
            tryCompare(list, "count", 1)
            tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).name === name)
            // The same digits without spaces find the same person.
            Session.caseload.searchText = ""
            typeInto(findChild(page, "searchField"), nhs.replace(/ /g, ""))
            tryCompare(list, "count", 1)
            tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).name === name)
        }

        function test_noMatchSaysSo() {
            const page = createTemporaryObject(pageComponent, stage)
            typeInto(findChild(page, "searchField"), "qqxz")
            const list = findChild(page, "caseloadList")
            const message = findChild(page, "noMatchLabel")
            // The list can pass through an empty count while the caseload loads, before the filter
            // applies: wait for the settled state, not the first zero.
            tryVerify(function() { return list.count === 0 && message.visible && message.text.indexOf("qqxz") >= 0 })
        }

        function test_clearShowsEveryoneAgain() {
            const page = createTemporaryObject(pageComponent, stage)
            const list = findChild(page, "caseloadList")
            const everyone = Session.caseload.count
            typeInto(findChild(page, "searchField"), "qqxz")
            tryCompare(list, "count", 0)
            const clear = findChild(page, "clearSearchButton")
            verify(clear.visible)
            verify(clear.height >= 48)
            mouseClick(clear)
            tryCompare(list, "count", everyone)
            compare(findChild(page, "searchField").text, "")
        }

        function test_tapOpensThePerson() {
            const page = createTemporaryObject(pageComponent, stage)
            chosen.target = page
            const list = findChild(page, "caseloadList")
            tryVerify(() => list.count > 1 && list.itemAtIndex(1) !== null)
            const second = list.itemAtIndex(1)
            verify(second.height >= 48)
            mouseClick(second)
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], second.personId)
        }
    }
}
