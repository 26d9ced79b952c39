import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Doorstep.App

// Today's visits for the signed-in practitioner, in time order. Beside the caseload on a landscape
// tablet (a column of its own, full height); above it in portrait, where it shows a few rows at a
// time and folds away to one line so the caseload keeps its room.
Pane {
    id: panel

    // Beside the caseload (full height) rather than above it.
    property bool beside: true
    // Above the caseload: the most the list may take before it scrolls.
    property real maximumListHeight: 3 * (Theme.rowHeight - 8)
    property bool collapsed: false
    readonly property alias count: today.count

    signal visitChosen(string visitId)

    objectName: "todayPanel"
    padding: 0
    implicitHeight: heading.implicitHeight + heading.Layout.topMargin + heading.Layout.bottomMargin
                    + (panel.beside || !panel.collapsed ? bodyHeight : 0)
    readonly property real bodyHeight: list.count === 0 ? emptyLabel.implicitHeight + 2 * Theme.spacing
                                                        : Math.min(list.contentHeight, panel.maximumListHeight)
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Today's visits")

    background: Rectangle {
        color: Theme.surface
        Rectangle {
            // The edge that faces the caseload.
            color: Theme.divider
            width: panel.beside ? 1 : parent.width
            height: panel.beside ? parent.height : 1
            anchors.right: parent.right
            anchors.bottom: parent.bottom
        }
    }

    TodayVisitsModel {
        id: today
        session: Session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            id: heading
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing + 4
            Layout.rightMargin: 4
            Layout.topMargin: 4
            Layout.bottomMargin: 4

            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: qsTr("Today")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.primaryDark
                    Accessible.role: Accessible.Heading
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "todayCount"
                    text: today.count === 0 ? today.dateText
                                            : qsTr("%1 · %n visits, %2 done", "", today.count)
                                              .arg(today.dateText).arg(today.doneCount)
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                    elide: Label.ElideRight
                    Layout.fillWidth: true
                }
            }
            Button {
                objectName: "todayToggle"
                visible: !panel.beside
                flat: true
                text: panel.collapsed ? qsTr("Show") : qsTr("Hide")
                font.pixelSize: Theme.bodySize
                Layout.minimumHeight: Theme.touchTarget + 8
                Layout.minimumWidth: 88
                Accessible.name: panel.collapsed ? qsTr("Show today's visits") : qsTr("Hide today's visits")
                onClicked: panel.collapsed = !panel.collapsed
            }
        }

        ListView {
            id: list
            objectName: "todayList"
            visible: panel.beside || !panel.collapsed
            model: today
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Today's visits, in time order")
            ScrollBar.vertical: OverflowScrollBar { }

            delegate: TodayVisitDelegate {
                width: ListView.view.width
                onClicked: panel.visitChosen(visitId)
            }

            Label {
                id: emptyLabel
                objectName: "todayEmptyLabel"
                visible: list.count === 0
                anchors.top: parent.top
                anchors.topMargin: Theme.spacing
                x: Theme.spacing + 4
                width: parent.width - 2 * x
                text: qsTr("No visits are planned for you today.")
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                wrapMode: Label.WordWrap
            }
        }
    }
}
