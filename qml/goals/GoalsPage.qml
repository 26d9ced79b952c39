import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// One person's goals, in their own words: active first, then achieved, then stopped, each with its
// latest rating and a small trend line. "New goal" writes one; a goal opens its reviews.
Page {
    id: page

    required property string personId
    property string personName

    signal backRequested()

    function goBack() {
        if (page.StackView.view)
            page.StackView.view.pop()
        page.backRequested()
    }
    function openGoal(goalId: string) {
        if (page.StackView.view)
            page.StackView.view.push(reviewPage, { goalId: goalId })
    }
    function newGoal() {
        if (page.StackView.view)
            page.StackView.view.push(editPage)
    }

    objectName: "goalsPage"
    background: Rectangle { color: Theme.background }
    Keys.onBackPressed: page.goBack()
    // Back from a goal: what was saved there shows at once.
    StackView.onActivating: goals.reload()

    GoalListModel {
        id: goals
        objectName: "goalListModel"
        session: Session
        personId: page.personId
    }

    Component {
        id: reviewPage
        GoalReviewPage {
            personId: page.personId
            personName: page.personName
        }
    }
    Component {
        id: editPage
        GoalEditPage {
            personId: page.personId
            personName: page.personName
        }
    }

    header: PageHeader {
        title: qsTr("Goals")
        subtitle: page.personName
        canGoBack: true
        backLabel: qsTr("Person")
        onBackRequested: page.goBack()
        onLockRequested: Session.lock()
    }

    ListView {
        id: list
        objectName: "goalList"
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: 0
        clip: true
        spacing: 4
        model: goals
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: OverflowScrollBar { }

        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("What the person wants to achieve, in their own words.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
                RaisedButton {
                    objectName: "newGoalButton"
                    text: qsTr("New goal")
                    highlighted: true
                    Layout.minimumHeight: Theme.touchTarget + 8
                    Layout.minimumWidth: 160
                    Accessible.name: goals.hasNewGoalDraft ? qsTr("Carry on with the new goal not yet saved")
                                                           : qsTr("Write a new goal")
                    onClicked: page.newGoal()
                }
            }
            Pane {
                objectName: "newGoalDraftBanner"
                visible: goals.hasNewGoalDraft
                padding: 12
                Layout.fillWidth: true
                background: Rectangle {
                    color: Theme.errorSurface
                    radius: 8
                }
                Label {
                    width: parent.width
                    text: qsTr("A new goal was being written and is not saved yet. New goal carries on with it.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Label.WordWrap
                }
            }
            Label {
                objectName: "goalsErrorLabel"
                visible: goals.error.length > 0
                text: goals.error
                color: Theme.error
                font.pixelSize: Theme.bodySize
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "noGoalsLabel"
                visible: goals.count === 0 && goals.error.length === 0
                text: qsTr("No goals yet. Ask what matters most to the person now, and write it as they say it.")
                font.pixelSize: Theme.bodySize
                font.italic: true
                color: Theme.secondaryText
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
            }
            Item {
                Layout.preferredHeight: 4
            }
        }

        section.property: "statusText"
        section.delegate: Label {
            required property string section
            width: ListView.view ? ListView.view.width : implicitWidth
            text: section
            topPadding: Theme.spacing
            bottomPadding: 4
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.primaryDark
            Accessible.role: Accessible.Heading
        }

        delegate: GoalDelegate {
            onChosen: goalId => page.openGoal(goalId)
        }

        footer: Item {
            width: list.width
            height: Theme.margin
        }
    }
}
