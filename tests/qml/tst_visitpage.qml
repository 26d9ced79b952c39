import QtQuick
import QtQuick.Controls
import QtTest
import Doorstep.App

// VisitPage over the demo store: check in, type notes (a draft within a second), check out; a visit
// started for a person; a draft back on reopening; a location fix from the demo's NMEA log; what a
// lock leaves on screen. The store is shared with the other files, so visits are found, not counted.
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

        name: "VisitPage"
        when: windowShown

        Component {
            id: pageComponent
            VisitPage {
                width: stage.width
                height: stage.height
            }
        }
        Component {
            id: todayComponent
            TodayVisitsModel {
                session: Session
            }
        }
        Component {
            id: signalSpy
            SignalSpy { }
        }
        Component {
            id: stackComponent
            StackView {
                width: stage.width
                height: stage.height
            }
        }
        Component {
            id: personPageComponent
            PersonPage { }
        }

        // One of today's visits for the signed-in practitioner that nobody has started yet.
        function plannedVisit() {
            const today = createTemporaryObject(todayComponent, testCase)
            for (let row = 0; row < today.count; ++row) {
                const visit = today.get(row)
                if (visit.status === "planned")
                    return visit
            }
            return null
        }

        function typeInto(field, text) {
            mouseClick(field)
            tryVerify(() => field.activeFocus)
            for (const c of text) {
                if (c === "\n")
                    keyClick(Qt.Key_Return)
                else
                    keyClick(c)
            }
        }

        function init() {
            verify(Session.unlock(Session.demoPin), Session.lastError)
        }

        function test_checkInTypeCheckOut() {
            const visit = plannedVisit()
            verify(visit, "the demo plans visits for today")
            let page = createTemporaryObject(pageComponent, stage, { visitId: visit.visitId })
            verify(page.editor.loaded, page.editor.lastError)
            compare(page.header.title, visit.personName)
            verify(page.header.subtitle.indexOf(visit.plannedTimeText) >= 0)
            verify(!findChild(page, "checkOutButton").visible) // nothing to check out yet
            compare(findChild(page, "visitTimes").text, "Not checked in yet")

            mouseClick(findChild(page, "checkInButton"))
            verify(page.editor.checkedIn, page.editor.lastError)
            verify(findChild(page, "visitTimes").text.startsWith("Checked in at "))
            verify(!findChild(page, "checkInButton").visible)
            verify(findChild(page, "visitDuration").visible)

            const notes = findChild(page, "notesArea")
            typeInto(notes, "Tea made\nall well")
            compare(page.editor.notes, "Tea made\nall well")
            tryCompare(findChild(page, "draftStatus"), "text", "Draft saved just now", 1000)
            typeInto(findChild(page, "nextStepsArea"), "Ring Friday")

            mouseClick(findChild(page, "checkOutButton"))
            verify(page.editor.checkedOut, page.editor.lastError)
            verify(findChild(page, "visitDuration").text.startsWith("Duration: "))
            compare(findChild(page, "draftStatus").text, "Notes saved to the visit")
            verify(!findChild(page, "saveNotesButton").enabled) // the record has it all
            verify(!findChild(page, "visitTypeBox").enabled)

            // Opened again, the record has the notes, with no draft left over.
            page.destroy()
            page = createTemporaryObject(pageComponent, stage, { visitId: visit.visitId })
            compare(findChild(page, "notesArea").text, "Tea made\nall well")
            compare(findChild(page, "nextStepsArea").text, "Ring Friday")
            compare(findChild(page, "draftStatus").visible, false)
        }

        function test_checkOutBeforeCheckInIsRefused() {
            const visit = plannedVisit()
            verify(visit)
            const page = createTemporaryObject(pageComponent, stage, { visitId: visit.visitId })
            verify(!page.editor.checkOut())
            const banner = findChild(page, "visitError")
            verify(banner.visible)
            verify(page.editor.lastError.indexOf("Check in first") >= 0, page.editor.lastError)
            verify(!page.editor.checkedOut)
        }

        function test_startsAVisitForAPerson() {
            const personId = Session.caseload.personIdAt(0)
            const page = createTemporaryObject(pageComponent, stage, { newVisitFor: personId })
            verify(page.editor.loaded, page.editor.lastError)
            compare(page.editor.personId, personId)
            verify(page.editor.checkedIn)
            verify(findChild(page, "checkOutButton").visible)
            // It is one of today's visits now, under way.
            const today = createTemporaryObject(todayComponent, testCase)
            const row = today.rowOf(page.editor.visitId)
            verify(row >= 0)
            compare(today.get(row).status, "inProgress")
            // The person page offers to continue a visit under way (this one, or an earlier test's).
            const open = today.openVisitFor(personId)
            compare(today.get(today.rowOf(open)).status, "inProgress")
        }

        function test_draftComesBackOnReopening() {
            const personId = Session.caseload.personIdAt(1)
            let page = createTemporaryObject(pageComponent, stage, { newVisitFor: personId })
            const visitId = page.editor.visitId
            typeInto(findChild(page, "notesArea"), "Half a thought <b>")
            page.destroy() // leaving the page writes what was typed
            wait(0)
            page = createTemporaryObject(pageComponent, stage, { visitId: visitId })
            compare(findChild(page, "notesArea").text, "Half a thought <b>")
            compare(findChild(page, "draftStatus").text, "Draft restored")
            verify(findChild(page, "saveNotesButton").enabled)
            mouseClick(findChild(page, "saveNotesButton"))
            verify(page.editor.savedToRecord, page.editor.lastError)
        }

        function test_locationFromTheDemoLog() {
            const page = createTemporaryObject(pageComponent, stage, { newVisitFor: Session.caseload.personIdAt(2) })
            const add = findChild(page, "addLocationButton")
            compare(add.text, "Add my location")
            mouseClick(add)
            compare(page.editor.locationState, VisitEditor.FindingLocation)
            verify(findChild(page, "cancelLocationButton").visible)
            tryCompare(page.editor, "locationState", VisitEditor.LocationAdded, 5000)
            verify(findChild(page, "locationText").text.startsWith("Within 12 m"))
            compare(add.text, "Update my location")
        }

        function test_controlsAreLargeAndNamed() {
            const page = createTemporaryObject(pageComponent, stage, { newVisitFor: Session.caseload.personIdAt(0) })
            for (const name of ["checkOutButton", "addLocationButton", "saveNotesButton", "visitTypeBox",
                                "notesArea", "nextStepsArea", "backButton", "lockButton"]) {
                const control = findChild(page, name)
                verify(control, name)
                verify(control.height >= 48, name + " is " + control.height + " px high")
                verify(control.Accessible.name.length > 0, name + " has no accessible name")
            }
        }

        function test_portraitStacksTheSections() {
            const page = createTemporaryObject(pageComponent, stage, { newVisitFor: Session.caseload.personIdAt(0) })
            page.width = 800
            page.height = 1280
            verify(!page.wide)
            const times = findChild(page, "visitTimesSection")
            const notes = findChild(page, "notesSection")
            // Laid out again on the next polish.
            tryVerify(() => notes.mapToItem(page, 0, 0).y > times.mapToItem(page, 0, 0).y + times.height - 1)
            tryVerify(() => notes.width > page.width / 2)
        }

        function test_lockTakesEverythingOffTheScreen() {
            const page = createTemporaryObject(pageComponent, stage, { newVisitFor: Session.caseload.personIdAt(0) })
            typeInto(findChild(page, "notesArea"), "Private")
            Session.lock()
            verify(!page.editor.loaded)
            compare(page.editor.notes, "")
            compare(findChild(page, "notesArea").text, "")
            verify(!findChild(page, "visitFlickable").visible)
        }

        function test_personPageStartsThenContinuesAVisit() {
            // Someone with nothing planned today, so the button starts a visit.
            const today = createTemporaryObject(todayComponent, testCase)
            let personId = ""
            for (let row = 0; row < Session.caseload.count && personId === ""; ++row) {
                const candidate = Session.caseload.personIdAt(row)
                if (today.openVisitFor(candidate) === "")
                    personId = candidate
            }
            verify(personId.length > 0)
            const stack = createTemporaryObject(stackComponent, stage)
            stack.push(personPageComponent, { details: Session.personDetails(personId) }, StackView.Immediate)
            const button = findChild(stack.currentItem, "visitActionButton")
            compare(button.text, "Start a visit")
            verify(button.height >= 48)
            mouseClick(button)
            tryCompare(stack, "depth", 2)
            const visitPage = stack.currentItem
            compare(visitPage.objectName, "visitPage")
            verify(visitPage.editor.loaded, visitPage.editor.lastError)
            compare(visitPage.editor.personId, personId)
            verify(visitPage.editor.checkedIn)
            compare(visitPage.backLabel, stack.get(0).details.name)
            const startedId = visitPage.editor.visitId
            tryCompare(stack, "busy", false)
            mouseClick(findChild(visitPage, "backButton"))
            tryCompare(stack, "depth", 1)
            tryCompare(stack, "busy", false)
            // Back on the person page, the visit under way is one tap away.
            tryCompare(button, "text", "Continue today's visit")
            mouseClick(button)
            tryCompare(stack, "depth", 2)
            compare(stack.currentItem.visitId, startedId)
        }

        function test_backIsOneTap() {
            const page = createTemporaryObject(pageComponent, stage, { newVisitFor: Session.caseload.personIdAt(0),
                                                                       backLabel: "Caseload" })
            const spy = createTemporaryObject(signalSpy, testCase, { target: page, signalName: "backRequested" })
            const back = findChild(page, "backButton")
            verify(back.text.indexOf("Caseload") >= 0)
            mouseClick(back)
            compare(spy.count, 1)
        }
    }
}
