import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Doorstep.App

// Shown when the store cannot be opened (a newer schema, a damaged file): says why, touches nothing.
Page {
    id: page

    required property string message

    objectName: "problemPage"
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readableWidth)
        spacing: 16

        DoorMark {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 72
            Layout.preferredHeight: 72
        }
        Label {
            text: qsTr("Doorstep cannot open")
            font.pixelSize: Theme.headlineSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "problemMessage"
            text: page.message
            font.pixelSize: Theme.bodySize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Nothing has been changed or lost. Ask your team's Doorstep contact for help, and keep this tablet as it is.")
            font.pixelSize: Theme.bodySize
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
    }
}
