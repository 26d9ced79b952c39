import QtQuick
import QtTest
import Doorstep.App

// PersonPage on real PersonDetails from the demo store: the shared summary is there, and locking
// takes it off the screen.
// TestCase itself is never visible, so the pages under test live in a visible stage beside it.
Item {
    id: root

    width: 800
    height: 1280

    Item {
        id: stage
        anchors.fill: parent
    }

    TestCase {
        id: testCase

        name: "PersonPage"
        when: windowShown

        Component {
            id: pageComponent
            PersonPage {
                width: stage.width
                height: stage.height
            }
        }

        function init() {
            verify(Session.unlock(Session.demoPin), Session.lastError)
        }

        function test_showsTheSharedSummary() {
            const details = Session.personDetails(Session.caseload.personIdAt(0))
            verify(details.loaded)
            const page = createTemporaryObject(pageComponent, stage, { details: details })
            verify(page)
            for (const section of ["identityCard", "whatMattersSection", "communicationSection", "carersSection",
                                   "consentSection", "coordinatorSection", "timelineSection"])
                verify(findChild(page, section).visible, section)
            const decision = findChild(page, "consentDecision")
            verify(decision.text.length > 0)
            verify(!findChild(page, "personMissingLabel").visible)
        }

        function test_lockEmptiesThePage() {
            const details = Session.personDetails(Session.caseload.personIdAt(0))
            const page = createTemporaryObject(pageComponent, stage, { details: details })
            verify(findChild(page, "personFlickable").visible)
            Session.lock()
            verify(!details.loaded)
            compare(details.name, "")
            verify(!findChild(page, "personFlickable").visible)
            verify(findChild(page, "personMissingLabel").visible)
        }

        function test_backIsOneTap() {
            const details = Session.personDetails(Session.caseload.personIdAt(0))
            const page = createTemporaryObject(pageComponent, stage, { details: details })
            const spy = createTemporaryObject(signalSpy, testCase, { target: page, signalName: "backRequested" })
            const back = findChild(page, "backButton")
            verify(back.height >= 48 && back.width >= 48)
            mouseClick(back)
            compare(spy.count, 1)
        }

        Component {
            id: signalSpy
            SignalSpy { }
        }
    }
}
