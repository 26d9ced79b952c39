import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// A question before something that cannot simply be taken back: the question, what will happen, and
// two large buttons that say what they do. Drawn with plain rectangles, like ConsentDialog: Material's
// dialog background goes through a shader the software scene graph leaves out.
Dialog {
    id: dialog

    property string message
    property string acceptText: qsTr("OK")

    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 560, 600)
    padding: Theme.margin
    font.pixelSize: Theme.bodySize
    background: Rectangle {
        color: Theme.surface
        radius: 12
        border.color: Theme.divider
    }
    Overlay.modal: Rectangle {
        color: "#99000000"
    }
    header: Label {
        text: dialog.title
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Label.WordWrap
        topPadding: Theme.margin
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        Accessible.role: Accessible.Heading
    }
    footer: DialogButtonBox {
        padding: Theme.margin
        topPadding: 0
        spacing: Theme.spacing
        alignment: Qt.AlignRight
        background: Item { }

        RaisedButton {
            objectName: "confirmCancelButton"
            text: qsTr("Cancel")
            Layout.minimumHeight: Theme.touchTarget + 8
            Accessible.name: text
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        RaisedButton {
            objectName: "confirmAcceptButton"
            text: dialog.acceptText
            highlighted: true
            Layout.minimumHeight: Theme.touchTarget + 8
            Accessible.name: text
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacing

        Label {
            text: dialog.message
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
    }
}
