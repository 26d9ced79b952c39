import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Doorstep.App

// One person in the caseload list. Wide screens get a column each for age, NHS number and next
// visit, at fixed widths so the columns line up from row to row; narrow ones stack the details
// under the name and keep the next visit on the right.
ItemDelegate {
    id: row

    required property int index
    required property string personId
    required property string name
    required property int age
    required property string dateOfBirthText
    required property string nhsNumber
    required property string address
    required property string nextVisitText

    readonly property bool wide: width >= Theme.wideLayout
    readonly property string ageText: age >= 0 ? qsTr("%n years", "", age) : qsTr("Age not known")
    readonly property string nhsText: nhsNumber.length > 0 ? qsTr("NHS %1").arg(nhsNumber) : qsTr("No NHS number")
    readonly property string nextText: nextVisitText.length > 0 ? nextVisitText : qsTr("None planned")

    objectName: "personDelegate"
    implicitHeight: Math.max(Theme.rowHeight, implicitContentHeight + 24)
    padding: 0
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    Accessible.name: qsTr("%1, %2, %3").arg(name).arg(ageText).arg(nhsText)
    Accessible.description: qsTr("Opens the person's summary")

    contentItem: RowLayout {
        spacing: Theme.margin

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.name
                font.pixelSize: Theme.bodySize + 2
                font.bold: true
                color: Theme.text
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.wide ? row.address : qsTr("%1 · born %2").arg(row.ageText).arg(row.dateOfBirthText)
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: !row.wide
                text: row.nhsText
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            visible: row.wide
            spacing: 2
            Layout.preferredWidth: 150
            Layout.fillWidth: false // a layout fills by default; fixed columns line up row to row
            Label {
                text: row.ageText
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            Label {
                text: qsTr("born %1").arg(row.dateOfBirthText)
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
            }
        }
        Label {
            visible: row.wide
            text: row.nhsText
            font.pixelSize: Theme.bodySize
            color: Theme.text
            Layout.preferredWidth: 190
        }
        ColumnLayout {
            spacing: 2
            Layout.preferredWidth: row.wide ? 230 : 200
            Layout.fillWidth: false
            Label {
                text: qsTr("Next visit")
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                Layout.fillWidth: true
                horizontalAlignment: row.wide ? Text.AlignLeft : Text.AlignRight
            }
            Label {
                text: row.nextText
                font.pixelSize: Theme.smallSize
                color: Theme.text
                elide: Label.ElideRight
                Layout.fillWidth: true
                horizontalAlignment: row.wide ? Text.AlignLeft : Text.AlignRight
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        height: 1
        color: Theme.divider
    }
}
