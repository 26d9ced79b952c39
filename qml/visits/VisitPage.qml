import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// One visit on the doorstep: check in, notes and next steps (kept as a draft within a second of
// typing, whatever happens to the tablet), an optional location fix, check out. Landscape puts the
// visit's times and location beside the notes; portrait stacks them above.
Page {
    id: page

    // The visit to open; or, empty with newVisitFor set, a visit started now for that person.
    property string visitId
    property string newVisitFor
    property string backLabel: qsTr("Back")

    signal backRequested()
    signal lockRequested()

    readonly property bool wide: width >= Theme.wideLayout
    readonly property alias editor: editor

    objectName: "visitPage"
    background: Rectangle { color: Theme.background }
    Keys.onBackPressed: page.backRequested()

    VisitEditor {
        id: editor
        session: Session
        visitId: page.visitId
    }

    Component.onCompleted: {
        if (page.visitId.length === 0 && page.newVisitFor.length > 0)
            editor.startVisitNow(page.newVisitFor)
    }

    header: PageHeader {
        title: editor.loaded ? editor.personName : qsTr("Visit")
        subtitle: !editor.loaded ? ""
                  : qsTr("Planned %1 · %2").arg(editor.plannedToday ? qsTr("today at %1").arg(editor.plannedTimeText)
                                                                      : editor.plannedText)
                                         .arg(editor.visitTypeText)
        canGoBack: true
        backLabel: page.backLabel
        onBackRequested: page.backRequested()
        onLockRequested: page.lockRequested()
    }

    Label {
        objectName: "visitMissingLabel"
        visible: !editor.loaded
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readableWidth)
        text: editor.lastError.length > 0 ? editor.lastError
                                          : qsTr("This visit cannot be shown. Go back and try again.")
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Label.WordWrap
    }

    Flickable {
        id: flick
        objectName: "visitFlickable"
        visible: editor.loaded
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

            // What went wrong, in words, above everything else.
            Pane {
                objectName: "visitError"
                visible: editor.lastError.length > 0
                Layout.columnSpan: page.wide ? 2 : 1
                Layout.fillWidth: true
                padding: Theme.spacing
                background: Rectangle { color: Theme.errorSurface; radius: 8 }
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        text: editor.lastError
                        color: Theme.error
                        font.pixelSize: Theme.bodySize
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        flat: true
                        text: qsTr("OK")
                        font.pixelSize: Theme.bodySize
                        Layout.minimumHeight: Theme.touchTarget
                        Layout.minimumWidth: Theme.touchTarget + 16
                        Accessible.name: qsTr("Dismiss the message")
                        onClicked: editor.clearError()
                    }
                }
            }

            // The visit: times, type and location.
            ColumnLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop

                SummarySection {
                    objectName: "visitTimesSection"
                    title: qsTr("Visit")
                    Layout.fillWidth: true

                    Label {
                        objectName: "visitTimes"
                        text: !editor.checkedIn ? qsTr("Not checked in yet")
                              : !editor.checkedOut ? qsTr("Checked in at %1").arg(editor.checkedInText)
                              : qsTr("Checked in at %1, out at %2").arg(editor.checkedInText).arg(editor.checkedOutText)
                        font.pixelSize: Theme.bodySize
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "visitDuration"
                        visible: editor.durationText.length > 0
                        text: editor.checkedOut ? qsTr("Duration: %1").arg(editor.durationText)
                                                : qsTr("%1 so far").arg(editor.durationText)
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        color: Theme.primaryDark
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    RaisedButton {
                        objectName: "checkInButton"
                        visible: !editor.checkedIn
                        highlighted: true
                        text: qsTr("Check in")
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget + 8
                        Accessible.name: qsTr("Check in: record that the visit has started now")
                        onClicked: editor.checkIn()
                    }
                    RaisedButton {
                        objectName: "checkOutButton"
                        visible: editor.checkedIn && !editor.checkedOut
                        highlighted: true
                        text: qsTr("Check out")
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget + 8
                        Accessible.name: qsTr("Check out: record that the visit has ended now and save the notes")
                        onClicked: editor.checkOut()
                    }
                    Label {
                        text: qsTr("Visit type")
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                        Layout.topMargin: 4
                    }
                    ComboBox {
                        id: typeBox
                        objectName: "visitTypeBox"
                        model: editor.visitTypeChoices
                        textRole: "label"
                        valueRole: "value"
                        enabled: !editor.checkedOut
                        font.pixelSize: Theme.bodySize
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget + 8
                        Accessible.name: qsTr("Visit type")
                        // Follows the record: read again once the choices are in, and after a refused change.
                        currentIndex: count > 0 ? indexOfValue(editor.visitType) : -1
                        onActivated: editor.visitType = currentValue
                    }
                }

                SummarySection {
                    objectName: "locationSection"
                    title: qsTr("Location")
                    Layout.fillWidth: true

                    Label {
                        objectName: "locationText"
                        text: editor.locationText.length > 0 ? editor.locationText
                                                             : qsTr("Not added. It is only added when you ask.")
                        font.pixelSize: Theme.bodySize
                        font.bold: editor.locationText.length > 0
                        color: editor.locationText.length > 0 ? Theme.text : Theme.secondaryText
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        visible: editor.locationMessage.length > 0
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        BusyIndicator {
                            visible: editor.locationState === VisitEditor.FindingLocation
                            running: visible
                            Layout.preferredWidth: Theme.touchTarget
                            Layout.preferredHeight: Theme.touchTarget
                            Accessible.name: qsTr("Finding your location")
                        }
                        Label {
                            objectName: "locationMessage"
                            text: editor.locationMessage
                            font.pixelSize: Theme.bodySize
                            color: editor.locationState === VisitEditor.FindingLocation ? Theme.secondaryText
                                                                                        : Theme.refused
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    Flow {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        RaisedButton {
                            objectName: "addLocationButton"
                            visible: editor.locationState !== VisitEditor.FindingLocation
                                     && editor.locationState !== VisitEditor.PoorAccuracy
                            text: editor.locationState === VisitEditor.LocationFailed ? qsTr("Try again")
                                  : editor.locationText.length > 0 ? qsTr("Update my location")
                                  : qsTr("Add my location")
                            implicitHeight: Theme.touchTarget + 8
                            Accessible.name: qsTr("Add my location to this visit")
                            Accessible.description: qsTr("Asks the tablet once for where you are, with its accuracy")
                            onClicked: editor.requestLocation()
                        }
                        RaisedButton {
                            objectName: "keepLocationButton"
                            visible: editor.locationState === VisitEditor.PoorAccuracy
                            text: qsTr("Keep it")
                            implicitHeight: Theme.touchTarget + 8
                            Accessible.name: qsTr("Keep this location, accuracy and all")
                            onClicked: editor.keepLocation()
                        }
                        RaisedButton {
                            objectName: "retryLocationButton"
                            visible: editor.locationState === VisitEditor.PoorAccuracy
                            highlighted: true
                            text: qsTr("Try again")
                            implicitHeight: Theme.touchTarget + 8
                            Accessible.name: qsTr("Try again for a more accurate location")
                            onClicked: editor.requestLocation()
                        }
                        Button {
                            objectName: "cancelLocationButton"
                            visible: editor.locationState === VisitEditor.FindingLocation
                                     || editor.locationState === VisitEditor.PoorAccuracy
                            flat: true
                            text: editor.locationState === VisitEditor.PoorAccuracy ? qsTr("Leave it out")
                                                                                     : qsTr("Cancel")
                            font.pixelSize: Theme.bodySize
                            implicitHeight: Theme.touchTarget + 8
                            Accessible.name: qsTr("Carry on without a location")
                            onClicked: editor.cancelLocation()
                        }
                    }
                }
            }

            // What happened and what happens next.
            SummarySection {
                objectName: "notesSection"
                title: qsTr("Notes")
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.alignment: Qt.AlignTop

                Label {
                    objectName: "draftStatus"
                    text: editor.draftStatusText
                    visible: text.length > 0
                    font.pixelSize: Theme.smallSize
                    font.bold: editor.draftState === VisitEditor.DraftRestored
                               || editor.draftState === VisitEditor.DraftFailed
                    color: editor.draftState === VisitEditor.DraftFailed ? Theme.error
                         : editor.draftState === VisitEditor.DraftRestored ? Theme.refused : Theme.secondaryText
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                TextArea {
                    id: notesArea
                    objectName: "notesArea"
                    // Plain text, always: typed angle brackets must never turn into markup.
                    textFormat: TextEdit.PlainText
                    text: editor.notes
                    onTextChanged: editor.notes = text
                    // A predictive keyboard's word in the making is not in text until committed: the
                    // draft takes it too, so a crash does not lose it.
                    onPreeditTextChanged: editor.setNotesPreedit(preeditText, cursorPosition)
                    wrapMode: TextArea.Wrap
                    font.pixelSize: Theme.bodySize
                    placeholderText: qsTr("What happened on this visit, in plain words")
                    Layout.fillWidth: true
                    Layout.minimumHeight: page.wide ? 300 : 240
                    topPadding: 12
                    bottomPadding: 12
                    leftPadding: 12
                    rightPadding: 12
                    Accessible.name: qsTr("Visit notes")
                    Accessible.description: qsTr("Saved as a draft on this tablet as you type")
                    background: Rectangle {
                        color: Theme.surface
                        radius: 4
                        border.width: notesArea.activeFocus ? 2 : 1
                        border.color: notesArea.activeFocus ? Theme.primary : Theme.divider
                    }
                }
                Label {
                    text: qsTr("Next steps")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.primaryDark
                    Layout.topMargin: 8
                }
                TextArea {
                    id: nextStepsArea
                    objectName: "nextStepsArea"
                    // Plain text, always: typed angle brackets must never turn into markup.
                    textFormat: TextEdit.PlainText
                    text: editor.nextSteps
                    onTextChanged: editor.nextSteps = text
                    onPreeditTextChanged: editor.setNextStepsPreedit(preeditText, cursorPosition)
                    wrapMode: TextArea.Wrap
                    font.pixelSize: Theme.bodySize
                    placeholderText: qsTr("What happens next, who will do it, and when")
                    Layout.fillWidth: true
                    Layout.minimumHeight: 140
                    topPadding: 12
                    bottomPadding: 12
                    leftPadding: 12
                    rightPadding: 12
                    Accessible.name: qsTr("Next steps")
                    Accessible.description: qsTr("What the person is told will happen next")
                    background: Rectangle {
                        color: Theme.surface
                        radius: 4
                        border.width: nextStepsArea.activeFocus ? 2 : 1
                        border.color: nextStepsArea.activeFocus ? Theme.primary : Theme.divider
                    }
                }
                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Label {
                        text: editor.savedToRecord ? qsTr("The visit record has these notes.")
                                                   : qsTr("Kept on this tablet until you save them or check out.")
                        font.pixelSize: Theme.smallSize
                        color: Theme.secondaryText
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    RaisedButton {
                        objectName: "saveNotesButton"
                        enabled: !editor.savedToRecord
                        text: qsTr("Save notes")
                        Layout.minimumHeight: Theme.touchTarget + 8
                        Accessible.name: qsTr("Save the notes and next steps to the visit record")
                        onClicked: editor.saveNotes()
                    }
                }
            }
        }
    }
}
