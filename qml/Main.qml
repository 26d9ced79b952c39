import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Doorstep.App

// The window: sign-in on a tablet's first start, the PIN until the store is unlocked, then the
// caseload and the person pages.
ApplicationWindow {
    id: window

    objectName: "mainWindow"
    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Doorstep")
    font.pixelSize: Theme.bodySize
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (Session.state) {
            case Session.Unlocked:
                // A peer evaluator's tablet starts at the interview rounds and never shows the caseload.
                return Session.peerEvaluator ? peerScreen : unlockedScreen
            case Session.Unavailable:
                return problemScreen
            case Session.NeedsSignIn:
            case Session.SigningIn:
                return signInScreen
            default:
                return pinScreen
            }
        }
    }

    Component {
        id: pinScreen
        PinPage {
            settingUp: Session.state === Session.NeedsPin
        }
    }

    Component {
        id: signInScreen
        SignInPage { }
    }

    Component {
        id: problemScreen
        ProblemPage {
            message: Session.lastError
        }
    }

    Component {
        id: peerScreen
        StackView {
            objectName: "peerStack"
            initialItem: PeerHomePage {
                onLockRequested: Session.lock()
                onSignInRequested: Session.signInAgain()
            }
        }
    }

    Component {
        id: unlockedScreen
        StackView {
            id: stack
            objectName: "mainStack"

            readonly property Component personPage: Component {
                PersonPage {
                    onBackRequested: StackView.view.pop()
                    onLockRequested: Session.lock()
                }
            }
            readonly property Component reviewPage: Component {
                ConflictReviewPage {
                    onBackRequested: StackView.view.pop()
                    onLockRequested: Session.lock()
                }
            }

            initialItem: CaseloadPage {
                caseload: Session.caseload
                teamName: Session.teamName
                userName: Session.currentUserName
                onPersonChosen: personId => stack.push(stack.personPage, { details: Session.personDetails(personId) })
                onLockRequested: Session.lock()
                onSignInRequested: Session.signInAgain()
                onReviewRequested: stack.push(stack.reviewPage)
            }
        }
    }
}
