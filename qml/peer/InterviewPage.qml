import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// One person's peer evaluation interview: their explicit consent first (withdrawable afterwards,
// in one clear action), then each service-user statement of the Leeds outcomes framework with an
// answer on the agree scale and a comment. The answers are kept as a draft on the tablet while they
// are given, and saved as the interview when the evaluator saves.
Page {
    id: page

    property string intervieweeId
    readonly property alias editor: editor
    readonly property bool wide: width >= Theme.wideLayout

    signal backRequested()
    signal lockRequested()

    function goBack() {
        editor.flushDraft()
        page.backRequested()
    }

    function collectPostcard() {
        if (page.StackView.view)
            page.StackView.view.push(postcardPage, {
                personId: editor.personId,
                personName: editor.nameKnown ? editor.name : "",
                collectionMethod: "peer-evaluator"
            })
    }

    objectName: "interviewPage"
    background: Rectangle { color: Theme.background }
    Keys.onBackPressed: event => {
        event.accepted = true
        page.goBack()
    }

    InterviewEditor {
        id: editor
        session: Session
        intervieweeId: page.intervieweeId
    }

    header: PageHeader {
        title: editor.loaded ? editor.name : qsTr("Interview")
        subtitle: editor.roundTitle
        canGoBack: true
        backLabel: qsTr("People")
        onBackRequested: page.goBack()
        onLockRequested: page.lockRequested()
    }

    Label {
        objectName: "intervieweeMissingLabel"
        visible: !editor.loaded
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readableWidth)
        text: editor.lastError.length > 0 ? editor.lastError : qsTr("Choose a person from the round's list.")
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Label.WordWrap
    }

    Flickable {
        id: flick
        objectName: "interviewFlickable"
        visible: editor.loaded
        anchors.fill: parent
        contentWidth: width
        contentHeight: layout.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: OverflowScrollBar { }

        ColumnLayout {
            id: layout
            objectName: "interviewLayout"
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 1000)
            spacing: Theme.spacing

            // Where to find the person, and how to speak with them: all the tablet holds of them.
            SummarySection {
                objectName: "meetingSection"
                visible: editor.address.length > 0 || editor.communicationNeeds.length > 0
                title: qsTr("Meeting the person")
                Layout.fillWidth: true
                LabelledValue {
                    objectName: "intervieweeAddressValue"
                    caption: qsTr("Address")
                    value: editor.address
                    Layout.fillWidth: true
                }
                LabelledValue {
                    objectName: "communicationNeedsValue"
                    caption: qsTr("Communication needs")
                    value: editor.communicationNeeds
                    Layout.fillWidth: true
                }
            }

            SummarySection {
                objectName: "eligibilitySection"
                title: qsTr("Why this person is on the list")
                Layout.fillWidth: true
                DetailText {
                    value: editor.eligibility
                }
            }

            // Consent: recorded before anything else, withdrawable at any time.
            SummarySection {
                objectName: "interviewConsentSection"
                title: qsTr("Consent to be interviewed")
                Layout.fillWidth: true

                Label {
                    objectName: "interviewConsentState"
                    text: editor.consentText
                    font.pixelSize: Theme.bodySize
                    font.bold: editor.consent !== "not-asked"
                    color: editor.consentGiven ? Theme.given : editor.consent === "withdrawn" ? Theme.refused
                                                                                                : Theme.secondaryText
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: !editor.consentGiven
                    text: qsTr("Before the interview, ask whether they agree to it. Explain that their answers go into "
                               + "feedback for the neighbourhood team without their name, and that they can change "
                               + "their mind at any time, even afterwards.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    RaisedButton {
                        objectName: "giveConsentButton"
                        visible: !editor.consentGiven
                        text: qsTr("They agree to be interviewed")
                        highlighted: true
                        height: Theme.touchTarget + 8
                        Accessible.name: text
                        onClicked: editor.giveConsent()
                    }
                    RaisedButton {
                        objectName: "declineConsentButton"
                        visible: editor.consent === "not-asked"
                        text: qsTr("They do not agree")
                        height: Theme.touchTarget + 8
                        Accessible.name: text
                        onClicked: editor.withdrawConsent()
                    }
                    RaisedButton {
                        objectName: "withdrawConsentButton"
                        visible: editor.consentGiven
                        text: qsTr("Withdraw consent")
                        height: Theme.touchTarget + 8
                        Accessible.name: qsTr("Withdraw consent to the interview")
                        Accessible.description: qsTr("Deletes the answers recorded with this person")
                        onClicked: withdrawDialog.open()
                    }
                }
            }

            // The interview itself, once they have agreed.
            Label {
                visible: !editor.consentGiven
                objectName: "interviewLockedLabel"
                text: qsTr("The interview starts once the person has agreed.")
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            ColumnLayout {
                objectName: "interviewSection"
                visible: editor.consentGiven
                spacing: Theme.spacing
                Layout.fillWidth: true

                Label {
                    text: qsTr("Read each statement to the person and ask how much they agree. A comment in their own words helps the team.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "restoredInterviewNote"
                    visible: editor.restoredDraft
                    text: qsTr("These answers were kept on this tablet and are not saved as the interview yet.")
                    font.pixelSize: Theme.smallSize
                    font.italic: true
                    color: Theme.secondaryText
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }

                Repeater {
                    model: editor
                    delegate: Pane {
                        id: statement
                        required property int index
                        required property int number
                        required property string text
                        required property string columnTitle
                        required property string agreement
                        required property string comment

                        objectName: "statement" + number
                        padding: 20
                        Layout.fillWidth: true
                        background: Rectangle {
                            color: Theme.surface
                            radius: 8
                            border.color: Theme.divider
                        }

                        ColumnLayout {
                            width: parent.width
                            spacing: Theme.spacing
                            Label {
                                text: qsTr("%1 of %2 \u00b7 %3").arg(statement.number).arg(editor.rowCount()).arg(statement.columnTitle)
                                font.pixelSize: Theme.smallSize
                                color: Theme.secondaryText
                                Layout.fillWidth: true
                            }
                            Label {
                                text: statement.text
                                font.pixelSize: Theme.titleSize
                                font.bold: true
                                color: Theme.text
                                wrapMode: Label.WordWrap
                                Layout.fillWidth: true
                                Accessible.role: Accessible.Heading
                            }
                            GridLayout {
                                objectName: "agreeScale" + statement.number
                                columns: page.wide ? 5 : 2
                                columnSpacing: 8
                                rowSpacing: 8
                                Layout.fillWidth: true
                                Repeater {
                                    model: editor.agreeScale
                                    delegate: RaisedButton {
                                        id: answer
                                        required property int index
                                        required property string modelData
                                        readonly property bool chosen: statement.agreement === modelData
                                        objectName: "agree" + statement.number + "_" + modelData
                                        text: (chosen ? "\u2713 " : "") + editor.agreeLabels[index]
                                        highlighted: chosen
                                        font.pixelSize: Theme.smallSize
                                        font.capitalization: Font.MixedCase
                                        // Wrapped, never cut off: "Neither agree nor disagree" must be read whole.
                                        contentItem: Label {
                                            text: answer.text
                                            font: answer.font
                                            color: answer.highlighted ? Theme.textOnPrimary : Theme.text
                                            wrapMode: Label.WordWrap
                                            horizontalAlignment: Text.AlignHCenter
                                            verticalAlignment: Text.AlignVCenter
                                        }
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 1
                                        Layout.minimumHeight: Theme.touchTarget + 8
                                        Accessible.role: Accessible.RadioButton
                                        Accessible.checkable: true
                                        Accessible.checked: chosen
                                        Accessible.name: editor.agreeLabels[index]
                                        // Tapping the chosen answer again takes it back.
                                        onClicked: editor.setAgreement(statement.index, chosen ? "" : modelData)
                                    }
                                }
                            }
                            TextArea {
                                id: commentField
                                objectName: "comment" + statement.number
                                text: statement.comment
                                onTextChanged: if (text !== statement.comment) editor.setComment(statement.index, text)
                                placeholderText: qsTr("Comment, in the person's words")
                                wrapMode: TextEdit.Wrap
                                font.pixelSize: Theme.bodySize
                                Layout.fillWidth: true
                                Layout.minimumHeight: 72
                                Accessible.name: qsTr("Comment on statement %1").arg(statement.number)
                            }
                        }
                    }
                }

                Label {
                    objectName: "interviewError"
                    visible: text.length > 0
                    text: editor.lastError
                    color: Theme.error
                    font.pixelSize: Theme.bodySize
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Label {
                        objectName: "interviewSavedState"
                        text: editor.unsaved ? qsTr("%n of %1 answered; kept on this tablet, not saved yet", "", editor.answeredCount).arg(editor.rowCount())
                            : editor.hasInterview ? qsTr("Interview saved (%1)").arg(editor.interviewedOnText)
                            : qsTr("Nothing answered yet")
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    RaisedButton {
                        objectName: "saveInterviewButton"
                        text: editor.hasInterview ? qsTr("Save changes") : qsTr("Save the interview")
                        highlighted: true
                        Layout.minimumHeight: Theme.touchTarget + 8
                        Accessible.name: text
                        onClicked: editor.save()
                    }
                }
            }

            // A postcard from the same person, if they would like to fill one in.
            RaisedButton {
                objectName: "interviewPostcardButton"
                text: qsTr("Collect a postcard")
                Layout.minimumHeight: Theme.touchTarget + 8
                Accessible.name: qsTr("Collect a postcard from this person: hand the tablet over")
                onClicked: page.collectPostcard()
            }
            // On the consent decision only: the withdrawal and the shown message would be lost otherwise.
            Label {
                objectName: "consentError"
                visible: !editor.consentGiven && editor.lastError.length > 0
                text: editor.lastError
                color: Theme.error
                font.pixelSize: Theme.bodySize
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
        }
    }

    // Withdrawing consent: one clear action, saying what happens to the answers before it happens.
    Dialog {
        id: withdrawDialog
        objectName: "withdrawDialog"
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.margin : 560, 600)
        padding: Theme.margin
        title: qsTr("Withdraw consent?")
        background: Rectangle {
            color: Theme.surface
            radius: 12
            border.color: Theme.divider
        }
        Overlay.modal: Rectangle {
            color: "#99000000"
        }
        header: Label {
            text: withdrawDialog.title
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            topPadding: Theme.margin
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            Accessible.role: Accessible.Heading
        }

        ColumnLayout {
            width: withdrawDialog.availableWidth
            spacing: Theme.spacing
            Label {
                objectName: "withdrawExplanation"
                text: editor.hasInterview || editor.unsaved
                      ? qsTr("The person no longer agrees to be interviewed. Their interview answers will be deleted "
                             + "from this tablet now, and from the team's records when the tablet next syncs. They "
                             + "will not be used in the feedback to the team.")
                      : qsTr("The person no longer agrees to be interviewed. No answers have been recorded with them.")
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.alignment: Qt.AlignRight
                Button {
                    objectName: "withdrawCancelButton"
                    text: qsTr("Cancel")
                    flat: true
                    font.pixelSize: Theme.bodySize
                    Layout.minimumHeight: Theme.touchTarget
                    Layout.minimumWidth: 96
                    Accessible.name: qsTr("Cancel: keep the consent")
                    onClicked: withdrawDialog.close()
                }
                RaisedButton {
                    objectName: "withdrawConfirmButton"
                    text: qsTr("Withdraw consent")
                    highlighted: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: editor.hasInterview ? qsTr("Withdraw consent and delete the answers")
                                                          : qsTr("Withdraw consent")
                    onClicked: {
                        editor.withdrawConsent()
                        withdrawDialog.close()
                    }
                }
            }
        }
    }

    Component {
        id: postcardPage
        PostcardHandoverPage { }
    }
}
