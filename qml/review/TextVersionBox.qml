import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// One version of a text in a conflict: what it is, the text in a box that scrolls on its own and can be
// selected and copied, and the button that keeps it.
Pane {
    id: box

    required property string caption
    property string note
    // Under the text where there is no button: what this version is for.
    property string footnote
    property string text
    property string emptyText: qsTr("(empty)")
    property string buttonText: qsTr("Keep this one")
    property bool canChoose: true
    property int boxHeight: 240

    signal chosen()

    padding: 16
    background: Rectangle {
        color: Theme.surface
        radius: 8
        border.color: Theme.divider
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: caption

    ColumnLayout {
        width: box.availableWidth
        // Boxes side by side stretch to one height; the text area takes what is spare.
        height: Math.max(implicitHeight, box.availableHeight)
        spacing: 8

        Label {
            text: box.caption
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.primaryDark
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: box.note.length > 0
            text: box.note
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        ScrollView {
            id: scroller
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: box.boxHeight

            TextArea {
                id: versionText
                objectName: "versionText"
                text: box.text.length > 0 ? box.text : box.emptyText
                font.pixelSize: Theme.bodySize
                font.italic: box.text.length === 0
                color: box.text.length > 0 ? Theme.text : Theme.secondaryText
                readOnly: true
                selectByMouse: true
                wrapMode: TextArea.Wrap
                background: Rectangle {
                    color: Theme.background
                    radius: 4
                }
                Accessible.name: box.caption
                Accessible.description: box.text
            }
        }
        Label {
            visible: !box.canChoose && box.footnote.length > 0
            text: box.footnote
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            wrapMode: Label.WordWrap
            verticalAlignment: Text.AlignVCenter
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget + 8
        }
        RaisedButton {
            objectName: "keepButton"
            visible: box.canChoose
            text: box.buttonText
            highlighted: true
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget + 8
            Accessible.name: qsTr("%1: %2").arg(box.buttonText).arg(box.caption)
            onClicked: box.chosen()
        }
    }
}
