import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// The person page's timeline: visits, goals, goal reviews, postcards and information-sharing decisions
// by everyone in the team, newest first. An entry with a page of its own opens it (entryChosen).
SummarySection {
    id: section

    required property string personId
    // Each entry in the first view; "Show all" shows the rest.
    property int firstShown: 12
    property bool showingAll: false

    signal entryChosen(string kind, string id)

    function reload() { timeline.reload() }

    objectName: "timelineSection"
    title: qsTr("Timeline")

    TimelineModel {
        id: timeline
        session: Session
        personId: section.personId
    }

    DetailText {
        objectName: "timelineEmptyLabel"
        visible: timeline.count === 0
        value: timeline.error
        emptyText: qsTr("Nothing recorded yet")
    }

    Repeater {
        model: timeline
        delegate: ItemDelegate {
            id: entry

            required property int index
            required property string kind
            required property string openKind
            required property string openId
            required property string dateText
            required property string title
            required property string summary
            required property string who
            required property bool upcoming

            readonly property bool opens: openKind.length > 0

            objectName: "timelineEntry"
            visible: section.showingAll || index < section.firstShown
            enabled: opens
            padding: 6
            leftPadding: 0
            rightPadding: 0
            implicitHeight: visible ? Math.max(Theme.touchTarget + 12, implicitContentHeight + 12) : 0
            Layout.fillWidth: true
            Accessible.name: [dateText, title, summary, who].filter(part => part.length > 0).join(". ")
            Accessible.description: opens ? qsTr("Opens it") : ""
            onClicked: section.entryChosen(openKind, openId)

            contentItem: RowLayout {
                spacing: Theme.spacing
                // A mark a kind can be told by at a glance, with the words beside it for everyone else.
                Rectangle {
                    Layout.preferredWidth: 6
                    Layout.fillHeight: true
                    radius: 3
                    color: entry.upcoming ? Theme.divider
                         : entry.kind === "visit" ? Theme.primary
                         : entry.kind === "consent" ? Theme.refused
                         : entry.kind === "postcard" ? Theme.secondaryText
                         : Theme.given
                    Accessible.ignored: true
                }
                ColumnLayout {
                    spacing: 1
                    Layout.fillWidth: true
                    Label {
                        text: entry.dateText + " \u00b7 " + entry.title
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: entry.upcoming ? Theme.secondaryText : Theme.text
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: text.length > 0
                        text: entry.summary
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: text.length > 0
                        text: entry.who
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: entry.opens
                    text: "\u203a"
                    font.pixelSize: Theme.headlineSize
                    color: Theme.secondaryText
                    Accessible.ignored: true
                }
            }
        }
    }

    Button {
        objectName: "timelineShowAllButton"
        visible: !section.showingAll && timeline.count > section.firstShown
        text: qsTr("Show all %n entries", "", timeline.count)
        flat: true
        font.pixelSize: Theme.bodySize
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: text
        onClicked: section.showingAll = true
    }
}
