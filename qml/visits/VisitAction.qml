import QtQuick
import Doorstep.App

// On the person page: the way into a visit. Continues today's visit to this person when there is
// one under way, starts today's planned one, or else starts a visit now.
RaisedButton {
    id: action

    required property string personId
    // An existing visit (visitId) or a new one for this person (visitId empty).
    signal visitRequested(string visitId, string personId)

    readonly property var todaysVisit: {
        today.count // read again whenever the list is
        return today.get(today.rowOf(today.openVisitFor(action.personId)))
    }
    readonly property bool hasTodaysVisit: todaysVisit.visitId !== undefined

    objectName: "visitActionButton"
    visible: !Session.peerEvaluator // peer evaluators never see visits
    highlighted: true
    font.pixelSize: Theme.bodySize
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    implicitHeight: Theme.touchTarget + 8
    text: !hasTodaysVisit ? qsTr("Start a visit")
        : todaysVisit.status === "inProgress" ? qsTr("Continue today's visit")
        : qsTr("Open today's visit (%1)").arg(todaysVisit.plannedTimeText)
    Accessible.name: text
    Accessible.description: hasTodaysVisit ? qsTr("Opens the visit planned for today")
                                           : qsTr("Starts an unplanned visit now and checks you in")
    onClicked: action.visitRequested(hasTodaysVisit ? todaysVisit.visitId : "", action.personId)

    TodayVisitsModel {
        id: today
        session: Session
    }
}
