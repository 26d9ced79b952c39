import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// Writing or changing a goal: the person's own words, the baseline rating, the I statements it
// links to, a target date and (once saved) its status. What is typed is kept as a draft within a
// second, so leaving or locking loses nothing; Save writes the goal, Discard drops the changes.
Page {
    id: page

    required property string personId
    property string personName
    // Empty for a new goal.
    property string goalId
    // Given by the goal's review page, so both pages show one goal; otherwise this page's own.
    property GoalEditor editor: ownEditor

    readonly property bool wide: width >= Theme.wideLayout

    signal backRequested()

    function goBack() {
        // Whatever was typed stays in the draft; the goals list marks it.
        page.editor.keepDraft()
        if (page.StackView.view)
            page.StackView.view.pop()
        page.backRequested()
    }
    function save(): bool {
        if (!page.editor.save()) {
            page.showError()
            return false
        }
        if (page.StackView.view)
            page.StackView.view.pop()
        return true
    }
    // Brings the field a refusal names into view.
    function showError() {
        const fields = {
            words: wordsSection,
            baselineRating: baselineSection,
            statementIds: statementsSection,
            targetDate: targetSection,
            status: statusSection
        }
        const target = fields[page.editor.errorField]
        if (!target)
            return // shown beside Save, already in view
        const y = target.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - Theme.margin, flick.contentHeight - flick.height))
    }

    objectName: "goalEditPage"
    background: Rectangle { color: Theme.background }
    Keys.onBackPressed: page.goBack()

    GoalEditor {
        id: ownEditor
        session: Session
        personId: page.editor === ownEditor ? page.personId : ""
        goalId: page.goalId
    }

    header: PageHeader {
        title: page.editor.isNew ? qsTr("New goal") : qsTr("Edit goal")
        subtitle: page.personName
        canGoBack: true
        backLabel: qsTr("Goals")
        onBackRequested: page.goBack()
        onLockRequested: Session.lock()
    }

    StatementBrowserDialog {
        id: statementDialog
        selectedIds: page.editor.statementIds
        onChoiceMade: ids => page.editor.statementIds = ids
    }
    TargetDateDialog {
        id: dateDialog
        currentDate: page.editor.targetDate
        onDateChosen: isoDate => page.editor.targetDate = isoDate
    }

    // Always in view, however long the form: Save is never below the fold.
    footer: Pane {
        padding: Theme.spacing
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        background: Rectangle {
            color: Theme.surface
            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }
        RowLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                id: errorLabel
                objectName: "goalErrorLabel"
                // A refusal that names a field shows under that field; this one is for the rest.
                text: page.editor.errorField.length === 0 ? page.editor.error : ""
                color: Theme.error
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                objectName: "goalCancelButton"
                text: qsTr("Back")
                flat: true
                font.pixelSize: Theme.bodySize
                Layout.minimumHeight: Theme.touchTarget
                Layout.minimumWidth: 96
                Accessible.name: qsTr("Back to the goals; what was typed is kept as a draft")
                onClicked: page.goBack()
            }
            RaisedButton {
                objectName: "goalSaveButton"
                text: page.editor.isNew ? qsTr("Save goal") : qsTr("Save changes")
                highlighted: true
                enabled: page.editor.loaded
                Layout.minimumHeight: Theme.touchTarget + 8
                Layout.minimumWidth: 160
                Accessible.name: text
                onClicked: page.save()
            }
        }
    }

    Flickable {
        id: flick
        objectName: "goalEditFlickable"
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

            Pane {
                objectName: "goalDraftBanner"
                visible: page.editor.draftRestored
                padding: 12
                Layout.columnSpan: page.wide ? 2 : 1
                Layout.fillWidth: true
                background: Rectangle {
                    color: Theme.errorSurface
                    radius: 8
                }
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("What was typed here before and not saved is back. Save it, or discard it.")
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "discardDraftButton"
                        text: qsTr("Discard")
                        flat: true
                        font.pixelSize: Theme.bodySize
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Discard the changes not saved")
                        onClicked: page.editor.discardChanges()
                    }
                }
            }

            // The goal itself and how far off it is today.
            ColumnLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.alignment: Qt.AlignTop

                SummarySection {
                    id: wordsSection
                    objectName: "goalWordsSection"
                    title: qsTr("The goal, in the person's own words")
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Write what they say, as they say it: \u201cI want to get to the shops on my own\u201d, not a service's words.")
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    TextArea {
                        id: wordsField
                        objectName: "goalWordsField"
                        text: page.editor.words
                        placeholderText: qsTr("I want to\u2026")
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.bodySize
                        Layout.fillWidth: true
                        Layout.minimumHeight: 120
                        Accessible.name: qsTr("The goal, in the person's own words")
                        onTextChanged: page.editor.words = text
                    }
                    FieldError {
                        editor: page.editor
                        field: "words"
                    }
                }

                SummarySection {
                    id: baselineSection
                    objectName: "goalBaselineSection"
                    title: qsTr("Baseline rating")
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("How close is the person to this goal today, in their own view?")
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    RatingSelector {
                        namePrefix: "baselineRating"
                        question: qsTr("Baseline rating: how close is the person to this goal today?")
                        value: page.editor.baselineRating
                        Layout.fillWidth: true
                        onChosen: rating => page.editor.baselineRating = rating
                    }
                    FieldError {
                        editor: page.editor
                        field: "baselineRating"
                    }
                }
            }

            // What the goal is about, in the words of the National Voices and the outcomes framework.
            ColumnLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop

                SummarySection {
                    id: statementsSection
                    objectName: "goalStatementsSection"
                    title: qsTr("I statements")
                    Layout.fillWidth: true
                    Label {
                        visible: page.editor.linkedStatements.length === 0
                        text: qsTr("None linked yet. Link the statements this goal is about: the person's own view of their care.")
                        font.pixelSize: Theme.bodySize
                        font.italic: true
                        color: Theme.secondaryText
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: page.editor.linkedStatements
                        delegate: Label {
                            required property var modelData
                            text: "\u2022 " + (modelData.text.length > 0 ? modelData.text
                                                                         : qsTr("A statement this version of Doorstep does not know (%1)").arg(modelData.statementId))
                            font.pixelSize: Theme.bodySize
                            color: Theme.text
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    RaisedButton {
                        objectName: "chooseStatementsButton"
                        text: page.editor.linkedStatements.length === 0 ? qsTr("Link I statements") : qsTr("Change statements")
                        Layout.minimumHeight: Theme.touchTarget + 8
                        Accessible.name: qsTr("Choose the I statements this goal links to")
                        onClicked: statementDialog.open()
                    }
                    FieldError {
                        editor: page.editor
                        field: "statementIds"
                    }
                }

                SummarySection {
                    id: targetSection
                    objectName: "goalTargetSection"
                    title: qsTr("Target date")
                    Layout.fillWidth: true
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Label {
                            objectName: "targetDateLabel"
                            text: page.editor.targetDateText.length > 0 ? page.editor.targetDateText
                                                                         : qsTr("No target date")
                            font.pixelSize: Theme.bodySize
                            font.italic: page.editor.targetDateText.length === 0
                            color: page.editor.targetDateText.length > 0 ? Theme.text : Theme.secondaryText
                            Layout.fillWidth: true
                        }
                        RaisedButton {
                            objectName: "targetDateButton"
                            text: page.editor.targetDate.length > 0 ? qsTr("Change") : qsTr("Choose a date")
                            Layout.minimumHeight: Theme.touchTarget
                            Accessible.name: qsTr("Choose the target date")
                            onClicked: dateDialog.open()
                        }
                    }
                    FieldError {
                        editor: page.editor
                        field: "targetDate"
                    }
                }

                SummarySection {
                    id: statusSection
                    objectName: "goalStatusSection"
                    visible: !page.editor.isNew
                    title: qsTr("Status")
                    Layout.fillWidth: true
                    Flow {
                        spacing: 8
                        Layout.fillWidth: true
                        Repeater {
                            model: page.editor.statusOptions
                            delegate: RaisedButton {
                                id: statusButton
                                required property var modelData
                                objectName: "status_" + modelData.value
                                text: modelData.label
                                checkable: true
                                checked: page.editor.status === modelData.value
                                highlighted: checked
                                width: 150
                                height: Theme.touchTarget + 8
                                Accessible.name: qsTr("Status: %1").arg(modelData.label)
                                onClicked: {
                                    checked = Qt.binding(() => page.editor.status === statusButton.modelData.value)
                                    page.editor.status = modelData.value
                                }
                            }
                        }
                    }
                    FieldError {
                        editor: page.editor
                        field: "status"
                    }
                }
            }
        }
    }
}
