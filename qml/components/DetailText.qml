import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Doorstep.App

// A value on the person page, or a plain "not recorded" when there is none, never an empty gap.
Label {
    id: detail

    property string value
    property string emptyText: qsTr("Not recorded yet")

    text: value.length > 0 ? value : emptyText
    color: value.length > 0 ? Theme.text : Theme.secondaryText
    font.italic: value.length === 0
    font.pixelSize: Theme.bodySize
    wrapMode: Label.Wrap
    Layout.fillWidth: true
}
