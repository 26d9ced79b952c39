import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Doorstep.App

// One titled block of the person page ("What matters to me", "Carers", ...).
Pane {
    id: section

    required property string title
    default property alias content: body.data

    padding: 16
    background: Rectangle {
        color: Theme.surface
        radius: 8
        border.color: Theme.divider
    }
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        width: section.availableWidth
        spacing: 8

        Label {
            text: section.title
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.primaryDark
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
            id: body
            spacing: 6
            Layout.fillWidth: true
        }
    }
}
