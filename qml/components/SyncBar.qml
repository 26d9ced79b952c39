import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// Where this tablet stands with the server, always in view: the state in words, changes not sent
// yet, conflicts to review, when it last synced, the last error in words, and "Sync now".
Pane {
    id: bar

    signal signInRequested()
    // The conflicts to review, or a change the server refused: the review page.
    signal reviewRequested()

    // Refused changes and a signed-out tablet need a person; being offline is a normal day in the field.
    readonly property bool problem: SyncStatus.state === SyncStatus.Refused || SyncStatus.state === SyncStatus.NeedsSignIn
    readonly property string details: [SyncStatus.pendingText, SyncStatus.lastSuccessText]
                                      .filter(part => part.length > 0).join(" \u00b7 ")

    objectName: "syncBar"
    topPadding: 8
    bottomPadding: 8
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    background: Rectangle {
        color: bar.problem ? Theme.errorSurface : Theme.surface
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }
    Accessible.role: Accessible.StatusBar
    Accessible.name: [SyncStatus.stateText, SyncStatus.progressText, bar.details, SyncStatus.lastError]
                     .filter(part => part.length > 0).join(". ")

    RowLayout {
        width: bar.availableWidth
        spacing: Theme.spacing

        // A dot whose colour says the same as the words beside it, for a glance from arm's length.
        Rectangle {
            objectName: "syncStateDot"
            visible: SyncStatus.state !== SyncStatus.Syncing
            width: 14
            height: 14
            radius: 7
            color: {
                switch (SyncStatus.state) {
                case SyncStatus.Idle:
                    return SyncStatus.pendingCount > 0 ? Theme.primary : Theme.given
                case SyncStatus.Refused:
                case SyncStatus.NeedsSignIn:
                    return Theme.error
                case SyncStatus.Offline:
                case SyncStatus.Waiting:
                    return Theme.secondaryText
                default:
                    return Theme.divider
                }
            }
            Layout.alignment: Qt.AlignVCenter
            Accessible.ignored: true
        }
        BusyIndicator {
            visible: SyncStatus.state === SyncStatus.Syncing
            running: visible
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
            Accessible.ignored: true
        }

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            Label {
                objectName: "syncStateLabel"
                text: SyncStatus.progressText.length > 0 ? SyncStatus.stateText + " " + SyncStatus.progressText
                                                         : SyncStatus.stateText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "syncDetailsLabel"
                visible: text.length > 0
                text: bar.details
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "syncErrorLabel"
                visible: text.length > 0
                text: SyncStatus.lastError
                font.pixelSize: Theme.smallSize
                color: bar.problem ? Theme.error : Theme.secondaryText
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
        }

        RaisedButton {
            objectName: "reviewButton"
            visible: SyncStatus.conflictCount > 0 || SyncStatus.state === SyncStatus.Refused
            text: SyncStatus.conflictCount > 0 ? SyncStatus.conflictText : qsTr("Review the refused change")
            font.pixelSize: Theme.bodySize
            Layout.minimumHeight: Theme.touchTarget + 8
            Accessible.name: text
            Accessible.description: qsTr("Opens the conflicts and refused changes to review")
            onClicked: bar.reviewRequested()
        }
        RaisedButton {
            objectName: "syncNowButton"
            visible: SyncStatus.state !== SyncStatus.Off && SyncStatus.state !== SyncStatus.NeedsSignIn
            enabled: SyncStatus.canSyncNow
            text: qsTr("Sync now")
            font.pixelSize: Theme.bodySize
            Layout.minimumHeight: Theme.touchTarget + 8
            Layout.minimumWidth: 128
            Accessible.name: qsTr("Sync now")
            Accessible.description: qsTr("Sends this tablet's changes to the server and fetches the team's")
            onClicked: SyncStatus.syncNow()
        }
        RaisedButton {
            objectName: "signInAgainButton"
            visible: SyncStatus.state === SyncStatus.NeedsSignIn
            text: qsTr("Sign in again")
            highlighted: true
            font.pixelSize: Theme.bodySize
            Layout.minimumHeight: Theme.touchTarget + 8
            Layout.minimumWidth: 128
            Accessible.name: qsTr("Sign in again")
            Accessible.description: qsTr("Opens the sign-in page; nothing on this tablet is lost")
            onClicked: bar.signInRequested()
        }
    }
}
