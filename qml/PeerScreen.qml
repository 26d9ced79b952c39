import QtQuick.Controls
import Doorstep.App

// A peer evaluator's screens once unlocked: the interview rounds, never the caseload. A file of its
// own so that Main.qml can compile it in the background (see there).
StackView {
    objectName: "peerStack"
    initialItem: PeerHomePage {
        onLockRequested: Session.lock()
        onSignInRequested: Session.signInAgain()
    }
}
