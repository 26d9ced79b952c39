import QtQuick
import QtTest
import Doorstep.App

// PinPage against the real Session on a demo store (locked, PIN 246810).
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

        name: "PinPage"
        when: windowShown

        Component {
            id: setUpPage
            PinPage {
                settingUp: true
                width: stage.width
                height: stage.height
            }
        }
        Component {
            id: unlockPage
            PinPage {
                settingUp: false
                width: stage.width
                height: stage.height
            }
        }

        function typeInto(field: Item, text: string) {
            mouseClick(field)
            tryVerify(() => field.activeFocus)
            for (const c of text)
                keyClick(c)
        }

        function init() {
            Session.lock()
            Session.clearError()
        }

        function test_submitWaitsForThePin() {
            const page = createTemporaryObject(setUpPage, stage)
            const submit = findChild(page, "pinSubmitButton")
            verify(!submit.enabled)
            typeInto(findChild(page, "pinField"), "123456")
            verify(!submit.enabled) // the confirmation is still empty
            typeInto(findChild(page, "pinConfirmField"), "123456")
            verify(submit.enabled)
        }

        function test_pinIsMasked() {
            const page = createTemporaryObject(unlockPage, stage)
            const field = findChild(page, "pinField")
            compare(field.echoMode, TextInput.Password)
            verify(field.height >= 48)
        }

        function test_mismatchedConfirmationRefused() {
            const page = createTemporaryObject(setUpPage, stage)
            const pin = findChild(page, "pinField")
            const confirm = findChild(page, "pinConfirmField")
            verify(confirm.visible)
            typeInto(pin, "123456")
            typeInto(confirm, "123465")
            mouseClick(findChild(page, "pinSubmitButton"))
            const error = findChild(page, "pinErrorLabel")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("not the same") >= 0, error.text)
            compare(error.text, Session.lastError)
            compare(Session.state, Session.Locked)
            // Both fields start again, for a clean retype.
            compare(pin.text, "")
            compare(confirm.text, "")
            verify(pin.activeFocus)
        }

        function test_nonDigitsCannotBeTyped() {
            const page = createTemporaryObject(unlockPage, stage)
            const pin = findChild(page, "pinField")
            typeInto(pin, "12ab3-4 ")
            compare(pin.text, "1234")
        }

        function test_nonDigitsRefused() {
            const page = createTemporaryObject(unlockPage, stage)
            const pin = findChild(page, "pinField")
            // Pasted or set around the keyboard: the page still refuses it.
            pin.text = "24681a"
            verify(!page.submit())
            const error = findChild(page, "pinErrorLabel")
            verify(error.visible)
            verify(error.text.indexOf("digits only") >= 0, error.text)
            compare(Session.state, Session.Locked)
        }

        function test_wrongPinShowsErrorUntilTyping() {
            const page = createTemporaryObject(unlockPage, stage)
            const pin = findChild(page, "pinField")
            typeInto(pin, "135791")
            keyClick(Qt.Key_Return)
            const error = findChild(page, "pinErrorLabel")
            tryVerify(() => error.visible)
            verify(error.text.indexOf("PIN is not right") >= 0, error.text)
            compare(Session.state, Session.Locked)
            keyClick("2")
            verify(!error.visible) // typing again clears the refusal
        }

        function test_rightPinUnlocks() {
            const page = createTemporaryObject(unlockPage, stage)
            typeInto(findChild(page, "pinField"), Session.demoPin)
            mouseClick(findChild(page, "pinSubmitButton"))
            tryCompare(Session, "state", Session.Unlocked)
            verify(!findChild(page, "pinErrorLabel").visible)
            verify(Session.caseload.count > 0)
        }
    }
}
