import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Doorstep.App

// One of today's visits: the time first (the day is read by the clock), who and what, and how far
// it has got. Tapping opens the visit.
ItemDelegate {
    id: row

    required property int index
    required property string visitId
    required property string personName
    required property string address
    required property string plannedTimeText
    required property string visitTypeText
    required property string status
    required property string statusText
    required property bool hasDraft

    objectName: "todayVisitDelegate"
    implicitHeight: Math.max(Theme.rowHeight - 8, implicitContentHeight + 20)
    padding: 0
    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing + 4
    Accessible.name: qsTr("%1, %2, %3, %4").arg(plannedTimeText).arg(personName).arg(visitTypeText).arg(statusText)
    Accessible.description: qsTr("Opens the visit")

    contentItem: RowLayout {
        spacing: Theme.spacing

        Label {
            text: row.plannedTimeText
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: row.status === "done" ? Theme.secondaryText : Theme.text
            Layout.preferredWidth: 72
            Layout.fillWidth: false
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.personName
                font.pixelSize: Theme.bodySize + 2
                font.bold: true
                color: Theme.text
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: [row.visitTypeText, row.address].filter(part => part.length > 0).join(" · ")
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.hasDraft
                text: qsTr("Notes not yet saved to the visit")
                font.pixelSize: Theme.smallSize
                font.italic: true
                color: Theme.refused
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "todayVisitStatus"
            text: row.statusText
            font.pixelSize: Theme.smallSize
            font.bold: row.status !== "planned"
            color: row.status === "inProgress" ? Theme.textOnPrimary
                 : row.status === "done" ? Theme.given : Theme.secondaryText
            leftPadding: 10
            rightPadding: 10
            topPadding: 4
            bottomPadding: 4
            Layout.alignment: Qt.AlignVCenter
            background: Rectangle {
                radius: height / 2
                color: row.status === "inProgress" ? Theme.primary : "transparent"
                border.width: row.status === "inProgress" ? 0 : 1
                border.color: row.status === "done" ? Theme.given : Theme.divider
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        height: 1
        color: Theme.divider
    }
}
