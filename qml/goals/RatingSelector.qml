import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// Ten numbered targets, 1 to 10, one tap each; wraps onto a second line on a narrow screen.
// value is 0 while nothing is chosen. The buttons' objectNames are namePrefix + number.
ColumnLayout {
    id: selector

    property int value: 0
    property string namePrefix: "rating"
    property string lowText: qsTr("1: not at all")
    property string highText: qsTr("10: fully")
    // Read out with each number, so a screen reader says what the scale is about.
    property string question

    signal chosen(int rating)

    spacing: 4
    Accessible.role: Accessible.Grouping
    Accessible.name: question

    Flow {
        id: row
        spacing: 8
        Layout.fillWidth: true

        Repeater {
            model: 10
            delegate: RaisedButton {
                id: target
                required property int index
                readonly property int rating: index + 1
                objectName: selector.namePrefix + rating
                width: Math.max(Theme.touchTarget, Math.min(64, Math.floor((row.width - 9 * row.spacing) / 10)))
                height: Theme.touchTarget + 8
                padding: 0
                text: rating
                checkable: true
                checked: selector.value === rating
                highlighted: checked
                font.pixelSize: Theme.titleSize
                font.bold: checked
                Accessible.name: qsTr("%1 out of 10").arg(rating)
                Accessible.description: selector.question
                onClicked: {
                    // A checkable button unchecks itself on a second tap; the choice stays.
                    checked = Qt.binding(() => selector.value === target.rating)
                    selector.chosen(rating)
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.maximumWidth: row.childrenRect.width
        Label {
            text: selector.lowText
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            Layout.fillWidth: true
        }
        Label {
            text: selector.highText
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignRight
        }
    }
}
