import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Doorstep.App

// A small caption over its value ("NHS number" / "943 476 5919"), for the person's identity card.
ColumnLayout {
    id: item

    required property string caption
    property string value

    spacing: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: caption + ": " + (value.length > 0 ? value : qsTr("not recorded"))

    Label {
        text: item.caption
        font.pixelSize: Theme.smallSize
        color: Theme.secondaryText
        Layout.fillWidth: true
        elide: Label.ElideRight
    }
    Label {
        text: item.value.length > 0 ? item.value : qsTr("Not recorded")
        font.pixelSize: Theme.bodySize
        font.italic: item.value.length === 0
        color: item.value.length > 0 ? Theme.text : Theme.secondaryText
        wrapMode: Label.Wrap
        Layout.fillWidth: true
    }
}
