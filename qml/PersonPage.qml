import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// One person's shared summary, so that they tell their story once: what matters to them, how to
// communicate, their carers, their information-sharing decision and who coordinates their care,
// then the next visit and one timeline of everything the team has recorded with them.
Page {
    id: page

    required property PersonDetails details

    signal backRequested()
    signal lockRequested()
    // A timeline entry with a page of its own was tapped: kind "visit" or "goal", and its id.
    signal timelineEntryChosen(string kind, string id)

    readonly property bool wide: width >= Theme.wideLayout

    objectName: "personPage"
    background: Rectangle { color: Theme.background }
    Keys.onBackPressed: page.backRequested()
    onTimelineEntryChosen: (kind, id) => {
        if (kind === "visit")
            page.openVisit(id, "")
    }

    header: PageHeader {
        title: page.details.loaded ? page.details.name : qsTr("Person")
        subtitle: page.details.loaded && page.details.age >= 0 ? qsTr("%n years", "", page.details.age) : ""
        canGoBack: true
        backLabel: qsTr("Caseload")
        onBackRequested: page.backRequested()
        onLockRequested: page.lockRequested()
    }

    Label {
        objectName: "personMissingLabel"
        visible: !page.details.loaded
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readableWidth)
        text: qsTr("This person's summary cannot be shown. Go back to the caseload and try again.")
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Label.WordWrap
    }

    Flickable {
        id: flick
        objectName: "personFlickable"
        visible: page.details.loaded
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

            // Who they are: the identity card across the top.
            Pane {
                objectName: "identityCard"
                Layout.columnSpan: page.wide ? 2 : 1
                Layout.fillWidth: true
                padding: 20
                background: Rectangle {
                    color: Theme.surface
                    radius: 8
                    border.color: Theme.divider
                }

                GridLayout {
                    width: parent.width
                    columns: page.wide ? 4 : 2
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.spacing

                    LabelledValue {
                        caption: qsTr("Date of birth")
                        value: page.details.dateOfBirthText.length > 0 && page.details.age >= 0
                               ? qsTr("%1 (%n years)", "", page.details.age).arg(page.details.dateOfBirthText)
                               : page.details.dateOfBirthText
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                    }
                    LabelledValue {
                        caption: qsTr("NHS number")
                        value: page.details.nhsNumber
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                    }
                    LabelledValue {
                        caption: qsTr("Address")
                        value: page.details.address
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                    }
                    LabelledValue {
                        caption: qsTr("GP practice")
                        value: page.details.gpPractice
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                    }
                }
            }

            // What can be done for this person: each workflow adds its button here.
            Flow {
                id: personActions
                objectName: "personActions"
                Layout.columnSpan: page.wide ? 2 : 1
                Layout.fillWidth: true
                spacing: Theme.spacing

                VisitAction {
                    personId: page.details.personId
                    onVisitRequested: (visitId, personId) => page.openVisit(visitId, personId)
                }

                RaisedButton {
                    objectName: "goalsButton"
                    text: qsTr("Goals")
                    width: Math.max(implicitWidth, 160)
                    height: Theme.touchTarget + 8
                    Accessible.name: qsTr("Goals, in the person's own words")
                    onClicked: if (page.StackView.view) page.StackView.view.push(goalsPage, {
                        personId: page.details.personId, personName: page.details.name })
                    Component {
                        id: goalsPage
                        GoalsPage { }
                    }
                }
                RaisedButton {
                    objectName: "postcardButton"
                    text: qsTr("Postcard")
                    height: Theme.touchTarget + 8
                    Accessible.name: qsTr("Hand the tablet over for a postcard")
                    onClicked: if (page.StackView.view) page.StackView.view.push(postcardHandoverPage, {
                        personId: page.details.personId, personName: page.details.name })
                }
            }

            // The shared summary.
            ColumnLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.alignment: Qt.AlignTop

                SummarySection {
                    objectName: "whatMattersSection"
                    title: qsTr("What matters to me")
                    Layout.fillWidth: true
                    DetailText {
                        value: page.details.whatMattersToMe
                    }
                }
                SummarySection {
                    objectName: "communicationSection"
                    title: qsTr("Communication needs")
                    Layout.fillWidth: true
                    DetailText {
                        value: page.details.communicationNeeds
                        emptyText: qsTr("None recorded")
                    }
                }
                SummarySection {
                    objectName: "carersSection"
                    title: qsTr("Carers and family")
                    Layout.fillWidth: true
                    DetailText {
                        visible: page.details.carers.length === 0
                        value: ""
                        emptyText: qsTr("No carers recorded")
                    }
                    Repeater {
                        model: page.details.carers
                        delegate: ColumnLayout {
                            id: carer
                            required property var modelData
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: carer.modelData.relationship.length > 0
                                      ? qsTr("%1, %2").arg(carer.modelData.name).arg(carer.modelData.relationship)
                                      : carer.modelData.name
                                font.pixelSize: Theme.bodySize
                                font.bold: true
                                wrapMode: Label.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: [carer.modelData.contact,
                                       carer.modelData.livesWithPerson ? qsTr("lives with them") : ""]
                                      .filter(part => part.length > 0).join(" · ")
                                visible: text.length > 0
                                font.pixelSize: Theme.smallSize
                                color: Theme.secondaryText
                                wrapMode: Label.Wrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
                SummarySection {
                    objectName: "consentSection"
                    title: qsTr("Sharing information")
                    Layout.fillWidth: true
                    Label {
                        objectName: "consentDecision"
                        text: !page.details.hasConsent
                              ? qsTr("No decision recorded. Ask before sharing information with other services.")
                              : page.details.consentGiven
                                ? qsTr("Consent given on %1").arg(page.details.consentDateText)
                                : qsTr("Consent refused on %1").arg(page.details.consentDateText)
                        color: !page.details.hasConsent ? Theme.secondaryText
                                                         : page.details.consentGiven ? Theme.given : Theme.refused
                        font.pixelSize: Theme.bodySize
                        font.bold: page.details.hasConsent
                        wrapMode: Label.Wrap
                        Layout.fillWidth: true
                    }
                    DetailText {
                        visible: page.details.hasConsent
                        value: page.details.consentScope
                    }
                    Label {
                        visible: page.details.hasConsent && page.details.consentRecordedBy.length > 0
                        text: qsTr("Recorded by %1").arg(page.details.consentRecordedBy)
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                        wrapMode: Label.Wrap
                        Layout.fillWidth: true
                    }
                    RaisedButton {
                        objectName: "recordConsentButton"
                        text: page.details.hasConsent ? qsTr("Record a new decision") : qsTr("Record a decision")
                        font.pixelSize: Theme.bodySize
                        Layout.minimumHeight: Theme.touchTarget + 8
                        Accessible.name: qsTr("Record an information-sharing decision")
                        onClicked: consentDialog.open()
                    }
                }
                SummarySection {
                    objectName: "coordinatorSection"
                    title: qsTr("Who coordinates my care")
                    Layout.fillWidth: true
                    DetailText {
                        value: page.details.coordinatorName.length > 0 && page.details.coordinatorRole.length > 0
                               ? qsTr("%1, %2").arg(page.details.coordinatorName).arg(page.details.coordinatorRole.toLowerCase())
                               : page.details.coordinatorName
                        emptyText: qsTr("No one named yet")
                    }
                }
            }

            // Then the visits.
            ColumnLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop

                SummarySection {
                    objectName: "nextVisitSection"
                    title: qsTr("Next visit")
                    Layout.fillWidth: true
                    DetailText {
                        value: page.details.nextVisitText
                        emptyText: qsTr("None planned")
                    }
                }
                TimelineSection {
                    id: timelineSection
                    personId: page.details.personId
                    Layout.fillWidth: true
                    onEntryChosen: (kind, id) => page.timelineEntryChosen(kind, id)
                }
            }
        }
    }

    Component {
        id: postcardHandoverPage
        PostcardHandoverPage { }
    }

    // A visit of this person's (visitId), or a new one started now (visitId empty).
    function openVisit(visitId, personId) {
        if (page.StackView.view)
            page.StackView.view.push(visitPage, { visitId: visitId, newVisitFor: visitId.length > 0 ? "" : personId,
                                                  backLabel: page.details.name })
    }

    Component {
        id: visitPage
        VisitPage {
            onBackRequested: StackView.view.pop()
            onLockRequested: Session.lock()
        }
    }

    ConsentDialog {
        id: consentDialog
        personId: page.details.personId
        // The summary is read again, so the new decision shows at once.
        onRecorded: {
            page.details = Session.personDetails(page.details.personId)
            timelineSection.reload()
        }
    }
}
