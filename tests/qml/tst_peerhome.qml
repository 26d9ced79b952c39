import QtQuick
import QtQuick.Controls
import QtTest
import Doorstep.App

// The peer evaluator's pages on the demo store: the rounds and the people listed for one, a
// person's consent before their interview, answers saved, consent withdrawn in one clear action,
// and a postcard collected; none of it leads to the caseload, a person's page, visits or goals.
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

        name: "PeerHomePage"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
                initialItem: PeerHomePage { }
            }
        }

        Component {
            id: signalSpy
            SignalSpy { }
        }

        function openHome() {
            const stack = createTemporaryObject(stackComponent, stage)
            verify(stack)
            const home = stack.currentItem
            compare(home.objectName, "peerHomePage")
            tryVerify(() => home.rounds.count > 0)
            tryVerify(() => home.interviewees.count > 0)
            return { stack: stack, home: home }
        }

        // The row of the first person listed with this consent ("not-asked", "given", "withdrawn").
        function rowWithConsent(home, consent) {
            const list = findChild(home, "intervieweeList")
            for (let row = 0; row < list.count; ++row) {
                list.currentIndex = row
                list.positionViewAtIndex(row, ListView.Contain)
                if (list.currentItem.consent === consent)
                    return list.currentItem
            }
            return null
        }

        function openInterview(opened, consent) {
            const row = rowWithConsent(opened.home, consent)
            verify(row, "someone with consent " + consent)
            mouseClick(row)
            tryVerify(() => opened.stack.depth === 2 && !opened.stack.busy)
            const page = opened.stack.currentItem
            compare(page.objectName, "interviewPage")
            tryVerify(() => page.editor.loaded)
            return page
        }

        function scrollTo(page, item) {
            // Consent given shows the interview: its layout must have placed everything first.
            waitForItemPolished(findChild(page, "interviewLayout"))
            const flick = findChild(page, "interviewFlickable")
            const y = item.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(y - 40, flick.contentHeight - flick.height))
        }

        function tapIn(page, name) {
            const item = findChild(page, name)
            verify(item, name)
            verify(item.visible, name + " is shown")
            scrollTo(page, item)
            mouseClick(item)
        }

        function init() {
            verify(Session.unlock(Session.demoPin), Session.lastError)
        }

        function test_roundsThenThePeopleListedForOne() {
            const home = openHome().home
            const rounds = findChild(home, "roundList")
            verify(rounds.count >= 1)
            verify(!findChild(home, "noRoundsLabel").visible)
            compare(home.roundId, home.rounds.roundIdAt(0))
            const people = findChild(home, "intervieweeList")
            verify(people.count >= 5)
            people.currentIndex = 0
            const first = people.currentItem
            verify(first.name.length > 0)
            verify(first.eligibility.indexOf("health and social care") >= 0)
            verify(first.consentText.length > 0)
            verify(first.height >= 48)
            verify(findChild(home, "collectPostcardButton").visible)
            // Nothing here opens the caseload or a person's page.
            verify(!findChild(home, "caseloadPage"))
            verify(!findChild(home, "personPage"))
            verify(!findChild(home, "visitsSection"))
        }

        function test_noInterviewWithoutConsent() {
            const opened = openHome()
            const page = openInterview(opened, "not-asked")
            verify(findChild(page, "interviewConsentSection").visible)
            verify(!findChild(page, "interviewSection").visible)
            verify(findChild(page, "interviewLockedLabel").visible)
            verify(findChild(page, "giveConsentButton").visible)
            verify(findChild(page, "declineConsentButton").visible)
            verify(!findChild(page, "withdrawConsentButton").visible)
            // A peer evaluator's interview page has no visit notes or goals.
            verify(!findChild(page, "visitsSection"))
            verify(!findChild(page, "whatMattersSection"))

            tapIn(page, "giveConsentButton")
            verify(page.editor.consentGiven)
            verify(findChild(page, "interviewSection").visible)
            verify(findChild(page, "withdrawConsentButton").visible)

            tapIn(page, "agree1_agree")
            compare(page.editor.answeredCount, 1)
            verify(findChild(page, "agree1_agree").highlighted)
            tapIn(page, "agree1_agree") // tapped again: taken back
            compare(page.editor.answeredCount, 0)
            tapIn(page, "agree2_strongly-disagree")
            tapIn(page, "saveInterviewButton")
            verify(page.editor.hasInterview, page.editor.lastError)
            verify(!page.editor.unsaved)
            verify(findChild(page, "interviewSavedState").text.indexOf("saved") >= 0)

            // Back on the list, the person shows as interviewed.
            tapIn(page, "backButton")
            tryVerify(() => opened.stack.depth === 1)
        }

        function test_interviewScrollBarOnlyWhenTheContentOverflows() {
            const opened = openHome()
            const page = openInterview(opened, "not-asked")
            const flick = findChild(page, "interviewFlickable")
            const bar = flick.ScrollBar.vertical
            opened.stack.anchors.fill = undefined
            opened.stack.width = stage.width
            opened.stack.height = 4000 // all of it fits
            waitForItemPolished(findChild(page, "interviewLayout"))
            tryVerify(() => flick.height >= flick.contentHeight)
            verify(!bar.visible)
            opened.stack.height = 300
            tryVerify(() => flick.height < flick.contentHeight)
            verify(bar.visible)
            compare(bar.policy, ScrollBar.AlwaysOn)
        }

        function test_withdrawingConsentIsOneClearAction() {
            const opened = openHome()
            const page = openInterview(opened, "given")
            tapIn(page, "withdrawConsentButton")
            const dialog = findChild(page, "withdrawDialog")
            tryVerify(() => dialog.opened)
            const explanation = findChild(page, "withdrawExplanation")
            verify(explanation.text.length > 0)
            mouseClick(findChild(page, "withdrawConfirmButton"))
            tryVerify(() => !dialog.visible)
            compare(page.editor.consent, "withdrawn")
            verify(!page.editor.hasInterview)
            verify(!findChild(page, "interviewSection").visible)
            verify(findChild(page, "giveConsentButton").visible) // they may agree again later
        }

        function test_collectAPostcardHandsOver() {
            const opened = openHome()
            const requested = createTemporaryObject(signalSpy, testCase,
                                                    { target: opened.home, signalName: "postcardRequested" })
            mouseClick(findChild(opened.home, "collectPostcardButton"))
            compare(requested.count, 1)
            tryVerify(() => opened.stack.depth === 2 && !opened.stack.busy)
            const handover = opened.stack.currentItem
            compare(handover.objectName, "postcardHandoverPage")
            compare(handover.handover.collectionMethod, "peer-evaluator")
            compare(handover.header, null)
        }

        function test_lockEmptiesTheLists() {
            const home = openHome().home
            Session.lock()
            compare(home.rounds.count, 0)
            compare(home.interviewees.count, 0)
        }
    }
}
