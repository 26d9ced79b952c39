import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Doorstep.App

// A refusal shown where it applies: under the field it names, in words that name that field.
Label {
    id: label

    required property GoalEditor editor
    required property string field

    objectName: "fieldError_" + field
    visible: editor.errorField === field && editor.error.length > 0
    text: visible ? editor.error : ""
    color: Theme.error
    font.pixelSize: Theme.bodySize
    font.bold: true
    wrapMode: Label.WordWrap
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
