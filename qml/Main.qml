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

    // The screens behind the PIN are compiled in the background from the start, while the PIN page
    // waits for a PIN: unlocking then only has to create them. Inline here, every page's type was
    // compiled before the window first showed. A Loader given a component still loading waits for it.
    // Parented to the window, so the garbage collector leaves them be.
    readonly property Component unlockedScreen: Qt.createComponent("UnlockedScreen.qml", Component.Asynchronous, window)
    readonly property Component peerScreen: Qt.createComponent("PeerScreen.qml", Component.Asynchronous, window)

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (Session.state) {
            case Session.Unlocked:
                // A peer evaluator's tablet starts at the interview rounds and never shows the caseload.
                return Session.peerEvaluator ? window.peerScreen : window.unlockedScreen
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
}
