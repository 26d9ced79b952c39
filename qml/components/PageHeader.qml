import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// The bar at the top of every unlocked screen: back (when there is somewhere to go back to), the
// title, and Lock, which is always one tap away.
ToolBar {
    id: header

    property string title
    property string subtitle
    property bool canGoBack: false
    property string backLabel: qsTr("Back")

    signal backRequested()
    signal lockRequested()

    Material.foreground: Theme.textOnPrimary
    // A plain rectangle: Material's own toolbar background is drawn through a shader effect that
    // the software scene graph (no GPU, screenshots) leaves out, which left white text on grey.
    background: Rectangle {
        color: Theme.primary
    }
    implicitHeight: Math.max(64, row.implicitHeight + 8)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: header.canGoBack ? 4 : Theme.margin
        anchors.rightMargin: 4
        spacing: Theme.spacing

        ToolButton {
            objectName: "backButton"
            visible: header.canGoBack
            text: "\u2190 " + header.backLabel
            font.pixelSize: Theme.bodySize
            Layout.minimumHeight: Theme.touchTarget
            Layout.minimumWidth: Theme.touchTarget
            Accessible.name: qsTr("Back to %1").arg(header.backLabel)
            onClicked: header.backRequested()
        }

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: header.title
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Label.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: text.length > 0
                text: header.subtitle
                font.pixelSize: Theme.smallSize
                opacity: 0.9
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
        }

        ToolButton {
            objectName: "lockButton"
            text: qsTr("Lock")
            font.pixelSize: Theme.bodySize
            Layout.minimumHeight: Theme.touchTarget
            Layout.minimumWidth: 88
            Accessible.name: qsTr("Lock Doorstep")
            Accessible.description: qsTr("Hides everything until the PIN is entered again")
            onClicked: header.lockRequested()
        }
    }
}
