import QtQuick
import QtTest
import Doorstep.App

// SignInPage against the real Session. The test store is the offline demo (locked), so the session
// is not asking for a sign-in: what is tested here is the page's own logic and how it shows a
// refusal; signing in to a real server is tst_appsignin's and the screenshots'.
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

        name: "SignInPage"
        when: windowShown

        Component {
            id: pageComponent
            SignInPage {
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

        function test_signInWaitsForEveryField() {
            const page = createTemporaryObject(pageComponent, stage)
            const button = findChild(page, "signInButton")
            const server = findChild(page, "serverField")
            server.text = "" // whatever the session offered
            verify(!button.enabled)
            typeInto(server, "doorstep.example.org")
            verify(!button.enabled)
            typeInto(findChild(page, "userNameField"), "ann.nurse")
            verify(!button.enabled) // no password yet
            typeInto(findChild(page, "passwordField"), "a password")
            verify(button.enabled)
            verify(button.height >= 48)
        }

        function test_passwordIsMasked() {
            const page = createTemporaryObject(pageComponent, stage)
            const password = findChild(page, "passwordField")
            compare(password.echoMode, TextInput.Password)
            for (const name of ["serverField", "userNameField", "passwordField"])
                verify(findChild(page, name).height >= 48, name)
        }

        function test_refusalIsShownInWords() {
            const page = createTemporaryObject(pageComponent, stage)
            const error = findChild(page, "signInErrorLabel")
            verify(!error.visible)
            findChild(page, "serverField").text = "https://doorstep.example.org"
            findChild(page, "userNameField").text = "ann.nurse"
            const password = findChild(page, "passwordField")
            password.text = "a password"
            // A locked tablet is not asking for a sign-in: refused, and the page says so.
            verify(!page.submit())
            verify(error.visible)
            compare(error.text, Session.lastError)
            verify(error.text.length > 0)
            compare(password.text, "a password") // kept for another try; cleared only once taken
            compare(Session.state, Session.Locked)
        }

        function test_noWayBackWithoutAnEnrolledCaseload() {
            const page = createTemporaryObject(pageComponent, stage)
            verify(!Session.canReturnToCaseload)
            verify(!findChild(page, "returnToCaseloadButton").visible)
            verify(!findChild(page, "signInBusy").visible)
        }
    }
}
