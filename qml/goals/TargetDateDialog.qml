import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// Picking a goal's target date: a month at a time with 48 px days, a few common choices, or none.
// Hands back "yyyy-MM-dd", or "" for no target date, with dateChosen().
Dialog {
    id: dialog

    // "yyyy-MM-dd" or "": the month shown first.
    property string currentDate
    property int shownMonth: new Date().getMonth()
    property int shownYear: new Date().getFullYear()

    signal dateChosen(string isoDate)

    function isoOf(date: date): string {
        return Qt.formatDate(date, "yyyy-MM-dd")
    }
    function pick(isoDate: string) {
        dialog.dateChosen(isoDate)
        dialog.close()
    }
    function weeksFromToday(weeks: int): string {
        const d = new Date()
        d.setDate(d.getDate() + 7 * weeks)
        return isoOf(d)
    }
    function showMonth(step: int) {
        const m = shownMonth + step
        shownYear += Math.floor(m / 12)
        shownMonth = ((m % 12) + 12) % 12
    }

    objectName: "targetDateDialog"
    modal: true
    focus: true
    title: qsTr("Target date")
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 2 * Theme.margin, 520) : 520
    padding: Theme.margin
    topPadding: Theme.spacing
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
        topPadding: Theme.margin
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        Accessible.role: Accessible.Heading
    }

    onAboutToShow: {
        const parts = currentDate.split("-")
        const start = parts.length === 3 ? new Date(parts[0], parts[1] - 1, parts[2]) : new Date()
        shownMonth = start.getMonth()
        shownYear = start.getFullYear()
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacing

        Flow {
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: [
                    { label: qsTr("In 4 weeks"), weeks: 4 },
                    { label: qsTr("In 6 weeks"), weeks: 6 },
                    { label: qsTr("In 3 months"), weeks: 13 },
                ]
                delegate: RaisedButton {
                    required property var modelData
                    text: modelData.label
                    height: Theme.touchTarget
                    Accessible.name: text
                    onClicked: dialog.pick(dialog.weeksFromToday(modelData.weeks))
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                objectName: "previousMonthButton"
                text: "\u2039"
                font.pixelSize: Theme.headlineSize
                Layout.minimumWidth: Theme.touchTarget
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Previous month")
                onClicked: dialog.showMonth(-1)
            }
            Label {
                text: Qt.locale().standaloneMonthName(dialog.shownMonth) + " " + dialog.shownYear
                font.pixelSize: Theme.bodySize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "nextMonthButton"
                text: "\u203a"
                font.pixelSize: Theme.headlineSize
                Layout.minimumWidth: Theme.touchTarget
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Next month")
                onClicked: dialog.showMonth(1)
            }
        }
        DayOfWeekRow {
            locale: grid.locale
            font.pixelSize: Theme.smallSize
            Layout.fillWidth: true
        }
        MonthGrid {
            id: grid
            objectName: "targetDateGrid"
            month: dialog.shownMonth
            year: dialog.shownYear
            locale: Qt.locale()
            Layout.fillWidth: true
            delegate: Rectangle {
                id: day
                required property var model
                readonly property bool chosen: dialog.isoOf(model.date) === dialog.currentDate
                implicitHeight: Theme.touchTarget
                implicitWidth: Theme.touchTarget
                radius: height / 2
                color: chosen ? Theme.primary : "transparent"
                opacity: model.month === grid.month ? 1 : 0.4
                Label {
                    anchors.centerIn: parent
                    text: day.model.day
                    font.pixelSize: Theme.bodySize
                    font.bold: day.model.today
                    color: day.chosen ? Theme.textOnPrimary : Theme.text
                }
                Accessible.role: Accessible.Button
                Accessible.name: Qt.formatDate(model.date, Qt.locale().dateFormat(Locale.LongFormat))
            }
            onClicked: date => dialog.pick(dialog.isoOf(date))
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                objectName: "noTargetDateButton"
                text: qsTr("No target date")
                flat: true
                font.pixelSize: Theme.bodySize
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: dialog.pick("")
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "targetDateCancelButton"
                text: qsTr("Cancel")
                flat: true
                font.pixelSize: Theme.bodySize
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Cancel: keep the target date as it was")
                onClicked: dialog.close()
            }
        }
    }
}
