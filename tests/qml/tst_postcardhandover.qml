import QtQuick
import QtQuick.Controls
import QtTest
import Doorstep.App

// The postcard hand-over page on the real PostcardHandover and Session: the two questions with ten
// large targets each, a question left blank, a number taken back by tapping it again, nothing else
// reachable, and leaving only with the practitioner's PIN.
// TestCase itself is never visible, so the page under test lives in a visible stage beside it.
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

        name: "PostcardHandoverPage"
        when: windowShown

        Component {
            id: stackComponent
            StackView {
                anchors.fill: parent
                initialItem: Item { objectName: "underneath" }
            }
        }

        Component {
            id: pageComponent
            PostcardHandoverPage { }
        }

        Component {
            id: signalSpy
            SignalSpy { }
        }

        // The page on a stack, as the person page and the peer evaluator's home push it.
        function openPage(properties) {
            const stack = createTemporaryObject(stackComponent, stage)
            const page = stack.push(pageComponent, properties || {}, StackView.Immediate)
            verify(page)
            compare(stack.currentItem, page)
            return { stack: stack, page: page }
        }

        // Scrolls the postcard so that item is on the screen, then taps it.
        function tap(page, name) {
            const item = findChild(page, name)
            verify(item, name)
            verify(item.visible, name + " is shown")
            const flick = findChild(page, "postcardFlickable")
            if (flick.visible) {
                const y = item.mapToItem(flick.contentItem, 0, 0).y
                flick.contentY = Math.max(0, Math.min(y - 40, flick.contentHeight - flick.height))
            }
            mouseClick(item)
            return item
        }

        function enterPin(page, pin) {
            for (const digit of pin)
                tap(page, "pinKey" + digit)
            tap(page, "pinLeaveButton")
        }

        function init() {
            verify(Session.unlock(Session.demoPin), Session.lastError)
        }

        function test_onlyTheTwoQuestionsWithTenLargeTargetsEach() {
            const page = openPage().page
            compare(page.handover.question1Text,
                    "How would you rate how well the services and support you get work together?")
            compare(page.handover.question2Text,
                    "How would you rate how well the services you use help you to live independently and get on with your life?")
            for (const question of [1, 2]) {
                for (let score = 1; score <= 10; ++score) {
                    const target = findChild(page, "q" + question + "Target" + score)
                    verify(target, "target " + score + " of question " + question)
                    verify(target.visible)
                    verify(target.width >= 48 && target.height >= 48, "large enough to tap")
                    compare(target.Accessible.name, score + " out of 10")
                }
                verify(!findChild(page, "q" + question + "Target11"))
                verify(!findChild(page, "q" + question + "Target0"))
            }
            verify(findChild(page, "suggestionField").visible)
            verify(findChild(page, "finishedButton").visible)
            // Nothing else: no header, no back, no lock.
            compare(page.header, null)
            verify(!findChild(page, "backButton"))
            verify(!findChild(page, "lockButton"))
            // Without a person to link it to, the postcard can only be anonymous: no choice shown.
            verify(!findChild(page, "linkCard").visible)
        }

        function test_aNumberTappedAgainIsTakenBack() {
            const page = openPage().page
            tap(page, "q1Target7")
            compare(page.handover.q1, 7)
            verify(findChild(page, "q1Target7").checked)
            tap(page, "q1Target3")
            compare(page.handover.q1, 3)
            verify(!findChild(page, "q1Target7").checked)
            tap(page, "q1Target3")
            compare(page.handover.q1, 0)
            verify(findChild(page, "q1Answer").text.indexOf("blank") >= 0)
            page.handover.discard()
        }

        function test_aQuestionMayBeLeftBlank() {
            const page = openPage().page
            tap(page, "q2Target10")
            tap(page, "finishedButton")
            verify(page.handover.submitted, page.handover.lastError)
            compare(page.mode, "thanks")
            verify(findChild(page, "thankYouPanel").visible)
        }

        function test_anEmptyPostcardIsRefusedInPlainWords() {
            const page = openPage().page
            tap(page, "finishedButton")
            verify(!page.handover.submitted)
            compare(page.mode, "filling")
            const error = findChild(page, "postcardError")
            verify(error.visible)
            verify(error.text.indexOf("Nothing has been filled in") >= 0, error.text)
        }

        function test_thePersonChoosesAnonymousOrLinked() {
            const personId = Session.caseload.personIdAt(0)
            const page = openPage({ personId: personId, personName: "Test Person" }).page
            verify(findChild(page, "linkCard").visible)
            verify(!page.handover.linkToPerson)
            verify(findChild(page, "keepAnonymousButton").checked)
            tap(page, "linkToPersonButton")
            verify(page.handover.linkToPerson)
            tap(page, "keepAnonymousButton")
            verify(!page.handover.linkToPerson)
            page.handover.discard()
        }

        function test_leavingNeedsTheRightPin() {
            const opened = openPage()
            const page = opened.page
            const left = createTemporaryObject(signalSpy, testCase, { target: page, signalName: "handedBack" })
            tap(page, "q1Target5")
            tap(page, "finishedButton")
            compare(page.mode, "thanks")
            tap(page, "thanksHandBackButton")
            compare(page.mode, "pin")
            verify(findChild(page, "pinPanel").visible)
            verify(!findChild(page, "pinLeaveButton").enabled) // no PIN typed yet

            // A wrong PIN keeps the tablet in the mode.
            enterPin(page, "135790")
            compare(left.count, 0)
            compare(page.mode, "pin")
            compare(opened.stack.currentItem, page)
            verify(findChild(page, "pinError").visible)
            compare(page.pinEntered, "")

            // The right one lets the practitioner out.
            enterPin(page, Session.demoPin)
            compare(left.count, 1)
            compare(left.signalArguments[0][0], true)
            tryCompare(opened.stack, "depth", 1)
        }

        function test_givingUpNeedsThePinAndAsksAboutUnsentAnswers() {
            const opened = openPage()
            const page = opened.page
            const left = createTemporaryObject(signalSpy, testCase, { target: page, signalName: "handedBack" })
            tap(page, "q2Target4")
            tap(page, "handBackButton")
            compare(page.mode, "pin")
            // The person may still want to go on: back to the postcard, answers as they were.
            tap(page, "pinBackToPostcard")
            compare(page.mode, "filling")
            compare(page.handover.q2, 4)
            tap(page, "handBackButton")
            enterPin(page, Session.demoPin)
            compare(page.mode, "unsent")
            compare(left.count, 0)
            tap(page, "unsentDiscardButton")
            compare(left.count, 1)
            compare(left.signalArguments[0][0], false)
            tryCompare(opened.stack, "depth", 1)
        }

        function test_theBackKeyDoesNothing() {
            const opened = openPage()
            const page = opened.page
            tryVerify(() => page.activeFocus)
            keyClick(Qt.Key_Back)
            keyClick(Qt.Key_Escape)
            compare(opened.stack.currentItem, page)
            compare(opened.stack.depth, 2)
            compare(page.mode, "filling")
        }

        function test_readAloudIsOfferedOnlyWithAVoice() {
            const page = openPage().page
            const button = findChild(page, "readAloud1")
            verify(button)
            // Shown only while the tablet has a voice; with none the button goes and no error shows.
            compare(button.visible, page.voice.available)
            if (button.visible) {
                verify(button.width >= 48 && button.height >= 48)
                tap(page, "readAloud1")
                // Either it reads (and the button offers to stop), or, with no audio after all, it goes quietly.
                tryVerify(() => !page.voice.available || page.voice.speaking, 3000)
                compare(button.visible, page.voice.available)
                page.voice.stop()
            }
            verify(!findChild(page, "postcardError").visible)
        }
    }
}
