import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// One goal in the person's list: their words, the latest rating with a small trend line, how many
// reviews, the I statements it links to, and a mark when changes typed here are not saved.
ItemDelegate {
    id: row

    required property int index
    required property string goalId
    required property string words
    required property string status
    required property string statusText
    required property var statementTexts
    required property int latestRating
    required property string latestDateText
    required property int reviewCount
    required property string targetDateText
    required property var points
    required property bool hasDraft

    signal chosen(string goalId)

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: 16
    // Material sets its own vertical padding; these leave room inside the card's border.
    topPadding: 4 + 14
    bottomPadding: 4 + 14
    topInset: 4
    bottomInset: 4
    background: Rectangle {
        color: row.down ? "#e8efee" : Theme.surface
        radius: 8
        border.color: Theme.divider
    }
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Goal: %1").arg(words)
    Accessible.description: [statusText, reviewSummary.text, chart.trendText].join(". ")
    onClicked: row.chosen(row.goalId)

    contentItem: RowLayout {
        spacing: Theme.spacing

        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true

            Label {
                text: "\u201c" + row.words + "\u201d"
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: row.status === "active" ? Theme.text : Theme.secondaryText
                wrapMode: Label.WordWrap
                maximumLineCount: 3
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                id: reviewSummary
                text: {
                    const parts = []
                    if (row.reviewCount === 0)
                        parts.push(qsTr("Baseline %1, not reviewed yet").arg(row.latestRating))
                    else
                        parts.push(qsTr("Latest %1 of 10 on %2").arg(row.latestRating).arg(row.latestDateText))
                    if (row.reviewCount === 1)
                        parts.push(qsTr("1 review"))
                    else if (row.reviewCount > 1)
                        parts.push(qsTr("%1 reviews").arg(row.reviewCount))
                    if (row.targetDateText.length > 0)
                        parts.push(qsTr("target %1").arg(row.targetDateText))
                    return parts.join(" · ")
                }
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: row.statementTexts.length > 0
                text: row.statementTexts.length > 1
                      ? qsTr("%1 (and %2 more)").arg(row.statementTexts[0]).arg(row.statementTexts.length - 1)
                      : row.statementTexts.length === 1 ? row.statementTexts[0] : ""
                font.pixelSize: Theme.smallSize
                font.italic: true
                color: Theme.secondaryText
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "goalDraftMark"
                visible: row.hasDraft
                text: qsTr("Changes typed on this tablet are not saved yet")
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: Theme.refused
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
        }

        // The section heading above says the status; the line says where the ratings went.
        TrendChart {
            id: chart
            objectName: "goalSparkline"
            compact: true
            points: row.points
            Layout.preferredWidth: 120
            Layout.preferredHeight: 44
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
