import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// One goal over time: the person's words, the trend of the ratings, a new review (rating and
// comment, kept as a draft while typed), and every review so far, the newest first.
Page {
    id: page

    required property string personId
    required property string goalId
    property string personName

    readonly property bool wide: width >= Theme.wideLayout
    readonly property alias editor: goalEditor

    signal backRequested()

    function goBack() {
        goalEditor.keepDraft()
        if (page.StackView.view)
            page.StackView.view.pop()
        page.backRequested()
    }
    function editGoal() {
        if (page.StackView.view)
            page.StackView.view.push(editPage)
    }
    function addReview(): bool {
        return goalEditor.addReview(goalEditor.reviewRating, goalEditor.reviewComment)
    }

    objectName: "goalReviewPage"
    background: Rectangle { color: Theme.background }
    Keys.onBackPressed: page.goBack()

    GoalEditor {
        id: goalEditor
        objectName: "goalReviewEditor"
        session: Session
        personId: page.personId
        goalId: page.goalId
    }

    Component {
        id: editPage
        GoalEditPage {
            personId: page.personId
            personName: page.personName
            goalId: page.goalId
            editor: goalEditor
        }
    }

    header: PageHeader {
        title: qsTr("Goal")
        subtitle: page.personName
        canGoBack: true
        backLabel: qsTr("Goals")
        onBackRequested: page.goBack()
        onLockRequested: Session.lock()
    }

    Label {
        objectName: "goalMissingLabel"
        visible: !goalEditor.loaded
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readableWidth)
        text: goalEditor.error.length > 0 ? goalEditor.error
                                          : qsTr("This goal cannot be shown. Go back to the goals and try again.")
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Label.WordWrap
    }

    Flickable {
        id: flick
        objectName: "goalReviewFlickable"
        visible: goalEditor.loaded
        anchors.fill: parent
        contentWidth: width
        contentHeight: layout.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: OverflowScrollBar { }

        GridLayout {
            id: layout
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            // The goal, as the person put it.
            Pane {
                objectName: "goalSummary"
                Layout.row: 0
                Layout.column: 0
                Layout.columnSpan: page.wide ? 2 : 1
                Layout.fillWidth: true
                padding: 20
                background: Rectangle {
                    color: Theme.surface
                    radius: 8
                    border.color: Theme.divider
                }
                RowLayout {
                    width: parent.width
                    spacing: Theme.margin
                    ColumnLayout {
                        spacing: 6
                        Layout.fillWidth: true
                        Label {
                            objectName: "goalWordsLabel"
                            text: "\u201c" + goalEditor.words + "\u201d"
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: [goalEditor.statusText,
                                   goalEditor.targetDateText.length > 0 ? qsTr("target %1").arg(goalEditor.targetDateText) : "",
                                   goalEditor.linkedStatements.length === 1 ? qsTr("1 I statement")
                                   : goalEditor.linkedStatements.length > 1 ? qsTr("%1 I statements").arg(goalEditor.linkedStatements.length) : ""]
                                  .filter(part => part.length > 0).join(" · ")
                            font.pixelSize: Theme.smallSize
                            color: Theme.secondaryText
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "goalUnsavedLabel"
                            visible: goalEditor.modified
                            text: qsTr("Changes to this goal are not saved yet: Edit goal to save or discard them.")
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                            color: Theme.refused
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    RaisedButton {
                        objectName: "editGoalButton"
                        text: qsTr("Edit goal")
                        Layout.minimumHeight: Theme.touchTarget + 8
                        Layout.minimumWidth: 140
                        Layout.alignment: Qt.AlignTop
                        Accessible.name: qsTr("Edit the goal, its statements, target date or status")
                        onClicked: page.editGoal()
                    }
                }
            }

            SummarySection {
                objectName: "goalTrendSection"
                title: qsTr("Ratings over time")
                Layout.row: 1
                Layout.column: 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                TrendChart {
                    id: trend
                    objectName: "goalTrendChart"
                    points: goalEditor.reviews
                    Layout.fillWidth: true
                    Layout.preferredHeight: page.wide ? 180 : 220
                }
                Label {
                    objectName: "goalTrendText"
                    text: trend.trendText
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
            }

            SummarySection {
                objectName: "addReviewSection"
                title: qsTr("Add a review")
                // Beside the chart on a wide screen, so Save review is in view without scrolling.
                Layout.row: page.wide ? 1 : 2
                Layout.column: page.wide ? 1 : 0
                Layout.rowSpan: page.wide ? 2 : 1
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Label {
                    text: qsTr("How close is the person to this goal now, in their own view?")
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
                RatingSelector {
                    namePrefix: "reviewRating"
                    question: qsTr("Review rating: how close is the person to this goal now?")
                    value: goalEditor.reviewRating
                    Layout.fillWidth: true
                    onChosen: rating => goalEditor.reviewRating = rating
                }
                TextArea {
                    objectName: "reviewCommentField"
                    text: goalEditor.reviewComment
                    placeholderText: qsTr("What has changed, in the person's words (optional)")
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: 96
                    Accessible.name: qsTr("Review comment")
                    onTextChanged: goalEditor.reviewComment = text
                }
                Label {
                    objectName: "reviewErrorLabel"
                    visible: text.length > 0
                    text: goalEditor.error
                    color: Theme.error
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                RaisedButton {
                    objectName: "saveReviewButton"
                    text: qsTr("Save review")
                    highlighted: true
                    Layout.alignment: Qt.AlignRight
                    Layout.minimumHeight: Theme.touchTarget + 8
                    Layout.minimumWidth: 160
                    Accessible.name: text
                    onClicked: page.addReview()
                }
            }
            SummarySection {
                objectName: "reviewHistorySection"
                title: qsTr("Reviews")
                Layout.row: page.wide ? 2 : 3
                Layout.column: 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Repeater {
                    objectName: "reviewHistory"
                    // Newest first; the baseline, first in time, ends the list.
                    model: goalEditor.reviews.slice().reverse()
                    delegate: ColumnLayout {
                        id: entry
                        required property var modelData
                        required property int index
                        spacing: 2
                        Layout.fillWidth: true
                        Rectangle {
                            visible: entry.index > 0
                            color: Theme.divider
                            Layout.fillWidth: true
                            Layout.preferredHeight: 1
                            Layout.bottomMargin: 6
                        }
                        Label {
                            text: entry.modelData.baseline
                                  ? qsTr("%1: baseline %2 of 10").arg(entry.modelData.dateText).arg(entry.modelData.rating)
                                  : qsTr("%1: %2 of 10").arg(entry.modelData.dateText).arg(entry.modelData.rating)
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: entry.modelData.comment
                            font.pixelSize: Theme.bodySize
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: entry.modelData.reviewerName.length > 0
                                  ? (entry.modelData.baseline ? qsTr("Goal recorded by %1").arg(entry.modelData.reviewerName)
                                                              : qsTr("Reviewed by %1").arg(entry.modelData.reviewerName))
                                  : ""
                            font.pixelSize: Theme.smallSize
                            color: Theme.secondaryText
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
