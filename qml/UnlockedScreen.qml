import QtQuick
import QtQuick.Controls
import Doorstep.App

// A practitioner's screens once unlocked: the caseload, and the person and review pages pushed
// from it. A file of its own so that Main.qml can compile it in the background (see there).
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
